import './setup/zod-jitless';
import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initPlatform } from './services/platform-init';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initPlatform();
  });
  return children;
}

export default App;
