import { announce } from './notifications';
import type { NominationRecord, Repositories } from './repositories';
import { reviewersOf } from './test-units';

/** Tells every staff member that a nomination waits for the 形式审查. */
export async function notifySubmitted(tx: Repositories, record: NominationRecord, resubmitted: boolean, now: Date) {
  const [staff, unit] = await Promise.all([reviewersOf(tx, 'staff', record.unitId), tx.units.get(record.unitId)]);
  const unitName = unit?.name ?? record.unitId;
  const candidate = record.form.name ?? '';
  await announce(
    tx,
    {
      eventKey: `submitted:${record.id}:v${record.version}`,
      userIds: staff,
      title: resubmitted ? '推荐材料已重新提交' : '收到新的推荐材料',
      body: `${unitName}${resubmitted ? '修改后重新提交了' : '提交了'}${candidate ? `「${candidate}」的` : ''}推荐材料，请进行形式审查。`,
      page: `/packages/review/pages/detail/index?id=${encodeURIComponent(record.id)}`,
      template: 'submitted',
      data: { unit: unitName.slice(0, 20), name: candidate.slice(0, 10), time: now.toISOString() },
    },
    now,
  );
}
