// Regenerates domain/phone/metadata-cn.json after libphonenumber-js is upgraded: `npx tsx scripts/phone-metadata.ts`.
import fs from 'node:fs';
import { CN_METADATA_FILE, cnMetadataText } from './phone-metadata/cn-metadata';

fs.writeFileSync(CN_METADATA_FILE, cnMetadataText());
console.log(`wrote ${CN_METADATA_FILE}`);
