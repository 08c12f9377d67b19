import { Badge, Stack, Text } from '@mantine/core';
import type { DataSubjectRequest } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { deadlineOf, formatDuration, type DeadlineState } from '../../lib/pdp';

// Badges size to their text: a table cell must not cut "overdue by 1 day 2 hours" short.
const FULL = { minWidth: 'max-content' } as const;
const COLOR: Record<DeadlineState, string> = { overdue: 'red', due_soon: 'orange', open: 'teal', closed: 'gray' };

/** The 3 x 24 h deadline of a request: the due time and, while open, the time left or how late it is. */
export function RequestDeadline({ request, now }: { request: DataSubjectRequest; now: number }) {
  const { t, lang } = useI18n();
  const d = deadlineOf(request, now);
  const span = formatDuration(d.remainingMs, lang);
  return (
    <Stack gap={2} align="flex-start" data-testid="request-deadline" data-state={d.state}>
      <Text size="sm" title={request.due_at}>
        {formatDate(request.due_at, lang)}
      </Text>
      {d.state !== 'closed' && (
        <Badge size="sm" variant={d.state === 'overdue' ? 'filled' : 'light'} color={COLOR[d.state]} style={FULL}>
          {d.state === 'overdue' ? t('dsr.overdue_by', { time: span }) : t('dsr.due_in', { time: span })}
        </Badge>
      )}
    </Stack>
  );
}

const STATUS_COLOR: Record<DataSubjectRequest['status'], string> = { open: 'blue', completed: 'teal', refused: 'gray' };

export function RequestStatusBadge({ status }: { status: DataSubjectRequest['status'] }) {
  const { tx } = useI18n();
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} style={FULL} data-testid="request-status" data-status={status}>
      {tx(`dsr.status.${status}`, status)}
    </Badge>
  );
}
