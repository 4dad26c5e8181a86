import { Checkbox, Label, Text, View } from '@tarojs/components';
import type { FieldIssue } from '../../../domain/errors/field-issue';
import { CONSENT_VERSION, consentText } from '../../../domain/privacy/consent';
import { AppButton } from '../../components/app-button';
import { MessageText } from '../campaign/organizer-phones';
import { RecordTable, type RecordTableProps } from './record-table';
import { STEPS, stepOf } from './steps';
import './wizard.css';

interface Props extends RecordTableProps {
  problems: FieldIssue[];
  consent: boolean;
  onConsent: (v: boolean) => void;
  onGoTo: (step: number, field: string) => void;
  onSubmit: () => void;
  submitting: boolean;
  /** Why the last submit was refused: shown above the button, where the sticky bar never covers it. */
  error?: string;
}

/** The whole nomination as it will be sent, every problem linked to its step, the consent, then submit. */
export function ReviewStep(p: Props) {
  return (
    <View>
      <RecordTable form={p.form} campaign={p.campaign} unitName={p.unitName} photos={p.photos} video={p.video} />
      {p.problems.length > 0 && (
        <View className='card'>
          <Text className='card__title'>还有 {p.problems.length} 项需要处理</Text>
          {p.problems.map((issue) => (
            <Text key={issue.path} className='problem' onClick={() => p.onGoTo(stepOf(issue.path), issue.path)}>
              {STEPS[stepOf(issue.path)].title}：{issue.message} ›
            </Text>
          ))}
        </View>
      )}
      <Label className='consent'>
        <Checkbox value='consent' checked={p.consent} color='#b4232f' onClick={() => p.onConsent(!p.consent)} />
        <View className='consent__text'>
          <Text>{consentText(p.campaign.organizer)}</Text>
          <Text className='consent__version'>同意声明版本 {CONSENT_VERSION}</Text>
        </View>
      </Label>
      {p.error && (
        <View id='submit-error'>
          <MessageText className='problem' text={p.error} />
        </View>
      )}
      <AppButton className='primary-button' disabled={!p.consent || p.submitting} loading={p.submitting} onClick={p.onSubmit}>
        提交推荐
      </AppButton>
    </View>
  );
}
