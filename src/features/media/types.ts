/** A photo or video attached to the nomination, as `nomination.get` returns it. */
export interface AttachedMedia {
  id: string;
  kind: 'photo' | 'video';
  url: string;
  ok: boolean;
  measured: { displayWidth?: number; displayHeight?: number; durationSec?: number; container?: string; codec?: string };
  verdict: { ok: boolean; reasons: { code: string; message: string }[] };
}
