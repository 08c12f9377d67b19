import { Anchor, Button, Card, Group, List, MultiSelect, NumberInput, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { coordinationApi } from '../api/coordination';
import type { MeetingDetail } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { CommitmentTable } from '../components/coordination/CommitmentTable';
import { MeetingAttachmentsSection } from '../components/coordination/MeetingAttachmentsSection';
import { WriteError } from '../components/coordination/WriteError';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { canWriteCoordination } from '../lib/access';
import { formatDate } from '../lib/format';
import { IdempotencyKeeper } from '../lib/idempotency';

/** /koordinasi/rapat/:id: a meeting, the commitments made at it and those carried over from earlier meetings. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const nameOf = (a: string) => directory.nameOf(a);
  const { data, loading, error, reload } = useAsync(() => coordinationApi.getMeeting(id).then((r) => r.data), [id]);
  if (!data) return <LoadState loading={loading} error={error} />;
  const m: MeetingDetail = data;
  return (
    <Stack data-testid="meeting-page">
      <Anchor component={Link} to={`/koordinasi/forum/${encodeURIComponent(m.forum_id)}`} size="sm">
        ← {t('coord.back_to_forum')}
      </Anchor>
      <Title order={2}>{m.title}</Title>
      <Text size="sm" c="dimmed">
        {formatDate(m.held_on, lang)} · {[m.place, m.online_link].filter(Boolean).join(' · ')} ·{' '}
        {t('coord.convened_by', { agency: nameOf(m.convening_agency_id) ?? m.convening_agency_id })}
      </Text>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('coord.participants')}
        </Title>
        {m.representatives_masked && (
          <Text size="sm" c="dimmed" mb="xs" data-testid="representatives-masked">
            {t('coord.representatives_masked')}
          </Text>
        )}
        <List data-testid="participants">
          {m.participants.map((p) => (
            <List.Item key={p.agency_id}>
              {nameOf(p.agency_id) ?? p.agency_id}
              {!m.representatives_masked && (p.representatives ?? []).length > 0 && (
                <Text span c="dimmed">
                  {' — '}
                  {(p.representatives ?? []).map((r) => (r.position ? `${r.name} (${r.position})` : r.name)).join(', ')}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        {m.agenda && (
          <Text mt="sm">
            <b>{t('coord.agenda')}:</b> {m.agenda}
          </Text>
        )}
        {m.minutes && (
          <Text mt="sm">
            <b>{t('coord.minutes')}:</b> {m.minutes}
          </Text>
        )}
      </Card>
      <MeetingAttachmentsSection
        meetingId={m.id}
        agencyIds={[m.convening_agency_id, ...m.participants.map((p) => p.agency_id)]}
        convenerIds={[m.convening_agency_id]}
      />
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('coord.carry_over')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('coord.carry_over_help')}
        </Text>
        <CommitmentTable items={m.carry_over} nameOf={nameOf} testId="carry-over" />
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('coord.commitments_made')}
        </Title>
        <CommitmentTable items={m.commitments} nameOf={nameOf} testId="meeting-commitments" />
      </Card>
      {canWriteCoordination(me) && <CommitmentCreateCard meetingId={m.id} onCreated={reload} />}
    </Stack>
  );
}

function CommitmentCreateCard({ meetingId, onCreated }: { meetingId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const directory = useAgencyDirectory();
  const keeper = useRef(new IdempotencyKeeper());
  const [agencies, setAgencies] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [indicator, setIndicator] = useState('');
  const [target, setTarget] = useState<number | string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const body = {
      agency_ids: agencies,
      description,
      due_on: dueOn,
      indicator,
      target: typeof target === 'number' ? target : null,
    };
    setBusy(true);
    setError(null);
    try {
      await coordinationApi.createCommitment(meetingId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      setDescription('');
      setIndicator('');
      setTarget('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder data-testid="commitment-create">
      <Title order={4} mb="sm">
        {t('coord.new_commitment')}
      </Title>
      <Stack>
        <MultiSelect
          label={t('coord.agencies')}
          data={directory.agencies.map((a) => ({ value: a.id, label: a.name }))}
          value={agencies}
          onChange={setAgencies}
          searchable
          required
          data-testid="commitment-agencies"
        />
        <Textarea label={t('coord.commitment')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} required autosize minRows={2} data-testid="commitment-description" />
        <Group grow>
          <TextInput type="date" label={t('coord.due_on')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} required data-testid="commitment-due-on" />
          <TextInput label={t('coord.indicator')} value={indicator} onChange={(e) => setIndicator(e.currentTarget.value)} required data-testid="commitment-indicator" />
          <NumberInput label={t('coord.target')} value={target} onChange={setTarget} min={1} allowDecimal={false} data-testid="commitment-target" />
        </Group>
        <WriteError error={error} testId="commitment-create-error" />
        <Group>
          <Button onClick={submit} loading={busy} disabled={agencies.length === 0 || description.trim() === '' || dueOn === '' || indicator.trim() === ''} data-testid="commitment-create-submit">
            {t('coord.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
