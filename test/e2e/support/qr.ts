import jsQR from 'jsqr';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './screenshots';

/** Photographs an element as it is shown on screen and decodes the QR code in the pixels, as a phone camera would. */
export async function scanElement(page: Page, element: Locator, name: string): Promise<string | null> {
  const png = (await element.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) })).toString('base64');
  // The browser decodes the PNG; Node only gets the RGBA bytes back.
  const { width, height, rgba } = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const bytes = context.getImageData(0, 0, canvas.width, canvas.height).data;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { width: canvas.width, height: canvas.height, rgba: btoa(binary) };
  }, png);
  return jsQR(new Uint8ClampedArray(Buffer.from(rgba, 'base64')), width, height)?.data ?? null;
}
