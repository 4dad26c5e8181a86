import { z } from 'zod';
import { AppError } from '../core/app-error';
import { action } from '../core/define-function';
import { runExport } from '../exports/run-export';

export const reviewExportActions = {
  export: action({
    input: z
      .object({
        format: z.enum(['xlsx', 'zip']).optional(),
        full: z.boolean().default(false),
        jobId: z.string().min(1).max(64).optional(),
      })
      .refine((v) => v.format !== undefined || v.jobId !== undefined, { path: ['format'], message: '请选择导出格式：xlsx 或 zip' }),
    run: (input, { caller, ports }) => {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      return runExport(ports, caller, input);
    },
  }),
};
