import { Checkbox, Label, Text, View } from '@tarojs/components';
import { AppButton } from '../../components/app-button';
import type { Campaign } from '../../../domain/campaign/campaign';
import type { FieldIssue } from '../../../domain/errors/field-issue';
import { ageFromIdNumber } from '../../../domain/form/age';
import type { Form } from './draft-storage';
import { STEPS, stepOf } from './steps';
import './wizard.css';

interface Props {
  form: Form;
  campaign: Campaign;
  unitName: string;
  photos: number;
  hasVideo: boolean;
  problems: FieldIssue[];
  consent: boolean;
  onConsent: (v: boolean) => void;
  onGoTo: (step: number, field: string) => void;
  onSubmit: () => void;
  submitting: boolean;
}

/** The whole nomination laid out like the printed form, every problem linked to its step, then submit. */
export function ReviewStep(p: Props) {
  const category = p.campaign.categories.find((c) => c.key === p.form.category)?.label;
  const age = p.form.idNumber ? ageFromIdNumber(p.form.idNumber, p.campaign.deadline) : null;
  const rows: [string, string | undefined][] = [
    ['推荐单位', p.unitName],
    ['重点选树类别', category],
    ['姓名', p.form.name],
    ['年龄', age === null ? undefined : `${age} 岁`],
    ['文化程度', p.form.education],
    ['政治面貌', p.form.politicalStatus],
    ['民族', p.form.ethnicity],
    ['联系电话', p.form.phone],
    ['单位及职务', p.form.workUnitAndPost],
    ['身份证号', p.form.idNumber],
    ['曾获荣誉', p.form.honors],
    ['主要事迹', p.form.deeds],
    ['推荐单位意见', p.form.unitOpinion],
    ['工作照', `${p.photos} 张`],
    ['短视频', p.hasVideo ? '1 段' : '未上传'],
  ];
  return (
    <View>
      <View className='preview-table'>
        {rows.map(([label, value]) => (
          <View key={label} className='preview-row'>
            <Text className='preview-cell__label'>{label}</Text>
            <Text className='preview-cell__value'>{value || '—'}</Text>
          </View>
        ))}
      </View>
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
        <Text>
          我已征得候选人同意，由{p.campaign.organizer}
          为本次评选处理其身份证号和联系电话等个人信息；这些信息加密保存，仅用于资格核验和联系，评选结束后按规定删除。
        </Text>
      </Label>
      <AppButton className='primary-button' disabled={!p.consent || p.submitting} loading={p.submitting} onClick={p.onSubmit}>
        提交推荐
      </AppButton>
    </View>
  );
}
