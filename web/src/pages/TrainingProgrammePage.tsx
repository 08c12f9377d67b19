import { Anchor, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { trainingApi } from '../api/training';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { RegionName } from '../components/common/RegionName';
import { WriteError } from '../components/coordination/WriteError';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useCodeLabel } from '../hooks/useCodelist';
import { useI18n } from '../i18n/i18n';
import { canWriteTraining } from '../lib/access';
import { IdempotencyKeeper } from '../lib/idempotency';

/** /training/programmes/:id: a programme with its sessions and, for its writers, a form to open a session. */
export function TrainingProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const kindLabel = useCodeLabel('jenis_pelatihan');
  const programme = useAsync(() => trainingApi.getProgramme(id).then((r) => r.data), [id]);
  const sessions = useAsync(() => trainingApi.listSessions(id).then((r) => r.data.items), [id]);
  const p = programme.data;
  if (!p) return <LoadState loading={programme.loading} error={programme.error} />;
  const items = sessions.data ?? [];
  return (
    <Stack data-testid="programme-page">
      <Anchor component={Link} to="/training" size="sm">
        ← {t('training.title')}
      </Anchor>
      <Title order={2} data-testid="programme-title">
        {p.name}
      </Title>
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm">
            {t('training.kind')}: {kindLabel(p.kind)}
          </Text>
          <Text size="sm">
            {t('training.provider')}: {directory.nameOf(p.provider_agency_id) ?? p.provider_agency_id}
          </Text>
          {p.skill && (
            <Text size="sm">
              {t('training.skill')}: {p.skill}
            </Text>
          )}
          {p.region_code && (
            <Text size="sm">
              {t('training.region')}: <RegionName code={p.region_code} />
            </Text>
          )}
          <Group>
            <Badge variant="light" color={p.issues_competence_certificate ? 'green' : 'gray'}>
              {p.issues_competence_certificate ? t('training.certifies') : t('training.no_certificate')}
            </Badge>
          </Group>
          {p.description && <Text size="sm">{p.description}</Text>}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('training.sessions')}
        </Title>
        {items.length === 0 && !sessions.loading ? (
          <Text c="dimmed" data-testid="sessions-empty">
            {t('training.no_sessions')}
          </Text>
        ) : (
          <Table data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.dates')}</Table.Th>
                <Table.Th>{t('training.place')}</Table.Th>
                <Table.Th>{t('training.capacity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((s) => (
                <Table.Tr key={s.id} data-testid="session-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/training/sessions/${encodeURIComponent(s.id)}`}>
                      {s.starts_on} – {s.ends_on}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{s.place}</Table.Td>
                  <Table.Td>{s.capacity ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <LoadState loading={sessions.loading && items.length === 0} error={sessions.error} />
      </Card>
      {canWriteTraining(me) && <SessionCreateCard programmeId={p.id} onCreated={sessions.reload} />}
    </Stack>
  );
}

function SessionCreateCard({ programmeId, onCreated }: { programmeId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const keeper = useRef(new IdempotencyKeeper());
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [place, setPlace] = useState('');
  const [capacity, setCapacity] = useState<string | number>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const body = {
      starts_on: startsOn,
      ends_on: endsOn,
      place,
      capacity: typeof capacity === 'number' ? capacity : null,
    };
    setBusy(true);
    setError(null);
    try {
      await trainingApi.createSession(programmeId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      setPlace('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder data-testid="session-create">
      <Title order={4} mb="sm">
        {t('training.new_session')}
      </Title>
      <Stack>
        <Group grow>
          <TextInput type="date" label={t('training.starts_on')} value={startsOn} onChange={(e) => setStartsOn(e.currentTarget.value)} required data-testid="session-starts" />
          <TextInput type="date" label={t('training.ends_on')} value={endsOn} onChange={(e) => setEndsOn(e.currentTarget.value)} required data-testid="session-ends" />
          <NumberInput label={t('training.capacity')} min={1} value={capacity} onChange={setCapacity} data-testid="session-capacity" />
        </Group>
        <TextInput label={t('training.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} required data-testid="session-place" />
        <WriteError error={error} testId="session-create-error" />
        <Group>
          <Button onClick={submit} loading={busy} disabled={startsOn === '' || endsOn === '' || place.trim() === ''} data-testid="session-create-submit">
            {t('training.create_session')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
