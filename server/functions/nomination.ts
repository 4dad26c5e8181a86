import { z } from 'zod';
import { draftWarnings, formDraftSchema, validateForSubmit } from '../../domain/form/nomination-form';
import { AppError } from '../core/app-error';
import { currentCampaign } from '../core/campaign-service';
import { action, defineFunction } from '../core/define-function';
import {
  allowTransition,
  contactOf,
  mediaIssues,
  nominationId,
  nominationView,
  onOwnNomination,
  writeStep,
} from '../core/nomination-service';
import { notifySubmitted } from '../core/nomination-events';
import { printableFor } from '../core/printable';
import { checkFormTexts } from '../core/text-check';

const version = z.number().int().min(0);

export const nominationFunction = defineFunction('nomination', {
  printable: action({
    input: z.object({ nominationId: z.string().max(128).optional() }),
    async run(_input, { caller, ports, nomination }) {
      const campaign = await currentCampaign(ports);
      // A named nomination was loaded through the caller's scope; a contact without one prints their unit's.
      const record =
        nomination ??
        (caller?.role === 'contact' ? await ports.db.read.nominations.getByUnit(campaign.id, contactOf(caller).unitId) : null);
      if (!record) throw new AppError('NOT_FOUND', '还没有可打印的推荐信息');
      return printableFor(ports, campaign, record);
    },
  }),

  get: action({
    input: z.object({}),
    async run(_input, { caller, ports }) {
      const { unitId } = contactOf(caller);
      const campaign = await currentCampaign(ports);
      const record = await ports.db.read.nominations.getByUnit(campaign.id, unitId);
      return record ? nominationView(ports.db.read, ports.files, record, campaign) : null;
    },
  }),

  saveDraft: action({
    input: z.object({ version: version.optional(), form: formDraftSchema }),
    async run({ version: expected, form }, { caller, ports }) {
      const { me, unitId } = contactOf(caller);
      const now = ports.clock.now();
      const at = now.toISOString();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const existing = await tx.nominations.getByUnit(campaign.id, unitId);
        if (!existing) {
          if (expected !== undefined && expected !== 0) throw new AppError('VERSION_CONFLICT');
          const status = await allowTransition(tx, { campaign, unitId, caller: me, status: null, action: 'saveDraft', now });
          const record = {
            id: nominationId(campaign.id, unitId),
            campaignId: campaign.id,
            unitId,
            status,
            version: 1,
            form,
            createdAt: at,
            updatedAt: at,
            submittedAt: null,
            review: {},
          };
          if (!(await tx.nominations.insert(record))) throw new AppError('VERSION_CONFLICT');
          await tx.audit.append({ nominationId: record.id, actorId: me.userId, action: 'create', fromStatus: null, toStatus: status, at });
          return { id: record.id, version: record.version, status, warnings: draftWarnings(form, { deadline: campaign.deadline }) };
        }
        if (expected !== existing.version) throw new AppError('VERSION_CONFLICT');
        const status = await allowTransition(tx, { campaign, unitId, caller: me, status: existing.status, action: 'saveDraft', now });
        const record = { ...existing, form, status, version: existing.version + 1, updatedAt: at };
        // A withdrawn nomination started again changes status, and every status change has its audit entry.
        if (status !== existing.status) await writeStep(tx, me.userId, existing, record, 'reopen');
        else if (!(await tx.nominations.update(record, existing.version))) throw new AppError('VERSION_CONFLICT');
        return { id: record.id, version: record.version, status, warnings: draftWarnings(form, { deadline: campaign.deadline }) };
      });
    },
  }),

  submit: action({
    input: z.object({ version }),
    async run({ version: expected }, { caller, ports }) {
      // WeChat's text check is a network call: it runs before the transaction, on the version being submitted.
      const { unitId: ownUnit } = contactOf(caller);
      const before = await ports.db.read.nominations.getByUnit((await currentCampaign(ports)).id, ownUnit);
      const texts = before && before.version === expected ? await checkFormTexts(ports, before.form) : null;
      return onOwnNomination(ports, caller, async ({ tx, me, unitId, campaign, existing, now }) => {
        // A retry after a lost reply: the submit already happened from exactly this version.
        if (existing.status === 'submitted' && existing.version === expected + 1) {
          return { id: existing.id, version: existing.version, status: existing.status };
        }
        // The form changed between the check and now: what was checked is not what would be submitted.
        if (expected !== existing.version || !texts) throw new AppError('VERSION_CONFLICT');
        const status = await allowTransition(tx, { campaign, unitId, caller: me, status: existing.status, action: 'submit', now });
        const checked = validateForSubmit(existing.form, { deadline: campaign.deadline });
        const issues = [
          ...(checked.ok ? [] : checked.issues),
          ...texts.risky,
          ...mediaIssues(await tx.media.forNomination(existing.id), campaign.media),
        ];
        if (issues.length > 0) {
          throw new AppError('VALIDATION_FAILED', `还有 ${issues.length} 项需要修改后才能提交`, { fields: issues });
        }
        const at = now.toISOString();
        // What is submitted is stored normalised (ID upper-case, phone in its canonical form).
        const record = {
          ...existing,
          form: checked.ok ? checked.value : existing.form,
          status,
          version: existing.version + 1,
          updatedAt: at,
          submittedAt: at,
          review: { ...existing.review, textCheck: texts.record },
        };
        await writeStep(tx, me.userId, existing, record, 'submit');
        await notifySubmitted(tx, record, existing.status === 'returned', now);
        return { id: record.id, version: record.version, status };
      });
    },
  }),

  withdraw: action({
    input: z.object({ version }),
    run: ({ version: expected }, { caller, ports }) =>
      onOwnNomination(ports, caller, async ({ tx, me, unitId, campaign, existing, now }) => {
        if (expected !== existing.version) throw new AppError('VERSION_CONFLICT');
        const status = await allowTransition(tx, { campaign, unitId, caller: me, status: existing.status, action: 'withdraw', now });
        const at = now.toISOString();
        const record = { ...existing, status, version: existing.version + 1, updatedAt: at };
        await writeStep(tx, me.userId, existing, record, 'withdraw');
        return { id: record.id, version: record.version, status };
      }),
  }),
});
