/** What the photo step promises about other formats: WeChat decodes PNG, WebP, GIF, BMP and HEIC on the phone and re-encodes them. */
export const CONVERSION_HINT = 'PNG、HEIC 等其他格式会自动转换为 JPG。';
