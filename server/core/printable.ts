import { createHash } from 'node:crypto';
import type { Campaign } from '../../domain/campaign/campaign';
import { renderRegistrationForm } from '../printable/registration-form-pdf';
import { ageFromIdNumber } from '../../domain/form/age';
import { maskIdNumber } from '../../domain/identity/id-number';
import { maskPhone } from '../../domain/phone/phone';
import { safeFileName } from '../../domain/text/safe-text';
import type { Ports } from './ports';
import type { NominationRecord } from './repositories';
import { shortCodeOf } from './short-code';
import { eraseTracked, putTracked } from './storage/ledger';

export { shortCodeOf };

const versionOf = (fileId: string) => Number(/-v(\d+)\.pdf$/.exec(fileId)?.[1] ?? 0);

/** The filled 登记表 as PDF bytes; `masked` shows 身份证号 and 联系电话 as the lists do (an export that is not full). */
export async function renderPrintable(ports: Ports, campaign: Campaign, record: NominationRecord, masked: boolean) {
  const unit = await ports.db.read.units.get(record.unitId);
  const f = record.form;
  const phone = f.phone ?? '';
  const idNumber = f.idNumber ?? '';
  return renderRegistrationForm({
    campaign: {
      title: campaign.title,
      year: campaign.year,
      organizer: campaign.organizer,
      postalAddress: campaign.postalAddress,
      paperCopies: campaign.paperCopies,
      contacts: campaign.contacts,
    },
    unitName: unit?.name ?? record.unitId,
    form: {
      name: f.name ?? '',
      age: f.idNumber ? ageFromIdNumber(f.idNumber, campaign.deadline) : null,
      education: f.education ?? '',
      politicalStatus: f.politicalStatus ?? '',
      ethnicity: f.ethnicity ?? '',
      phone: masked && phone ? maskPhone(phone) : phone,
      workUnitAndPost: f.workUnitAndPost ?? '',
      idNumber: masked && idNumber ? maskIdNumber(idNumber) : idNumber,
      honors: f.honors ?? '',
      deeds: f.deeds ?? '',
      unitOpinion: f.unitOpinion ?? '',
      categoryLabel: campaign.categories.find((c) => c.key === f.category)?.label ?? '',
    },
    reference: { nominationId: record.id, shortCode: shortCodeOf(record.id) },
    generatedAt: ports.clock.now().toISOString(),
  });
}

/**
 * Renders the 登记表 for a nomination, stores it, and returns its file id and a short-lived link.
 * Only the latest version is kept: an older one may hold a phone or ID the contact has since corrected.
 */
export async function printableFor(ports: Ports, campaign: Campaign, record: NominationRecord) {
  const pdf = await renderPrintable(ports, campaign, record, false);
  const key = createHash('sha256').update(record.id).digest('hex').slice(0, 16);
  const path = `printables/${record.unitId}/${key}-v${record.version}.pdf`;
  const stored = await putTracked(ports, path, pdf, { kind: 'printable', campaignId: record.campaignId, owner: record.id, reviewAt: null });
  // Only older versions: a print of a newer version running at the same time keeps its file.
  const older = (await ports.db.read.storedFiles.byOwner('printable', record.id)).filter((f) => versionOf(f.fileId) < record.version);
  await eraseTracked(ports, older);
  const name = `登记表-${safeFileName(record.form.name ?? '') || '未填姓名'}.pdf`;
  return {
    fileId: stored.fileId,
    url: await ports.files.url(stored.fileId, name),
    shortCode: shortCodeOf(record.id),
    bytes: pdf.byteLength,
  };
}
