import { describe, expect, it } from 'vitest';
import { FIELD_MESSAGES, type FieldCode, fieldMessage } from '../../../domain/form/field-messages';
import { FIELD_LABELS, FORM_KEYS } from '../../../domain/form/form-keys';
import { ID_NUMBER_MESSAGES } from '../../../domain/identity/id-number';
import { PHONE_MESSAGES } from '../../../domain/phone/phone';

describe('FIELD_MESSAGES', () => {
  it('labels every form key in Chinese', () => {
    for (const key of FORM_KEYS) expect(FIELD_LABELS[key]).toMatch(/^[\u4e00-\u9fff]+$/);
  });

  it('asks to choose from a picker and to fill in a text', () => {
    expect(fieldMessage('FIELD_REQUIRED', { key: 'ethnicity', count: 0 })).toBe('请选择民族');
    expect(fieldMessage('FIELD_REQUIRED', { key: 'category', count: 0 })).toBe('请选择重点选树类别');
    expect(fieldMessage('FIELD_REQUIRED', { key: 'deeds', count: 0 })).toBe('请填写主要事迹');
  });

  it('TOO_LONG says the limit, how many 字 were typed and how many to cut', () => {
    expect(fieldMessage('TOO_LONG', { key: 'deeds', count: 1012 })).toBe('主要事迹最多 1000 字，现在 1012 字，请删减 12 字');
    expect(fieldMessage('TOO_LONG', { key: 'unitOpinion', count: 201 })).toBe('推荐单位意见最多 200 字，现在 201 字，请删减 1 字');
  });

  it('NAME_LENGTH says how many characters were typed; NAME_FORMAT shows the ·', () => {
    expect(fieldMessage('NAME_LENGTH', { key: 'name', count: 1 })).toBe('姓名应为 2–30 个字，现在 1 个字，请核对');
    expect(fieldMessage('NAME_FORMAT', { key: 'name', count: 5 })).toContain('·');
  });

  it('NOT_IN_LIST, CATEGORY_UNKNOWN, NOT_TEXT and DRAFT_TOO_LONG say what to do', () => {
    expect(fieldMessage('NOT_IN_LIST', { key: 'politicalStatus', count: 2 })).toBe('请从列表中选择政治面貌，不能手动填写');
    expect(fieldMessage('CATEGORY_UNKNOWN', { key: 'category', count: 0 })).toBe('请从四个重点选树类别中选择一个');
    expect(fieldMessage('NOT_TEXT', { key: 'honors', count: 0 })).toBe('曾获荣誉应为文字，请重新填写');
    expect(fieldMessage('DRAFT_TOO_LONG', { key: 'deeds', count: 0 })).toBe('主要事迹太长，无法保存（上限 5000 个字符），请删减后再保存');
    expect(fieldMessage('DRAFT_TOO_LONG', { key: 'honors', count: 0 })).toBe('曾获荣誉太长，无法保存（上限 2000 个字符），请删减后再保存');
  });

  it('carries the ID and phone codes with their own messages', () => {
    for (const [code, text] of Object.entries({ ...ID_NUMBER_MESSAGES, ...PHONE_MESSAGES })) {
      expect(fieldMessage(code as FieldCode, { key: 'idNumber', count: 0 })).toBe(text);
    }
  });

  it('every message is Chinese and tells the user what to do', () => {
    for (const code of Object.keys(FIELD_MESSAGES) as FieldCode[]) {
      expect(fieldMessage(code, { key: 'deeds', count: 1200 })).toMatch(/请|如/);
    }
  });
});
