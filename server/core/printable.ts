import { createHash } from 'node:crypto';
import type { Campaign } from '../../domain/campaign/campaign';
import { renderRegistrationForm } from '../printable/registration-form-pdf';
import { ageFromIdNumber } from '../../domain/form/age';
import type { Ports } from './ports';
import type { NominationRecord } from './repositories';
import { shortCodeOf } from './short-code';

export { shortCodeOf };

/** Renders the filled 登记表 for a nomination, stores it, and returns its file id and a short-lived link. */
export async function printableFor(ports: Ports, campaign: Campaign, record: NominationRecord) {
  const unit = await ports.db.read.units.get(record.unitId);
  const f = record.form;
  const pdf = await renderRegistrationForm({
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
      phone: f.phone ?? '',
      workUnitAndPost: f.workUnitAndPost ?? '',
      idNumber: f.idNumber ?? '',
      honors: f.honors ?? '',
      deeds: f.deeds ?? '',
      unitOpinion: f.unitOpinion ?? '',
      categoryLabel: campaign.categories.find((c) => c.key === f.category)?.label ?? '',
    },
    reference: { nominationId: record.id, shortCode: shortCodeOf(record.id) },
    generatedAt: ports.clock.now().toISOString(),
  });
  const key = createHash('sha256').update(record.id).digest('hex').slice(0, 16);
  const stored = await ports.files.put(`printables/${record.unitId}/${key}-v${record.version}.pdf`, pdf);
  return { fileId: stored.fileId, url: await ports.files.url(stored.fileId), shortCode: shortCodeOf(record.id), bytes: pdf.byteLength };
}
