import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mayTransition,
  NOMINATION_ACTIONS,
  NOMINATION_STATUSES,
  type NominationAction,
  type NominationStatus,
  ROLES,
  type Role,
  STATUS_LABELS,
  TRANSITIONS,
} from '../../../domain/status/machine';

const DEADLINE = '2023-10-20T15:59:59.999Z';
const BEFORE = '2023-10-01T01:00:00Z';
const AFTER = '2023-10-20T16:00:00Z';

const ask = (
  status: NominationStatus | null,
  action: NominationAction,
  role: Role,
  now = BEFORE,
  extra: { decision?: 'recommended' | 'not_recommended' } = {},
) => mayTransition({ status, action, role, now, deadline: DEADLINE, ...extra });

describe('the life cycle of DESIGN.md', () => {
  it('walks draft → submitted → returned → submitted → accepted → scored → recommended', () => {
    expect(ask(null, 'saveDraft', 'contact')).toEqual({ ok: true, to: 'draft' });
    expect(ask('draft', 'saveDraft', 'contact')).toEqual({ ok: true, to: 'draft' });
    expect(ask('draft', 'submit', 'contact')).toEqual({ ok: true, to: 'submitted' });
    expect(ask('submitted', 'return', 'staff')).toEqual({ ok: true, to: 'returned' });
    expect(ask('returned', 'saveDraft', 'contact')).toEqual({ ok: true, to: 'returned' });
    expect(ask('returned', 'submit', 'contact')).toEqual({ ok: true, to: 'submitted' });
    expect(ask('submitted', 'accept', 'staff')).toEqual({ ok: true, to: 'accepted' });
    expect(ask('accepted', 'score', 'expert')).toEqual({ ok: true, to: 'scored' });
    expect(ask('scored', 'score', 'expert')).toEqual({ ok: true, to: 'scored' });
    expect(ask('scored', 'decide', 'admin', BEFORE, { decision: 'recommended' })).toEqual({ ok: true, to: 'recommended' });
    expect(ask('scored', 'decide', 'admin', BEFORE, { decision: 'not_recommended' })).toEqual({ ok: true, to: 'not_recommended' });
  });

  it('lets the contact withdraw from draft, submitted and returned, and start again after withdrawing', () => {
    for (const from of ['draft', 'submitted', 'returned'] as const)
      expect(ask(from, 'withdraw', 'contact')).toEqual({ ok: true, to: 'withdrawn' });
    expect(ask('withdrawn', 'saveDraft', 'contact')).toEqual({ ok: true, to: 'draft' });
    for (const from of ['accepted', 'scored', 'recommended', 'not_recommended', 'withdrawn'] as const) {
      expect(ask(from, 'withdraw', 'contact')).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    }
  });

  it('labels every status in Chinese', () => {
    const labels = NOMINATION_STATUSES.map((status) => STATUS_LABELS[status]);
    expect(labels.join(' ')).toBe('草稿 已提交 退回修改 形式审查通过 评审中 已推荐 未推荐 已撤回');
  });
});

describe('mayTransition refusals', () => {
  it('FORBIDDEN when the role never does the action, naming the role and the action', () => {
    expect(ask('draft', 'submit', 'expert')).toEqual({ ok: false, code: 'FORBIDDEN', message: '评审专家不能提交' });
    expect(ask('submitted', 'accept', 'contact')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ask('scored', 'decide', 'staff', BEFORE, { decision: 'recommended' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ask('accepted', 'score', 'admin')).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('INVALID_STATE when the role may do it, but not from this status, naming the status', () => {
    expect(ask('submitted', 'saveDraft', 'contact')).toEqual({
      ok: false,
      code: 'INVALID_STATE',
      message: '推荐当前为「已提交」，不能修改推荐材料',
    });
    expect(ask(null, 'submit', 'contact')).toEqual({ ok: false, code: 'INVALID_STATE', message: '还没有推荐材料，不能提交' });
    expect(ask('draft', 'accept', 'staff')).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(ask('submitted', 'score', 'expert')).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(ask('accepted', 'decide', 'admin', BEFORE, { decision: 'recommended' })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(ask('recommended', 'decide', 'admin', BEFORE, { decision: 'not_recommended' })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
  });

  it('INVALID_STATE when a decision is missing', () => {
    expect(ask('scored', 'decide', 'admin')).toEqual({ ok: false, code: 'INVALID_STATE', message: '请选择“推荐”或“不推荐”' });
  });

  it('DEADLINE_PASSED for the contact’s saveDraft, submit and withdraw after the deadline, with the deadline in Beijing time', () => {
    expect(ask('draft', 'submit', 'contact', AFTER)).toEqual({
      ok: false,
      code: 'DEADLINE_PASSED',
      message: '报送已于 2023-10-20 23:59 截止，不能再提交；如有特殊情况，请联系主办单位',
    });
    expect(ask(null, 'saveDraft', 'contact', AFTER)).toMatchObject({ code: 'DEADLINE_PASSED' });
    expect(ask('returned', 'saveDraft', 'contact', AFTER)).toMatchObject({ code: 'DEADLINE_PASSED' });
    expect(ask('submitted', 'withdraw', 'contact', AFTER)).toMatchObject({ code: 'DEADLINE_PASSED' });
  });

  it('allows the contact right up to the deadline’s last millisecond', () => {
    expect(ask('draft', 'submit', 'contact', DEADLINE)).toEqual({ ok: true, to: 'submitted' });
    expect(ask('draft', 'submit', 'contact', '2023-10-20T23:59:59.999+08:00')).toEqual({ ok: true, to: 'submitted' });
  });

  it('uses the deadline it is given, so a unit’s extension reopens submission for that unit', () => {
    const extended = mayTransition({
      status: 'draft',
      action: 'submit',
      role: 'contact',
      now: AFTER,
      deadline: '2023-10-27T15:59:59.999Z',
    });
    expect(extended).toEqual({ ok: true, to: 'submitted' });
  });

  it('lets staff, experts and the admin work after the deadline', () => {
    expect(ask('submitted', 'accept', 'staff', AFTER)).toEqual({ ok: true, to: 'accepted' });
    expect(ask('submitted', 'return', 'staff', AFTER)).toEqual({ ok: true, to: 'returned' });
    expect(ask('accepted', 'score', 'expert', AFTER)).toEqual({ ok: true, to: 'scored' });
    expect(ask('scored', 'decide', 'admin', AFTER, { decision: 'recommended' })).toEqual({ ok: true, to: 'recommended' });
  });

  it('closes when the deadline is unreadable', () => {
    const verdict = mayTransition({ status: 'draft', action: 'submit', role: 'contact', now: BEFORE, deadline: 'soon' });
    expect(verdict).toEqual({ ok: false, code: 'DEADLINE_PASSED', message: '报送截止，不能再提交；如有特殊情况，请联系主办单位' });
  });
});

describe('the table', () => {
  it('has at most one row for each (from, action, role, decision)', () => {
    const keys = TRANSITIONS.map((t) => `${t.from}|${t.action}|${t.role}|${t.decision ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives contacts only deadline-bound rows and everyone else rows at any time', () => {
    for (const t of TRANSITIONS) expect(t.deadlineRule).toBe(t.role === 'contact' ? 'before' : 'any');
  });

  it('property: the answer is ok exactly when a row matches, and then goes where the row says', () => {
    const query = fc.record({
      status: fc.constantFrom(null, ...NOMINATION_STATUSES),
      action: fc.constantFrom(...NOMINATION_ACTIONS),
      role: fc.constantFrom(...ROLES),
      now: fc.constantFrom(BEFORE, AFTER),
      decision: fc.constantFrom(undefined, 'recommended' as const, 'not_recommended' as const),
    });
    fc.assert(
      fc.property(query, (q) => {
        const verdict = mayTransition({ ...q, deadline: DEADLINE });
        const row = TRANSITIONS.find(
          (t) =>
            t.from === q.status &&
            t.action === q.action &&
            t.role === q.role &&
            (t.decision === undefined || t.decision === q.decision) &&
            (t.deadlineRule === 'any' || q.now === BEFORE),
        );
        expect(verdict).toEqual(row ? { ok: true, to: row.to } : expect.objectContaining({ ok: false, message: expect.any(String) }));
      }),
    );
  });
});
