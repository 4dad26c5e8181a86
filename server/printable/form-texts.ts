import type { PrintableCampaign, PrintableReference } from './registration-form-input';
import { formatShanghaiMinute } from './shanghai-time';

const QUOTED = /[“"「『]([^”"」』]+)[”"」』]/;

/**
 * 首都最美巾帼奋斗者: the honour the campaign awards. The campaign's title is the activity's name
 * (2023年度“首都最美巾帼奋斗者”选树活动), so the honour is what it quotes; a bare title is the honour itself.
 */
export function honourName(campaign: PrintableCampaign): string {
  const title = campaign.title.trim();
  return (QUOTED.exec(title)?.[1] ?? title.replace(/^\d{4}年度?/, '').replace(/(?:选树|评选)?活动$/, '')).trim();
}

/** 「“首都最美巾帼奋斗者”」 */
export function quotedHonour(campaign: PrintableCampaign): string {
  return `“${honourName(campaign)}”`;
}

/** The notice's attachment title, 「“首都最美巾帼奋斗者”推荐人员登记表」: no year, no activity. */
export function formTitle(campaign: PrintableCampaign): string {
  return `${quotedHonour(campaign)}推荐人员登记表`;
}

/** The activity with its year, as the notice names it: 2023年度“首都最美巾帼奋斗者”选树活动. */
export function activityName(campaign: PrintableCampaign): string {
  const title = campaign.title.trim();
  if (QUOTED.test(title) && title.includes(String(campaign.year))) return title;
  return `${campaign.year}年度${quotedHonour(campaign)}选树活动`;
}

/** 2 → 两 (一式两份); beyond ten, digits. */
export function copiesInChinese(n: number): string {
  const words = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
  return Number.isInteger(n) && n >= 1 && n <= 10 ? words[n] : String(n);
}

/** The instruction to print, sign, stamp and post the form. */
export function mailingInstruction(campaign: PrintableCampaign, pages: number): string {
  const { address, room, recipient } = campaign.postalAddress;
  const perCopy = pages > 1 ? `（每份共${pages}页）` : '';
  return `请将本表打印一式${copiesInChinese(campaign.paperCopies)}份${perCopy}，签字、盖章后邮寄至：${address}${room ?? ''}，${recipient ?? campaign.organizer} 收。`;
}

export function contactsLine(campaign: PrintableCampaign): string {
  if (campaign.contacts.length === 0) return `主办单位：${campaign.organizer}`;
  return `联系人：${campaign.contacts.map((c) => `${c.name} ${c.phone}`).join('；')}（${campaign.organizer}）`;
}

export function referenceLine(reference: PrintableReference, generatedAt: string): string {
  return `登记码：${reference.shortCode}（扫描右侧二维码核对在线记录）\u3000生成时间：${formatShanghaiMinute(generatedAt)}`;
}

export function pageNumber(page: number, pages: number): string {
  return `第 ${page} 页 / 共 ${pages} 页`;
}
