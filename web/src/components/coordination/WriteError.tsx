import { Alert } from '@mantine/core';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { generalMessage } from '../../lib/problem';

/** The refusal or validation failure of a coordination write, with the field errors listed. */
export function WriteError({ error, testId }: { error: unknown; testId: string }) {
  const { t, tx } = useI18n();
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : null;
  return (
    <Alert color="red" title={t('coord.save_failed')} data-testid={testId}>
      {problem ? generalMessage(problem, (k, f) => tx(k, f)) : String(error)}
      {problem?.errors?.map((e) => (
        <div key={`${e.field}-${e.code}`}>
          {e.field}: {e.message}
        </div>
      ))}
    </Alert>
  );
}
