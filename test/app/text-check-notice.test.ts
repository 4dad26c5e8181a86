import { describe, expect, it } from 'vitest';
import { textCheckNotice } from '../../src/features/review/text-check-notice';

describe("the staff's notice of WeChat's text check (review detail)", () => {
  it('says nothing when every text passed or no check is recorded', () => {
    expect(textCheckNotice(undefined)).toEqual([]);
    expect(textCheckNotice({ status: 'pass', flagged: [] })).toEqual([]);
  });

  it('names, by their labels, the fields to look at and those that went unchecked', () => {
    const notes = textCheckNotice({
      status: 'not_checked',
      flagged: [
        { path: 'honors', result: 'review' },
        { path: 'deeds', result: 'review' },
        { path: 'name', result: 'not_checked' },
      ],
    });
    expect(notes).toEqual([
      '微信内容安全检测提示以下内容可能需要人工复核：曾获荣誉、主要事迹。请审查时留意。',
      '提交时以下内容未能经过微信内容安全检测：姓名。请审查时人工留意。',
    ]);
  });
});
