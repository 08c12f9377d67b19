import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { etagOf } from '../api/client';
import { trainingApi } from '../api/training';
import type { EnrolmentStatus, TrainingEnrolment, TrainingProgramme, TrainingSession } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { PersonSearchBox } from '../components/common/PersonSearchBox';
import { WriteError } from '../components/coordination/WriteError';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { canReadRegistry, canWriteTraining } from '../lib/access';
import { IdempotencyKeeper } from '../lib/idempotency';
import { attendableDays, completionPatch, enrolmentColor, isFinalEnrolment, nextEnrolmentStatuses, toggleDay } from '../lib/training';

const today = () => new Date().toISOString().slice(0, 10);

/** /training/sessions/:id: a session with its enrolments (persons the user may see), enrolment, attendance and completion. */
export function TrainingSessionPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useAuth();
  const loaded = useAsync(async () => {
    const session = (await trainingApi.getSession(id)).data;
    const programme = (await trainingApi.getProgramme(session.programme_id)).data;
    return { session, programme };
  }, [id]);
  const registry = canReadRegistry(me);
  const enrolments = useAsync(
    () => (registry ? trainingApi.listEnrolments(id).then((r) => r.data.items) : Promise.resolve([])),
    [id, registry],
  );
  if (!loaded.data) return <LoadState loading={loaded.loading} error={loaded.error} />;
  const { session, programme } = loaded.data;
  const writer = canWriteTraining(me) && registry;
  const items = enrolments.data ?? [];
  return (
    <Stack data-testid="session-page">
      <Anchor component={Link} to={`/training/programmes/${encodeURIComponent(programme.id)}`} size="sm">
        ← {programme.name}
      </Anchor>
      <Title order={2}>
        {programme.name}: {session.starts_on} – {session.ends_on}
      </Title>
      <Text size="sm">
        {t('training.place')}: {session.place}
        {session.capacity ? ` · ${t('training.capacity')}: ${session.capacity}` : ''}
      </Text>
      {registry ? (
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('training.enrolments')}
          </Title>
          <Text c="dimmed" size="xs" mb="xs">
            {t('training.enrolments_scope')}
          </Text>
          {items.length === 0 && !enrolments.loading ? (
            <Text c="dimmed" data-testid="enrolments-empty">
              {t('training.no_enrolments')}
            </Text>
          ) : (
            <Stack data-testid="enrolments">
              {items.map((e) => (
                <EnrolmentRow key={e.id} enrolment={e} session={session} programme={programme} writer={writer} onSaved={enrolments.reload} />
              ))}
            </Stack>
          )}
          <LoadState loading={enrolments.loading && items.length === 0} error={enrolments.error} />
        </Card>
      ) : (
        <Text c="dimmed">{t('training.enrolments_hidden')}</Text>
      )}
      {writer && <EnrolCard sessionId={session.id} enrolled={items.map((e) => e.person_id)} onEnrolled={enrolments.reload} />}
    </Stack>
  );
}

function EnrolCard({ sessionId, enrolled, onEnrolled }: { sessionId: string; enrolled: string[]; onEnrolled: () => void }) {
  const { t } = useI18n();
  const keeper = useRef(new IdempotencyKeeper());
  const [error, setError] = useState<unknown>(null);
  const enrol = async (personId: string) => {
    setError(null);
    try {
      await trainingApi.enrol(sessionId, personId, keeper.current.keyFor({ sessionId, personId }));
      keeper.current.reset();
      onEnrolled();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Card withBorder data-testid="enrol-card">
      <Title order={4} mb="sm">
        {t('training.enrol')}
      </Title>
      <PersonSearchBox testId="enrol-search" excludeIds={enrolled} onSelect={(h) => void enrol(h.person.id)} />
      <WriteError error={error} testId="enrol-error" />
    </Card>
  );
}

interface RowProps {
  enrolment: TrainingEnrolment;
  session: TrainingSession;
  programme: TrainingProgramme;
  writer: boolean;
  onSaved: () => void;
}

function EnrolmentRow({ enrolment, session, programme, writer, onSaved }: RowProps) {
  const { t } = useI18n();
  const [days, setDays] = useState<string[]>(enrolment.attended_on);
  const [status, setStatus] = useState<EnrolmentStatus>(enrolment.status);
  const [number, setNumber] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [journey, setJourney] = useState<string | null>(null);
  const open = !isFinalEnrolment(enrolment.status);
  const etag = etagOf({ etag: null }, enrolment.version);
  const completion = completionPatch({ certifies: programme.issues_competence_certificate, certificateNumber: number, certificateIssuedOn: issuedOn });
  const save = async () => {
    const patch = status === 'COMPLETED' ? { ...completion.patch, attended_on: days } : { status, attended_on: days };
    setBusy(true);
    setError(null);
    try {
      const res = await trainingApi.patchEnrolment(enrolment.id, patch, etag);
      setJourney(res.data.journey_updated);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder padding="sm" data-testid="enrolment-row">
      <Group justify="space-between">
        <Anchor component={Link} to={`/persons/${encodeURIComponent(enrolment.person_id)}`} data-testid="enrolment-person">
          {enrolment.person_name}
        </Anchor>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            {t('training.attended_days', { n: String(enrolment.attended_days) })}
          </Text>
          <Badge color={enrolmentColor(enrolment.status)} data-testid="enrolment-status">
            {t(`training.status.${enrolment.status}`)}
          </Badge>
        </Group>
      </Group>
      {enrolment.certificate_number && (
        <Text size="sm">
          {t('training.certificate_number')}: {enrolment.certificate_number} ({enrolment.certificate_issued_on})
        </Text>
      )}
      {writer && open && (
        <Stack gap="xs" mt="xs">
          <Group gap={4}>
            {attendableDays(session.starts_on, session.ends_on, today()).map((day) => (
              <Checkbox key={day} size="xs" label={day.slice(5)} checked={days.includes(day)} onChange={() => setDays(toggleDay(days, day))} data-testid="attendance-day" />
            ))}
          </Group>
          <Group grow align="end">
            <NativeSelect
              label={t('training.status_label')}
              data={nextEnrolmentStatuses(enrolment.status).map((s) => ({ value: s, label: t(`training.status.${s}`) }))}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as EnrolmentStatus)}
              data-testid="enrolment-status-select"
            />
            {status === 'COMPLETED' && (
              <>
                <TextInput label={t('training.certificate_number')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} required={programme.issues_competence_certificate} data-testid="certificate-number" />
                <TextInput type="date" label={t('training.certificate_issued_on')} value={issuedOn} onChange={(e) => setIssuedOn(e.currentTarget.value)} required={programme.issues_competence_certificate} data-testid="certificate-issued-on" />
              </>
            )}
          </Group>
          <WriteError error={error} testId="enrolment-error" />
          <Group>
            <Button size="xs" onClick={save} loading={busy} disabled={status === 'COMPLETED' && completion.missing.length > 0} data-testid="enrolment-save">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      )}
      {journey && (
        <Alert color="green" mt="xs" data-testid="journey-updated">
          {t('training.journey_updated')}
        </Alert>
      )}
    </Card>
  );
}
