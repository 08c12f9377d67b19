import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import type { DataSubjectRequest } from '../../api/types';
import { useActorLabel } from '../../hooks/useActorLabel';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { deadlineOf } from '../../lib/pdp';
import { RequestDeadline, RequestStatusBadge } from './RequestDeadline';

export type RequestAction = 'complete' | 'refuse';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  items: DataSubjectRequest[];
  now: number;
  /** Name the person of each request, linked when the reader may open persons. */
  showPerson?: 'link' | 'id' | false;
  /** Offered on open requests when given (the reader may close requests). */
  onAction?: (request: DataSubjectRequest, action: RequestAction) => void;
}

/** Data-subject requests with their deadline; open ones past it are highlighted. */
export function SubjectRequestTable({ items, now, showPerson = false, onAction }: Props) {
  const { t, lang } = useI18n();
  const kind = useCodeLabel('hak_subjek');
  const channel = useCodeLabel('saluran_permohonan');
  const who = useActorLabel();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="request-list" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dsr.received')}</Table.Th>
            <Table.Th miw={220}>{t('dsr.kind')}</Table.Th>
            <Table.Th>{t('dsr.due')}</Table.Th>
            <Table.Th>{t('dsr.status')}</Table.Th>
            {onAction && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const overdue = deadlineOf(r, now).state === 'overdue';
            return (
              // Dates, deadline badges and actions keep to one line; the kind and notes wrap.
              <Table.Tr
                key={r.id}
                bg={overdue ? 'red.0' : undefined}
                data-testid="request-row"
                data-request-id={r.id}
                data-kind={r.kind}
                data-status={r.status}
                data-overdue={overdue ? 'true' : 'false'}
              >
                <Table.Td style={NOWRAP}>
                  <Text size="sm" title={r.received_at}>
                    {formatDate(r.received_at, lang)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {channel(r.channel)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} data-testid="request-kind">
                    {kind(r.kind)}
                  </Text>
                  {showPerson === 'link' && (
                    <Anchor
                      component={Link}
                      to={`/persons/${encodeURIComponent(r.person_id)}`}
                      size="xs"
                      ff="monospace"
                      data-testid="request-person"
                    >
                      {t('dsr.person')} {r.person_id}
                    </Anchor>
                  )}
                  {showPerson === 'id' && (
                    <Text size="xs" ff="monospace" data-testid="request-person">
                      {t('dsr.person')} {r.person_id}
                    </Text>
                  )}
                  {r.note && (
                    <Text size="xs" c="dimmed">
                      {r.note}
                    </Text>
                  )}
                  {r.outcome_note && (
                    <Text size="xs" mt={2} data-testid="request-outcome">
                      {t('dsr.outcome')}: {r.outcome_note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <RequestDeadline request={r} now={now} />
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  <Stack gap={2} align="flex-start">
                    <RequestStatusBadge status={r.status} />
                    {r.status !== 'open' && (
                      <Text size="xs" c="dimmed">
                        {t('dsr.handled', { time: formatDate(r.completed_at, lang), who: who(r.handled_by) })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                {onAction && (
                  <Table.Td style={NOWRAP}>
                    {r.status === 'open' && (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => onAction(r, 'complete')}
                          data-testid="request-complete"
                        >
                          {t('dsr.complete')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => onAction(r, 'refuse')}
                          data-testid="request-refuse"
                        >
                          {t('dsr.refuse')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
