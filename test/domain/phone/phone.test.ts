import fs from 'node:fs';
import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPhone, maskPhone, PHONE_MESSAGES, type PhoneCode } from '../../../domain/phone/phone';
import { CN_METADATA_FILE, cnMetadataText } from '../../../scripts/phone-metadata/cn-metadata';

const ok = (raw: string, value: string, kind: 'mobile' | 'landline') => expect(checkPhone(raw)).toEqual({ ok: true, value, kind });
const refused = (raw: unknown, code: PhoneCode) => expect(checkPhone(raw)).toEqual({ ok: false, code, message: PHONE_MESSAGES[code] });

describe('the CN-only metadata', () => {
  it('is exactly what scripts/phone-metadata.ts makes from the installed libphonenumber-js', () => {
    // Compared as data: the formatter may lay the checked-in file out differently.
    expect(JSON.parse(fs.readFileSync(CN_METADATA_FILE, 'utf8'))).toEqual(JSON.parse(cnMetadataText()));
  });
});

describe('checkPhone: mobile', () => {
  it('accepts a valid mobile in every spelling, stored as its 11 digits', () => {
    for (const raw of [
      '13800138000',
      '138 0013 8000',
      '138-0013-8000',
      '+86 138 0013 8000',
      '+8613800138000',
      '0086-138-0013-8000',
      '(+86)13800138000',
      '（+86）138 0013 8000',
      '(0086) 138 0013 8000',
      '１３８００１３８０００',
      '＋８６　１３８　００１３　８０００',
      '013800138000', // a trunk 0 before a mobile: libphonenumber drops it
      '+86 013800138000',
    ]) {
      ok(raw, '13800138000', 'mobile');
    }
    ok('19912345678', '19912345678', 'mobile');
    ok('16612345678', '16612345678', 'mobile');
  });

  it('PHONE_MOBILE for a wrong length or a prefix not in service (140, 179, 194…)', () => {
    for (const raw of ['1380013800', '138001380001', '12800138000', '14012345678', '17912345678', '19412345678'])
      refused(raw, 'PHONE_MOBILE');
  });

  it('PHONE_EXTENSION for a mobile with an extension', () => {
    refused('13800138000转123', 'PHONE_EXTENSION');
    refused('13800138000-123', 'PHONE_EXTENSION');
  });
});

describe('checkPhone: landline', () => {
  it('accepts area code and number in the usual spellings, stored as 区号-号码', () => {
    for (const raw of [
      '010-87258923',
      '01087258923',
      '(010)87258923',
      '（010）87258923',
      '010 8725 8923',
      '010.8725.8923',
      '+86 10 87258923',
      '+86 (10) 87258923',
      '０１０－８７２５８９２３',
    ]) {
      ok(raw, '010-87258923', 'landline');
    }
    ok('0755-12345678', '0755-12345678', 'landline');
    ok('+86-755-12345678', '0755-12345678', 'landline');
    ok('021-61234567', '021-61234567', 'landline');
  });

  it('accepts the notice’s own numbers: 8 digits alone are Beijing', () => {
    ok('87258923', '010-87258923', 'landline');
    ok('84650077-8513', '010-84650077-8513', 'landline');
    ok('84650077转8513', '010-84650077-8513', 'landline');
  });

  it('accepts an extension after -, 转, 分机, # or ext, stored as 区号-号码-分机', () => {
    for (const raw of [
      '010-84650077-8513',
      '010-84650077转8513',
      '010-84650077 转 8513',
      '010-84650077分机8513',
      '010-84650077#8513',
      '010-84650077 ext 8513',
      '010-84650077 EXT. 8513',
      '010-8465-0077-8513',
    ]) {
      ok(raw, '010-84650077-8513', 'landline');
    }
  });

  it('PHONE_AREA_CODE for a short local number without area code', () => {
    refused('8725892', 'PHONE_AREA_CODE');
    refused('+86 87258923', 'PHONE_AREA_CODE');
  });

  it('PHONE_EXTENSION for an extension that is not 1–6 digits', () => {
    refused('010-84650077转1234567', 'PHONE_EXTENSION');
    refused('010-84650077转', 'PHONE_EXTENSION');
  });

  it('PHONE_SERVICE for hotlines and 400 / 800 numbers, with or without area code', () => {
    for (const raw of [
      '4008123123',
      '400-812-3123',
      '8008101234',
      '95588',
      '96166',
      '12345',
      '12306',
      '10086',
      '110',
      '010-95588',
      '010-12345',
    ]) {
      refused(raw, 'PHONE_SERVICE');
    }
  });

  it('PHONE_FORMAT for letters, unknown area codes, wrong lengths, foreign numbers and double extensions', () => {
    for (const raw of [
      'abc',
      '电话13800138000',
      '010-84650077-ab',
      '8465007-88', // 7 digits and an extension: no area code and no Beijing number
      '031-1234567',
      '010-1234567',
      '021-6123456',
      '0311-1234567',
      '010-123456789',
      '010-87258923转12转3',
      '+1 202 555 0143',
      '电话',
    ]) {
      refused(raw, 'PHONE_FORMAT');
    }
  });

  it('PHONE_REQUIRED for empty or non-text input', () => {
    for (const raw of ['', '  ', undefined, null, 13800138000]) refused(raw, 'PHONE_REQUIRED');
  });

  it('every message is Chinese and shows how to write the number', () => {
    for (const message of Object.values(PHONE_MESSAGES)) expect(message).toMatch(/[请如]/);
  });
});

// ---- Against libphonenumber-js's own full build (metadata.max, every country), on generated numbers. ----

const ALLOWED = new Set(['MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE']);
const HOTLINE = /^(?:9[56]\d{3,4}|1\d{2,4})$/;

/** The reference verdict: libphonenumber says valid and mobile or fixed line, and the local part is no hotline. */
function reference(national: string, ext?: string): { ok: boolean; value?: string } {
  const number = parsePhoneNumberFromString(national, 'CN');
  if (number?.country !== 'CN' || !number.isValid() || !ALLOWED.has(number.getType() ?? '')) return { ok: false };
  const [area, ...local] = number.formatNational().split(' ');
  if (number.getType() === 'MOBILE') return ext ? { ok: false } : { ok: true, value: String(number.nationalNumber) };
  if (HOTLINE.test(local.join(''))) return { ok: false };
  return { ok: true, value: [area, local.join(''), ext].filter(Boolean).join('-') };
}

const digits = (min: number, max: number) => fc.integer({ min, max }).chain((n) => fc.stringMatching(new RegExp(`^\\d{${n}}$`)));
const AREAS = [
  '010',
  '020',
  '021',
  '022',
  '023',
  '024',
  '025',
  '027',
  '028',
  '029',
  '0311',
  '0351',
  '0371',
  '0431',
  '0451',
  '0471',
  '0531',
];
const AREA = fc.oneof(
  fc.constantFrom(...AREAS, '0571', '0591', '0755', '0898', '0731'),
  fc.stringMatching(/^[1-9]\d{1,2}$/).map((d) => `0${d}`),
);

/** Spellings of a national number a contact might type or paste. */
const spelled = (national: string) =>
  fc.constantFrom(
    national,
    `+86 ${national.replace(/^0/, '')}`,
    `0086${national.replace(/^0/, '')}`,
    `(+86)${national.replace(/^0/, '')}`,
    `（+86）${national.replace(/^0/, '')}`,
    national.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  );

type Case = { raw: string; national: string; ext?: string; why: 'mobile' | 'landline' | 'extension' | 'beijing-8' | 'service' | 'random' };

const cases: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(fc.integer({ min: 130, max: 199 }), digits(8, 8)).chain(([head, rest]) => {
    const national = `${head}${rest}`;
    return spelled(national).map((raw) => ({ raw, national, why: 'mobile' as const }));
  }),
  fc.tuple(AREA, digits(6, 9)).chain(([area, local]) => {
    const national = `${area}${local}`;
    return fc
      .oneof(spelled(national), fc.constant(`${area}-${local}`), fc.constant(`(${area})${local}`))
      .map((raw) => ({ raw, national, why: 'landline' as const }));
  }),
  fc.tuple(AREA, digits(7, 8), digits(1, 6), fc.constantFrom('-', '转', '分机', ' ext ')).map(([area, local, ext, mark]) => ({
    raw: `${area}-${local}${mark}${ext}`,
    national: `${area}${local}`,
    ext,
    why: 'extension' as const,
  })),
  digits(8, 8).map((local) => ({ raw: local, national: `010${local}`, why: 'beijing-8' as const })),
  fc
    .oneof(
      digits(7, 7).map((d) => `400${d}`),
      digits(7, 7).map((d) => `800${d}`),
      digits(3, 4).map((d) => `95${d}`),
      digits(3, 4).map((d) => `96${d}`),
      digits(2, 4).map((d) => `1${d}`),
    )
    .map((n) => ({ raw: n, national: n, why: 'service' as const })),
  digits(3, 13).map((n) => ({ raw: n, national: n, why: 'random' as const })),
);

const tally = { cases: 0, accepted: 0, disagreements: new Map<string, number>() };

afterAll(() => {
  const why = [...tally.disagreements].map(([k, n]) => `${k}: ${n}`).join('; ') || 'none';
  console.info(`phone vs libphonenumber-js/max: ${tally.cases} cases, ${tally.accepted} accepted; disagreements: ${why}`);
});

describe('checkPhone against libphonenumber-js (full metadata)', () => {
  it('property: on 3,000 generated numbers it agrees, except where the notice’s rules say otherwise', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const ours = checkPhone(c.raw);
        const ref = reference(c.national, c.ext);
        tally.cases++;
        if (ours.ok) tally.accepted++;
        const agree = ours.ok === ref.ok && (!ours.ok || ours.value === ref.value);
        if (agree) return;
        // Known, deliberate differences; anything else fails the test.
        const bare = c.raw.replace(/\D/g, '');
        let reason: string | null = null;
        // 8 digits alone: the reference reads them without an area code; the notice means Beijing.
        if (c.why === 'random' && /^[2-9]\d{7}$/.test(bare) && ours.ok && ours.value === reference(`010${bare}`).value) {
          reason = '8 digits alone read as Beijing (010)';
        }
        // 8 digits starting 0 or 1: an area code or a cut-off mobile, never a Beijing number.
        if (c.why === 'beijing-8' && /^[01]/.test(c.raw) && !ours.ok) reason = '8 digits starting 0 or 1 not read as Beijing';
        // A random digit string whose last digits the hotline rule catches although libphonenumber sees a landline.
        if (c.why === 'random' && !ours.ok && ours.code === 'PHONE_SERVICE') reason = 'hotline refused';
        expect(reason, `${JSON.stringify(c)} ours=${JSON.stringify(ours)} ref=${JSON.stringify(ref)}`).not.toBeNull();
        tally.disagreements.set(reason as string, (tally.disagreements.get(reason as string) ?? 0) + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: a stored value checks again to itself', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const first = checkPhone(c.raw);
        if (first.ok) expect(checkPhone(first.value)).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: never throws on anything', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary' })), (input) => {
        expect(typeof checkPhone(input).ok).toBe('boolean');
      }),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });

  it('keeps the area code, the last 4 digits of the number and the extension of a landline', () => {
    expect(maskPhone('010-87258923')).toBe('010-****8923');
    expect(maskPhone('010-84650077-8513')).toBe('010-****0077-8513');
    expect(maskPhone('0755-1234567')).toBe('0755-***4567');
  });

  it('never shows more than the last 4 digits of an unexpected value', () => {
    expect(maskPhone('87258923')).toBe('****8923');
    expect(maskPhone('')).toBe('');
  });
});
