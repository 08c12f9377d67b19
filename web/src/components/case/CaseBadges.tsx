import { Badge } from '@mantine/core';
import type { CaseStatus } from '../../api/types';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';

const STATUS_COLOR: Partial<Record<CaseStatus, string>> = {
  INTAKE: 'blue',
  MENUNGGU_PENUTUPAN: 'orange',
  DITUTUP: 'gray',
  DITUTUP_DIRUJUK: 'gray',
};

const URGENCY_COLOR: Record<string, string> = { RENDAH: 'gray', SEDANG: 'blue', TINGGI: 'orange', DARURAT: 'red' };

export function CaseStatusBadge({ status, size = 'md' }: { status: CaseStatus; size?: string }) {
  const label = useCodeLabel('status_kasus');
  return (
    <Badge color={STATUS_COLOR[status] ?? 'teal'} size={size} data-testid="case-status" data-status={status}>
      {label(status)}
    </Badge>
  );
}

export function UrgencyBadge({ urgency, safetyRisk }: { urgency: string; safetyRisk?: boolean }) {
  const label = useCodeLabel('urgensi_kasus');
  const { t } = useI18n();
  return (
    <>
      <Badge variant="light" color={URGENCY_COLOR[urgency] ?? 'gray'} data-testid="case-urgency-badge" data-urgency={urgency}>
        {label(urgency)}
      </Badge>
      {safetyRisk && (
        <Badge variant="filled" color="red" ml={4} data-testid="case-safety-risk">
          {t('case.safety_risk_badge')}
        </Badge>
      )}
    </>
  );
}
