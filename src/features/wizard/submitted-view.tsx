import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import { STATUS_LABELS } from '../../../domain/status/machine';
import type { SubscribeKey } from '../../../domain/notify/subscribe-keys';
import { SubscribePrompt } from '../inbox/subscribe-prompt';
import { ContactTimeline } from './contact-timeline';
import { RecordTable } from './record-table';
import type { CurrentCampaign } from '../campaign/use-campaign';
import { PrintableButton } from './printable-button';
import type { ServerNomination } from './use-draft';
import './wizard.css';

const NEXT: Record<string, string> = {
  submitted: '市科协正在进行形式审查，结果会通知您。请打印登记表，签字盖章后寄送。',
  accepted: '已通过形式审查，正在专家评审。',
  scored: '专家评审中。',
  recommended: '候选人已被推荐至北京市妇联。',
  not_recommended: '本次未被推荐，感谢您的参与。',
};

// What the contact may still hear about, by status: right after submitting, all three outcomes.
const STILL_TO_COME: Partial<Record<string, readonly SubscribeKey[]>> = {
  submitted: ['returned', 'accepted', 'decision'],
  accepted: ['decision'],
  scored: ['decision'],
};

interface Props {
  nomination: ServerNomination;
  campaign: CurrentCampaign;
  unitName: string;
  onWithdraw?: () => void;
}

/** Where a submitted nomination stands, its timeline, the form to print, and everything that was sent, read-only. */
export function SubmittedView({ nomination, campaign, unitName, onWithdraw }: Props) {
  return (
    <View className='card'>
      <Text className='card__title'>推荐状态：{STATUS_LABELS[nomination.status]}</Text>
      <Text className='muted'>{NEXT[nomination.status] ?? ''}</Text>
      {STILL_TO_COME[nomination.status] && <SubscribePrompt keys={STILL_TO_COME[nomination.status]} hint='有结果时，用微信提醒您' />}
      <PrintableButton />
      <Text className='submitted__history'>处理记录</Text>
      <ContactTimeline history={nomination.history} />
      {onWithdraw && (
        <AppButton className='plain-button' onClick={onWithdraw}>
          撤回推荐
        </AppButton>
      )}
      <Text className='submitted__record'>提交的推荐材料</Text>
      <RecordTable form={nomination.form} campaign={campaign} unitName={unitName} photos={nomination.photos} video={nomination.video} />
    </View>
  );
}
