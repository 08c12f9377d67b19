import { Badge, Group, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';

/** A field withheld by the access policy: "Confidential" with a lock badge instead of "—". */
export function MaskedValue({ field }: { field: string }) {
  const { t } = useI18n();
  return (
    <Group gap={6} wrap="nowrap" data-testid={`masked-${field}`}>
      <Text size="sm" c="dimmed" fs="italic">
        {t('masked.value')}
      </Text>
      <Badge size="xs" color="orange" variant="light" aria-label={t('masked.badge')}>
        🔒 {t('masked.badge')}
      </Badge>
    </Group>
  );
}
