/**
 * In a browser the conversion is the browser's image decoder: PNG, WebP, GIF and BMP everywhere,
 * HEIC only where the browser reads it (Safari on iPhone), so the promise says so.
 */
export const CONVERSION_HINT =
  'PNG、WebP 等格式会自动转换为 JPG；HEIC 照片仅在能读取它的浏览器（如 iPhone 的 Safari）中自动转换，否则请先导出为 JPG。';
