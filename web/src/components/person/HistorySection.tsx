import { Badge, Button, Card, Center, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { personsApi } from '../../api/persons';
import type { HistoryRecord } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate, formatValue } from '../../lib/format';
import { LoadState } from '../common/LoadError';

/** Change history of a person (GET /persons/{id}/history), paged with "load more". */
export function HistorySection({ personId, rev }: { personId: string; rev: number }) {
  const { t, tx, lang } = useI18n();
  const [items, setItems] = useState<HistoryRecord[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    (from: string | null) => {
      setLoading(true);
      personsApi
        .history(personId, from)
        .then((r) => {
          setItems((prev) => (from ? [...prev, ...r.data.items] : r.data.items));
          setCursor(r.data.next_cursor);
          setError(null);
        })
        .catch(setError)
        .finally(() => setLoading(false));
    },
    [personId],
  );
  useEffect(() => load(null), [load, rev]);

  return (
    <Card withBorder data-testid="history-section">
      <Title order={4} mb="sm">
        {t('history.title')}
      </Title>
      {items.length === 0 && !loading && !error && <Text c="dimmed">{t('history.empty')}</Text>}
      <Stack gap="sm">
        {items.map((h) => (
          <div key={h.id} data-testid="history-record">
            <Group gap="xs">
              <Badge variant="light" color="gray">
                {tx(`history.action.${h.action}`, h.action)}
              </Badge>
              <Text size="sm">{tx(`entity.${h.entity_type}`, h.entity_type)}</Text>
              <Text size="xs" c="dimmed">
                {formatDate(h.at, lang)} · {h.actor}
              </Text>
            </Group>
            {h.reason && <Text size="sm">{t('history.reason', { reason: h.reason })}</Text>}
            {h.changes.length > 0 && (
              <Table fz="xs" mt={4} withTableBorder>
                <Table.Tbody>
                  {h.changes.map((c) => (
                    <Table.Tr key={c.field}>
                      <Table.Td w="25%">{tx(`person.${c.field}`, c.field)}</Table.Td>
                      <Table.Td c="dimmed" td="line-through">
                        {formatValue(c.before)}
                      </Table.Td>
                      <Table.Td>{formatValue(c.after)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
        ))}
      </Stack>
      <LoadState loading={loading && items.length === 0} error={error} />
      {cursor && (
        <Center mt="sm">
          <Button variant="light" size="xs" loading={loading} onClick={() => load(cursor)} data-testid="history-more">
            {t('action.load_more')}
          </Button>
        </Center>
      )}
    </Card>
  );
}
