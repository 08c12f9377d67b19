import { Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';

/** An agency by name when known, otherwise by its id (case workers cannot look agencies up). */
export function AgencyName({ id, nameOf, testId }: { id: string | null | undefined; nameOf: (id: string | null | undefined) => string | null; testId?: string }) {
  const { t } = useI18n();
  if (!id) return <>—</>;
  const name = nameOf(id);
  if (name) {
    return (
      <Text span size="sm" data-testid={testId} data-agency-id={id}>
        {name}
      </Text>
    );
  }
  return (
    <Text span size="sm" ff="monospace" title={t('referral.agency_id_only')} data-testid={testId} data-agency-id={id}>
      {id}
    </Text>
  );
}
