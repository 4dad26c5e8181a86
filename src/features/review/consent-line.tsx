import { Text } from '@tarojs/components';
import { formatShanghai } from '../../../domain/time/shanghai';

/** When the contact agreed to the consent text at submit, and which version of it: the staff's proof of consent. */
export function ConsentLine({ consent }: { consent?: { at: string; version: string } }) {
  return (
    <Text className='muted'>
      {consent
        ? `个人信息处理同意：推荐单位于 ${formatShanghai(consent.at, 'YYYY-MM-DD HH:mm')} 提交时勾选（同意声明版本 ${consent.version}）`
        : '个人信息处理同意：无记录（在要求勾选同意之前提交）'}
    </Text>
  );
}
