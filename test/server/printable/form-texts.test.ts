import { describe, expect, it } from 'vitest';
import { activityName, copiesInChinese, formTitle, honourName, mailingInstruction } from '../../../server/printable/form-texts';
import { SAMPLE_CAMPAIGN } from '../../../server/printable/sample-input';
import { formatShanghaiMinute } from '../../../server/printable/shanghai-time';

describe('form texts', () => {
  it('titles the form exactly as the notice’s attachment, from the activity’s title or a bare honour', () => {
    expect(SAMPLE_CAMPAIGN.title).toBe('2023年度“首都最美巾帼奋斗者”选树活动');
    for (const title of [
      '2023年度“首都最美巾帼奋斗者”选树活动',
      '“首都最美巾帼奋斗者”',
      '首都最美巾帼奋斗者',
      '2023年度首都最美巾帼奋斗者选树活动',
    ]) {
      expect(honourName({ ...SAMPLE_CAMPAIGN, title })).toBe('首都最美巾帼奋斗者');
      expect(formTitle({ ...SAMPLE_CAMPAIGN, title })).toBe('“首都最美巾帼奋斗者”推荐人员登记表');
    }
  });

  it('names the activity with its year once, as the notice does', () => {
    expect(activityName(SAMPLE_CAMPAIGN)).toBe('2023年度“首都最美巾帼奋斗者”选树活动');
    expect(activityName({ ...SAMPLE_CAMPAIGN, title: '首都最美巾帼奋斗者', year: 2024 })).toBe('2024年度“首都最美巾帼奋斗者”选树活动');
  });

  it('says 一式两份 for two copies, and names the recipient when there is one', () => {
    expect(copiesInChinese(2)).toBe('两');
    expect(copiesInChinese(12)).toBe('12');
    const campaign = { ...SAMPLE_CAMPAIGN, paperCopies: 3, postalAddress: { address: '朝阳区育慧里4号', recipient: '王佳' } };
    expect(mailingInstruction(campaign, 1)).toBe('请将本表打印一式三份，签字、盖章后邮寄至：朝阳区育慧里4号，王佳 收。');
  });

  it('prints times in Beijing time whatever the server’s zone', () => {
    expect(formatShanghaiMinute('2023-10-20T15:59:59.999Z')).toBe('2023年10月20日 23:59');
    expect(formatShanghaiMinute('not a date')).toBe('');
  });
});
