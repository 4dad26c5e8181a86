import { Text, View } from '@tarojs/components';
import type { Campaign } from '../../../domain/campaign/campaign';
import { checkCandidateId } from '../../../domain/form/age';
import { TEXT_LIMITS } from '../../../domain/form/nomination-form';
import { ID_KIND_LABELS, normalizeIdNumber } from '../../../domain/identity/id-number';
import { checkPhone } from '../../../domain/phone/phone';
import { EDUCATION_LEVELS } from '../../../domain/lists/education-levels';
import { POLITICAL_STATUSES } from '../../../domain/lists/political-statuses';
import type { Form } from './draft-storage';
import { EthnicityField } from './ethnicity-field';
import { CountedText, ListPicker, TextField } from './fields';
import './wizard.css';

export interface StepProps {
  form: Form;
  errors: Record<string, string | undefined>;
  set: (key: string, value: string) => void;
  touch: (key: string) => void;
  focus?: string;
  campaign: Campaign;
  unitName: string;
}

/** The wiring every field of a step shares: its value, its error, focus, and the store's setters. */
function bind({ form, errors, set, touch, focus }: StepProps, key: string) {
  return {
    id: key,
    value: form[key],
    error: errors[key],
    focus: focus === key,
    onChange: (v: string) => set(key, v),
    onBlur: () => touch(key),
  };
}

export function CategoryStep({ form, errors, set, campaign, unitName }: StepProps) {
  return (
    <View>
      <View className='form-item'>
        <Text className='form-item__label'>推荐单位</Text>
        <View className='form-item__input'>{unitName}</View>
        <Text className='form-item__hint'>推荐单位由登录身份确定；每个单位推荐 {campaign.quotaPerUnit} 名候选人。</Text>
      </View>
      <View id='field-category' className='form-item'>
        <Text className='form-item__label'>重点选树类别（选一项）</Text>
        {campaign.categories.map((c) => (
          <View key={c.key} className={`choice ${form.category === c.key ? 'choice--on' : ''}`} onClick={() => set('category', c.key)}>
            <Text className='choice__title'>
              {form.category === c.key ? '● ' : '○ '}
              {c.label}
            </Text>
            <Text className='choice__text'>{c.description}</Text>
          </View>
        ))}
        {errors.category && <Text className='form-item__error'>{errors.category}</Text>}
      </View>
    </View>
  );
}

/** What the number says once it is a valid one: which document, female, and the age at the deadline (as the server judges it). */
function IdNumberHint({ value, deadline }: { value: string | undefined; deadline: string }) {
  const check = value ? checkCandidateId(value, deadline) : null;
  if (!check?.ok) return null;
  return (
    <Text className='form-item__ok'>
      ✓ {ID_KIND_LABELS[check.kind]}号码有效 · 女性 · 截止日年龄 {check.age} 岁
    </Text>
  );
}

export function CandidateStep(props: StepProps) {
  const { form, set, touch, campaign } = props;
  const field = (key: string) => bind(props, key);
  // Shown back in the stored form once the person leaves the field: 11010519491231002x → …002X.
  const normalizeOnBlur = (key: string, normalize: (v: string) => string) => {
    touch(key);
    const value = form[key];
    if (value && normalize(value) !== value) set(key, normalize(value));
  };
  return (
    <View>
      <TextField {...field('name')} label='姓名' maxlength={40} />
      <TextField
        {...field('idNumber')}
        onBlur={() => normalizeOnBlur('idNumber', normalizeIdNumber)}
        label='身份证号'
        maxlength={24}
        hint='18 位居民身份证号；港澳台居民填居住证号码，外籍人士填外国人永久居留身份证号码。年龄据此自动计算'
      />
      <IdNumberHint value={form.idNumber} deadline={campaign.deadline} />
      <EthnicityField value={form.ethnicity} error={props.errors.ethnicity} onChange={(v) => set('ethnicity', v)} />
      <ListPicker {...field('politicalStatus')} label='政治面貌' options={POLITICAL_STATUSES} />
      <ListPicker {...field('education')} label='文化程度' options={EDUCATION_LEVELS} />
      <TextField
        {...field('phone')}
        onBlur={() =>
          normalizeOnBlur('phone', (v) => {
            const phone = checkPhone(v);
            return phone.ok ? phone.value : v;
          })
        }
        label='联系电话'
        maxlength={32}
        hint='手机号，或“区号-号码-分机”，如 010-84650077-8513'
      />
    </View>
  );
}

export function WorkStep(props: StepProps) {
  return (
    <View>
      <CountedText {...bind(props, 'workUnitAndPost')} label='单位及职务' limit={TEXT_LIMITS.workUnitAndPost} />
      <CountedText
        {...bind(props, 'honors')}
        label='曾获荣誉（选填）'
        limit={TEXT_LIMITS.honors}
        placeholder='每项一行，如：2022年 北京市三八红旗手'
      />
    </View>
  );
}

export function DeedsStep(props: StepProps) {
  return (
    <CountedText
      {...bind(props, 'deeds')}
      label='主要事迹（1000 字以内）'
      limit={TEXT_LIMITS.deeds}
      tall
      placeholder='可从电脑或其他文档复制后粘贴到这里。字数不计空格和换行。'
    />
  );
}

export function OpinionStep(props: StepProps) {
  return (
    <CountedText
      {...bind(props, 'unitOpinion')}
      label='推荐单位意见'
      limit={TEXT_LIMITS.unitOpinion}
      hint='打印后由推荐单位签字盖章'
      placeholder='如：同意推荐。'
    />
  );
}
