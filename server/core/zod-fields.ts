import type { z } from 'zod';
import type { FieldIssue } from '../../domain/errors/field-issue';

/** Maps zod's issues to the envelope's fields, in Chinese; the raw zod text never reaches a user. */
export function zodIssuesToFields(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    code: customCode(issue) ?? (issue.code === 'invalid_type' ? 'WRONG_TYPE' : issue.code.toUpperCase()),
    message: messageFor(issue),
  }));
}

/** The domain's own code, where a schema's refinement carries one in `params.code`. */
function customCode(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const code = (issue.params as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少必填项' : '类型不正确';
    case 'too_big':
      return `超出上限（${String(issue.maximum)}）`;
    case 'too_small':
      return `低于下限（${String(issue.minimum)}）`;
    case 'invalid_value':
      return '不是允许的取值';
    case 'custom':
      return issue.message;
    default:
      return '格式不正确';
  }
}
