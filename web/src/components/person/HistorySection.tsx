import { Button, Card, Center, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { personsApi } from '../../api/persons';
import type { HistoryRecord } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { LoadState } from '../common/LoadError';
import { HistoryRecordItem } from './HistoryRecordItem';
import { useHistoryLabels } from './HistoryValue';

/** Change history of a person (GET /persons/{id}/history), paged with "load more". */
export function HistorySection({ personId, rev }: { personId: string; rev: number }) {
  const { t } = useI18n();
  const labels = useHistoryLabels();
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
          <HistoryRecordItem key={h.id} record={h} labels={labels} />
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
