import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro, { useDidShow } from '@tarojs/taro';
import { STATUS_LABELS, type NominationStatus } from '../../../domain/status/machine';
import { callFunction } from '../../services/api';
import { useCall } from '../../services/use-call';
import { SignOutButton } from './sign-out-button';
import type { Me } from './use-whoami';
import './next-steps.css';

interface NominationSummary {
  status: NominationStatus;
  version: number;
  form: { name?: string };
}

function ContactSteps({ me, passed }: { me: Me; passed: boolean }) {
  const nomination = useCall(() => callFunction<NominationSummary | null>('nomination', 'get'), [me.userId]);
  const current = nomination.data;
  return (
    <View>
      <Text className='steps__line'>推荐单位：{me.unitName}</Text>
      <Text className='steps__line'>
        本单位推荐状态：
        <Text className='steps__status'>{current ? STATUS_LABELS[current.status] : nomination.loading ? '读取中…' : '尚未填写'}</Text>
        {current?.form.name ? `（候选人：${current.form.name}）` : ''}
      </Text>
      {!passed || current ? (
        <AppButton className='steps__button' onClick={() => Taro.navigateTo({ url: '/pages/nominate/index' })}>
          {!current
            ? '开始填写推荐'
            : current.status === 'draft' || current.status === 'returned' || current.status === 'withdrawn'
              ? passed
                ? '查看推荐'
                : '继续填写'
              : '查看推荐状态'}
        </AppButton>
      ) : null}
      <Text className='steps__hint'>
        {passed
          ? '报送已截止。如有特殊情况，请联系下方主办单位联系人。'
          : '每个推荐单位推荐 1 名候选人：填写登记表，拍摄 2–3 张工作照和 1 段 90 秒以内的横屏短视频，在截止前提交。'}
      </Text>
    </View>
  );
}

function ReviewerSteps({ me }: { me: Me }) {
  const list = useCall(
    () => callFunction<{ counts: Record<string, number>; mine?: { assigned: number; done: number } }>('review', 'list'),
    [me.userId],
  );
  // Back from scoring (or reviewing), the count is read again: the home page stays mounted under the others.
  // (Mounted after the page's first show, so every show after that is a return.)
  useDidShow(list.reload);
  const counts = list.data?.counts ?? {};
  const waiting = counts.submitted ?? 0;
  const label = me.role === 'admin' ? '待形式审查' : '待审查';
  // An expert counts their own work: a final score or an abstention, of what is assigned to them.
  const mine = list.data?.mine;
  return (
    <View>
      {me.role === 'expert' ? (
        <Text className='steps__line'>
          已评：<Text className='steps__status'>{list.loading || !mine ? '…' : `${mine.done} / ${mine.assigned}`}</Text> 份
        </Text>
      ) : (
        <Text className='steps__line'>
          {label}：<Text className='steps__status'>{list.loading ? '…' : waiting}</Text> 份
        </Text>
      )}
      <AppButton className='steps__button' onClick={() => Taro.navigateTo({ url: '/packages/review/pages/list/index' })}>
        {me.role === 'expert' ? '去评分' : '查看推荐材料'}
      </AppButton>
      {me.role === 'admin' && (
        <AppButton
          className='steps__button steps__button--plain'
          onClick={() => Taro.navigateTo({ url: '/packages/admin/pages/dashboard/index' })}
        >
          活动总览
        </AppButton>
      )}
    </View>
  );
}

/** What the signed-in user can do next, by role. */
export function NextSteps({ me, passed }: { me: Me; passed: boolean }) {
  return (
    <View>
      {me.role === 'contact' ? <ContactSteps me={me} passed={passed} /> : <ReviewerSteps me={me} />}
      <SignOutButton />
    </View>
  );
}
