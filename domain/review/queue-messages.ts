/** The Chinese texts of the staff's queue, the dashboard and the activity log, for the server's refusals and the app. */
export const REVIEW_QUEUE_MESSAGES = {
  staleCursor: '列表位置已失效，请刷新列表',
  receivedInFuture: '收到日期不能晚于今天（北京时间）',
  paperNotSubmitted: '尚未提交的推荐不能登记纸质材料',
  remindSubmitted: '该单位已提交推荐材料，无需提醒',
  remindNoContact: '该单位还没有绑定联系人，无法提醒',
  remindPassed: '该单位的报送已截止，不再提醒',
  selfDeactivate: '不能停用自己的账号',
  userNotFound: '没有这个用户',
  deactivated: '您的账号已被停用，如有疑问请联系市科协',
  scanNotPaper: '这不是本活动登记表上的二维码，请扫描登记表右下角的二维码',
  scanNotFound: (code: string) => `没有找到登记码为 ${code} 的推荐材料（可能尚未提交或已撤回）`,
  queueEnd: '已是筛选结果中的最后一条',
} as const;
