import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';

/** Reloads when the person comes back to the page; the first show is skipped, the page has just loaded it. */
export function useReloadOnReturn(reload: () => void): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });
}
