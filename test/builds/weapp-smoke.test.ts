import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS } from '../../server/functions';
import { isFunctionName } from '../../domain/api/envelope';
import { type Harness, openHarness } from '../server/support/harness';
import { loadWeapp } from './support/weapp-sandbox';

const dist = path.resolve(__dirname, '../../dist/weapp');
const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
};
const allPages = [
  ...appJson.pages,
  ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`)),
];

/** Every text node Taro rendered into a page's data. */
function renderedText(node: unknown): string {
  if (Array.isArray(node)) return node.map(renderedText).join('');
  if (node && typeof node === 'object') return Object.values(node).map(renderedText).join('');
  return '';
}
const textOf = (data: Record<string, unknown>) =>
  Object.entries(data)
    .filter(([key]) => key.startsWith('root'))
    .map(
      ([, v]) =>
        JSON.stringify(v)
          .match(/"v":"((?:[^"\\]|\\.)*)"/g)
          ?.map((m) => JSON.parse(m.slice(4)))
          .join('') ?? renderedText(v),
    )
    .join('');

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ deadline: '2099-01-01T00:00:00.000Z' });
});
afterAll(() => h.close());

function sandboxAs(userId: string) {
  const token = h.runtime.sessions.create(userId, new Date());
  // Taro.cloud.callFunction reaches the real handlers, as WeChat would reach the deployed functions.
  return loadWeapp(dist, {
    cloud: {
      init: () => undefined,
      callFunction: async ({ name, data }: { name: string; data: Record<string, unknown> }) => ({
        result: isFunctionName(name)
          ? await FUNCTIONS[name].handle(data, h.runtime.portsFor(token))
          : { ok: false, error: { code: 'UNKNOWN_ACTION', message: name } },
      }),
    },
  });
}

describe('weapp bundle boots in a WeChat stand-in', () => {
  it('launches the app and renders the home page with the real campaign', async () => {
    const weapp = sandboxAs('contact-district-haidian');
    const home = await weapp.openPage('pages/home/index');
    await weapp.settle(300);
    const text = textOf(home.data);
    expect(text).toContain('首都最美巾帼奋斗者');
    expect(text).toContain('海淀区科学技术协会');
    expect(weapp.errors).toEqual([]);
  });

  it('offers 「接收提醒」 on the inbox page, with the credits left and the fallback', async () => {
    const weapp = sandboxAs('contact-district-haidian');
    const inbox = await weapp.openPage('pages/inbox/index');
    await weapp.settle(300);
    const text = textOf(inbox.data);
    expect(text).toContain('尚未订阅微信提醒');
    expect(text).toContain('接收提醒');
    expect(text).toContain('未订阅时，提醒只在消息页显示');
    expect(weapp.errors).toEqual([]);
  });

  it.each(allPages)('boots page %s without an error', async (route) => {
    const weapp = sandboxAs('admin-1');
    const page = await weapp.openPage(route);
    await weapp.settle(200);
    expect(page.setDataCalls).toBeGreaterThan(0);
    expect(weapp.errors).toEqual([]);
  });
});

describe('weapp bundle contents', () => {
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  it('contains no development sign-in', () => {
    for (const file of files(dist).filter((f) => f.endsWith('.js'))) {
      const code = fs.readFileSync(file, 'utf8');
      expect(code, file).not.toContain('/api/dev/');
      expect(code, file).not.toContain('本地演示环境');
      // The H5 build's stand-in for WeChat's subscribe dialog.
      expect(code, file).not.toContain('本地模拟');
    }
  });

  it('has zod in jitless mode before any schema is built', () => {
    const app = fs.readFileSync(path.join(dist, 'app.js'), 'utf8');
    expect(app).toMatch(/jitless:\s*!0|jitless:\s*true/);
  });
});
