const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** 2023-10-12T02:05:00Z → 2023年10月12日 10:05 (China has no daylight saving: a fixed +08:00 is exact). */
export function formatShanghaiMinute(iso: string): string {
  const local = new Date(new Date(iso).getTime() + SHANGHAI_OFFSET_MS);
  if (Number.isNaN(local.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
