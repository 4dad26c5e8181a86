import './setup/engine-gaps';
import './setup/zod-jitless';
import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initPlatform } from './services/platform-init';
import './app.css';
// Styles of the page shell (every page's error view and privacy sheet): global, so no page's CSS order depends on them.
import './components/page-shell.css';
import './features/privacy/privacy.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initPlatform();
  });
  return children;
}

export default App;
