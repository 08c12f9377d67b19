import { Badge } from '@mantine/core';
import type { CommitmentDisplayStatus } from '../../api/types';
import { useI18n, type MessageKey } from '../../i18n/i18n';

const COLOR: Record<CommitmentDisplayStatus, string> = {
  OPEN: 'gray',
  IN_PROGRESS: 'blue',
  DONE: 'green',
  DROPPED: 'dark',
  OVERDUE: 'red',
};

export const statusKey = (s: CommitmentDisplayStatus): MessageKey => `coord.status.${s}` as MessageKey;

export function CommitmentStatusBadge({ status }: { status: CommitmentDisplayStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={COLOR[status]} data-testid="commitment-status" data-status={status}>
      {t(statusKey(status))}
    </Badge>
  );
}
