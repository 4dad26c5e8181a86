import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../test-results/screenshots');

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the app's own sign-in page, as a person would. */
export async function signInAs(page: Page, baseUrl: string, name: RegExp | string) {
  await page.goto(`${baseUrl}/#/pages/sign-in/index`);
  await page.getByText(name).first().click();
  await page.waitForURL(/pages\/home\/index/);
}
