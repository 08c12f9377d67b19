import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { tasksApi } from '../api/caseWork';
import type { Task } from '../api/types';
import { LoadState } from '../components/common/LoadError';
import { useAsync } from '../hooks/useAsync';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { formatDate } from '../lib/format';
import { formatHours } from '../lib/referrals';
import { groupTasks, hoursUntil, taskLink } from '../lib/tasks';

const KIND_KEY: Record<Task['kind'], MessageKey> = {
  POLICE_REPORT_24H: 'task.kind.POLICE_REPORT_24H',
  FIRST_AID_7D: 'task.kind.FIRST_AID_7D',
  SUBJECT_REQUEST_72H: 'task.kind.SUBJECT_REQUEST_72H',
  REINTEGRATION_MONITORING: 'task.kind.REINTEGRATION_MONITORING',
  REFERRAL_PENDING: 'task.kind.REFERRAL_PENDING',
  COMPLAINT_DOCUMENTS_30D: 'task.kind.COMPLAINT_DOCUMENTS_30D',
  COMPLAINT_INFO_15WD: 'task.kind.COMPLAINT_INFO_15WD',
  COMPLAINT_UNREACHABLE_60D: 'task.kind.COMPLAINT_UNREACHABLE_60D',
  COMPLAINT_NO_RESPONSE_6M: 'task.kind.COMPLAINT_NO_RESPONSE_6M',
  SETTLEMENT_7D: 'task.kind.SETTLEMENT_7D',
  RESTITUTION_PAYMENT_14D: 'task.kind.RESTITUTION_PAYMENT_14D',
  RESTITUTION_WARNING_14D: 'task.kind.RESTITUTION_WARNING_14D',
  COMMITMENT_DUE: 'task.kind.COMMITMENT_DUE',
};

function TaskTable({ tasks, testId }: { tasks: Task[]; testId: string }) {
  const { t, lang } = useI18n();
  const now = new Date();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('task.kind')}</Table.Th>
            <Table.Th>{t('task.due')}</Table.Th>
            <Table.Th>{t('task.legal_basis')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task, i) => {
            const link = taskLink(task);
            const left = hoursUntil(task, now);
            return (
              <Table.Tr key={`${task.kind}-${task.case_id ?? ''}-${task.person_id ?? ''}-${task.service_id ?? ''}-${task.request_id ?? ''}-${i}`} data-testid="task-row" data-kind={task.kind} data-overdue={task.overdue ? 'true' : 'false'}>
                <Table.Td>{t(KIND_KEY[task.kind] ?? 'task.kind')}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{formatDate(task.due_on ?? task.due_at, lang)}</Text>
                    <Text size="xs" c={task.overdue ? 'red' : 'dimmed'}>
                      {task.overdue ? t('task.late_by', { time: formatHours(-left, lang) }) : t('task.due_in', { time: formatHours(left, lang) })}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{task.legal_basis}</Text>
                </Table.Td>
                <Table.Td align="right">
                  {link && (
                    <Anchor component={Link} to={link} size="sm" data-testid="task-link">
                      {task.referral_id ? t('task.open_referral') : task.case_id ? t('task.open_case') : task.request_id ? t('task.open_request') : t('task.open_person')}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** /tasks ("Tugas saya"): the legal timers running for the user, overdue first. */
export function TasksPage() {
  const { t } = useI18n();
  const { data, loading, error } = useAsync(() => tasksApi.list(), []);
  if (!data) return <LoadState loading={loading} error={error} />;
  const { overdue, upcoming } = groupTasks(data.data.items);
  return (
    <Stack data-testid="tasks-page">
      <Title order={2}>{t('tasks.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('tasks.help')}
      </Text>
      <Card withBorder data-testid="tasks-overdue">
        <Group gap="xs" mb="sm">
          <Title order={4}>{t('tasks.overdue')}</Title>
          <Badge color={overdue.length ? 'red' : 'gray'} data-testid="tasks-overdue-count">
            {overdue.length}
          </Badge>
        </Group>
        {overdue.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tasks.none_overdue')}
          </Text>
        ) : (
          <TaskTable tasks={overdue} testId="tasks-overdue-table" />
        )}
      </Card>
      <Card withBorder data-testid="tasks-upcoming">
        <Group gap="xs" mb="sm">
          <Title order={4}>{t('tasks.upcoming')}</Title>
          <Badge color="gray" data-testid="tasks-upcoming-count">
            {upcoming.length}
          </Badge>
        </Group>
        {upcoming.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tasks.none_upcoming')}
          </Text>
        ) : (
          <TaskTable tasks={upcoming} testId="tasks-upcoming-table" />
        )}
      </Card>
    </Stack>
  );
}
