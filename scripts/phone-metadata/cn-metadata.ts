import fs from 'node:fs';
import path from 'node:path';

/** Where the mini-program and the functions read the CN-only metadata from. */
export const CN_METADATA_FILE = path.resolve(__dirname, '../../domain/phone/metadata-cn.json');

interface MetadataJson {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/**
 * libphonenumber-js's "max" metadata cut down to China (+86): the number types (mobile, fixed line,
 * toll free, shared cost…) stay in, every other country goes, so the main package carries ~5 KB, not 150.
 */
export function buildCnMetadata(full: MetadataJson): MetadataJson {
  return {
    version: full.version,
    country_calling_codes: { '86': ['CN'] },
    countries: { CN: full.countries.CN },
    nonGeographic: {},
  };
}

export function cnMetadataText(): string {
  const full = JSON.parse(fs.readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8')) as MetadataJson;
  return `${JSON.stringify(buildCnMetadata(full))}\n`;
}
