import { Alert, Button, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import type { FormErrors } from '../../lib/problem';

interface Props {
  errors: FormErrors | null;
  /** Offered when the record changed under the user (412). */
  onReload?: () => void;
}

export function GeneralErrorAlert({ errors, onReload }: Props) {
  const { t } = useI18n();
  if (!errors?.general) return null;
  const stale = errors.status === 412;
  return (
    <Alert color="red" title={t('error.title')} data-testid="form-error">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{errors.general}</Text>
        {stale && onReload && (
          <Button size="xs" variant="white" color="red" onClick={onReload} data-testid="form-error-reload">
            {t('action.reload')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
