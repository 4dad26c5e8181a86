import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

interface SitemapRule {
  action: 'allow' | 'disallow';
  page: string;
}

/** WeChat's sitemap matching: the first rule whose page matches (`*` is every page) decides; none → allowed. */
function indexable(rules: SitemapRule[], page: string): boolean {
  const rule = rules.find((r) => r.page === '*' || r.page === page);
  return rule ? rule.action === 'allow' : true;
}

describe('app.json and the sitemap, as Taro writes them from src/', () => {
  let app: Record<string, unknown>;
  let capture: Record<string, unknown>;
  beforeAll(async () => {
    // Taro's compiler provides these macros; outside it they are the identity.
    Object.assign(globalThis, { defineAppConfig: (c: unknown) => c, definePageConfig: (c: unknown) => c });
    app = (await import('../../src/app.config')).default as Record<string, unknown>;
    capture = (await import('../../src/pages/capture/index.config')).default as Record<string, unknown>;
  });

  it('turns on the privacy check and lazy component injection, and names the sitemap', () => {
    expect(app.__usePrivacyCheck__).toBe(true);
    expect(app.lazyCodeLoading).toBe('requiredComponents');
    expect(app.sitemapLocation).toBe('sitemap.json');
  });

  it('keeps the invite, sign-in and signed-in pages out of WeChat search, and only those', () => {
    const { rules } = JSON.parse(readFileSync(path.join(root, 'src/sitemap.json'), 'utf8')) as { rules: SitemapRule[] };
    const { pages, subPackages } = app as { pages: string[]; subPackages: { root: string; pages: string[] }[] };
    const all = [...pages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
    expect(all.filter((page) => indexable(rules, page))).toEqual(['pages/home/index']);
    expect(indexable(rules, 'pages/sign-in/index')).toBe(false);
    expect(indexable(rules, 'packages/admin/pages/invites/index')).toBe(false);
  });

  it('copies the sitemap into the weapp build', () => {
    const config = readFileSync(path.join(root, 'config/index.ts'), 'utf8');
    expect(config).toContain("{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }");
  });

  it('opens the capture page in landscape, whatever the rotation lock', () => {
    expect(capture.pageOrientation).toBe('landscape');
  });
});
