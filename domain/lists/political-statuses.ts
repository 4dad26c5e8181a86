import { z } from 'zod';
import { coded } from './list-item';

/** 政治面貌, GB/T 4762 codes 01–13 in the standard's order, by their short names (01 中国共产党党员 → 中共党员). */
export const POLITICAL_STATUS_LABELS = [
  '中共党员',
  '中共预备党员',
  '共青团员',
  '民革党员',
  '民盟盟员',
  '民建会员',
  '民进会员',
  '农工党党员',
  '致公党党员',
  '九三学社社员',
  '台盟盟员',
  '无党派人士',
  '群众',
] as const;
export const POLITICAL_STATUSES = coded(POLITICAL_STATUS_LABELS);
export const politicalStatusSchema = z.enum(POLITICAL_STATUS_LABELS);
export type PoliticalStatus = z.infer<typeof politicalStatusSchema>;
