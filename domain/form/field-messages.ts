import { ID_NUMBER_MESSAGES, type IdNumberCode } from '../identity/id-number';
import { CANDIDATE_AGE } from './age';
import { PHONE_MESSAGES, type PhoneCode } from '../phone/phone';
import { draftCap, FIELD_LABELS, type FormKey, NAME_LENGTH, TEXT_LIMITS, type TextKey } from './form-keys';

export type FormRuleCode =
  | 'FIELD_REQUIRED'
  | 'NOT_TEXT'
  | 'DRAFT_TOO_LONG'
  | 'NAME_LENGTH'
  | 'NAME_FORMAT'
  | 'TOO_LONG'
  | 'NOT_IN_LIST'
  | 'CATEGORY_UNKNOWN'
  | 'CONTENT_RISKY'
  | 'ID_AGE_IMPLAUSIBLE'
  | 'NOT_PRINTABLE';

/** Every code a form field can fail with. */
export type FieldCode = FormRuleCode | IdNumberCode | PhoneCode;

/** What a message may mention: the field, how many 字 were typed, the candidate's age, the characters at fault. */
export interface MessageContext {
  key: FormKey;
  count: number;
  age?: number;
  chars?: string;
}

/** WeChat's text check refused the text; it says what happened without accusing anyone. */
export const CONTENT_RISKY_MESSAGE = '这段文字未通过微信的内容安全检测，请检查并修改后再提交；如有疑问请联系主办单位';

const PICKERS: ReadonlySet<FormKey> = new Set<FormKey>(['category', 'education', 'politicalStatus', 'ethnicity']);
const label = (c: MessageContext) => FIELD_LABELS[c.key];
const limit = (c: MessageContext) => (c.key in TEXT_LIMITS ? TEXT_LIMITS[c.key as TextKey] : draftCap(c.key));

const FORM_RULE_MESSAGES: Record<FormRuleCode, (c: MessageContext) => string> = {
  FIELD_REQUIRED: (c) => `请${PICKERS.has(c.key) ? '选择' : '填写'}${label(c)}`,
  NOT_TEXT: (c) => `${label(c)}应为文字，请重新填写`,
  DRAFT_TOO_LONG: (c) => `${label(c)}太长，无法保存（上限 ${draftCap(c.key)} 个字符），请删减后再保存`,
  NAME_LENGTH: (c) => `姓名应为 ${NAME_LENGTH.min}–${NAME_LENGTH.max} 个字，现在 ${c.count} 个字，请核对`,
  NAME_FORMAT: () => '姓名只能填写汉字，少数民族姓名用“·”分隔（如 阿依古丽·买买提），请去掉字母、数字、空格和其他符号',
  TOO_LONG: (c) => `${label(c)}最多 ${limit(c)} 字，现在 ${c.count} 字，请删减 ${c.count - limit(c)} 字`,
  NOT_IN_LIST: (c) => `请从列表中选择${label(c)}，不能手动填写`,
  CATEGORY_UNKNOWN: () => '请从四个重点选树类别中选择一个',
  CONTENT_RISKY: () => CONTENT_RISKY_MESSAGE,
  ID_AGE_IMPLAUSIBLE: (c) =>
    `按证件号码中的出生日期，候选人在报送截止日为 ${c.age ?? '?'} 岁，不在 ${CANDIDATE_AGE.min}–${CANDIDATE_AGE.max} 岁之间，请核对第 7–14 位`,
  NOT_PRINTABLE: (c) =>
    /^\p{Extended_Pictographic}+$/u.test(c.chars ?? '')
      ? `${label(c)}中的表情符号“${c.chars}”无法打印在登记表上，请删去或改用文字`
      : `${label(c)}中的“${c.chars ?? ''}”：该字无法打印，请联系主办单位`,
};

const fixed = <C extends string>(messages: Record<C, string>) =>
  Object.fromEntries(Object.entries(messages).map(([code, text]) => [code, () => text])) as Record<C, () => string>;

/** Chinese messages by code, each saying how to fix it; a code without one is a compile error. */
export const FIELD_MESSAGES: Record<FieldCode, (c: MessageContext) => string> = {
  ...FORM_RULE_MESSAGES,
  ...fixed(ID_NUMBER_MESSAGES),
  ...fixed(PHONE_MESSAGES),
};

export function fieldMessage(code: FieldCode, context: MessageContext): string {
  return FIELD_MESSAGES[code](context);
}
