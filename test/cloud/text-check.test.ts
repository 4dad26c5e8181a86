import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_RISKY_MESSAGE } from '../../domain/form/field-messages';
import { VALID_FORM } from '../domain/support/forms';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { CONTACT_OPENID, DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN, UNIT } from './support/journey';

const STAFF_OPENID = 'o-staff-of-the-association';
// Stand-ins for what WeChat would refuse or ask a person to look at; the double judges by these markers.
const RISKY = '【一段会被判为违规的文字】';
const DOUBTFUL = '【一段需要人工复核的文字】';
const CHECKED_FIELDS = ['name', 'workUnitAndPost', 'honors', 'deeds', 'unitOpinion'] as const;

let cloud: Cloud;
let version = 0;
let nominationId = '';
const textChecks = () => cloud.double.openapiCalls.filter((c) => c.api === 'security.msgSecCheck');
const storedTextCheck = () =>
  (cloud.double.database.peek('nominations', nominationId)?.review as { textCheck?: unknown } | undefined)?.textCheck;

async function saveDraft(form: Record<string, string>) {
  const saved = dataOf(
    await cloud.call<{ id: string; version: number }>('nomination', { action: 'saveDraft', version, form }, CONTACT_OPENID),
  );
  ({ version, id: nominationId } = saved);
}
const submit = () => cloud.call<{ version: number; status: string }>('nomination', { action: 'submit', version }, CONTACT_OPENID);
const returnWith = (message: string) =>
  cloud.call<{ version: number }>(
    'review',
    { action: 'return', nominationId, version, reasons: [{ path: 'deeds', message }] },
    STAFF_OPENID,
  );

/** Two work photos and a video that passed the media check, as media.check stores them. */
function attachCheckedMedia() {
  const media = cloud.double.database.collections.get('media');
  const at = new Date().toISOString();
  const verdict = { ok: true, reasons: [], contentCheck: { status: 'pass' } };
  for (const [i, kind] of (['photo', 'photo', 'video'] as const).entries()) {
    const id = `media-${i}`;
    const measured =
      kind === 'photo'
        ? { container: 'jpeg', displayWidth: 1800, displayHeight: 1200 }
        : { container: 'mp4', displayWidth: 1920, displayHeight: 1080, durationSec: 10 };
    const fileId = `cloud://double/uploads/${UNIT}/${kind}-${i}`;
    media?.set(id, { id, nominationId, kind, fileId, position: i, ok: true, measured, verdict, createdAt: at });
  }
}

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, campaign: openCampaign(new Date()) }, IT_OPENID));
  for (const [role, openid] of [
    ['contact', CONTACT_OPENID],
    ['staff', STAFF_OPENID],
  ] as const) {
    const invite = { action: 'createInvite', role, ...(role === 'contact' ? { unitId: UNIT } : {}) };
    const { code } = dataOf(await cloud.call<{ code: string }>('auth', invite, IT_OPENID));
    dataOf(await cloud.call('auth', { action: 'redeemInvite', code, name: '张丽' }, openid));
  }
  cloud.double.judgeText({ marker: RISKY, suggest: 'risky', label: 20006 });
  cloud.double.judgeText({ marker: DOUBTFUL, suggest: 'review', label: 20001 });
  await saveDraft({ ...VALID_FORM, deeds: `${VALID_FORM.deeds}${RISKY}` });
  attachCheckedMedia();
});
afterAll(() => vi.unstubAllEnvs());

describe("WeChat's text check (security.msgSecCheck v2) on submit and return, through the bundles", () => {
  it('refuses a submit whose 主要事迹 WeChat calls risky, naming the field with a message that accuses no one', async () => {
    const reply = await submit();
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(reply.ok ? [] : reply.error.fields).toEqual([{ path: 'deeds', code: 'CONTENT_RISKY', message: CONTENT_RISKY_MESSAGE }]);
    // Each text the contact wrote, as 资料 (scene 1), in her name.
    expect(textChecks().map((c) => c.options.content)).toEqual(
      expect.arrayContaining(CHECKED_FIELDS.map((key) => (key === 'deeds' ? `${VALID_FORM.deeds}${RISKY}` : VALID_FORM[key]))),
    );
    expect(textChecks()).toHaveLength(CHECKED_FIELDS.length);
    for (const call of textChecks()) expect(call.options).toMatchObject({ version: 2, scene: 1, openid: CONTACT_OPENID });
    expect(cloud.double.database.peek('nominations', nominationId)?.status).toBe('draft');
  });

  it('lets through what WeChat asks a person to look at, and flags it for staff in review.get', async () => {
    await saveDraft({ ...VALID_FORM, honors: `${VALID_FORM.honors}${DOUBTFUL}` });
    const sent = dataOf(await submit());
    expect(sent.status).toBe('submitted');
    version = sent.version;
    expect(storedTextCheck()).toMatchObject({ status: 'review', flagged: [{ path: 'honors', result: 'review', label: 20001 }] });
    const seen = dataOf(await cloud.call<{ review: Record<string, unknown> }>('review', { action: 'get', nominationId }, STAFF_OPENID));
    expect(seen.review.textCheck).toMatchObject({ status: 'review', flagged: [{ path: 'honors' }] });
    // The contact's own view carries the staff's reasons, not this notice.
    const own = dataOf(await cloud.call<{ review: Record<string, unknown> }>('nomination', { action: 'get' }, CONTACT_OPENID));
    expect(own.review).not.toHaveProperty('textCheck');
  });

  it("checks staff's return reasons as remarks (scene 2) in the staff member's name, and refuses a risky one", async () => {
    const before = textChecks().length;
    const refused = await returnWith(`请补充${RISKY}`);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'reasons.0', code: 'CONTENT_RISKY' }] },
    });
    expect(cloud.double.database.peek('nominations', nominationId)?.status).toBe('submitted');
    version = dataOf(await returnWith('请补充近三年的主要事迹。')).version;
    expect(
      textChecks()
        .slice(before)
        .map((c) => c.options),
    ).toEqual([
      expect.objectContaining({ content: `请补充${RISKY}`, scene: 2, openid: STAFF_OPENID }),
      expect.objectContaining({ content: '请补充近三年的主要事迹。', scene: 2, openid: STAFF_OPENID }),
    ]);
  });

  it('submits when the check service itself fails, recording every text as unchecked for staff', async () => {
    await saveDraft(VALID_FORM);
    cloud.double.failOpenApi('security.msgSecCheck', -1, 'system error');
    try {
      const sent = dataOf(await submit());
      expect(sent.status).toBe('submitted');
      version = sent.version;
    } finally {
      cloud.double.healOpenApi('security.msgSecCheck');
    }
    expect(storedTextCheck()).toMatchObject({
      status: 'not_checked',
      flagged: CHECKED_FIELDS.map((path) => ({ path, result: 'not_checked', reason: expect.stringMatching(/^-1 /) })),
    });
  });

  it('records a clean pass with nothing flagged', async () => {
    version = dataOf(await returnWith('请核对单位及职务。')).version;
    await saveDraft(VALID_FORM);
    version = dataOf(await submit()).version;
    expect(storedTextCheck()).toMatchObject({ status: 'pass', flagged: [] });
  });
});
