import { Anchor, Button, Card, Group, NativeSelect, NumberInput, Progress, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { etagOf } from '../api/client';
import { coordinationApi } from '../api/coordination';
import type { Commitment, CommitmentStatus } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { CommitmentStatusBadge, statusKey } from '../components/coordination/CommitmentStatusBadge';
import { WriteError } from '../components/coordination/WriteError';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { canWriteCoordination } from '../lib/access';
import { daysOverdue, nextStatuses, progressLabel, progressPercent, reportPatch } from '../lib/coordination';
import { formatDate } from '../lib/format';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** /koordinasi/komitmen/:id: a commitment, its status history and the committing agency's report. */
export function CommitmentPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const { data, loading, error, setData } = useAsync(
    () => coordinationApi.getCommitment(id).then((r) => ({ c: r.data, etag: etagOf(r, r.data.version) })),
    [id],
  );
  if (!data) return <LoadState loading={loading} error={error} />;
  const c = data.c;
  const percent = progressPercent(c.progress, c.target ?? null);
  return (
    <Stack data-testid="commitment-page">
      <Anchor component={Link} to={`/koordinasi/rapat/${encodeURIComponent(c.meeting_id)}`} size="sm">
        ← {t('coord.back_to_meeting')}
      </Anchor>
      <Group>
        <Title order={2}>{c.description}</Title>
        <CommitmentStatusBadge status={c.status} />
      </Group>
      <Card withBorder>
        <Stack gap="xs">
          <Text>
            <b>{t('coord.agencies')}:</b> {c.agency_ids.map((a) => directory.nameOf(a) ?? a).join(', ')}
          </Text>
          <Text>
            <b>{t('coord.due_on')}:</b> {formatDate(c.due_on, lang)}
            {c.overdue && (
              <Text span c="red" data-testid="days-overdue">
                {' '}
                ({t('coord.days_overdue', { days: daysOverdue(c.due_on, todayIso()) })})
              </Text>
            )}
          </Text>
          <Text>
            <b>{t('coord.indicator')}:</b> {c.indicator}
          </Text>
          <Text data-testid="commitment-progress">
            <b>{t('coord.progress')}:</b> {progressLabel(c.progress, c.target ?? null)}
          </Text>
          {percent !== null && <Progress value={percent} />}
          {c.evidence && (
            <Text>
              <b>{t('coord.evidence')}:</b> {c.evidence}
            </Text>
          )}
          {c.done_on && (
            <Text data-testid="done-on">
              {t(c.done_on_time ? 'coord.done_on_time' : 'coord.done_late', { date: formatDate(c.done_on, lang) })}
            </Text>
          )}
          {c.dropped_reason && (
            <Text>
              <b>{t('coord.dropped_reason')}:</b> {c.dropped_reason}
            </Text>
          )}
        </Stack>
      </Card>
      {canWriteCoordination(me) && <ReportCard commitment={c} etag={data.etag} onSaved={(n, etag) => setData({ c: n, etag })} />}
      <Card withBorder data-testid="commitment-outreach-events">
        <Title order={4} mb="xs">
          {t('outreach.linked_events')}
        </Title>
        {(c.outreach_events ?? []).length === 0 ? (
          <Text c="dimmed">{t('outreach.no_linked_events')}</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {(c.outreach_events ?? []).map((ev) => (
                <Table.Tr key={ev.id} data-testid="commitment-outreach-event">
                  <Table.Td>{formatDate(ev.held_on, lang)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/outreach/${encodeURIComponent(ev.id)}`}>
                      {ev.title}
                    </Anchor>
                    {ev.cancelled && ` (${t('outreach.cancelled')})`}
                  </Table.Td>
                  <Table.Td>{ev.region_code}</Table.Td>
                  <Table.Td>{t('outreach.participants_n', { n: ev.participant_total })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('coord.history')}
        </Title>
        <Table data-testid="status-history">
          <Table.Tbody>
            {c.status_history.map((h, i) => (
              <Table.Tr key={`${h.at}-${i}`}>
                <Table.Td>{formatDate(h.at, lang)}</Table.Td>
                <Table.Td>
                  {h.from ? `${t(statusKey(h.from))} → ` : ''}
                  {t(statusKey(h.to))}
                </Table.Td>
                <Table.Td>{h.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}

function ReportCard({ commitment, etag, onSaved }: { commitment: Commitment; etag: string; onSaved: (c: Commitment, etag: string) => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<CommitmentStatus>(commitment.stored_status);
  const [progress, setProgress] = useState<number | string>(commitment.progress);
  const [evidence, setEvidence] = useState(commitment.evidence ?? '');
  const [reason, setReason] = useState(commitment.dropped_reason ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setStatus(commitment.stored_status), [commitment.stored_status]);
  const submit = async () => {
    const patch = reportPatch(commitment, {
      status,
      progress: typeof progress === 'number' ? progress : commitment.progress,
      evidence,
      dropped_reason: reason,
    });
    setBusy(true);
    setError(null);
    try {
      const res = await coordinationApi.patchCommitment(commitment.id, patch, etag);
      onSaved(res.data, etagOf(res, res.data.version));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder data-testid="commitment-report">
      <Title order={4} mb="sm">
        {t('coord.report')}
      </Title>
      <Stack>
        <Group grow>
          <NativeSelect
            label={t('coord.status')}
            data={nextStatuses(commitment.stored_status).map((s) => ({ value: s, label: t(statusKey(s)) }))}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as CommitmentStatus)}
            data-testid="report-status"
          />
          <NumberInput label={t('coord.progress')} value={progress} onChange={setProgress} min={0} allowDecimal={false} data-testid="report-progress" />
        </Group>
        <Textarea label={t('coord.evidence')} description={t('coord.evidence_help')} value={evidence} onChange={(e) => setEvidence(e.currentTarget.value)} autosize minRows={2} data-testid="report-evidence" />
        {status === 'DROPPED' && (
          <Textarea label={t('coord.dropped_reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} data-testid="report-reason" />
        )}
        <WriteError error={error} testId="report-error" />
        <Group>
          <Button onClick={submit} loading={busy} data-testid="report-submit">
            {t('coord.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
