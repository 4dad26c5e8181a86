import { Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import type { FieldIssue } from '../../../domain/errors/field-issue';
import { isPast } from '../../../domain/time/shanghai';
import { DeadlineCountdown } from '../../features/campaign/deadline-countdown';
import { type CurrentCampaign, useCampaign } from '../../features/campaign/use-campaign';
import { PhotoStep } from '../../features/media/photo-step';
import { VideoStep } from '../../features/media/video-step';
import { type Me, useWhoami } from '../../features/session/use-whoami';
import { resolveConflicts, mergeDrafts } from '../../features/wizard/conflict';
import { ConflictDialog } from '../../features/wizard/conflict-dialog';
import { CandidateStep, CategoryStep, DeedsStep, OpinionStep, WorkStep } from '../../features/wizard/form-steps';
import { ReviewStep } from '../../features/wizard/review-step';
import { SaveIndicator } from '../../features/wizard/save-indicator';
import { StepBar } from '../../features/wizard/step-bar';
import { STEPS, stepOf } from '../../features/wizard/steps';
import { SubmittedView } from '../../features/wizard/submitted-view';
import { useDraft } from '../../features/wizard/use-draft';
import { useFieldErrors } from '../../features/wizard/use-field-errors';
import { ApiError, callFunction } from '../../services/api';
import './index.css';
import { withPageShell } from '../../components/page-shell';

const EDITABLE = new Set(['draft', 'returned', 'withdrawn']);

function Wizard({ me, campaign }: { me: Me & { unitId: string }; campaign: CurrentCampaign }) {
  const d = useDraft(me.unitId);
  const [focus, setFocus] = useState<string | undefined>();
  const [consent, setConsent] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState('');
  const server = d.server;
  const mediaProblems = useMemo<FieldIssue[]>(() => {
    const photos = server?.photos.length ?? 0;
    const out: FieldIssue[] = [];
    if (photos < campaign.media.photos.min)
      out.push({ path: 'photos', code: 'MEDIA_REQUIRED', message: `还需要 ${campaign.media.photos.min - photos} 张工作照` });
    if (!server?.video) out.push({ path: 'video', code: 'MEDIA_REQUIRED', message: '还需要 1 段横屏短视频' });
    return out;
  }, [server, campaign]);
  const errors = useFieldErrors(d.draft.form, mediaProblems);
  const step = d.draft.step;
  const passed = isPast(new Date(), campaign.unitDeadline) && isPast(campaign.serverNow, campaign.unitDeadline);
  const returnedFields = new Set((server?.review?.returnReasons ?? []).map((r) => r.path).filter(Boolean));

  if (!d.loaded) return <Text className='muted'>正在读取…</Text>;
  if (server && !EDITABLE.has(server.status)) {
    return <SubmittedView nomination={server} onWithdraw={server.status === 'submitted' ? () => withdraw() : undefined} />;
  }
  async function withdraw() {
    const { confirm } = await Taro.showModal({ title: '撤回推荐', content: '撤回后可修改再提交。确定撤回吗？' });
    if (!confirm || !server) return;
    await callFunction('nomination', 'withdraw', { version: server.version }).catch(() => undefined);
    await d.reload();
  }
  const goTo = (next: number, field?: string) => {
    d.setStep(next);
    setFocus(field);
    if (field) setTimeout(() => Taro.pageScrollTo({ selector: `#field-${field}`, duration: 200 }).catch(() => undefined), 100);
    else Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const next = () => {
    const fields = STEPS[step].fields;
    errors.touch(...fields);
    const first = errors.problems.find((p) => fields.includes(p.path) && p.path !== 'photos' && p.path !== 'video');
    if (first) return goTo(step, first.path);
    goTo(Math.min(step + 1, STEPS.length - 1));
  };
  const submit = async () => {
    setSubmitting(true);
    setSubmitError('');
    try {
      await d.save();
      await callFunction('nomination', 'submit', { version: d.draftVersion() });
      await d.reload();
      Taro.showToast({ title: '已提交', icon: 'success' });
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) errors.touch(...e.fields.map((f) => f.path));
      setSubmitError(e instanceof ApiError ? e.message : '提交失败，请重试');
    } finally {
      setSubmitting(false);
    }
  };
  // A nomination that was submitted once has been through every step: all of them stay open.
  const reached = server?.history.some((h) => h.action === 'submit') ? STEPS.length - 1 : Math.max(step, d.draft.reached ?? step);
  const stepErrors = new Set(errors.problems.map((p) => stepOf(p.path)).filter((i) => i < STEPS.length - 1));
  const props = {
    form: d.draft.form,
    errors: errors.visible,
    set: d.setField,
    touch: (k: string) => errors.touch(k),
    focus,
    campaign,
    unitName: me.unitName ?? '',
  };
  return (
    <View>
      <StepBar current={step} reached={reached} withErrors={stepErrors} onJump={(i) => goTo(i)} />
      <View className='wizard__top'>
        <DeadlineCountdown deadline={campaign.unitDeadline} serverNow={campaign.serverNow} compact />
        <SaveIndicator state={d.saveState} />
      </View>
      {passed && (
        <Text className='problem'>
          报送已截止，不能再修改或提交。如有特殊情况，请联系主办单位：{campaign.contacts.map((c) => `${c.name} ${c.phone}`).join('，')}。
        </Text>
      )}
      {d.error && !passed && <Text className='problem'>{d.error}</Text>}
      {server?.status === 'returned' && (
        <View className='card'>
          <Text className='card__title'>材料被退回，请修改后重新提交</Text>
          {(server.review?.returnReasons ?? []).map((r) => (
            <Text key={r.message} className='problem' onClick={() => r.path && goTo(stepOf(r.path), r.path)}>
              {r.message}
            </Text>
          ))}
        </View>
      )}
      {d.conflicts.length > 0 && server && (
        <ConflictDialog
          conflicts={d.conflicts}
          onResolve={(keepMine) =>
            d.resolve(resolveConflicts(mergeDrafts(d.draft.baseForm, d.draft.form, server.form).merged, d.conflicts, keepMine))
          }
        />
      )}
      <View className={`card ${STEPS[step].fields.some((f) => returnedFields.has(f)) ? 'card--returned' : ''}`}>
        {step === 0 && <CategoryStep {...props} />}
        {step === 1 && <CandidateStep {...props} />}
        {step === 2 && <WorkStep {...props} />}
        {step === 3 && <DeedsStep {...props} />}
        {step === 4 && <PhotoStep unitId={me.unitId} rules={campaign.media} photos={server?.photos ?? []} onChanged={d.reload} />}
        {step === 5 && <VideoStep unitId={me.unitId} rules={campaign.media} video={server?.video ?? null} onChanged={d.reload} />}
        {step === 6 && <OpinionStep {...props} />}
        {step === 7 && (
          <ReviewStep
            form={d.draft.form}
            campaign={campaign}
            unitName={me.unitName ?? ''}
            photos={server?.photos.length ?? 0}
            hasVideo={Boolean(server?.video)}
            problems={errors.problems}
            consent={consent}
            onConsent={setConsent}
            onGoTo={goTo}
            onSubmit={submit}
            submitting={submitting}
          />
        )}
        {submitError && <Text className='problem'>{submitError}</Text>}
      </View>
      <View className='wizard__nav'>
        <AppButton className='plain-button' disabled={step === 0} onClick={() => goTo(step - 1)}>
          上一步
        </AppButton>
        {step < STEPS.length - 1 && (
          <AppButton className='primary-button' onClick={next}>
            下一步
          </AppButton>
        )}
      </View>
    </View>
  );
}

function NominatePage() {
  const me = useWhoami();
  const campaign = useCampaign();
  if (me.error || campaign.error) return <Text className='error-text'>{(me.error ?? campaign.error)?.message}</Text>;
  if (!me.data || !campaign.data) return <Text className='muted'>正在读取…</Text>;
  const unitId = me.data.unitId;
  if (me.data.role !== 'contact' || !unitId) return <Text className='error-text'>只有推荐单位联系人可以填写推荐。</Text>;
  return <Wizard me={{ ...me.data, unitId }} campaign={campaign.data} />;
}

export default withPageShell(NominatePage);
