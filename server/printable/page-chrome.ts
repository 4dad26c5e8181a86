import { activityName, contactsLine, formTitle, mailingInstruction, pageNumber, referenceLine } from './form-texts';
import { MARGIN, PAGE, QR_BOX, SMALL_SIZE, TABLE_LEFT, TABLE_RIGHT, TABLE_TOP, TABLE_WIDTH, TITLE_SIZE } from './page-geometry';
import type { Pdf } from './pdf-document';
import { drawQrCode, qrPayload } from './qr-code';
import type { RegistrationFormInput } from './registration-form-input';
import { drawLine } from './table-draw';
import { wrapText, type MeasureText } from './text-wrap';

const FOOTER_SIZE = 9;

/** A centred heading, made bold by stroking the outlines (one font file keeps the function small). */
export function drawHeading(doc: Pdf, text: string, baseline: number, size: number, em: MeasureText): void {
  const x = (PAGE.width - em(text) * size) / 2;
  doc.save();
  doc.lineWidth(size / 40).strokeColor('#000000');
  doc.fontSize(size).text(text, x, baseline, { lineBreak: false, baseline: 'alphabetic', fill: true, stroke: true });
  doc.restore();
}

/** 「推荐单位：…」 on the left, the category on the right, shrunk together until both fit one line. */
function drawUnitLine(doc: Pdf, input: RegistrationFormInput, em: MeasureText): void {
  const left = `推荐单位：${input.unitName}`;
  const right = input.form.categoryLabel ? `推荐类别：${input.form.categoryLabel}` : '';
  const gap = 24;
  let size = 10.5;
  while (size > 7 && (em(left) + em(right)) * size + gap > TABLE_WIDTH) size -= 0.5;
  const baseline = TABLE_TOP - 9;
  drawLine(doc, left, TABLE_LEFT, baseline, size);
  const labelWidth = em('推荐单位：') * size;
  doc
    .lineWidth(0.5)
    .moveTo(TABLE_LEFT + labelWidth, baseline + 3)
    .lineTo(TABLE_LEFT + em(left) * size + 6, baseline + 3)
    .stroke();
  if (right) drawLine(doc, right, TABLE_RIGHT - em(right) * size, baseline, size);
}

export function drawFirstHeader(doc: Pdf, input: RegistrationFormInput, em: MeasureText): void {
  drawHeading(doc, formTitle(input.campaign), MARGIN.top + TITLE_SIZE, TITLE_SIZE, em);
  drawUnitLine(doc, input, em);
}

/** Below the table: how to print and post the form, whom to call, and the link to the online record. */
export function drawFirstFooter(doc: Pdf, input: RegistrationFormInput, pages: number, em: MeasureText): void {
  const top = QR_BOX.y;
  drawQrCode(doc, qrPayload(input.reference), QR_BOX.x, QR_BOX.y, QR_BOX.size);
  const width = (TABLE_WIDTH - QR_BOX.size - 14) / FOOTER_SIZE;
  const texts = [
    mailingInstruction(input.campaign, pages),
    contactsLine(input.campaign),
    referenceLine(input.reference, input.generatedAt),
  ];
  const lines = texts.flatMap((t) => wrapText(t, width, em));
  const pitch = FOOTER_SIZE * 1.5;
  lines.forEach((line, i) => {
    drawLine(doc, line, TABLE_LEFT, top + FOOTER_SIZE + i * pitch, FOOTER_SIZE);
  });
}

/** Continuation pages repeat who the form is for, so a loose page can be matched to page 1. */
export function drawContinuationHeader(doc: Pdf, input: RegistrationFormInput, em: MeasureText): void {
  drawHeading(doc, `${formTitle(input.campaign)}（续页）`, MARGIN.top + 14, 14, em);
  const who = `姓名：${input.form.name}\u3000推荐单位：${input.unitName}\u3000登记码：${input.reference.shortCode}`;
  drawLine(doc, who, TABLE_LEFT, MARGIN.top + 42, 10);
}

/** The year's campaign and the page number at the foot of every page. */
export function drawPageFoot(doc: Pdf, input: RegistrationFormInput, page: number, pages: number, em: MeasureText): void {
  const text = `${activityName(input.campaign)}\u3000${pageNumber(page, pages)}`;
  drawLine(doc, text, (PAGE.width - em(text) * SMALL_SIZE) / 2, PAGE.height - MARGIN.bottom + 12, SMALL_SIZE);
}
