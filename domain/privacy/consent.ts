import { PRIVACY_ITEMS, PRIVACY_STORAGE } from './privacy-guide';

/**
 * The version of the consent text below; `nomination.submit` records it with the time. Bump it with
 * every change of the wording (test/domain/privacy/consent.test.ts pins the text to it).
 */
export const CONSENT_VERSION = '2023-1';

// The items of the privacy guide a nomination carries about the candidate (the device items are the contact's own).
const CANDIDATE_DATA = ['姓名', '身份证号码', '手机号', '选中的照片或视频信息'];

/** What the contact agrees to on the candidate's behalf: what is collected, who sees it, how long it is kept. */
export function consentText(organizer: string): string {
  const collected = PRIVACY_ITEMS.filter((item) => CANDIDATE_DATA.includes(item.formType))
    .map((item) => item.what.replace(/^(候选人的|您从相册选择的)/, ''))
    .join('、');
  return `我已征得候选人本人同意，由${organizer}为本次评选收集和处理候选人的${collected}。${PRIVACY_STORAGE}`;
}
