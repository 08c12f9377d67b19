import { Badge } from '@mantine/core';
import type { ReferralStatus } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { REFERRAL_STATUS_COLOR } from '../../lib/referrals';

export function ReferralStatusBadge({ status, size = 'sm' }: { status: ReferralStatus; size?: string }) {
  const label = useCodeLabel('status_rujukan');
  return (
    <Badge color={REFERRAL_STATUS_COLOR[status] ?? 'gray'} variant="light" size={size} data-testid="referral-status" data-status={status}>
      {label(status)}
    </Badge>
  );
}

/** Waited too long for an answer: escalated to the receiving supervisors. */
export function EscalatedBadge({ at }: { at: string | null }) {
  const { t } = useI18n();
  if (!at) return null;
  return (
    <Badge color="red" variant="filled" size="sm" data-testid="referral-escalated">
      {t('referral.escalated')}
    </Badge>
  );
}
