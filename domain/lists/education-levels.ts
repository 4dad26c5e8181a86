import { z } from 'zod';
import { coded } from './list-item';

/** 文化程度, highest first (API.md). */
export const EDUCATION_LABELS = ['博士研究生', '硕士研究生', '大学本科', '大学专科', '中等专科', '高中', '初中及以下'] as const;
export const EDUCATION_LEVELS = coded(EDUCATION_LABELS);
export const educationSchema = z.enum(EDUCATION_LABELS);
export type Education = z.infer<typeof educationSchema>;
