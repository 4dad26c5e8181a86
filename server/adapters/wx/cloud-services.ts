import type { ContentCheck, Files, Notify, SendOutcome, TextScene, TextVerdict } from '../../core/ports';
import type { MiniprogramState } from './miniprogram-state';
import { httpRangeReader } from './range-reader';
import { type SubscribeTemplate, templateData } from './subscribe-templates';
import type { WxCloud } from './wx-sdk-surface';

export function cloudFiles(cloud: WxCloud): Files {
  return {
    async put(path, bytes) {
      const { fileID } = await cloud.uploadFile({ cloudPath: path, fileContent: Buffer.from(bytes) });
      return { fileId: fileID, size: bytes.byteLength };
    },
    async open(fileId) {
      const { fileList } = await cloud.getTempFileURL({ fileList: [fileId] });
      const url = fileList[0]?.tempFileURL;
      return url ? httpRangeReader(url) : null;
    },
    async readAll(fileId) {
      const { fileContent } = await cloud.downloadFile({ fileID: fileId });
      return new Uint8Array(fileContent);
    },
    async remove(fileId) {
      await cloud.deleteFile({ fileList: [fileId] });
    },
    async url(fileId) {
      const { fileList } = await cloud.getTempFileURL({ fileList: [fileId] });
      return fileList[0]?.tempFileURL ?? '';
    },
  };
}

const errCodeOf = (error: unknown) => (error && typeof error === 'object' ? (error as { errCode?: unknown }).errCode : undefined);

/** Subscribe messages; the templates come from the deployment's configuration, by key. */
export function subscribeNotify(cloud: WxCloud, templates: Record<string, SubscribeTemplate>, miniprogramState: MiniprogramState): Notify {
  // Asked for at every claimed outbox item; the configuration does not change while the function runs.
  const ids: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(templates).map(([key, t]) => [key, t.id]));
  return {
    templateIds: () => ids,
    async send(message) {
      const template = templates[message.template];
      if (!template) return { kind: 'invalid', reason: `no template for ${message.template}` };
      if (!message.externalId || message.externalId.startsWith('dev:')) return { kind: 'unreachable', reason: 'no WeChat identity' };
      try {
        await cloud.openapi.subscribeMessage.send({
          touser: message.externalId,
          templateId: template.id,
          // WeChat's form is a path from the root, `pages/home/index?x=1`; the app's routes start with a slash.
          page: message.page?.replace(/^\//, ''),
          data: templateData(template, message.data),
          miniprogramState,
        });
        return { kind: 'sent' };
      } catch (error) {
        return sendFailure(errCodeOf(error), error instanceof Error ? error.message : String(error));
      }
    },
  };
}

// subscribeMessage.send's error codes that no retry can fix; anything else may pass later.
const REFUSED = 43101;
const UNREACHABLE = new Set([40003]);
const INVALID = new Set([40037, 41030, 47003]);

function sendFailure(code: unknown, message: string): SendOutcome {
  const reason = `${typeof code === 'number' ? `${code} ` : ''}${message}`.slice(0, 300);
  if (code === REFUSED) return { kind: 'refused', reason };
  if (typeof code === 'number' && UNREACHABLE.has(code)) return { kind: 'unreachable', reason };
  if (typeof code === 'number' && INVALID.has(code)) return { kind: 'invalid', reason };
  return { kind: 'retry', reason };
}

// msgSecCheck v2's scenes (1 资料, 2 评论, 3 论坛, 4 社交日志) and its limit of 2500 characters a call.
const TEXT_SCENES: Record<TextScene, number> = { profile: 1, comment: 2 };
const TEXT_CHUNK = 2500;
const SEVERITY = { pass: 0, review: 1, risky: 2 } as const;

/** The text in pieces WeChat accepts, cut between code points. */
function textChunks(text: string): string[] {
  const points = Array.from(text);
  const chunks: string[] = [];
  for (let i = 0; i < points.length; i += TEXT_CHUNK) chunks.push(points.slice(i, i + TEXT_CHUNK).join(''));
  return chunks;
}

/** WeChat's synchronous text check (security.msgSecCheck v2) of one text as the caller wrote it; the worst piece decides. */
async function checkText(cloud: WxCloud, openid: string | null, text: string, scene: TextScene): Promise<TextVerdict> {
  if (!openid) return { result: 'not_checked', reason: 'no WeChat identity' };
  let worst: { result: keyof typeof SEVERITY; label?: number; traceId?: string } = { result: 'pass' };
  for (const content of textChunks(text)) {
    let answer: Awaited<ReturnType<WxCloud['openapi']['security']['msgSecCheck']>>;
    try {
      answer = await cloud.openapi.security.msgSecCheck({ content, version: 2, scene: TEXT_SCENES[scene], openid });
    } catch (error) {
      const code = errCodeOf(error);
      return {
        result: 'not_checked',
        reason: `${typeof code === 'number' ? `${code} ` : ''}${error instanceof Error ? error.message : String(error)}`.slice(0, 200),
      };
    }
    const suggest = answer.result?.suggest;
    if (suggest !== 'pass' && suggest !== 'review' && suggest !== 'risky')
      return { result: 'not_checked', reason: 'msgSecCheck gave no suggestion' };
    if (SEVERITY[suggest] > SEVERITY[worst.result]) worst = { result: suggest, label: answer.result?.label, traceId: answer.traceId };
  }
  return worst;
}

/** WeChat's content checks: text at once, images asynchronously (their verdict arrives later as a message event). */
export function wxContentCheck(cloud: WxCloud, openid: () => string | null): ContentCheck {
  return {
    checkText: (text, scene) => checkText(cloud, openid(), text, scene),
    async submitImage(fileId) {
      const { fileList } = await cloud.getTempFileURL({ fileList: [fileId] });
      const user = openid();
      if (!fileList[0]?.tempFileURL || !user) return { status: 'not_checked' };
      const result = await cloud.openapi.security.mediaCheckAsync({
        mediaUrl: fileList[0].tempFileURL,
        mediaType: 2,
        version: 2,
        openid: user,
        scene: 1,
      });
      return { status: 'pending', traceId: result.traceId };
    },
  };
}
