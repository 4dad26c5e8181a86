import { useMemo, useState } from 'react';
import type { FieldIssue } from '../../../domain/errors/field-issue';
import { validateForSubmit } from '../../../domain/form/nomination-form';
import type { Form } from './draft-storage';

/** The submit rules on the form as typed (the server's, at the same deadline); an error shows once its field was left or its step was tried. */
export function useFieldErrors(form: Form, mediaProblems: FieldIssue[], deadline: string) {
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const problems = useMemo(() => {
    // The age is judged at the campaign's deadline, as the server does on submit.
    const checked = validateForSubmit(form, { deadline });
    return [...(checked.ok ? [] : checked.issues), ...mediaProblems];
  }, [form, mediaProblems, deadline]);
  const visible = useMemo(
    () => Object.fromEntries(problems.filter((p) => touched.has(p.path)).map((p) => [p.path, p.message])),
    [problems, touched],
  );
  return {
    problems,
    visible,
    touch: (...keys: string[]) => setTouched((t) => new Set([...t, ...keys])),
  };
}
