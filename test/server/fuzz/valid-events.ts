import campaignJson from '../../../seed/campaign-2023.json';
import type { FunctionName } from '../../../domain/api/envelope';
import { VALID_FORM } from '../support/nominations';

/** Real ids from the fuzzed database, so valid events reach past the "not found" checks. */
export interface FuzzContext {
  /** A submitted nomination of another unit, and its version now. */
  nominationId: string;
  version: number;
  /** The version of the fuzzing contact's own draft now. */
  draftVersion: number;
  mediaId: string;
  fileId: string;
  inviteCode: string;
}

type Event = Record<string, unknown>;
type Factory = (ctx: FuzzContext) => Event;

/**
 * One valid event per action of every function.
 * A test checks this covers `FUNCTIONS` exactly, so a new action cannot slip past the fuzzer.
 */
export const VALID_EVENTS: Record<FunctionName, Record<string, Factory>> = {
  auth: {
    whoami: () => ({ action: 'whoami' }),
    redeemInvite: (c) => ({ action: 'redeemInvite', code: c.inviteCode, name: '张丽' }),
    createInvite: () => ({ action: 'createInvite', role: 'contact', unitId: 'district-chaoyang', validDays: 7 }),
    listInvites: () => ({ action: 'listInvites' }),
    revokeInvite: (c) => ({ action: 'revokeInvite', code: c.inviteCode }),
  },
  campaign: { current: () => ({ action: 'current' }) },
  nomination: {
    printable: (c) => ({ action: 'printable', nominationId: c.nominationId }),
    get: () => ({ action: 'get' }),
    saveDraft: (c) => ({ action: 'saveDraft', version: c.draftVersion, form: { ...VALID_FORM } }),
    submit: (c) => ({ action: 'submit', version: c.draftVersion, consent: true }),
    withdraw: (c) => ({ action: 'withdraw', version: c.draftVersion }),
  },
  media: {
    check: (c) => ({ action: 'check', fileId: c.fileId, kind: 'photo' }),
    contentCheckResult: () => ({ action: 'contentCheckResult', traceId: 'trace-1', suggest: 'pass' }),
    remove: (c) => ({ action: 'remove', mediaId: c.mediaId }),
    reorder: (c) => ({ action: 'reorder', photoIds: [c.mediaId] }),
  },
  review: {
    dashboard: () => ({ action: 'dashboard' }),
    list: (c) => ({
      action: 'list',
      status: 'submitted',
      category: 'scientific-innovation',
      unitType: 'district',
      q: '李',
      myScore: 'none',
      cursor: c.nominationId,
      limit: 50,
    }),
    get: (c) => ({ action: 'get', nominationId: c.nominationId }),
    reveal: (c) => ({ action: 'reveal', nominationId: c.nominationId, field: 'phone' }),
    paperReceived: (c) => ({ action: 'paperReceived', nominationId: c.nominationId, copies: 2, receivedOn: '2023-10-18' }),
    return: (c) => ({
      action: 'return',
      nominationId: c.nominationId,
      version: c.version,
      reasons: [{ path: 'deeds', message: '事迹请补充' }],
    }),
    accept: (c) => ({ action: 'accept', nominationId: c.nominationId, version: c.version }),
    decide: (c) => ({ action: 'decide', nominationId: c.nominationId, version: c.version, decision: 'recommended' }),
    score: (c) => ({
      action: 'score',
      nominationId: c.nominationId,
      scores: { political: 10, achievements: 20, influence: 10, materials: 5 },
      comment: '事迹突出',
      state: 'draft',
    }),
    reopenScore: (c) => ({ action: 'reopenScore', nominationId: c.nominationId, expertId: 'expert-1', reason: '专家申请更正笔误' }),
    publishDecisions: () => ({ action: 'publishDecisions' }),
    assignments: () => ({ action: 'assignments' }),
    assignExperts: () => ({
      action: 'assignExperts',
      expertId: 'expert-2',
      categories: ['scientific-innovation'],
      nominationIds: ['2023:district-chaoyang'],
    }),
    ranking: () => ({ action: 'ranking' }),
    export: () => ({ action: 'export', format: 'xlsx' }),
    extendDeadline: () => ({ action: 'extendDeadline', unitId: 'district-chaoyang', deadline: '2099-10-27T23:59:59+08:00' }),
    remind: () => ({ action: 'remind', unitId: 'district-chaoyang' }),
  },
  notify: {
    inbox: () => ({ action: 'inbox', limit: 10 }),
    markRead: () => ({ action: 'markRead', ids: ['a', 'b'] }),
    subscriptions: () => ({ action: 'subscriptions' }),
    subscribe: () => ({ action: 'subscribe', results: { submitted: 'accept' } }),
  },
  admin: {
    setup: () => ({
      action: 'setup',
      name: '刘伟',
      campaign: structuredClone(campaignJson),
      units: [{ id: 'u-1', name: '某学会', type: 'society' }],
    }),
    listUnits: () => ({ action: 'listUnits' }),
    addUnit: () => ({ action: 'addUnit', name: '北京某某学会', type: 'society' }),
    updateUnit: () => ({ action: 'updateUnit', unitId: 'district-chaoyang', name: '朝阳区科学技术协会' }),
    purgePersonalData: () => ({ action: 'purgePersonalData', campaignId: '2023' }),
    createReviewDemo: () => ({ action: 'createReviewDemo', renew: false }),
    reviewDemo: () => ({ action: 'reviewDemo' }),
    activityLog: (c) => ({ action: 'activityLog', actorId: 'staff-1', q: '李', nominationId: c.nominationId, limit: 10 }),
    people: () => ({ action: 'people' }),
    setActive: () => ({ action: 'setActive', userId: 'expert-2', active: false }),
  },
  // Only WeChat's timer may tick; every role's call is refused, and the timer's own event is fuzzed below.
  scheduler: { tick: () => ({ action: 'tick' }) },
};

/** The one event the scheduler answers: WeChat's timer trigger. */
export const TIMER_EVENT = { Type: 'Timer', TriggerName: 'tick', Time: '2023-10-10T01:00:00Z' };
