import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, auditActionLabel, isAuditAction } from '../../../domain/audit/actions';
import { NOMINATION_ACTIONS } from '../../../domain/status/machine';
import type { Repositories } from '../../../server/core/repositories';

const CHINESE = /^[\u4e00-\u9fff][\u4e00-\u9fff，、]*$/;

describe('audit action labels', () => {
  it.each(AUDIT_ACTIONS)('%s has a Chinese label', (action) => {
    expect(auditActionLabel(action)).toMatch(CHINESE);
  });

  it('labels exactly the actions the server may write', () => {
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('covers every step of the status machine', () => {
    for (const action of NOMINATION_ACTIONS) expect(isAuditAction(action)).toBe(true);
  });

  it.each(['media.rotate', 'constructor', 'toString', ''])('an unlisted action %j reads as Chinese, never as its code', (action) => {
    expect(isAuditAction(action)).toBe(false);
    expect(auditActionLabel(action)).toBe('其他操作');
  });

  it('the audit port takes only listed actions (`npm run typecheck` fails if it took any string)', () => {
    // @ts-expect-error: an action without a label cannot be written.
    const unlisted: Parameters<Repositories['audit']['append']>[0]['action'] = 'media.rotate';
    expect(isAuditAction(unlisted)).toBe(false);
  });
});
