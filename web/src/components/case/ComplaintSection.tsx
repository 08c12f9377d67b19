import { Badge, Button, Card, Checkbox, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { caseComplaintApi } from '../../api/complaint';
import type { ComplaintTimer } from '../../api/types';
import { useAsync } from '../../hooks/useAsync';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { localToday } from '../../lib/cases';
import {
  COMPLAINT_DATE_FIELDS,
  COMPLAINT_FIELDS,
  complaintPatch,
  complaintToValues,
  timerState,
  type ComplaintFormValues,
  type TimerState,
} from '../../lib/complaint';
import { formatDate } from '../../lib/format';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { LoadState } from '../common/LoadError';

const KIND_KEY: Record<ComplaintTimer['kind'], MessageKey> = {
  COMPLAINT_DOCUMENTS_30D: 'task.kind.COMPLAINT_DOCUMENTS_30D',
  COMPLAINT_INFO_15WD: 'task.kind.COMPLAINT_INFO_15WD',
  COMPLAINT_UNREACHABLE_60D: 'task.kind.COMPLAINT_UNREACHABLE_60D',
  COMPLAINT_NO_RESPONSE_6M: 'task.kind.COMPLAINT_NO_RESPONSE_6M',
  SETTLEMENT_7D: 'task.kind.SETTLEMENT_7D',
};
const STATE_COLOR: Record<TimerState, string> = { overdue: 'red', due_soon: 'orange', running: 'blue' };
const STATE_KEY: Record<TimerState, MessageKey> = {
  overdue: 'complaint.state.overdue',
  due_soon: 'complaint.state.due_soon',
  running: 'complaint.state.running',
};
const DATE_LABEL: Record<(typeof COMPLAINT_DATE_FIELDS)[number], MessageKey> = {
  info_requested_on: 'complaint.info_requested_on',
  unreachable_since: 'complaint.unreachable_since',
  awaiting_response_since: 'complaint.awaiting_response_since',
  settlement_clarified_on: 'complaint.settlement_clarified_on',
};

/**
 * "Tenggat penanganan pengaduan PMI" on a PMI_BERMASALAH case: the facts the Perban BP2MI 6/2024 Ps 30 deadlines run
 * from, and each running timer with its due day and whether it is overdue (the server computes them).
 */
export function ComplaintSection({ caseId, writable }: { caseId: string; writable: boolean }) {
  const { t, lang } = useI18n();
  const { data, loading, error, setData } = useAsync(() => caseComplaintApi.get(caseId), [caseId]);
  const [values, setValues] = useState<ComplaintFormValues | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(COMPLAINT_FIELDS);
  const facts = data?.data;
  useEffect(() => {
    if (facts) setValues(complaintToValues(facts));
  }, [facts]);
  if (!data || !facts || !values) return <LoadState loading={loading} error={error} />;

  const patch = complaintPatch(facts, values);
  const dirty = Object.keys(patch).length > 0;
  const today = localToday();
  const set = <K extends keyof ComplaintFormValues>(key: K, value: ComplaintFormValues[K]) =>
    setValues((v) => (v ? { ...v, [key]: value } : v));

  const save = async () => {
    setBusy(true);
    clear();
    try {
      // Nothing recorded yet (version 0): the first write names no version.
      const ifMatch = facts.version > 0 ? (data.etag ?? `"${facts.version}"`) : null;
      setData(await caseComplaintApi.patch(caseId, patch, ifMatch));
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder data-testid="case-complaint">
      <Title order={4}>{t('complaint.section')}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('complaint.help')}
      </Text>
      <Stack gap="xs">
        <Checkbox
          label={t('complaint.documents_incomplete')}
          checked={values.documents_incomplete}
          onChange={(e) => set('documents_incomplete', e.currentTarget.checked)}
          error={fieldError('documents_incomplete')}
          disabled={!writable}
          data-testid="complaint-documents-incomplete"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {COMPLAINT_DATE_FIELDS.map((field) => (
            <TextInput
              key={field}
              type="date"
              label={t(DATE_LABEL[field])}
              description={field === 'info_requested_on' ? t('complaint.info_requested_on_hint') : undefined}
              value={values[field]}
              max={today}
              onChange={(e) => set(field, e.currentTarget.value)}
              error={fieldError(field)}
              disabled={!writable}
              data-testid={`complaint-${field}`}
            />
          ))}
        </SimpleGrid>
        <GeneralErrorAlert errors={errors} />
        {writable && (
          <Group justify="flex-end">
            <Button size="xs" onClick={() => void save()} loading={busy} disabled={!dirty} data-testid="complaint-save">
              {t('complaint.save')}
            </Button>
          </Group>
        )}
      </Stack>
      <Title order={5} mt="md" mb="xs">
        {t('complaint.timers')}
      </Title>
      {facts.timers.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="complaint-no-timers">
          {t('complaint.no_timers')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table data-testid="complaint-timers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('task.kind')}</Table.Th>
                <Table.Th>{t('complaint.started')}</Table.Th>
                <Table.Th>{t('complaint.due')}</Table.Th>
                <Table.Th>{t('task.legal_basis')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {facts.timers.map((timer) => {
                const state = timerState(timer, today);
                return (
                  <Table.Tr key={timer.kind} data-testid="complaint-timer" data-kind={timer.kind} data-state={state}>
                    <Table.Td>{t(KIND_KEY[timer.kind])}</Table.Td>
                    <Table.Td>{formatDate(timer.started_on, lang)}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm" data-testid="complaint-timer-due">
                          {formatDate(timer.due_on, lang)}
                        </Text>
                        <Badge size="sm" variant="light" color={STATE_COLOR[state]}>
                          {t(STATE_KEY[state])}
                        </Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{timer.legal_basis}</Text>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
