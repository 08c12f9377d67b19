import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { restitutionsApi } from '../../api/restitutions';
import type { CaseDetail, CaseRestitution } from '../../api/types';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { localToday } from '../../lib/cases';
import { formatDate } from '../../lib/format';
import { STAGE_COLOR, formatRupiah, paymentDeadline, seizureDeadline, type Deadline } from '../../lib/restitution';
import { LoadState } from '../common/LoadError';
import { RestitutionModal } from './RestitutionModal';

interface Props {
  detail: CaseDetail;
  writable: boolean;
  rev: number;
}

// The course of a claim (UU 21/2007 Ps 48-50), in order.
const STEPS: { field: keyof CaseRestitution; key: MessageKey }[] = [
  { field: 'claimed_on', key: 'restitution.claimed_on' },
  { field: 'verdict_on', key: 'restitution.verdict_on' },
  { field: 'final_notice_on', key: 'restitution.final_notice_on' },
  { field: 'paid_on', key: 'restitution.paid_on' },
  { field: 'unpaid_reported_on', key: 'restitution.unpaid_reported_on' },
  { field: 'warning_on', key: 'restitution.warning_on' },
  { field: 'seizure_on', key: 'restitution.seizure_on' },
  { field: 'substitute_detention_on', key: 'restitution.substitute_detention_on' },
];

function DeadlineLine({ deadline, label, testId }: { deadline: Deadline | null; label: MessageKey; testId: string }) {
  const { t, lang } = useI18n();
  if (!deadline) return null;
  const color = deadline.met ? 'dimmed' : deadline.overdue ? 'red' : 'orange';
  return (
    <Text size="sm" c={color} fw={deadline.met ? undefined : 600} data-testid={testId} data-overdue={deadline.overdue ? 'true' : 'false'}>
      {t(label, { date: formatDate(deadline.due, lang) })}
      {deadline.overdue && ` — ${t('restitution.overdue')}`}
      {deadline.met && ` — ${t('restitution.deadline_met')}`}
    </Text>
  );
}

function ClaimCard({ r, name, writable, onEdit }: { r: CaseRestitution; name: string; writable: boolean; onEdit: () => void }) {
  const { t, lang } = useI18n();
  const componentLabel = useCodeLabel('komponen_restitusi');
  const stageLabel = useCodeLabel('tahap_restitusi');
  const today = localToday();
  return (
    <Card withBorder padding="sm" data-testid="restitution-card" data-person={r.person_id} data-stage={r.stage}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Text fw={600}>{name}</Text>
          <Badge variant="light" color={STAGE_COLOR[r.stage] ?? 'gray'} data-testid="restitution-stage">
            {stageLabel(r.stage)}
          </Badge>
          {r.court_case_number && (
            <Text size="xs" c="dimmed" data-testid="restitution-court-case">
              {t('restitution.court_case_number')}: {r.court_case_number}
            </Text>
          )}
        </Group>
        {writable && (
          <Button size="xs" variant="subtle" onClick={onEdit} data-testid="restitution-edit">
            {t('action.edit')}
          </Button>
        )}
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table data-testid="restitution-components">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('restitution.component')}</Table.Th>
              <Table.Th ta="right">{t('restitution.claimed_idr')}</Table.Th>
              <Table.Th ta="right">{t('restitution.awarded_idr')}</Table.Th>
              <Table.Th>{t('restitution.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.components.map((c) => (
              <Table.Tr key={c.component} data-testid="restitution-component-row" data-component={c.component}>
                <Table.Td>{componentLabel(c.component)}</Table.Td>
                <Table.Td ta="right">{formatRupiah(c.claimed_idr)}</Table.Td>
                <Table.Td ta="right">{formatRupiah(c.awarded_idr)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{c.note ?? '—'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('restitution.total')}</Table.Th>
              <Table.Th ta="right" data-testid="restitution-claimed-total">
                {formatRupiah(r.claimed_total_idr)}
              </Table.Th>
              <Table.Th ta="right" data-testid="restitution-awarded-total">
                {formatRupiah(r.awarded_total_idr)}
              </Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
        <Stack gap={2} data-testid="restitution-steps">
          {STEPS.filter((s) => r[s.field]).map((s) => (
            <Text size="xs" key={s.field}>
              {t(s.key)}: {formatDate(r[s.field] as string, lang)}
              {s.field === 'paid_on' && ` (${formatRupiah(r.paid_idr)})`}
            </Text>
          ))}
        </Stack>
        <Stack gap={2}>
          <DeadlineLine deadline={paymentDeadline(r, today)} label="restitution.payment_due" testId="restitution-payment-due" />
          <DeadlineLine deadline={seizureDeadline(r, today)} label="restitution.seizure_due" testId="restitution-seizure-due" />
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

/**
 * "Restitusi": each victim's restitution claim (UU 21/2007 Ps 48-50) with its components in rupiah, its stage and
 * the two 14-day deadlines. Hidden when the server answers 403 (only those who may see the case's sensitive fields
 * read and write claims, as for notes).
 */
export function RestitutionSection({ detail, writable, rev }: Props) {
  const { t } = useI18n();
  const caseId = detail.case.id;
  const { data, loading, error, reload } = useAsync(() => restitutionsApi.list(caseId), [caseId, rev]);
  const [editing, setEditing] = useState<CaseRestitution | 'new' | null>(null);
  if (error instanceof ApiError && error.status === 403) return null;
  const items = data?.data.items ?? [];
  const victims = detail.parties.filter((p) => p.role === 'KORBAN');
  const unclaimed = victims.filter((v) => !items.some((r) => r.person_id === v.person_id));
  const nameOf = (id: string) => detail.parties.find((p) => p.person_id === id)?.person?.full_name ?? id;
  return (
    <Card withBorder data-testid="case-restitutions">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={4}>{t('restitution.section')}</Title>
          <Text size="xs" c="dimmed">
            {t('restitution.legal_basis')}
          </Text>
        </div>
        {writable && unclaimed.length > 0 && (
          <Button size="xs" onClick={() => setEditing('new')} data-testid="restitution-add">
            {t('restitution.add')}
          </Button>
        )}
      </Group>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="restitutions-empty">
          {t(victims.length === 0 ? 'restitution.no_victims' : 'restitution.empty')}
        </Text>
      ) : (
        <Stack gap="sm" data-testid="restitution-list">
          {items.map((r) => (
            <ClaimCard key={r.id} r={r} name={nameOf(r.person_id)} writable={writable} onEdit={() => setEditing(r)} />
          ))}
        </Stack>
      )}
      {editing && (
        <RestitutionModal
          caseId={caseId}
          victims={editing === 'new' ? unclaimed : victims}
          restitution={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Card>
  );
}
