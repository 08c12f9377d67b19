import { Alert, Button, Group, Text } from '@mantine/core';
import type { MaskedField } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';

/** The label of each field the API may mask. */
export const MASKED_FIELD_LABEL: Record<MaskedField, MessageKey> = {
  address_line: 'person.address_line',
  address_region_code: 'person.address_region',
  phone: 'person.phone',
  birth_place: 'person.birth_place',
  passport_number: 'person.passport_number',
};

/** Shown when the API withheld fields of a protected identity (UU 21/2007 Ps 44), with the way to open them. */
export function ProtectedIdentityAlert({ masked, onOpen }: { masked: MaskedField[]; onOpen: () => void }) {
  const { t } = useI18n();
  const fields = masked.map((f) => (MASKED_FIELD_LABEL[f] ? t(MASKED_FIELD_LABEL[f]) : f)).join(', ');
  return (
    <Alert color="orange" title={`🔒 ${t('masked.alert_title')}`} data-testid="protected-identity-alert">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" maw={720}>
          {t('masked.alert_body', { fields })}
        </Text>
        <Button color="orange" variant="light" onClick={onOpen} data-testid="break-glass-open">
          {t('breakglass.open')}
        </Button>
      </Group>
    </Alert>
  );
}
