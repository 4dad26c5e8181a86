import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { STATUS_LABELS } from '../../../../../domain/status/machine';
import { useCampaign } from '../../../../features/campaign/use-campaign';
import { ConsentLine } from '../../../../features/review/consent-line';
import { DecisionActions } from '../../../../features/review/decision-actions';
import { HistoryTimeline } from '../../../../features/review/history-timeline';
import { MediaGallery } from '../../../../features/review/media-gallery';
import { RecordFields } from '../../../../features/review/record-fields';
import { ScoringForm } from '../../../../features/review/scoring-form';
import { StaffActions } from '../../../../features/review/staff-actions';
import type { ReviewRecord } from '../../../../features/review/types';
import { useWhoami } from '../../../../features/session/use-whoami';
import { callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';
import { withPageShell } from '../../../../components/page-shell';

function ReviewDetailPage() {
  const id = decodeURIComponent(useRouter().params.id ?? '');
  const record = useCall(() => callFunction<ReviewRecord>('review', 'get', { nominationId: id }), [id]);
  const campaign = useCampaign();
  const me = useWhoami();
  const r = record.data;
  if (record.error) return <Text className='error-text'>{record.error.message}</Text>;
  if (!r || !campaign.data || !me.data) return <Text className='muted'>正在读取…</Text>;
  const role = me.data.role;
  const category = campaign.data.categories.find((c) => c.key === r.form.category)?.label;
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>
          {r.form.name || '（未填写姓名）'} · {STATUS_LABELS[r.status]}
        </Text>
        <Text className='muted'>{r.unit?.name}</Text>
        {r.submittedAt && <ConsentLine consent={r.review.consent} />}
        {(r.review.returnReasons ?? []).map((reason) => (
          <Text key={reason.message} className='reason'>
            退回原因：{reason.message}
          </Text>
        ))}
      </View>
      {r.duplicateUnits.length > 0 && (
        <Text className='warning'>注意：该候选人的身份证号也出现在其他单位的推荐中（{r.duplicateUnits.join('、')}）。</Text>
      )}
      <View className='card'>
        <Text className='card__title'>登记表</Text>
        <RecordFields
          nominationId={r.id}
          form={r.form}
          age={r.age}
          categoryLabel={category}
          canReveal={role === 'staff' || role === 'admin'}
        />
      </View>
      <View className='card'>
        <Text className='card__title'>工作照与短视频</Text>
        <MediaGallery photos={r.photos} video={r.video} />
      </View>
      {role === 'staff' && <StaffActions record={r} onDone={record.reload} />}
      {role === 'expert' && (r.status === 'accepted' || r.status === 'scored') && (
        <ScoringForm
          nominationId={r.id}
          criteria={campaign.data.criteria}
          mine={r.scores.find((s) => s.expertId === me.data?.userId)}
          onDone={record.reload}
        />
      )}
      {role === 'admin' && r.status === 'scored' && <DecisionActions record={r} onDone={record.reload} />}
      <View className='card'>
        <Text className='card__title'>处理记录</Text>
        <HistoryTimeline history={r.history} />
      </View>
    </View>
  );
}

export default withPageShell(ReviewDetailPage);
