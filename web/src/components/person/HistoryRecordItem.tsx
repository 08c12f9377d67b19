import { Badge, Group, Table, Text } from '@mantine/core';
import type { HistoryRecord } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { FAMILY_FIELD, journeyOfReason } from '../../lib/history';
import { HistoryValue, type HistoryLabels } from './HistoryValue';

/** One change record: what happened, when and by whom, why, and each field's value before and after. */
export function HistoryRecordItem({ record: h, labels }: { record: HistoryRecord; labels: HistoryLabels }) {
  const { t, tx, lang } = useI18n();
  const fieldLabel = (field: string) => (field === FAMILY_FIELD ? t('family.title') : tx(`person.${field}`, field));
  // Changes the server made because of a journey transition carry the reason "journey <id>".
  const reason = !h.reason
    ? null
    : journeyOfReason(h.reason)
      ? t('history.reason_journey')
      : t('history.reason', { reason: h.reason });
  return (
    <div data-testid="history-record">
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {tx(`history.action.${h.action}`, h.action)}
        </Badge>
        <Text size="sm">{tx(`entity.${h.entity_type}`, h.entity_type)}</Text>
        <Text size="xs" c="dimmed">
          {formatDate(h.at, lang)} · {h.actor}
        </Text>
      </Group>
      {reason && (
        <Text size="sm" data-testid="history-reason">
          {reason}
        </Text>
      )}
      {h.changes.length > 0 && (
        <Table fz="xs" mt={4} withTableBorder>
          <Table.Tbody>
            {h.changes.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td w="25%">{fieldLabel(c.field)}</Table.Td>
                <Table.Td w="37.5%" c="dimmed" td="line-through">
                  <HistoryValue field={c.field} value={c.before} labels={labels} />
                </Table.Td>
                <Table.Td w="37.5%">
                  <HistoryValue field={c.field} value={c.after} labels={labels} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
