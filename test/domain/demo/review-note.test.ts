import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEW_NOTE_MAX_CHARS, reviewNote } from '../../../domain/demo/review-demo';
import { normalizeInviteCode } from '../../../domain/invites/invite-status';

const code = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'), minLength: 8, maxLength: 8 });
const instant = fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true });

describe('the 审核备注 text', () => {
  it('names both codes as typed, the Beijing date they lapse, and stays short', () => {
    fc.assert(
      fc.property(code, code, instant, (contactCode, staffCode, at) => {
        const note = reviewNote({ contactCode, staffCode, expiresAt: at.toISOString() });
        const [, contact, staff] = note.split('\n');
        expect(contact).toContain(`输入邀请码 ${contactCode}，`);
        expect(staff).toContain(`输入邀请码 ${staffCode}，`);
        // The reviewer types what is written: it reads back as the same code.
        expect(normalizeInviteCode(contact.split('输入邀请码 ')[1].split('，')[0])).toBe(contactCode);
        expect([...note].length).toBeLessThanOrEqual(REVIEW_NOTE_MAX_CHARS);
      }),
    );
    expect(reviewNote({ contactCode: 'ABCD2345', staffCode: 'EFGH6789', expiresAt: '2023-11-08T16:00:00.000Z' })).toContain(
      '2023年11月9日前有效',
    );
  });

  it('is the text the README’s Deploy section shows', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const note = reviewNote({ contactCode: 'ABCD2345', staffCode: 'EFGH6789', expiresAt: '2023-11-09T01:00:00.000Z' });
    const indented = note
      .split('\n')
      .map((line) => `   ${line}`)
      .join('\n');
    expect(readme).toContain(indented);
  });
});
