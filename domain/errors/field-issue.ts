/** One failing field in a `VALIDATION_FAILED` reply: `path` is the form key (or `photos` / `video`). */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}
