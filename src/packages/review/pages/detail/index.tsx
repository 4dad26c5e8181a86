import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { FIELD_LABELS } from '../../../../../domain/form/form-keys';
import { normalizePaperCode } from '../../../../../domain/review/paper-code';
import { REVIEW_QUEUE_MESSAGES } from '../../../../../domain/review/queue-messages';
import { STATUS_LABELS } from '../../../../../domain/status/machine';
import { formatShanghai } from '../../../../../domain/time/shanghai';
import { withPageShell } from '../../../../components/page-shell';
import { useCampaign } from '../../../../features/campaign/use-campaign';
import { ConsentLine } from '../../../../features/review/consent-line';
import { DecisionActions } from '../../../../features/review/decision-actions';
import { HistoryTimeline } from '../../../../features/review/history-timeline';
import { MediaGallery } from '../../../../features/review/media-gallery';
import { detailUrl, filtersFromParams, nextInQueue, nominationByCode } from '../../../../features/review/queue';
import { RecordFields } from '../../../../features/review/record-fields';
import { ScoringForm } from '../../../../features/review/scoring-form';
import { StaffActions } from '../../../../features/review/staff-actions';
import type { ReviewRecord } from '../../../../features/review/types';
import { useWhoami } from '../../../../features/session/use-whoami';
import { ApiError, callFunction } from '../../../../services/api';
import { useCall } from '../../../../services/use-call';

function ChangesNotice({ changes }: { changes: NonNullable<ReviewRecord['changes']> }) {
  const media = [
    changes.photos.added.length ? `新增工作照 ${changes.photos.added.length} 张` : '',
    changes.photos.removed.length ? `删除工作照 ${changes.photos.removed.length} 张` : '',
    changes.video.added.length ? '更换了短视频' : changes.video.removed.length ? '删除了短视频' : '',
  ].filter(Boolean);
  return (
    <View className='changes'>
      <Text>重新提交后的变化（与 {formatShanghai(changes.since, 'M月D日 HH:mm')} 退回时相比）：</Text>
      {changes.fields.length === 0 && media.length === 0 && <Text className='changes__line'>登记表和照片视频均未改动</Text>}
      {changes.fields.length > 0 && (
        <Text className='changes__line'>
          修改了：{changes.fields.map((f) => FIELD_LABELS[f.field] ?? f.field).join('、')}（下方已标出）
        </Text>
      )}
      {media.length > 0 && <Text className='changes__line'>{media.join('；')}</Text>}
    </View>
  );
}

function ReviewDetailPage() {
  const params = useRouter().params;
  const filters = filtersFromParams(params);
  const code = params.code ? normalizePaperCode(decodeURIComponent(params.code)) : null;
  // Opened from the 登记表's QR code: the 登记码 names the record.
  const target = useCall(async () => {
    if (params.id) return decodeURIComponent(params.id);
    const found = code ? await nominationByCode(code) : null;
    if (!found)
      throw new ApiError({
        code: 'NOT_FOUND',
        message: code ? REVIEW_QUEUE_MESSAGES.scanNotFound(code) : REVIEW_QUEUE_MESSAGES.scanNotPaper,
      });
    return found;
  }, [params.id, params.code]);
  const id = target.data;
  const record = useCall(async () => (id ? callFunction<ReviewRecord>('review', 'get', { nominationId: id }) : undefined), [id]);
  const campaign = useCampaign();
  const me = useWhoami();
  const r = record.data;
  const failure = target.error ?? record.error;
  if (failure) return <Text className='error-text'>{failure.message}</Text>;
  if (!r || !campaign.data || !me.data) return <Text className='muted'>正在读取…</Text>;
  const role = me.data.role;
  const categoryOf = (key: string | null | undefined) => campaign.data?.categories.find((c) => c.key === key)?.label;
  const today = formatShanghai(campaign.data.serverNow, 'YYYY-MM-DD');
  const openNext = async () => {
    const next = await nextInQueue(r.id, filters);
    if (next) {
      Taro.redirectTo({ url: detailUrl(next, filters) });
      return;
    }
    Taro.showToast({ title: REVIEW_QUEUE_MESSAGES.queueEnd, icon: 'none' });
    record.reload();
  };
  return (
    <View className='page'>
      <View className='card'>
        <Text className='card__title'>
          {r.form.name || '（未填写姓名）'} · {STATUS_LABELS[r.status]}
        </Text>
        <Text className='muted'>
          {r.unit?.name}　登记码 {r.shortCode}
        </Text>
        {r.submittedAt && <ConsentLine consent={r.review.consent} />}
        {(r.review.returnReasons ?? []).map((reason) => (
          <Text key={reason.message} className='reason'>
            退回原因：{reason.message}
          </Text>
        ))}
      </View>
      {r.changes && <ChangesNotice changes={r.changes} />}
      {r.duplicateUnits.length > 0 && (
        <Text className='warning'>注意：该候选人的身份证号也出现在其他单位的推荐中（{r.duplicateUnits.join('、')}）。</Text>
      )}
      <View className='card'>
        <Text className='card__title'>登记表</Text>
        <RecordFields
          nominationId={r.id}
          form={r.form}
          age={r.age}
          categoryLabel={categoryOf(r.form.category)}
          canReveal={role === 'staff' || role === 'admin'}
          changed={r.changes?.fields}
          categoryLabelOf={categoryOf}
        />
      </View>
      <View className='card'>
        <Text className='card__title'>工作照与短视频</Text>
        <MediaGallery photos={r.photos} video={r.video} />
      </View>
      {role === 'staff' && <StaffActions key={r.version} record={r} today={today} onDone={record.reload} onNext={openNext} />}
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
