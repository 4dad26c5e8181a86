import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToEnd, stored } from '../exports/run';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { FUZZ_RATE_LIMITS } from './fuzz-harness';
import { attachPassedMedia, CONTACT, VALID_FORM } from '../support/nominations';
import { contractBreach } from './envelope-schema';
import { hasXmlIllegal } from '../../../domain/text/safe-text';

/** Each run renders a 登记表 PDF (a fraction of a second here): FUZZ_RENDER_RUNS=200 for a long run. */
const RUNS = Number(process.env.FUZZ_RENDER_RUNS ?? 8);
const TIMEOUT = 30_000 + RUNS * 2_000;

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00', rateLimits: FUZZ_RATE_LIMITS });
});
afterAll(() => h?.close());

/** Text a phone keyboard, a paste from Word or a hostile client puts in the free-text fields. */
const freeText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 200) }),
    fc.string({
      unit: fc.constantFrom(
        '\u0000',
        '\u0008',
        '\u000b',
        '\u001b',
        '\u007f',
        '\ud800',
        '\udfff',
        '\u202e',
        '\ufffe',
        '😀',
        '𠀀',
        '字',
        '\n',
      ),
      maxLength: 200,
    }),
  );

const texts = fc.record({
  workUnitAndPost: freeText(100),
  honors: freeText(500),
  deeds: freeText(1000),
  unitOpinion: freeText(200),
});

describe('any text a draft can hold prints and exports without INTERNAL', () => {
  it(
    'prints the 登记表 of drafts with random free text',
    async () => {
      // A clean draft first, so a refused save still leaves one to print.
      let version = dataOf(await h.call<{ version: number }>(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM })).version;
      await fc.assert(
        fc.asyncProperty(texts, async (form) => {
          const saved = await h.call<{ version: number }>(CONTACT, 'nomination', {
            action: 'saveDraft',
            version,
            form: { ...VALID_FORM, ...form },
          });
          expect(contractBreach(saved)).toBeNull();
          // What no file can hold is refused as typed (domain/text/safe-text.ts); the last saved draft still prints.
          if (!saved.ok) {
            expect(saved.error.code).toBe('VALIDATION_FAILED');
            expect(saved.error.fields?.every((f) => f.code === 'UNSAFE_CHARACTERS')).toBe(true);
            expect(Object.values(form).some((text) => hasXmlIllegal(text))).toBe(true);
          } else version = saved.data.version;
          const printed = await h.call(CONTACT, 'nomination', { action: 'printable' });
          expect(contractBreach(printed), JSON.stringify(form).slice(0, 300)).toBeNull();
          expect(printed.ok, JSON.stringify(printed).slice(0, 300)).toBe(true);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('refuses such text at input, and a draft stored before that rule still submits, exports and opens', async () => {
    const ports = h.runtime.portsFor(null);
    const draft = await ports.db.read.nominations.getByUnit(h.runtime.campaign.id, 'district-haidian');
    if (!draft) throw new Error('no draft');
    // What the 登记表's font cannot draw (a lone surrogate, U+FFFE, emoji, 𠀀) is refused at submit (NOT_PRINTABLE), so it is left out here.
    const form = { ...VALID_FORM, honors: '荣誉\u0000\u0008\u001b', deeds: '事迹\u202e\u007f'.repeat(10) };
    const refused = await h.call(CONTACT, 'nomination', { action: 'saveDraft', version: draft.version, form });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    // As an older release stored it, straight through the repository.
    const stale = { ...draft, form, version: draft.version + 1 };
    await ports.db.transaction((tx) => tx.nominations.update(stale, draft.version));
    const saved = { id: draft.id, version: stale.version };
    await attachPassedMedia(h, saved.id);
    const submitted = await h.call(CONTACT, 'nomination', { action: 'submit', version: saved.version });
    expect(contractBreach(submitted)).toBeNull();
    expect(submitted).toMatchObject({ ok: true, data: { status: 'submitted' } });
    const { result } = await exportToEnd(h, { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await stored(h, result.fileId)) as unknown as ArrayBuffer);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells.some((cell) => cell.startsWith('荣誉'))).toBe(true);
  });
});
