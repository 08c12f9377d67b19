import { Anchor, Button, Card, Center, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { personsApi } from '../../api/persons';
import type { Person } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { LoadState } from '../common/LoadError';

/** GET /persons, newest pages appended with "load more" (cursor pagination). */
export function PersonList() {
  const { t } = useI18n();
  const sexLabel = useCodeLabel('jenis_kelamin');
  const statusLabel = useCodeLabel('status_pmi');
  const [items, setItems] = useState<Person[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback((from: string | null) => {
    setLoading(true);
    setError(null);
    personsApi
      .list({ cursor: from, limit: 25 })
      .then((r) => {
        setItems((prev) => (from ? [...prev, ...r.data.items] : r.data.items));
        setCursor(r.data.next_cursor);
      })
      .catch(setError)
      .finally(() => setLoading(false));
  }, []);
  useEffect(() => load(null), [load]);

  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('persons.list_title')}
      </Title>
      <Table striped highlightOnHover data-testid="person-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('person.full_name')}</Table.Th>
            <Table.Th>{t('person.nik')}</Table.Th>
            <Table.Th>{t('person.sex')}</Table.Th>
            <Table.Th>{t('person.birth_date')}</Table.Th>
            <Table.Th>{t('person.pmi_status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} data-testid="person-list-row">
              <Table.Td>
                <Anchor component={Link} to={`/persons/${p.id}`}>
                  {p.full_name}
                </Anchor>
              </Table.Td>
              <Table.Td>{p.nik ?? '—'}</Table.Td>
              <Table.Td>{sexLabel(p.sex)}</Table.Td>
              <Table.Td>{p.birth_date ?? '—'}</Table.Td>
              <Table.Td>{statusLabel(p.pmi_status)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!loading && !error && items.length === 0 && (
        <Text c="dimmed" mt="sm">
          {t('persons.empty')}
        </Text>
      )}
      <LoadState loading={loading} error={error} />
      {cursor && !loading && (
        <Center mt="sm">
          <Button variant="light" onClick={() => load(cursor)} data-testid="person-list-more">
            {t('action.load_more')}
          </Button>
        </Center>
      )}
    </Card>
  );
}
