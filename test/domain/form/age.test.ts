import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageFromIdNumber } from '../../../domain/form/age';
import { buildId, femaleId } from '../support/id-numbers';

const DEADLINE = '2023-10-20T15:59:59.999Z';

/** Oracle: completed years on the deadline's Beijing date, by plain arithmetic on UTC+8. */
function oracleAge(birth: { year: number; month: number; day: number }, deadline: string): number {
  const beijing = new Date(Date.parse(deadline) + 8 * 3600 * 1000);
  const [y, m, d] = [beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, beijing.getUTCDate()];
  return y - birth.year - (m * 100 + d < birth.month * 100 + birth.day ? 1 : 0);
}

describe('ageFromIdNumber', () => {
  it('gives the age on the deadline day, a birthday on that day counting', () => {
    expect(ageFromIdNumber('11010519491231002X', DEADLINE)).toBe(73);
    const born = (month: number, day: number) => buildId({ province: 11, area: 105, year: 1980, month, day, seq: 1, sex: 2 });
    expect(ageFromIdNumber(born(10, 20), DEADLINE)).toBe(43);
    expect(ageFromIdNumber(born(10, 21), DEADLINE)).toBe(42);
  });

  it('is null while the ID is not a valid woman’s ID, or born after the deadline', () => {
    expect(ageFromIdNumber('', DEADLINE)).toBeNull();
    expect(ageFromIdNumber('110105194912310021', DEADLINE)).toBeNull();
    expect(ageFromIdNumber(buildId({ province: 11, area: 105, year: 1980, month: 1, day: 1, seq: 1, sex: 1 }), DEADLINE)).toBeNull();
    expect(ageFromIdNumber(buildId({ province: 11, area: 105, year: 2023, month: 10, day: 21, seq: 1, sex: 2 }), DEADLINE)).toBeNull();
    expect(ageFromIdNumber('11010519491231002X', 'not a date')).toBeNull();
  });

  it('property: every generated female ID gets the age the calendar says', () => {
    const deadline = fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(femaleId, deadline, ({ id, birth }, at) => {
        expect(ageFromIdNumber(id, at.toISOString())).toBe(oracleAge(birth, at.toISOString()));
      }),
    );
  });
});
