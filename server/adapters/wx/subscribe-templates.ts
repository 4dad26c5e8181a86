import { formatShanghai } from '../../../domain/time/shanghai';

/**
 * A subscribe-message template of one event: its id, and which of the event's values fills each
 * of the template's keywords (`{ "thing1": "unit", "time2": "time" }`). Without `data` the event's
 * values go out under their own names, which only fits a template whose keywords are those names.
 */
export interface SubscribeTemplate {
  id: string;
  data?: Record<string, string>;
}

/** SUBSCRIBE_TEMPLATES: `{ "<event>": "<template id>" | { "id", "data" } }`; anything unreadable means inbox only. */
export function parseSubscribeTemplates(raw: string | undefined): Record<string, SubscribeTemplate> {
  if (!raw?.trim()) return {};
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const out: Record<string, SubscribeTemplate> = {};
    for (const [event, value] of Object.entries(parsed)) {
      if (typeof value === 'string' && value) out[event] = { id: value };
      else if (value && typeof value === 'object' && typeof (value as SubscribeTemplate).id === 'string') {
        out[event] = value as SubscribeTemplate;
      }
    }
    return out;
  } catch {
    console.error('[notify] SUBSCRIBE_TEMPLATES is not JSON; subscribe messages are off');
    return {};
  }
}

// WeChat's keyword types and their length caps (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html).
const CAPS: Record<string, number> = { thing: 20, phrase: 5, character_string: 32, letter: 32, symbol: 5, number: 32 };
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// `name` takes 10 汉字, or 20 when it is letters and symbols only.
const NAME_CAP = { han: 10, ascii: 20 };

const cut = (value: string, cap: number) => Array.from(value).slice(0, cap).join('');

/** What a keyword type lets through: phrase is 汉字 only, character_string no 汉字, numbers digits. */
function allowed(type: string, value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (type === 'phrase') return flat.replace(/[^\p{Script=Han}]/gu, '');
  if (type === 'character_string') return flat.replace(/[^\x21-\x7e]/g, '');
  if (type === 'number') return flat.replace(/[^\d.]/g, '');
  return flat;
}

/** A value as the keyword's type accepts it: Beijing time for time/date, only its characters, cut to its length, never empty. */
export function keywordValue(keyword: string, value: string): string {
  const type = keyword.replace(/\d+$/, '');
  if ((type === 'time' || type === 'date') && ISO_INSTANT.test(value)) {
    return formatShanghai(value, type === 'time' ? 'YYYY年M月D日 HH:mm' : 'YYYY年M月D日');
  }
  const text = allowed(type, value);
  // WeChat refuses an empty keyword (47003); a placeholder keeps the rest of the message.
  if (!text) return type === 'phrase' ? '无' : type === 'number' ? '0' : '-';
  if (type === 'name') return cut(text, /^[\x20-\x7e]*$/.test(text) ? NAME_CAP.ascii : NAME_CAP.han);
  const cap = CAPS[type];
  return cap ? cut(text, cap) : text;
}

/** The `data` of subscribeMessage.send for one message. */
export function templateData(template: SubscribeTemplate, values: Record<string, string>): Record<string, { value: string }> {
  const mapping = template.data ?? Object.fromEntries(Object.keys(values).map((key) => [key, key]));
  return Object.fromEntries(
    Object.entries(mapping).map(([keyword, source]) => [keyword, { value: keywordValue(keyword, values[source] ?? '') }]),
  );
}
