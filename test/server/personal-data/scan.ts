import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

export const DB_FILES = ['jinguo.sqlite', 'jinguo.sqlite-wal', 'jinguo.sqlite-shm'];

/** The byte patterns under which a value could sit in the database: as typed, and as JSON would escape it. */
export function needlesOf(value: string): string[] {
  const jsonEscaped = JSON.stringify(value).slice(1, -1);
  const asciiEscaped = value.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [...new Set([value, jsonEscaped, asciiEscaped])];
}

/** The personal values of one candidate as the test typed and stored them, and the fragments that identify them. */
export function personalNeedles(idNumber: string, phone: string, typed: string[] = []): string[] {
  const digits = phone.replace(/\D/g, '');
  return [idNumber, idNumber.slice(0, 17), phone, digits, ...typed].flatMap(needlesOf);
}

/** Every needle found in the raw bytes of the database files, as `file: needle`. */
export function scanDatabase(dataDir: string, needles: readonly string[]): string[] {
  const hits: string[] = [];
  for (const name of DB_FILES) {
    const file = path.join(dataDir, name);
    if (!fs.existsSync(file)) continue;
    const bytes = fs.readFileSync(file);
    for (const needle of needles) if (bytes.includes(Buffer.from(needle, 'utf8'))) hits.push(`${name}: ${needle}`);
  }
  return hits;
}

/** One candidate's values as stored; the scan looks for them in any spelling. */
export interface Secret {
  idNumber: string;
  phone: string;
}

export interface FileScan {
  /** Files on disk under DATA_DIR, and their bytes. */
  files: number;
  bytes: number;
  /** Entries opened inside them: PDFs' text, the members of every xlsx and zip (nested ones too). */
  entries: number;
  hits: string[];
}

// Separators a person or a program might put into an ID or a phone: spaces, dashes, dots, brackets.
const SEPARATORS = /[\s\-‐‑–—_.·()（）/]/g;
/** Text as the scan compares it: full-width folded (NFKC), separators removed, upper case. */
export const squeezed = (text: string) => text.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();

function needlesFor(secrets: readonly Secret[]): string[] {
  return [
    ...new Set(
      secrets.flatMap(({ idNumber, phone }) => {
        const id = squeezed(idNumber);
        const digits = phone.replace(/\D/g, '');
        // The whole number, its first 17 digits (the check digit dropped or mistyped), the phone's digits, and without a leading 0 or 86.
        return [id, id.slice(0, 17), digits, digits.replace(/^(86|0)/, '')].filter((n) => n.length >= 7);
      }),
    ),
  ];
}

/** The text of a PDF as pdftotext reads it. */
export function pdfToText(bytes: Uint8Array): string {
  const temp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-scan-')), 'f.pdf');
  fs.writeFileSync(temp, bytes);
  try {
    return execFileSync('pdftotext', [temp, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(path.dirname(temp), { recursive: true, force: true });
  }
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isPdf = (b: Uint8Array) => Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-';

/** The texts a file can show a reader: a PDF's text, each member of an archive (recursively), else the bytes as UTF-8 and as Latin-1. */
function textsOf(name: string, bytes: Uint8Array, onEntry: () => void): { where: string; text: string }[] {
  if (isPdf(bytes)) {
    onEntry();
    return [{ where: name, text: pdfToText(bytes) }];
  }
  if (isZip(bytes)) {
    return Object.entries(unzipSync(bytes)).flatMap(([entry, content]) => {
      onEntry();
      return textsOf(`${name}!${entry}`, content, onEntry);
    });
  }
  const buffer = Buffer.from(bytes);
  return [
    { where: name, text: buffer.toString('utf8') },
    { where: name, text: buffer.toString('latin1') },
  ];
}

/** Named files (cloud storage's, say), each opened as a reader would open it, searched for every candidate's ID and phone in any form. */
export function scanBytes(files: Iterable<[name: string, bytes: Uint8Array]>, secrets: readonly Secret[]): FileScan {
  const needles = needlesFor(secrets);
  const scan: FileScan = { files: 0, bytes: 0, entries: 0, hits: [] };
  for (const [name, bytes] of files) {
    scan.files += 1;
    scan.bytes += bytes.byteLength;
    for (const { where, text } of textsOf(name, bytes, () => {
      scan.entries += 1;
    })) {
      const plain = squeezed(text);
      for (const needle of needles) if (plain.includes(needle)) scan.hits.push(`${where}: ${needle}`);
    }
  }
  scan.hits = [...new Set(scan.hits)];
  return scan;
}

/** Every file under `dataDir`, opened as a reader would open it, searched for every candidate's ID and phone in any form. */
export function scanDataDir(dataDir: string, secrets: readonly Secret[]): FileScan {
  const files = fs
    .readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry): [string, Uint8Array] => {
      const full = path.join(entry.parentPath, entry.name);
      return [path.relative(dataDir, full), new Uint8Array(fs.readFileSync(full))];
    });
  return scanBytes(files, secrets);
}
