import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import type { DeviceError } from '../../services/device-failure';
import { canOpenSettings, openAppSettings, openPrivacyGuide } from './privacy-links';

/** Why the last device call did not go through, and the way on: the privacy guide, or 设置 for a denied permission. */
export function DeviceNotice({ problem }: { problem: DeviceError | null }) {
  if (!problem) return null;
  const privacy = problem.outcome === 'privacy-refused' || problem.outcome === 'privacy-undeclared';
  return (
    <View className={`device-notice device-notice--${problem.outcome}`}>
      <Text className='device-notice__text'>{problem.message}</Text>
      {privacy && (
        <Text className='device-notice__link' onClick={openPrivacyGuide}>
          查看《用户隐私保护指引》
        </Text>
      )}
      {problem.outcome === 'permission-denied' && canOpenSettings && (
        <AppButton size='mini' onClick={openAppSettings}>
          打开设置
        </AppButton>
      )}
    </View>
  );
}
