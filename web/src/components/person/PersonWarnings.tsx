import { Alert, Stack } from '@mantine/core';
import type { PersonWarning } from '../../api/types';
import { useI18n } from '../../i18n/i18n';

/** Non-blocking problems stored with the record (e.g. the NIK says female but the stated sex is male). */
export function PersonWarnings({ warnings }: { warnings: PersonWarning[] }) {
  const { t, tx } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <Stack gap="xs">
      {warnings.map((w) => (
        <Alert
          key={`${w.code}:${w.field}`}
          color="yellow"
          title={t('warning.title')}
          data-testid="person-warning"
          data-warning-code={w.code}
        >
          {tx(`warning.${w.code}`, w.message)}
        </Alert>
      ))}
    </Stack>
  );
}
