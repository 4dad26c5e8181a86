import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paperCodeFromScan } from '../../../domain/review/paper-code';
import { QR_BOX } from '../../../server/printable/page-geometry';
import { renderRegistrationForm } from '../../../server/printable/registration-form-pdf';
import { sampleRegistrationFormInput } from '../../../server/printable/sample-input';
import { scanQr } from './qr-scan';

describe('the 登记表 QR code without a deployment link', () => {
  it('scans to the review page with the 登记码, which the app opens', async () => {
    const input = sampleRegistrationFormInput();
    const bytes = await renderRegistrationForm({ ...input, reference: { nominationId: '2023:district-haidian', shortCode: 'JG7K-3F' } });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qr-payload-')), 'form.pdf');
    fs.writeFileSync(file, bytes);
    const margin = 8;
    const scanned = scanQr(file, 1, { x: QR_BOX.x - margin, y: QR_BOX.y - margin, size: QR_BOX.size + 2 * margin });
    expect(scanned).toBe('packages/review/pages/detail/index?code=JG7K-3F');
    expect(paperCodeFromScan({ result: scanned ?? '' })).toBe('JG7K-3F');
  });
});
