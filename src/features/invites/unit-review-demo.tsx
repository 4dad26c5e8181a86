import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { REVIEW_DEMO_INVITE_DAYS, TEST_BADGE } from '../../../domain/demo/review-demo';
import { INVITE_STATUS_LABELS } from '../../../domain/invites/invite-status';
import { STATUS_LABELS } from '../../../domain/status/machine';
import { formatShanghai } from '../../../domain/time/shanghai';
import { AppButton } from '../../components/app-button';
import { callFunction, errorText } from '../../services/api';
import { useCall } from '../../services/use-call';
import { spacedCode } from './invite-card';
import type { ReviewDemo, ReviewDemoInvite } from './types';

const day = (instant: string) => formatShanghai(instant, 'YYYY年M月D日 HH:mm');

function copy(data: string, done: string) {
  Taro.setClipboardData({ data }).then(
    () => Taro.showToast({ title: done, icon: 'none' }),
    () => Taro.showToast({ title: '复制失败，请长按文字复制', icon: 'none' }),
  );
}

function DemoCode({ label, invite }: { label: string; invite: ReviewDemoInvite | null }) {
  if (!invite) return null;
  const usable = invite.status === 'unused';
  return (
    <View className='review-demo__code-row' data-role={invite.role}>
      <View className='review-demo__code-head'>
        <Text className='review-demo__label'>{label}</Text>
        <Text className={`badge badge--${invite.status}`}>{INVITE_STATUS_LABELS[invite.status]}</Text>
      </View>
      <Text className='review-demo__code' userSelect>
        {spacedCode(invite.code)}
      </Text>
      <Text className='muted'>
        {usable
          ? `有效期至 ${day(invite.expiresAt)}（北京时间）`
          : invite.status === 'used'
            ? `已被「${invite.usedByName ?? '审核人员'}」使用，请点「更换邀请码」`
            : '已不能使用，请点「更换邀请码」'}
      </Text>
      {usable && (
        <AppButton size='mini' className='review-demo__copy' onClick={() => copy(invite.code, '邀请码已复制')}>
          复制邀请码
        </AppButton>
      )}
    </View>
  );
}

/**
 * The account for WeChat's 审核: a test unit with a contact code and a staff code, and the text to
 * paste into 审核备注. Creating it again keeps fresh codes; 「更换邀请码」 replaces both.
 */
export function ReviewDemoCard({ onChanged }: { onChanged: () => void }) {
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const demo = useCall(() => callFunction<ReviewDemo | null>('admin', 'reviewDemo'), [version]);
  const create = async (renew: boolean) => {
    if (renew) {
      const { confirm } = await Taro.showModal({
        title: '更换邀请码',
        content: '两个体验邀请码都会换新，旧码立即作废。提交审核前请把新的审核备注填入微信公众平台。',
        confirmText: '更换',
      });
      if (!confirm) return;
    }
    setBusy(true);
    setError('');
    try {
      await callFunction<ReviewDemo>('admin', 'createReviewDemo', { renew });
      setVersion((v) => v + 1);
      onChanged();
    } catch (e) {
      setError(errorText(e, '生成失败，请重试'));
    } finally {
      setBusy(false);
    }
  };
  const d = demo.data;
  return (
    <View className='card review-demo'>
      <View className='review-demo__title'>
        <Text className='card__title'>微信审核体验账号</Text>
        <Text className='badge badge--test'>{TEST_BADGE}</Text>
      </View>
      {demo.error && <Text className='error-text'>{demo.error.message}</Text>}
      {demo.loading && !d && <Text className='muted'>正在读取…</Text>}
      {!demo.loading && !d && !demo.error && (
        <Text className='muted'>
          微信审核人员需要账号才能体验小程序。生成后会有一个测试单位「微信审核体验单位」和两个 {REVIEW_DEMO_INVITE_DAYS}{' '}
          天有效的邀请码（填报端、审查端）；测试单位的推荐不计入统计、排名、提醒和导出，也不能作出推荐决定。
        </Text>
      )}
      {d && (
        <View>
          <DemoCode label='填报端（推荐单位联系人）' invite={d.invites.contact} />
          <DemoCode label='审查端（形式审查，只能看到测试单位）' invite={d.invites.staff} />
          <Text className='muted review-demo__line'>
            测试单位报送截止：{day(d.deadline)}；测试推荐：{d.nominationStatus ? STATUS_LABELS[d.nominationStatus] : '尚未填写'}
          </Text>
          {d.note ? (
            <View className='review-demo__note'>
              <Text className='review-demo__label'>审核备注（提交审核时填写）</Text>
              <Text className='review-demo__note-text' userSelect>
                {d.note}
              </Text>
              <AppButton className='primary-button review-demo__copy-note' onClick={() => copy(d.note ?? '', '审核备注已复制')}>
                复制审核备注
              </AppButton>
            </View>
          ) : (
            <Text className='error-text'>有邀请码已不能使用：请「更换邀请码」后再提交审核。</Text>
          )}
        </View>
      )}
      {error && <Text className='error-text'>{error}</Text>}
      {d !== undefined && (
        <AppButton
          className={d ? 'plain-button' : 'primary-button'}
          disabled={busy}
          loading={busy}
          onClick={() => create(Boolean(d?.note))}
        >
          {d ? (d.note ? '更换邀请码' : '重新生成邀请码') : '生成体验账号'}
        </AppButton>
      )}
    </View>
  );
}
