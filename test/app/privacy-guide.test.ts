import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PRIVACY_ITEMS,
  PRIVACY_SHEET_INTRO,
  PRIVACY_STORAGE,
  privacyGuideMarkdown,
  privacySheetLines,
} from '../../domain/privacy/privacy-guide';

const root = path.resolve(__dirname, '../..');

/** The body of the README's 用户隐私保护指引 section: from its heading to the next heading. */
function readmeSection(): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('### 用户隐私保护指引');
  expect(start).toBeGreaterThan(readme.indexOf('## Deploy'));
  const body = readme.slice(readme.indexOf('\n', start) + 1);
  return body.slice(0, body.search(/^#{2,3} /m)).trim();
}

/** The text with a Markdown table's cell padding taken out: the formatter (biome) aligns the columns. */
const tableAligned = (markdown: string) => markdown.replace(/ *\| */g, '|').replace(/\|-+(?=\|)/g, '|-');

// WeChat's privacy-gated APIs (its 隐私接口 list) that an app like this could call.
const GATED = [
  'chooseMedia',
  'chooseImage',
  'chooseVideo',
  'createCameraContext',
  'scanCode',
  'setClipboardData',
  'getClipboardData',
  'startDeviceMotionListening',
  'startAccelerometer',
  'startCompass',
  'startGyroscope',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'getRecorderManager',
  'getLocation',
  'chooseLocation',
  'chooseMessageFile',
];

function sourceText(dir: string): string {
  return readdirSync(dir)
    .map((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? sourceText(full) : /\.tsx?$/.test(entry) ? readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

describe('the privacy guide, one source for the sheet and the README', () => {
  it('is in the README’s Deploy section exactly as generated', () => {
    expect(tableAligned(readmeSection())).toBe(tableAligned(privacyGuideMarkdown().trim()));
  });

  it('is what `npm run privacy:guide` prints', () => {
    const printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/privacy-guide.ts'], { cwd: root, encoding: 'utf8' });
    expect(tableAligned(printed.trim())).toBe(tableAligned(readmeSection()));
  });

  it('tells the person in plain Chinese everything the app collects', () => {
    const sheet = [PRIVACY_SHEET_INTRO, ...privacySheetLines(), PRIVACY_STORAGE].join('\n');
    for (const word of ['姓名', '身份证号', '联系电话', '照片', '视频', '相机', '麦克风', '相册', '剪贴板']) expect(sheet).toContain(word);
  });

  it('declares every gated API the app calls', () => {
    const app = sourceText(path.join(root, 'src'));
    const used = GATED.filter((api) => new RegExp(`Taro\\.${api}\\b|'${api}'`).test(app));
    expect(used).toEqual(expect.arrayContaining(['chooseMedia', 'createCameraContext', 'setClipboardData', 'startDeviceMotionListening']));
    const declared = new Set(PRIVACY_ITEMS.flatMap((item) => item.apis.map((a) => a.replace(/^wx\./, ''))));
    expect(used.filter((api) => !declared.has(api))).toEqual([]);
    // The camera component records sound too.
    expect(PRIVACY_ITEMS.filter((item) => item.apis.includes('<camera>')).map((item) => item.formType)).toEqual(['摄像头', '麦克风']);
  });
});
