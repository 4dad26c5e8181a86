import type { Campaign } from '../../domain/campaign/campaign';
import type { Ports } from '../core/ports';
import type { ExportJobRecord, UnitRecord } from '../core/repositories';

/** What every step of one call shares, read once per call. */
export interface StepContext {
  ports: Ports;
  campaign: Campaign;
  units: ReadonlyMap<string, UnitRecord>;
}

/** One bounded piece of work: it stores what it made and answers the job's changes, saved by the caller. */
export type Step = (ctx: StepContext, job: ExportJobRecord) => Promise<Partial<ExportJobRecord>>;

export const utf8 = {
  encode: (text: string) => new TextEncoder().encode(text),
  decode: (bytes: Uint8Array) => new TextDecoder().decode(bytes),
};
