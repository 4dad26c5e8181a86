/** What the app asks of the phone, each a call that can be cancelled, refused or fail. */
export const DEVICE_ACTIONS = [
  'choose-photo',
  'choose-video',
  'record-video',
  'read-media',
  'copy',
  'motion',
  'scan',
  'call',
  'open-document',
  'subscribe',
  'upload',
] as const;

export type DeviceAction = (typeof DEVICE_ACTIONS)[number];

/**
 * How a device call ended when it did not succeed: the person closed the picker, refused the privacy guide,
 * the guide does not declare the API (errno 112, a deployment fault), WeChat or the system denied the
 * permission, this WeChat is too old for the API, or anything else.
 */
export const DEVICE_OUTCOMES = [
  'cancelled',
  'privacy-refused',
  'privacy-undeclared',
  'permission-denied',
  'unsupported',
  'failed',
] as const;

export type DeviceOutcome = (typeof DEVICE_OUTCOMES)[number];

interface ActionWords {
  /** The task, as in 「无法{task}」. */
  task: string;
  /** What the task needs of the phone, as in 「需要使用{needs}」. */
  needs: string;
  /** The 设置 switch to turn on after a denied permission. */
  setting: string;
}

/** A typed record, so an action without its words is a compile error. */
export const DEVICE_ACTION_WORDS: Record<DeviceAction, ActionWords> = {
  'choose-photo': { task: '拍摄或选择照片', needs: '相机和相册', setting: '「相机」和「相册」' },
  'choose-video': { task: '从相册选择视频', needs: '相册', setting: '「相册」' },
  'record-video': { task: '录制视频', needs: '相机和麦克风', setting: '「相机」和「麦克风」' },
  'read-media': { task: '读取所选文件', needs: '所选的照片或视频', setting: '「相册」' },
  copy: { task: '复制', needs: '剪贴板', setting: '「剪贴板」' },
  motion: { task: '检测手机方向', needs: '方向传感器', setting: '「方向传感器」' },
  scan: { task: '扫描二维码', needs: '相机', setting: '「相机」' },
  call: { task: '拨打电话', needs: '电话', setting: '「电话」' },
  'open-document': { task: '打开文件', needs: '文件', setting: '「文件」' },
  subscribe: { task: '开启微信提醒', needs: '订阅消息', setting: '「订阅消息」' },
  upload: { task: '上传文件', needs: '网络', setting: '「网络」' },
};

/** The Chinese text for a device call that did not succeed; never WeChat's own English errMsg. */
export function deviceMessage(action: DeviceAction, outcome: DeviceOutcome): string {
  const { task, needs, setting } = DEVICE_ACTION_WORDS[action];
  switch (outcome) {
    case 'cancelled':
      // A stopped upload stays in the queue with its 重试; anything else starts again from its own button.
      return action === 'upload' ? '已取消上传。需要时请点「重试」。' : `已取消${task}。需要时请再点一次。`;
    case 'privacy-refused':
      return `您未同意《用户隐私保护指引》，暂时无法${task}。如需继续，请再点一次并选择「同意」。`;
    case 'privacy-undeclared':
      return `小程序的《用户隐私保护指引》尚未声明使用${needs}，暂时无法${task}，请联系主办单位。`;
    case 'permission-denied':
      return `未获得使用${needs}的权限，无法${task}。请在右上角「···」→「设置」中打开${setting}后重试。`;
    case 'unsupported':
      return `当前微信版本过低，无法${task}。请升级微信到最新版本后重试。`;
    case 'failed':
      return action === 'upload' ? '网络连接中断，上传未完成。请检查网络后点「重试」。' : `${task}没有成功，请重试。`;
  }
}
