import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Component, type ComponentType, type ErrorInfo, type ReactNode, useState } from 'react';
import { PrivacySheet } from '../features/privacy/privacy-sheet';
import { AppButton } from './app-button';

const HOME = '/pages/home/index';

interface BoundaryProps {
  children: ReactNode;
  onRetry: () => void;
}

/** Catches a page's render error: without it React unmounts the whole page and leaves it blank. */
class PageErrorBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // WeChat's 实时日志 and the browser console keep what the person cannot read.
    console.error('page render failed', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <View className='page page-error'>
        <Text className='page-error__title'>页面出错了</Text>
        <Text className='page-error__text'>这个页面暂时无法显示，已填写并保存的内容不会丢失。请点「重试」，或返回首页。</Text>
        <AppButton className='primary-button' onClick={this.props.onRetry}>
          重试
        </AppButton>
        <AppButton className='plain-button' onClick={() => Taro.reLaunch({ url: HOME })}>
          返回首页
        </AppButton>
      </View>
    );
  }
}

/**
 * Every page's frame: an error boundary (「页面出错了」 with 重试 and 返回首页 instead of a blank page) and
 * the privacy sheet, which WeChat's privacy gate can call up on any page.
 */
export function withPageShell<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  function PageShell(props: P) {
    // A new key mounts the page afresh: its state and its requests start over.
    const [attempt, setAttempt] = useState(0);
    return (
      <>
        <PageErrorBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
          <Page {...props} />
        </PageErrorBoundary>
        <PrivacySheet />
      </>
    );
  }
  PageShell.displayName = `PageShell(${Page.displayName ?? Page.name})`;
  return PageShell;
}
