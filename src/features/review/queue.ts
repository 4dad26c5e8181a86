import { callFunction } from '../../services/api';

/** The list's filters, carried to the detail page so 「保存并下一条」 walks the same filtered list. */
export interface QueueFilters {
  status?: string;
  category?: string;
  unitType?: string;
  q?: string;
}

const KEYS = ['status', 'category', 'unitType', 'q'] as const;
const DETAIL = '/packages/review/pages/detail/index';

export function detailUrl(id: string, filters: QueueFilters): string {
  const query = [
    `id=${encodeURIComponent(id)}`,
    ...KEYS.filter((k) => filters[k]).map((k) => `${k}=${encodeURIComponent(filters[k] ?? '')}`),
  ];
  return `${DETAIL}?${query.join('&')}`;
}

export function filtersFromParams(params: Record<string, string | undefined>): QueueFilters {
  const filters: QueueFilters = {};
  for (const k of KEYS) {
    const value = params[k] ? decodeURIComponent(params[k] as string) : '';
    if (value) filters[k] = value;
  }
  return filters;
}

/** The nomination after `id` in the filtered list (even when `id` itself left the filter), or null at the end. */
export async function nextInQueue(id: string, filters: QueueFilters): Promise<string | null> {
  const page = await callFunction<{ items: { id: string }[] }>('review', 'list', { ...filters, cursor: id, limit: 1 });
  return page.items[0]?.id ?? null;
}

/** The nomination a 登记码 names (typed, or read from the 登记表's QR code), or null. */
export async function nominationByCode(code: string): Promise<string | null> {
  const page = await callFunction<{ items: { id: string; shortCode: string }[] }>('review', 'list', { q: code, limit: 2 });
  return page.items.find((i) => i.shortCode === code)?.id ?? null;
}
