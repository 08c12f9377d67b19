import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { Commitment } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { progressLabel } from '../../lib/coordination';
import { formatDate } from '../../lib/format';
import { CommitmentStatusBadge } from './CommitmentStatusBadge';

/** Commitments with their agencies, due day, progress and display status; each links to its page. */
export function CommitmentTable({ items, nameOf, testId }: { items: Commitment[]; nameOf: (id: string) => string | null; testId: string }) {
  const { t, lang } = useI18n();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid={`${testId}-empty`}>
        {t('coord.no_commitments')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('coord.commitment')}</Table.Th>
            <Table.Th>{t('coord.agencies')}</Table.Th>
            <Table.Th>{t('coord.due_on')}</Table.Th>
            <Table.Th>{t('coord.progress')}</Table.Th>
            <Table.Th>{t('coord.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id} data-testid="commitment-row" data-id={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/koordinasi/komitmen/${encodeURIComponent(c.id)}`}>
                  {c.description}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {c.indicator}
                </Text>
              </Table.Td>
              <Table.Td>{c.agency_ids.map((a) => nameOf(a) ?? a).join(', ')}</Table.Td>
              <Table.Td>{formatDate(c.due_on, lang)}</Table.Td>
              <Table.Td>{progressLabel(c.progress, c.target ?? null)}</Table.Td>
              <Table.Td>
                <CommitmentStatusBadge status={c.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
