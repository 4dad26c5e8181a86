import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldMessage } from '../../../domain/form/field-messages';
import { draftWarnings, FORM_KEYS, formDraftSchema, formSubmitSchema, validateForSubmit } from '../../../domain/form/nomination-form';
import { VALID_FORM as VALID } from '../support/forms';
import { buildId } from '../support/id-numbers';

type Form = Record<string, unknown>;

const issuesOf = (form: unknown) => {
  const result = validateForSubmit(form);
  return result.ok ? [] : result.issues;
};
const codeOf = (key: string, value: unknown) => issuesOf({ ...VALID, [key]: value }).find((i) => i.path === key)?.code ?? null;

describe('validateForSubmit', () => {
  it('accepts a complete form and returns it in storage form', () => {
    const typed = {
      ...VALID,
      name: ' 阿依古丽•买买提 ',
      phone: '+86 138 0013 8000',
      idNumber: '１１０１０５１９４９１２３１００２ｘ',
      deeds: ' 事迹。\n',
      extra: 'dropped',
    };
    expect(validateForSubmit(typed)).toEqual({
      ok: true,
      value: { ...VALID, name: '阿依古丽·买买提', phone: '13800138000', idNumber: '11010519491231002X', deeds: '事迹。' },
    });
  });

  it('lets 曾获荣誉 be empty: a candidate need not have honors', () => {
    const { honors: _, ...withoutHonors } = VALID;
    expect(validateForSubmit(withoutHonors)).toEqual({ ok: true, value: { ...VALID, honors: '' } });
    expect(validateForSubmit({ ...VALID, honors: '   ' })).toMatchObject({ ok: true, value: { honors: '' } });
  });

  it('lists every failing field once, in the 登记表’s order, with path = key', () => {
    const wrong = {
      category: '乡村振兴新型女农人',
      name: 'Li Fang',
      education: '本科',
      politicalStatus: '党员',
      ethnicity: '汉',
      phone: '8725892',
      workUnitAndPost: '职'.repeat(101),
      idNumber: '110105194912310021',
      honors: '奖'.repeat(501),
      deeds: '事'.repeat(1001),
      unitOpinion: '同'.repeat(201),
    };
    expect(issuesOf(wrong).map((i) => [i.path, i.code])).toEqual([
      ['category', 'CATEGORY_UNKNOWN'],
      ['name', 'NAME_FORMAT'],
      ['education', 'NOT_IN_LIST'],
      ['politicalStatus', 'NOT_IN_LIST'],
      ['ethnicity', 'NOT_IN_LIST'],
      ['phone', 'PHONE_AREA_CODE'],
      ['workUnitAndPost', 'TOO_LONG'],
      ['idNumber', 'ID_CHECKSUM'],
      ['honors', 'TOO_LONG'],
      ['deeds', 'TOO_LONG'],
      ['unitOpinion', 'TOO_LONG'],
    ]);
  });

  it('asks for every required field of an empty form, and of anything that is not a form', () => {
    const required = FORM_KEYS.filter((k) => k !== 'honors');
    for (const form of [{}, null, undefined, 'form', 42, ['a'], { ...Object.fromEntries(FORM_KEYS.map((k) => [k, ' '])) }]) {
      const issues = issuesOf(form);
      expect(issues.map((i) => i.path)).toEqual(required);
      expect(issues.every((i) => i.code === 'FIELD_REQUIRED')).toBe(true);
    }
    expect(issuesOf({}).find((i) => i.path === 'deeds')?.message).toBe('请填写主要事迹');
  });

  it('NOT_TEXT for a value that is not text', () => {
    expect(codeOf('deeds', 12)).toBe('NOT_TEXT');
    expect(codeOf('name', { first: '李' })).toBe('NOT_TEXT');
    expect(codeOf('honors', null)).toBeNull();
  });

  it('checks the name: 2–30 Chinese characters, parts joined by ·', () => {
    for (const name of ['李芳', '欧阳娜娜', '阿依古丽·买买提', '喆芳', '李〇', '娜'.repeat(30), '古丽・买买提', '古丽.买买提'])
      expect(codeOf('name', name)).toBeNull();
    for (const name of ['芳', '娜'.repeat(31)]) expect(codeOf('name', name)).toBe('NAME_LENGTH');
    for (const name of ['Li Fang', '李 芳', '李芳1', '·李芳', '李芳·', '古丽··买买提', '李-芳', '李芳😀'])
      expect(codeOf('name', name)).toBe('NAME_FORMAT');
  });

  it('takes pickers only from their lists, and the category by key', () => {
    expect(codeOf('category', 'rural-revitalization')).toBeNull();
    expect(codeOf('category', '乡村振兴新型女农人')).toBe('CATEGORY_UNKNOWN');
    expect(codeOf('education', '技工学校')).toBeNull();
    expect(codeOf('education', '职业高中')).toBeNull();
    expect(codeOf('education', '初中及以下')).toBe('NOT_IN_LIST');
    expect(codeOf('politicalStatus', '中国共产党党员')).toBe('NOT_IN_LIST');
    expect(codeOf('politicalStatus', '九三学社社员')).toBeNull();
    expect(codeOf('ethnicity', '基诺族')).toBeNull();
    expect(codeOf('ethnicity', '其他')).toBeNull();
    expect(codeOf('ethnicity', '外国血统中国籍人士')).toBeNull();
    expect(codeOf('ethnicity', '汉')).toBe('NOT_IN_LIST');
  });

  it('counts 字 without white space: 1000 字 of 主要事迹 spread over paragraphs pass, 1001 do not', () => {
    const paragraphs = (n: number) => Array.from({ length: n / 100 }, () => '字'.repeat(100)).join('\n\n\u3000\u3000');
    expect(codeOf('deeds', paragraphs(1000))).toBeNull();
    expect(codeOf('deeds', `${paragraphs(1000)}。`)).toBe('TOO_LONG');
    expect(codeOf('workUnitAndPost', `${'职'.repeat(50)} ${'务'.repeat(50)}`)).toBeNull();
    expect(codeOf('honors', '奖'.repeat(500))).toBeNull();
    expect(codeOf('unitOpinion', '同'.repeat(200))).toBeNull();
  });

  it('TOO_LONG tells how many 字 were typed and how many to cut', () => {
    const issue = issuesOf({ ...VALID, deeds: `${'事'.repeat(1005)}\n` }).find((i) => i.path === 'deeds');
    expect(issue).toEqual({ path: 'deeds', code: 'TOO_LONG', message: '主要事迹最多 1000 字，现在 1005 字，请删减 5 字' });
  });

  it('passes the ID and phone codes through with their messages', () => {
    expect(codeOf('idNumber', '11010519491231002')).toBe('ID_LENGTH');
    expect(codeOf('idNumber', '11010519491231001X')).not.toBeNull();
    expect(codeOf('phone', '12800138000')).toBe('PHONE_MOBILE');
    expect(codeOf('phone', '84650077-8513')).toBeNull();
    const id = issuesOf({ ...VALID, idNumber: '110105194912310021' }).find((i) => i.path === 'idNumber');
    expect(id?.message).toBe('证件号码校验位不正确，请核对最后一位');
  });

  it('a draft’s earlier 文化程度 label is judged and stored as today’s GB/T 4658 one', () => {
    expect(validateForSubmit({ ...VALID, education: '高中' })).toEqual({ ok: true, value: { ...VALID, education: '普通高中' } });
  });

  it('ID_AGE_IMPLAUSIBLE names the age at the deadline: under 16 or over 100 is refused', () => {
    const deadline = '2023-10-20T15:59:59.999Z';
    const born = (y: number, m: number, d: number) => buildId({ province: 11, area: 105, year: y, month: m, day: d, seq: 1, sex: 2 });
    const at = (idNumber: string) => validateForSubmit({ ...VALID, idNumber }, { deadline });
    expect(at(born(2007, 10, 20))).toMatchObject({ ok: true });
    expect(at(born(2007, 10, 21))).toEqual({
      ok: false,
      issues: [
        {
          path: 'idNumber',
          code: 'ID_AGE_IMPLAUSIBLE',
          message: '按证件号码中的出生日期，候选人在报送截止日为 15 岁，不在 16–100 岁之间，请核对第 7–14 位',
        },
      ],
    });
    expect(at(born(1922, 10, 21))).toMatchObject({ ok: true }); // 100 on the deadline
    expect(at(born(1922, 10, 20))).toMatchObject({
      ok: false,
      issues: [{ code: 'ID_AGE_IMPLAUSIBLE', message: expect.stringContaining('101 岁') }],
    });
    expect(at(born(1903, 5, 1))).toMatchObject({
      ok: false,
      issues: [{ code: 'ID_AGE_IMPLAUSIBLE', message: expect.stringContaining('120 岁') }],
    });
    // Born today: age 0, without a deadline the age is taken today.
    const today = new Date();
    const bornToday = born(today.getFullYear(), today.getMonth() + 1, today.getDate());
    expect(validateForSubmit({ ...VALID, idNumber: bornToday })).toMatchObject({ ok: false, issues: [{ code: 'ID_AGE_IMPLAUSIBLE' }] });
  });

  it('NOT_PRINTABLE for a character the 登记表’s font lacks, naming it', () => {
    expect(issuesOf({ ...VALID, name: '王𠮷' })).toEqual([
      { path: 'name', code: 'NOT_PRINTABLE', message: '姓名中的“𠮷”：该字无法打印，请联系主办单位' },
    ]);
    expect(issuesOf({ ...VALID, deeds: '她带领团队攻关😀👍' })).toEqual([
      { path: 'deeds', code: 'NOT_PRINTABLE', message: '主要事迹中的表情符号“😀👍”无法打印在登记表上，请删去或改用文字' },
    ]);
    expect(codeOf('deeds', '喆堃珺，“北京智造”。\u200d')).toBeNull();
  });

  it('formSubmitSchema gives the same verdict as validateForSubmit', () => {
    expect(formSubmitSchema.safeParse(VALID).success).toBe(true);
    const failed = formSubmitSchema.safeParse({ ...VALID, phone: '' });
    expect(failed.success ? [] : failed.error.issues.map((i) => [i.path, i.message])).toEqual([
      [['phone'], fieldMessage('FIELD_REQUIRED', { key: 'phone', count: 0 })],
    ]);
  });

  it('property: never throws on anything, and lists each failing key at most once', () => {
    const formLike = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...FORM_KEYS), fc.oneof(fc.string({ unit: 'binary' }), fc.anything())),
    );
    fc.assert(
      fc.property(formLike, (form) => {
        const result = validateForSubmit(form);
        if (result.ok) return;
        const paths = result.issues.map((i) => i.path);
        expect(new Set(paths).size).toBe(paths.length);
        expect(paths.every((p) => (FORM_KEYS as readonly string[]).includes(p))).toBe(true);
        expect(result.issues.every((i) => /[\u4e00-\u9fff]/.test(i.message))).toBe(true);
      }),
    );
  });

  it('property: white space around text fields never makes a valid form invalid', () => {
    const space = fc.string({ unit: fc.constantFrom(' ', '\n', '\u3000', '\t') });
    fc.assert(
      fc.property(space, space, (before, after) => {
        const padded = Object.fromEntries(Object.entries(VALID).map(([k, v]) => [k, `${before}${v}${after}`]));
        expect(validateForSubmit(padded)).toEqual({ ok: true, value: VALID });
      }),
    );
  });
});

describe('formDraftSchema', () => {
  it('takes an empty or partial form, keeps text as typed, strips unknown keys', () => {
    expect(formDraftSchema.parse({})).toEqual({});
    expect(formDraftSchema.parse({ name: ' 李 ', deeds: '事'.repeat(4000), junk: 1 } as Form)).toEqual({
      name: ' 李 ',
      deeds: '事'.repeat(4000),
    });
  });

  it('never refuses text that breaks only the submit rules', () => {
    const draft = { ...VALID, name: 'x', phone: '123', idNumber: '1', deeds: '事'.repeat(1500), honors: '奖'.repeat(1999) };
    expect(formDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('refuses only floods beyond the hard caps and values that are not text, with codes and Chinese messages', () => {
    const result = formDraftSchema.safeParse({ deeds: '事'.repeat(5001), honors: '奖'.repeat(2001), name: 7 } as Form);
    expect(result.success).toBe(false);
    const issues = result.success
      ? []
      : result.error.issues.map((i) => [i.path.join('.'), i.code === 'custom' ? i.params?.code : i.code, i.message]);
    expect(issues).toEqual([
      ['name', 'NOT_TEXT', '姓名应为文字，请重新填写'],
      ['honors', 'DRAFT_TOO_LONG', '曾获荣誉太长，无法保存（上限 2000 个字符），请删减后再保存'],
      ['deeds', 'DRAFT_TOO_LONG', '主要事迹太长，无法保存（上限 5000 个字符），请删减后再保存'],
    ]);
  });

  it('property: safeParse never throws on anything', () => {
    const formLike = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...FORM_KEYS), fc.anything()));
    fc.assert(
      fc.property(formLike, (form) => {
        expect(typeof formDraftSchema.safeParse(form).success).toBe('boolean');
      }),
    );
  });
});

describe('draftWarnings', () => {
  it('warns about the fields typed so far, not about the missing ones', () => {
    expect(draftWarnings({})).toEqual([]);
    expect(draftWarnings({ name: '', phone: '   ' })).toEqual([]);
    expect(draftWarnings({ name: '李', idNumber: '110105194912310021' }).map((w) => [w.path, w.code])).toEqual([
      ['name', 'NAME_LENGTH'],
      ['idNumber', 'ID_CHECKSUM'],
    ]);
  });

  it('gives the same issue for a field as submit does', () => {
    const draft = { deeds: '事'.repeat(1001), phone: '87258923' };
    const onSubmit = issuesOf({ ...VALID, ...draft });
    expect(draftWarnings(draft)).toEqual(onSubmit);
  });

  it('property: never throws on any typed strings, one warning per field at most', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FORM_KEYS), fc.string({ unit: 'binary' })), (draft) => {
        const paths = draftWarnings(draft).map((w) => w.path);
        expect(new Set(paths).size).toBe(paths.length);
      }),
    );
  });
});
