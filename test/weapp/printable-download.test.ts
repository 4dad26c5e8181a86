import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { CONTACT, submitted } from '../server/support/nominations';
import { byText, tap } from './support/miniprogram';
import { launch } from './support/session';
import { answer } from './support/strict-wx';

// The 登记表 opens by its cloud fileID: a temp URL through downloadFile would need its domain whitelisted.
let h: Harness;
beforeAll(async () => {
  h = await openHarness();
  await submitted(h);
});
afterAll(() => h.close());

describe('the 登记表 PDF in the weapp', () => {
  it('is fetched with wx.cloud.downloadFile by fileID and opened in WeChat’s viewer', async () => {
    const s = launch(h, { userId: CONTACT });
    s.wx.script('cloud.downloadFile', () => answer.ok({ tempFilePath: 'wxfile://tmp_form.pdf', statusCode: 200 }));
    s.wx.script('openDocument', () => answer.ok());
    const page = await s.open('pages/nominate/index');
    await tap(byText(page, 'button', '打印登记表（PDF）'));
    // Rendering the PDF takes the server a while on a loaded machine: wait for the download call itself.
    for (let waited = 0; waited < 20_000 && !s.wx.calls.some((c) => c.api === 'openDocument'); waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const fileID = (s.wx.calls.find((c) => c.api === 'cloud.downloadFile')?.options as { fileID?: string } | undefined)?.fileID ?? '';
    // The id names the stored 登记表 itself, not a URL.
    const stored = await h.runtime.portsFor(null).files.readAll(fileID);
    expect(new TextDecoder().decode(stored?.subarray(0, 5))).toBe('%PDF-');
    expect(s.wx.calls.find((c) => c.api === 'openDocument')?.options).toMatchObject({ filePath: 'wxfile://tmp_form.pdf', fileType: 'pdf' });
    expect(s.wx.calls.map((c) => c.api)).not.toContain('downloadFile');
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
  });
});
