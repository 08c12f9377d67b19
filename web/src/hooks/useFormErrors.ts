import { useCallback, useState } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { problemToFormErrors, type FormErrors } from '../lib/problem';

/** Holds the errors of the last failed submission, mapped onto `fields`. */
export function useFormErrors(fields: readonly string[]) {
  const { tx } = useI18n();
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const fail = useCallback(
    (e: unknown) => {
      const problem =
        e instanceof ApiError ? e.problem : { status: 0, code: 'client_error', detail: String((e as Error)?.message ?? e) };
      setErrors(problemToFormErrors(problem, fields, (k, f) => tx(k, f)));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [tx, fields.join('|')],
  );
  const clear = useCallback(() => setErrors(null), []);
  const fieldError = (name: string): string | undefined => errors?.fields[name];
  return { errors, fail, clear, fieldError };
}
