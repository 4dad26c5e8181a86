import fs from 'node:fs';
import path from 'node:path';

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
