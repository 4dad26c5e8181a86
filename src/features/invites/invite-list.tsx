import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { INVITE_STATUS_LABELS, INVITE_STATUSES, type InviteStatus } from '../../../domain/invites/invite-status';
import { TEST_BADGE } from '../../../domain/demo/review-demo';
import { ROLE_LABELS } from '../../../domain/status/machine';
import { formatShanghai } from '../../../domain/time/shanghai';
import { callFunction, errorText } from '../../services/api';
import { useCall } from '../../services/use-call';
import { spacedCode } from './invite-card';
import type { Invite } from './types';

const when = (instant: string) => formatShanghai(instant, 'M月D日 HH:mm');

function describe(invite: Invite): string {
  if (invite.status === 'used') return `${invite.usedByName ?? '已绑定用户'} 于 ${when(invite.usedAt ?? '')} 使用`;
  if (invite.status === 'revoked') return `${when(invite.revokedAt ?? '')} 作废`;
  return `${invite.status === 'expired' ? '已于' : '有效期至'} ${when(invite.expiresAt)}${invite.status === 'expired' ? ' 过期' : ''}`;
}

async function confirmRevoke(invite: Invite, done: (revoked: boolean) => void) {
  const { confirm } = await Taro.showModal({
    title: '作废邀请码',
    content: `作废后 ${spacedCode(invite.code)} 不能再用于登录，确定作废吗？`,
    confirmText: '作废',
    confirmColor: '#b4232f',
  });
  if (!confirm) return;
  try {
    await callFunction('auth', 'revokeInvite', { code: invite.code });
    Taro.showToast({ title: '已作废', icon: 'none' });
    done(true);
  } catch (e) {
    Taro.showModal({ title: '作废失败', content: errorText(e, '请稍后再试'), showCancel: false });
    done(false);
  }
}

function InviteRow({ invite, onShow, onRevoke }: { invite: Invite; onShow: () => void; onRevoke: () => void }) {
  return (
    <View className='invite-row'>
      <View className='invite-row__head'>
        <Text className='invite-row__code'>{spacedCode(invite.code)}</Text>
        <Text className={`badge badge--${invite.status}`}>{invite.status ? INVITE_STATUS_LABELS[invite.status] : ''}</Text>
      </View>
      <Text className='invite-row__who'>
        {invite.role === 'contact' ? `${invite.unitName ?? invite.unitId} 联系人` : ROLE_LABELS[invite.role]}
        {invite.role !== 'contact' && invite.unitName ? `（仅限${invite.unitName}）` : ''}
        {invite.test && <Text className='badge badge--test'>{TEST_BADGE}</Text>}
      </Text>
      <Text className='muted'>{describe(invite)}</Text>
      {invite.status === 'unused' && (
        <View className='invite-row__actions'>
          <AppButton size='mini' onClick={onShow}>
            二维码
          </AppButton>
          <AppButton size='mini' className='danger-button' onClick={onRevoke}>
            作废
          </AppButton>
        </View>
      )}
    </View>
  );
}

/** Every invite with its status, filtered by status; an unused one can be shown again or revoked. */
export function InviteList(props: { version: number; onShow: (invite: Invite) => void; onRevoked: (code: string) => void }) {
  const [status, setStatus] = useState<InviteStatus | ''>('');
  const list = useCall(
    () => callFunction<{ items: Invite[]; counts: Record<InviteStatus, number> }>('auth', 'listInvites', status ? { status } : {}),
    [status, props.version],
  );
  const counts = list.data?.counts;
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  const revoke = (invite: Invite) =>
    confirmRevoke(invite, (revoked) => {
      if (revoked) props.onRevoked(invite.code);
      list.reload();
    });
  return (
    <View className='card'>
      <Text className='card__title'>邀请码列表</Text>
      <View className='chips'>
        {[{ key: '' as const, label: '全部' }, ...INVITE_STATUSES].map((s) => (
          <Text key={s.key} className={`chip chip--small ${s.key === status ? 'chip--on' : ''}`} onClick={() => setStatus(s.key)}>
            {s.label} {counts ? (s.key ? counts[s.key] : total) : ''}
          </Text>
        ))}
      </View>
      {list.error && <Text className='error-text'>{list.error.message}</Text>}
      {list.data?.items.length === 0 && <Text className='muted'>没有{status ? `「${INVITE_STATUS_LABELS[status]}」的` : ''}邀请码。</Text>}
      {list.data?.items.map((invite) => (
        <InviteRow key={invite.code} invite={invite} onShow={() => props.onShow(invite)} onRevoke={() => revoke(invite)} />
      ))}
    </View>
  );
}
