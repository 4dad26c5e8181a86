import { formatShanghai } from '../time/shanghai';

/**
 * WeChat's review of the mini-program: its reviewers need an account to get past the home page.
 * The admin creates a test unit with one contact invite and one staff invite; the test unit's
 * nomination counts nowhere (dashboard, ranking, reminders, exports) and takes no decision.
 */

/** The test unit's fixed id: creating the demo again finds it instead of adding a second one. */
export const REVIEW_DEMO_UNIT_ID = 'review-demo';
export const REVIEW_DEMO_UNIT_NAME = '微信审核体验单位';
/** How long the demo's invite codes stay valid: a WeChat review takes days, and a rejection means another round. */
export const REVIEW_DEMO_INVITE_DAYS = 30;
/** A code with less time than this left is replaced on the next create, so it does not lapse during a review. */
export const REVIEW_DEMO_RENEW_DAYS = 7;

/** The badge a test nomination and the test unit carry wherever they are shown. */
export const TEST_BADGE = '测试';

export const REVIEW_DEMO_MESSAGES = {
  decideRefused: '这是微信审核体验账号的测试推荐，不参与评选，不能作出推荐决定',
  nameTaken: `已有名为「${REVIEW_DEMO_UNIT_NAME}」的推荐单位，请先将其改名`,
} as const;

export interface ReviewDemoCodes {
  contactCode: string;
  staffCode: string;
  expiresAt: string;
}

/** The longest 审核备注 we write: short enough for the submit form's note field, and read in one glance. */
export const REVIEW_NOTE_MAX_CHARS = 200;

/**
 * The text for 审核备注 (版本管理 → 提交审核): the codes and the steps a reviewer takes. One
 * source for the admin's card (copied in one tap) and for the README's Deploy section.
 */
export function reviewNote(codes: ReviewDemoCodes): string {
  const until = formatShanghai(codes.expiresAt, 'YYYY年M月D日');
  return [
    `测试账号（${until}前有效，所填为测试数据，不计入评选）：`,
    `1. 填报端：首页点「登录」，输入邀请码 ${codes.contactCode}，点「绑定」；回首页点「开始填写推荐」，填写登记表，上传2–3张工作照和1段横屏短视频后提交。`,
    `2. 审核端：换一个微信号，点「登录」，输入邀请码 ${codes.staffCode}，点「绑定」；首页点「查看推荐材料」，打开测试推荐，可退回修改或通过形式审查。`,
  ].join('\n');
}
