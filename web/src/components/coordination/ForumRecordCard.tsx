import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ForumRecord } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { recordFigures } from '../../lib/coordination';

/** The forum record: how many commitments were made, done on time or late, overdue, open, dropped; per agency. */
export function ForumRecordCard({ record, nameOf }: { record: ForumRecord; nameOf: (id: string) => string | null }) {
  const { t } = useI18n();
  const total = record.total;
  const figures = recordFigures(total);
  const cells: [string, number, string][] = [
    [t('coord.record.made'), total.made, 'made'],
    [t('coord.record.done_on_time'), total.done_on_time, 'done_on_time'],
    [t('coord.record.done_late'), total.done_late, 'done_late'],
    [t('coord.record.overdue'), total.overdue, 'overdue'],
    [t('coord.record.open'), total.open, 'open'],
    [t('coord.record.dropped'), total.dropped, 'dropped'],
  ];
  return (
    <Card withBorder data-testid="forum-record">
      <Title order={4} mb="sm">
        {t('coord.record.title', { date: record.as_of })}
      </Title>
      <SimpleGrid cols={{ base: 3, sm: 6 }}>
        {cells.map(([label, value, key]) => (
          <Stack key={key} gap={0} data-testid={`record-${key}`} data-value={value}>
            <Text size="xl" fw={700}>
              {value}
            </Text>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
      {figures.onTimeRate !== null && (
        <Text size="sm" mt="sm" data-testid="record-on-time-rate">
          {t('coord.record.on_time_rate', { rate: figures.onTimeRate })}
        </Text>
      )}
      {record.by_agency.length > 0 && (
        <Table mt="sm" data-testid="record-by-agency">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coord.agency')}</Table.Th>
              <Table.Th>{t('coord.record.made')}</Table.Th>
              <Table.Th>{t('coord.record.done_on_time')}</Table.Th>
              <Table.Th>{t('coord.record.done_late')}</Table.Th>
              <Table.Th>{t('coord.record.overdue')}</Table.Th>
              <Table.Th>{t('coord.record.open')}</Table.Th>
              <Table.Th>{t('coord.record.dropped')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {record.by_agency.map((a) => (
              <Table.Tr key={a.agency_id}>
                <Table.Td>{nameOf(a.agency_id) ?? a.agency_id}</Table.Td>
                <Table.Td>{a.made}</Table.Td>
                <Table.Td>{a.done_on_time}</Table.Td>
                <Table.Td>{a.done_late}</Table.Td>
                <Table.Td>{a.overdue}</Table.Td>
                <Table.Td>{a.open}</Table.Td>
                <Table.Td>{a.dropped}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
