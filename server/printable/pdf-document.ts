import type PDFKitDocument from 'pdfkit';
import type { MeasureText } from './text-wrap';

// pdfkit's CommonJS build on purpose: functions are bundled to CommonJS, where its ESM build's import.meta.url is empty.
const PDFDocument: typeof PDFKitDocument = require('pdfkit');

export type Pdf = PDFKit.PDFDocument;

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  createdAt: Date;
}

/** An A4 document whose only font is the given CJK font, embedded as a subset. */
export function createPdf(font: Buffer, info: PdfInfo): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    // An empty default font keeps pdfkit from loading Helvetica's metrics, which a bundle lacks.
    font: '',
    compress: true,
    pdfVersion: '1.7',
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: '巾帼推荐', CreationDate: info.createdAt },
  });
  doc.font(font);
  return doc;
}

/** Text widths at 1 pt, memoised per process (the font never changes); it changes the current size, so measure before setting one. */
const emWidths = new Map<string, number>();

export function emMeasure(doc: Pdf): MeasureText {
  return (text) => {
    let width = emWidths.get(text);
    if (width === undefined) {
      // Chinese characters are bounded; Latin words are not, so a long-lived process starts over now and then.
      if (emWidths.size > 50_000) emWidths.clear();
      width = doc.fontSize(1000).widthOfString(text) / 1000;
      emWidths.set(text, width);
    }
    return width;
  };
}

/** Ends the document and collects its bytes. */
export function finishPdf(doc: Pdf): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
