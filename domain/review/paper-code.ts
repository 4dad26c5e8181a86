/** The review detail page, as a mini-program path (no leading slash: the form WeChat's 小程序码 and scanCode's `path` use). */
export const REVIEW_DETAIL_PAGE = 'packages/review/pages/detail/index';

// 登记码: 4 + 2 characters of the no-0/O/1/I/L alphabet (server/core/printable.ts), printed with a dash.
const CODE = /^([A-HJKMNP-Z2-9]{4})-?([A-HJKMNP-Z2-9]{2})$/;

/** A 登记码 as printed (`ABCD-EF`), from what someone typed (any case, with or without the dash); null if it is none. */
export function normalizePaperCode(text: string): string | null {
  const match = CODE.exec(text.trim().toUpperCase());
  return match ? `${match[1]}-${match[2]}` : null;
}

/** What the 登记表's QR code carries: the review page of the record, by its 登记码. */
export function paperScanPath(shortCode: string): string {
  return `${REVIEW_DETAIL_PAGE}?code=${encodeURIComponent(shortCode)}`;
}

/**
 * The 登记码 in what a scan read: the page path (from the QR's text, or the `path` WeChat gives for a
 * 小程序码), a link ending in `?code=…`, the older `jinguo:nomination:<id>:<code>` text, or the bare code.
 */
export function paperCodeFromScan(scanned: { result?: string; path?: string }): string | null {
  for (const text of [scanned.path, scanned.result]) {
    if (!text) continue;
    const query = /[?&](?:code|scene)=([^&#]+)/.exec(text);
    if (query) {
      const code = normalizePaperCode(decodeURIComponent(query[1]));
      if (code) return code;
    }
    const legacy = /^jinguo:nomination:.+:([^:]+)$/.exec(text.trim());
    if (legacy) return normalizePaperCode(legacy[1]);
    const bare = normalizePaperCode(text);
    if (bare) return bare;
  }
  return null;
}
