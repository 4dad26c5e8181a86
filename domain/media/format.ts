// Number formatting for user messages; no toLocaleString, whose output differs between WeChat's JS engines.

/** 1048576 → "1,048,576". */
export function groupDigits(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** One decimal, without a trailing ".0": 95.24 → "95.2", 90 → "90". */
export function oneDecimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Pixel counts the way people say them: 783360 → "78 万像素", 2.8e8 → "2.8 亿像素", 64 → "64 像素". */
export function pixelCountText(pixels: number): string {
  if (pixels >= 1e8) return `${oneDecimal(pixels / 1e8)} 亿像素`;
  if (pixels >= 1e5) return `${Math.round(pixels / 1e4)} 万像素`;
  if (pixels >= 1e4) return `${oneDecimal(pixels / 1e4)} 万像素`;
  return `${groupDigits(pixels)} 像素`;
}

/** Bytes as MB with one decimal. */
export function megabytes(bytes: number): string {
  return `${oneDecimal(bytes / (1024 * 1024))} MB`;
}

const NAMED_RATIOS: [number, number][] = [
  [16, 9],
  [4, 3],
  [3, 2],
  [16, 10],
  [1, 1],
  [21, 9],
  [5, 4],
  [9, 16],
  [3, 4],
  [2, 3],
  [10, 16],
  [4, 5],
];

/** "4:3" when the size is within 1 % of a common ratio, else "1.85:1". */
export function ratioText(width: number, height: number): string {
  const ratio = width / height;
  const named = NAMED_RATIOS.find(([w, h]) => Math.abs(ratio / (w / h) - 1) <= 0.01);
  return named ? `${named[0]}:${named[1]}` : `${Math.round(ratio * 100) / 100}:1`;
}
