/** The container a file's first bytes declare (never its name): enough for a pre-check on the phone. */
export function sniffContainer(head: Uint8Array): string {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.slice(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && ascii(1, 4) === 'PNG') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 3) === 'GIF') return 'gif';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  if (ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (/^(heic|heix|mif1|msf1|hevc)/.test(brand)) return 'heic';
    if (brand.startsWith('avif')) return 'avif';
    if (brand === 'qt  ') return 'mov';
    if (brand.startsWith('3g')) return '3gp';
    return 'mp4';
  }
  return 'unknown';
}
