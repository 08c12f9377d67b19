import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { caseServicesApi } from '../../api/caseWork';
import type { CaseDetail, CaseServiceDelivery } from '../../api/types';
import { useAgencyDirectory } from '../../hooks/useAgencyDirectory';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { localToday } from '../../lib/cases';
import { isServiceFinal, isServiceOverdue } from '../../lib/caseWork';
import { formatDate } from '../../lib/format';
import { LoadState } from '../common/LoadError';
import { MaskedValue } from '../person/MaskedValue';
import { AgencyName } from '../referral/AgencyName';
import { ServiceModal } from './ServiceModal';

interface Props {
  detail: CaseDetail;
  writable: boolean;
  rev: number;
}

const STATUS_COLOR: Record<string, string> = { DIRENCANAKAN: 'gray', BERJALAN: 'blue', SELESAI: 'green', DIBATALKAN: 'red' };

/** "Layanan": the services delivered or planned for the case (who, by whom, status, dates, reference, outcome). */
export function ServicesSection({ detail, writable, rev }: Props) {
  const { t, lang } = useI18n();
  const serviceLabel = useCodeLabel('layanan_kasus');
  const statusLabel = useCodeLabel('status_layanan');
  const directory = useAgencyDirectory();
  const [editing, setEditing] = useState<CaseServiceDelivery | 'new' | null>(null);
  const caseId = detail.case.id;
  const { data, loading, error, reload } = useAsync(() => caseServicesApi.list(caseId), [caseId, rev]);
  const items = data?.data.items ?? [];
  const victims = detail.parties.filter((p) => p.role === 'KORBAN');
  const personName = (id: string | null) =>
    id ? (detail.parties.find((p) => p.person_id === id)?.person?.full_name ?? id) : t('service.whole_case');
  const today = localToday();
  return (
    <Card withBorder data-testid="case-services">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('service.section')}</Title>
        {writable && (
          <Button size="xs" onClick={() => setEditing('new')} data-testid="service-add">
            {t('service.add')}
          </Button>
        )}
      </Group>
      {!data ? (
        <LoadState loading={loading} error={error} />
      ) : items.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="services-empty">
          {t('service.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table data-testid="service-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('service.service')}</Table.Th>
                <Table.Th>{t('service.person')}</Table.Th>
                <Table.Th>{t('service.status')}</Table.Th>
                <Table.Th>{t('service.dates')}</Table.Th>
                <Table.Th>{t('service.reference')}</Table.Th>
                <Table.Th>{t('service.outcome')}</Table.Th>
                {writable && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} data-testid="service-row" data-service={s.service} data-status={s.status}>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {serviceLabel(s.service)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        <AgencyName id={s.provider_agency_id} nameOf={directory.nameOf} />
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{personName(s.person_id)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[s.status] ?? 'gray'} data-testid="service-status-badge">
                      {statusLabel(s.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="xs">{t('service.requested_short', { date: formatDate(s.requested_on, lang) })}</Text>
                      {s.started_on && <Text size="xs">{t('service.started_short', { date: formatDate(s.started_on, lang) })}</Text>}
                      {s.completed_on && <Text size="xs">{t('service.completed_short', { date: formatDate(s.completed_on, lang) })}</Text>}
                      {s.due_on && (
                        <Text size="xs" c={isServiceOverdue(s, today) ? 'red' : 'orange'} fw={600} data-testid="service-due">
                          {t(isServiceOverdue(s, today) ? 'service.overdue_short' : 'service.due_short', { date: formatDate(s.due_on, lang) })}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td data-testid="service-reference-cell">{s.reference ?? '—'}</Table.Td>
                  <Table.Td>
                    {s.masked_fields.includes('outcome') ? (
                      <MaskedValue field="service-outcome" />
                    ) : (
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {s.outcome ?? '—'}
                      </Text>
                    )}
                  </Table.Td>
                  {writable && (
                    <Table.Td align="right">
                      {!isServiceFinal(s.status) && (
                        <Button size="xs" variant="subtle" onClick={() => setEditing(s)} data-testid="service-edit">
                          {t('action.edit')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <ServiceModal
          caseId={caseId}
          victims={victims}
          service={editing === 'new' ? undefined : editing}
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
