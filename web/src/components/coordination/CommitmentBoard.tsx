import { Anchor, Card, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Commitment, ForumRecord } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { BOARD_COLUMNS, commitmentBoard, progressLabel } from '../../lib/coordination';
import { formatDate } from '../../lib/format';
import { statusKey } from './CommitmentStatusBadge';

/**
 * The forum's commitments in status columns (OVERDUE first), filtered by committing agency; with the forum
 * `record`, the filtered agency's own record (made, done on time, late, overdue) is shown above its columns.
 */
export function CommitmentBoard({
  items,
  nameOf,
  record,
}: {
  items: Commitment[];
  nameOf: (id: string) => string | null;
  record?: ForumRecord;
}) {
  const { t, lang } = useI18n();
  const [agency, setAgency] = useState('');
  const agencies = [...new Set(items.flatMap((c) => c.agency_ids))];
  const board = commitmentBoard(items, agency || null);
  const agencyRecord = agency ? record?.by_agency.find((a) => a.agency_id === agency) : undefined;
  return (
    <Card withBorder data-testid="commitment-board">
      <Title order={4} mb="sm">
        {t('coord.board')}
      </Title>
      <NativeSelect
        label={t('coord.filter_agency')}
        data={[{ value: '', label: t('coord.all_agencies') }, ...agencies.map((a) => ({ value: a, label: nameOf(a) ?? a }))]}
        value={agency}
        onChange={(e) => setAgency(e.currentTarget.value)}
        mb="sm"
        maw={360}
        data-testid="board-filter-agency"
      />
      {agencyRecord && (
        <Text size="sm" mb="sm" data-testid="board-agency-record">
          {t('coord.agency_record', {
            agency: nameOf(agency) ?? agency,
            made: agencyRecord.made,
            on_time: agencyRecord.done_on_time,
            late: agencyRecord.done_late,
            overdue: agencyRecord.overdue,
          })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 5 }}>
        {BOARD_COLUMNS.map((status) => (
          <Stack key={status} gap="xs" data-testid={`board-column-${status}`} data-count={board[status].length}>
            <Text fw={600} c={status === 'OVERDUE' ? 'red' : undefined}>
              {t(statusKey(status))} ({board[status].length})
            </Text>
            {board[status].map((c) => (
              <Card key={c.id} withBorder padding="xs" data-testid="board-card">
                <Anchor component={Link} to={`/koordinasi/komitmen/${encodeURIComponent(c.id)}`} size="sm">
                  {c.description}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {c.agency_ids.map((a) => nameOf(a) ?? a).join(', ')}
                </Text>
                <Text size="xs">
                  {formatDate(c.due_on, lang)} · {progressLabel(c.progress, c.target ?? null)}
                </Text>
              </Card>
            ))}
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
