import Taro from '@tarojs/taro';
import { AppButton } from '../../components/app-button';
import { signOut } from './sign-out';

/** 退出登录: asks first, then removes what this phone kept and starts again at the home page. */
export function SignOutButton() {
  const run = async () => {
    const { confirm } = await Taro.showModal({
      title: '退出登录',
      content: '退出后，本机保存的填写草稿将被清除（已保存到服务器的内容不受影响）。确定退出吗？',
      confirmText: '退出',
    });
    if (!confirm) return;
    await signOut();
    await Taro.reLaunch({ url: '/pages/home/index' });
  };
  return (
    <AppButton className='steps__button steps__button--plain sign-out' onClick={run}>
      退出登录
    </AppButton>
  );
}
