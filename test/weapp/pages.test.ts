import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../server/support/harness';
import { scored } from '../server/support/nominations';
import type { CloudUser } from './support/cloud';
import { answer } from './support/strict-wx';
import { dist, launch } from './support/session';

const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
};
const allPages = [
  ...appJson.pages,
  ...(appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root.replace(/\/$/, '')}/${page}`)),
];

let h: Harness;
let nominationId: string;
beforeAll(async () => {
  h = await openHarness();
  ({ id: nominationId } = await scored(h));
});
afterAll(() => h.close());

/** Each page as the person it is for, and what that person must see on it. */
const visits: Record<string, { as: CloudUser; query?: () => Record<string, string>; shows: string[] }> = {
  'pages/home/index': { as: { userId: 'contact-district-haidian' }, shows: ['首都最美巾帼奋斗者', '海淀区科学技术协会'] },
  'pages/nominate/index': { as: { userId: 'contact-district-dongcheng' }, shows: ['第 1 步 / 共 8 步', '推荐单位与类别'] },
  'pages/inbox/index': {
    as: { userId: 'contact-district-haidian' },
    shows: ['尚未订阅微信提醒', '接收提醒', '未订阅时，提醒只在消息页显示'],
  },
  'pages/sign-in/index': { as: { openid: 'o-new-person' }, shows: ['使用邀请码绑定身份', '绑定'] },
  'pages/capture/index': { as: { userId: 'contact-district-haidian' }, shows: ['录制'] },
  'packages/review/pages/list/index': { as: { userId: 'staff-1' }, shows: ['全部', '海淀区科学技术协会'] },
  'packages/review/pages/detail/index': {
    as: { userId: 'admin-1' },
    query: () => ({ id: nominationId }),
    shows: ['海淀区科学技术协会'],
  },
  'packages/admin/pages/dashboard/index': { as: { userId: 'admin-1' }, shows: ['报送进度', '评审排名'] },
  'packages/admin/pages/ranking/index': { as: { userId: 'admin-1' }, shows: ['加权平均分', '海淀区科学技术协会'] },
  'packages/admin/pages/invites/index': { as: { userId: 'admin-1' }, shows: ['新建邀请码', '东城区科学技术协会'] },
  'packages/admin/pages/experts/index': { as: { userId: 'admin-1' }, shows: ['陈评审（当前分配 1 份）', '全部推荐材料', '保存分配'] },
  'packages/admin/pages/activity/index': { as: { userId: 'admin-1' }, shows: ['全部人员', '全部操作'] },
  'packages/admin/pages/people/index': { as: { userId: 'admin-1' }, shows: ['王佳', '陈评审', '李评审', '停用'] },
};

describe('every page of app.json renders through wcc and exparser', () => {
  it('visits every page app.json lists', () => {
    expect(Object.keys(visits).sort()).toEqual([...allPages].sort());
  });

  it.each(allPages)('%s', async (route) => {
    const visit = visits[route];
    if (!visit) throw new Error(`no visit for ${route}`);
    const s = launch(h, visit.as);
    // The capture page starts the camera and the motion sensor: granted here.
    s.wx.script('startDeviceMotionListening', () => answer.ok());
    s.wx.script('stopDeviceMotionListening', () => answer.ok());
    const page = await s.open(route, visit.query?.());
    for (const text of visit.shows) expect(page.text()).toContain(text);
    expect(page.nodes('view').length).toBeGreaterThan(0);
    expect(s.errors).toEqual([]);
    expect(s.wx.violations).toEqual([]);
    page.close();
  });
});
