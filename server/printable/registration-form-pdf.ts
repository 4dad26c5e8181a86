import { loadCjkFont } from './cjk-font';
import { planContinuation } from './continuation-plan';
import { planFirstPage } from './first-page-plan';
import { activityName, formTitle } from './form-texts';
import { drawContinuationHeader, drawFirstFooter, drawFirstHeader, drawPageFoot } from './page-chrome';
import { CONTINUATION_TABLE_TOP, TABLE_TOP } from './page-geometry';
import { createPdf, emMeasure, finishPdf } from './pdf-document';
import { printableInput } from './print-text';
import type { RegistrationFormInput } from './registration-form-input';
import { drawTable } from './table-draw';

export type {
  CampaignContact,
  PostalAddress,
  PrintableCampaign,
  PrintableForm,
  PrintableReference,
  RegistrationFormInput,
} from './registration-form-input';

/**
 * Renders the filled 登记表 as an A4 PDF that reproduces the notice's attachment: page 1 is the
 * table with the stamp boxes and the posting instructions; text that cannot fit even in small type
 * continues on numbered continuation pages, so nothing is ever cut off.
 */
export async function renderRegistrationForm(typed: RegistrationFormInput): Promise<Uint8Array> {
  const input = printableInput(typed);
  const title = formTitle(input.campaign);
  const doc = createPdf(loadCjkFont(), {
    title,
    author: input.unitName,
    subject: `${activityName(input.campaign)} ${title}：${input.form.name}`,
    createdAt: new Date(input.generatedAt),
  });
  const em = emMeasure(doc);
  const first = planFirstPage(input.form, em);
  const continuation = planContinuation(first.overflow, em);
  const pages = 1 + continuation.length;

  doc.addPage();
  drawFirstHeader(doc, input, em);
  drawTable(doc, first.rows, TABLE_TOP, em);
  drawFirstFooter(doc, input, pages, em);
  drawPageFoot(doc, input, 1, pages, em);
  continuation.forEach((rows, i) => {
    doc.addPage();
    drawContinuationHeader(doc, input, em);
    drawTable(doc, rows, CONTINUATION_TABLE_TOP, em);
    drawPageFoot(doc, input, i + 2, pages, em);
  });
  return finishPdf(doc);
}
