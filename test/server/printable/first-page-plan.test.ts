import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCjkFont } from '../../../server/printable/cjk-font';
import { planContinuation } from '../../../server/printable/continuation-plan';
import { planFirstPage } from '../../../server/printable/first-page-plan';
import { BODY_SIZES, TABLE_BOTTOM, TABLE_TOP } from '../../../server/printable/page-geometry';
import { createPdf, emMeasure } from '../../../server/printable/pdf-document';
import { SAMPLE_DEEDS, SAMPLE_HONORS, sampleRegistrationFormInput } from '../../../server/printable/sample-input';
import { blockHeight } from '../../../server/printable/text-block';
import { squeeze } from './poppler';

const em = emMeasure(createPdf(loadCjkFont(), { title: '', author: '', subject: '', createdAt: new Date(0) }));
const { form } = sampleRegistrationFormInput();

/** Every line the plan places, in reading order: page 1's honours and deeds, then the continuation. */
function placedText(honors: string, deeds: string): { honors: string; deeds: string } {
  const plan = planFirstPage({ ...form, honors, deeds }, em);
  const placed = { honors: plan.rows[3].cells[1].block.lines.join(''), deeds: plan.rows[4].cells[1].block.lines.join('') };
  for (const rows of planContinuation(plan.overflow, em)) {
    for (const row of rows) {
      const key = row.cells[0].block.lines.join('').startsWith('曾获荣誉') ? 'honors' : 'deeds';
      placed[key] += row.cells[1].block.lines.join('');
    }
  }
  return placed;
}

describe('page 1 layout', () => {
  it('fills the table exactly, keeps every cell inside its row and places every character once', () => {
    fc.assert(
      fc.property(fc.nat({ max: SAMPLE_HONORS.length }), fc.nat({ max: SAMPLE_DEEDS.length }), (h, d) => {
        const honors = SAMPLE_HONORS.slice(0, h);
        const deeds = SAMPLE_DEEDS.slice(0, d);
        const plan = planFirstPage({ ...form, honors, deeds }, em);
        const total = plan.rows.reduce((sum, row) => sum + row.height, 0);
        expect(total).toBeCloseTo(TABLE_BOTTOM - TABLE_TOP, 6);
        for (const row of plan.rows) {
          for (const cell of row.cells) {
            expect(blockHeight(cell.block)).toBeLessThanOrEqual(row.height + 0.01);
            expect(cell.block.size).toBeGreaterThanOrEqual(BODY_SIZES[BODY_SIZES.length - 1]);
          }
        }
        const placed = placedText(honors, deeds);
        expect(squeeze(placed.honors)).toBe(squeeze(honors));
        expect(squeeze(placed.deeds)).toBe(squeeze(deeds));
      }),
      { numRuns: 40 },
    );
  });

  it('sets a short 事迹 in full-size type', () => {
    const plan = planFirstPage({ ...form, honors: '2022年 全国三八红旗手', deeds: SAMPLE_DEEDS.slice(0, 300) }, em);
    expect(plan.rows[4].cells[1].block.size).toBe(BODY_SIZES[0]);
    expect(plan.overflow).toEqual([]);
  });
});
