/** The reply envelope's error codes (API.md). Every failure a caller can see is one of these. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'DEADLINE_PASSED',
  'QUOTA_EXCEEDED',
  'VERSION_CONFLICT',
  'INVALID_STATE',
  'MEDIA_REJECTED',
  'MEDIA_REQUIRED',
  'RATE_LIMITED',
  'UNKNOWN_ACTION',
  'PAYLOAD_TOO_LARGE',
  'STORAGE_FULL',
  'SCORE_LOCKED',
  'SCORING_INCOMPLETE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A typed record, so a code without its Chinese text is a compile error. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '填写的内容有误，请按提示修改后再提交',
  UNAUTHENTICATED: '请先登录后再操作',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '没有找到相应的记录',
  DEADLINE_PASSED: '报送已截止，如有特殊情况请联系主办单位',
  QUOTA_EXCEEDED: '本单位的推荐名额已用完',
  VERSION_CONFLICT: '内容已在其他设备上修改，请确认保留哪一份后再保存',
  INVALID_STATE: '当前状态下不能进行此操作',
  MEDIA_REJECTED: '照片或视频不符合要求',
  MEDIA_REQUIRED: '请先上传符合要求的工作照和短视频',
  RATE_LIMITED: '操作过于频繁，请稍后再试',
  UNKNOWN_ACTION: '不支持的操作',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  STORAGE_FULL: '存储空间已满，暂时不能上传文件；已填写的内容不受影响，请联系主办单位',
  SCORE_LOCKED: '您的评分已提交，不能再修改；如需修改，请联系管理员重新开放',
  SCORING_INCOMPLETE: '还有专家没有完成评分（提交评分或回避），暂不能作出推荐决定',
  INTERNAL: '服务暂时出现问题，请稍后再试',
};

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
