import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import { invitePath } from '../../../domain/invites/invite-status';
import { ROLE_LABELS } from '../../../domain/status/machine';
import { formatShanghai } from '../../../domain/time/shanghai';
import { copyText } from '../../services/copy-text';
import { QrCode } from './qr-code';
import type { Invite } from './types';

/** Groups of four read aloud and type more easily: ABCD EFGH. */
export const spacedCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');

const copyCode = (code: string) => copyText(code, '邀请码已复制', '也可以长按邀请码复制。');

/** An unused invite to hand over: the code in large type, its QR code, whom it is for and until when. */
export function InviteCard({ invite, unitName, onClose }: { invite: Invite; unitName?: string | null; onClose: () => void }) {
  return (
    <View className='card invite-card'>
      <Text className='card__title'>
        {invite.role === 'contact' ? `${unitName ?? '推荐单位'} 联系人` : ROLE_LABELS[invite.role]}的邀请码
      </Text>
      <Text className='invite-card__code' userSelect>
        {spacedCode(invite.code)}
      </Text>
      <View className='invite-card__qr'>
        <QrCode payload={invitePath(invite.code)} />
      </View>
      <Text className='muted invite-card__hint'>
        有效期至 {formatShanghai(invite.expiresAt, 'YYYY年M月D日 HH:mm')}
        （北京时间），只能使用一次。请对方在小程序「登录」页输入邀请码或扫描此二维码。
      </Text>
      <View className='invite-card__buttons'>
        <AppButton className='primary-button invite-card__copy' onClick={() => copyCode(invite.code)}>
          复制邀请码
        </AppButton>
        <AppButton className='plain-button' onClick={onClose}>
          关闭
        </AppButton>
      </View>
    </View>
  );
}
