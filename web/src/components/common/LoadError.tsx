import { Alert, Center, Loader } from '@mantine/core';
import { ApiError } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { generalMessage } from '../../lib/problem';

/** Loading spinner or load error for a page section. */
export function LoadState({ loading, error }: { loading: boolean; error: unknown }) {
  const { tx, t } = useI18n();
  if (error) {
    const msg = error instanceof ApiError ? generalMessage(error.problem, (k, f) => tx(k, f)) : String(error);
    return (
      <Alert color="red" title={t('error.load')} data-testid="load-error">
        {msg}
      </Alert>
    );
  }
  if (loading) {
    return (
      <Center p="lg">
        <Loader size="sm" />
      </Center>
    );
  }
  return null;
}
