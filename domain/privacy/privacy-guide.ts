/**
 * The one source of what the app collects and why: the privacy sheet shows it, and the README's
 * Deploy section gives it as the text to enter in 微信公众平台 → 设置 → 服务内容声明 → 用户隐私保护指引.
 */
export interface PrivacyItem {
  /** The 信息类型 as the 用户隐私保护指引 form names it. */
  formType: string;
  /** In plain words, for the sheet. */
  what: string;
  /** The 用途, completing 「开发者收集你的…，用于…」. */
  purpose: string;
  /** The WeChat APIs or components this item covers (the ones the privacy gate holds back). */
  apis: string[];
}

export const PRIVACY_GUIDE_NAME = '巾帼推荐小程序隐私保护指引';

export const PRIVACY_ITEMS: readonly PrivacyItem[] = [
  {
    formType: '姓名',
    what: '候选人的姓名',
    purpose: '填写推荐人员登记表，供主办单位审查、评审和向北京市妇联推荐',
    apis: [],
  },
  {
    formType: '身份证号码',
    what: '候选人的身份证号',
    purpose: '填写推荐人员登记表，核验候选人身份（女性）并计算年龄',
    apis: [],
  },
  {
    formType: '手机号',
    what: '候选人的联系电话',
    purpose: '填写推荐人员登记表，便于主办单位就推荐事宜联系候选人或推荐单位',
    apis: [],
  },
  {
    formType: '选中的照片或视频信息',
    what: '您从相册选择的照片、视频',
    purpose: '上传候选人的工作照和短视频，作为推荐材料',
    apis: ['wx.chooseMedia'],
  },
  {
    formType: '摄像头',
    what: '相机',
    purpose: '拍摄工作照、录制横屏短视频，扫描邀请二维码',
    apis: ['wx.chooseMedia', 'wx.createCameraContext', '<camera>', 'wx.scanCode'],
  },
  {
    formType: '麦克风',
    what: '麦克风',
    purpose: '录制短视频时录下声音',
    apis: ['<camera>'],
  },
  {
    formType: '剪切板',
    what: '剪贴板（只写入，不读取）',
    purpose: '复制邀请码、主办单位的邮箱和地址、导出文件的下载链接',
    apis: ['wx.setClipboardData'],
  },
  {
    formType: '方向传感器',
    what: '手机方向',
    purpose: '录制视频时判断手机是否横放，提示您横屏拍摄',
    apis: ['wx.startDeviceMotionListening'],
  },
];

/** What happens to the data, for the sheet's last line and the guide's 存储 and 权益 fields. */
export const PRIVACY_STORAGE =
  '信息加密保存在本小程序的云开发环境中，只有主办单位的工作人员按职责查看（评审专家看不到身份证号和联系电话）；活动结束后，管理员清除身份证号和联系电话。';

export const PRIVACY_SHEET_TITLE = '用户隐私保护提示';

export const PRIVACY_SHEET_INTRO = `为了完成“首都最美巾帼奋斗者”推荐，本小程序需要收集和使用以下信息。请阅读《${PRIVACY_GUIDE_NAME}》，同意后才能使用相关功能；拒绝后，您仍可浏览活动信息，需要时再点一次该功能即可重新选择。`;

/** The lines the privacy sheet shows, one per item. */
export function privacySheetLines(): string[] {
  return PRIVACY_ITEMS.map((item) => `${item.what}：${item.purpose}`);
}

/** The Markdown the README's Deploy section carries (`npm run privacy:guide` prints it). */
export function privacyGuideMarkdown(): string {
  const rows = PRIVACY_ITEMS.map(
    (item) => `| ${item.formType} | ${item.purpose} | ${item.apis.map((a) => `\`${a}\``).join('、') || '—'} |`,
  );
  return [
    `In 微信公众平台 → 设置 → 服务内容声明 → 用户隐私保护指引, declare each 信息类型 below with its 用途 (the text after 「用于」),`,
    'then publish the guide before the version that uses them goes to review. Generated from `domain/privacy/privacy-guide.ts`,',
    'the source the in-app privacy sheet shows; after a change there, run `npm run privacy:guide` and paste its output here.',
    'A 信息类型 the form does not offer goes under 其他, with the same 用途.',
    '',
    '| 信息类型 | 用途（开发者收集…，用于…） | gated WeChat API |',
    '| --- | --- | --- |',
    ...rows,
    '',
    `存储与使用（「开发者对信息的存储」）：${PRIVACY_STORAGE}`,
  ].join('\n');
}
