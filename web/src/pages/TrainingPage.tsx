import { Anchor, Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { trainingApi } from '../api/training';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { RegionName } from '../components/common/RegionName';
import { WriteError } from '../components/coordination/WriteError';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useCodeLabel, useCodelistOptions } from '../hooks/useCodelist';
import { useI18n } from '../i18n/i18n';
import { canWriteTraining } from '../lib/access';
import { IdempotencyKeeper } from '../lib/idempotency';

/** /training: the training programmes and, for those who may, a form to create one. */
export function TrainingPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const kindLabel = useCodeLabel('jenis_pelatihan');
  const { data, loading, error, reload } = useAsync(() => trainingApi.listProgrammes().then((r) => r.data.items), []);
  const programmes = data ?? [];
  return (
    <Stack data-testid="training-page">
      <Title order={2}>{t('training.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('training.intro')}
      </Text>
      <Card withBorder>
        {programmes.length === 0 && !loading && !error ? (
          <Text c="dimmed" data-testid="training-empty">
            {t('training.no_programmes')}
          </Text>
        ) : (
          <Table data-testid="programmes-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.programme_name')}</Table.Th>
                <Table.Th>{t('training.kind')}</Table.Th>
                <Table.Th>{t('training.provider')}</Table.Th>
                <Table.Th>{t('training.region')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((p) => (
                <Table.Tr key={p.id} data-testid="programme-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/training/programmes/${encodeURIComponent(p.id)}`}>
                      {p.name}
                    </Anchor>
                    {p.issues_competence_certificate && (
                      <Badge ml="xs" size="xs" variant="light">
                        {t('training.certifies')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{kindLabel(p.kind)}</Table.Td>
                  <Table.Td>{directory.nameOf(p.provider_agency_id) ?? p.provider_agency_id}</Table.Td>
                  <Table.Td>{p.region_code ? <RegionName code={p.region_code} /> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <LoadState loading={loading && programmes.length === 0} error={error} />
      </Card>
      {canWriteTraining(me) && <ProgrammeCreateCard onCreated={reload} />}
    </Stack>
  );
}

function ProgrammeCreateCard({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const kinds = useCodelistOptions('jenis_pelatihan');
  const keeper = useRef(new IdempotencyKeeper());
  const [name, setName] = useState('');
  const [kind, setKind] = useState('OPP');
  const [provider, setProvider] = useState(me?.agency.id ?? '');
  const [skill, setSkill] = useState('');
  const [certifies, setCertifies] = useState(false);
  const [region, setRegion] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
  const submit = async () => {
    const body = {
      name,
      kind,
      provider_agency_id: orNull(provider),
      skill: orNull(skill),
      issues_competence_certificate: certifies,
      region_code: orNull(region),
      description: orNull(description),
    };
    setBusy(true);
    setError(null);
    try {
      await trainingApi.createProgramme(body, keeper.current.keyFor(body));
      keeper.current.reset();
      setName('');
      setSkill('');
      setDescription('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const agencies = directory.agencies.map((a) => ({ value: a.id, label: a.name }));
  return (
    <Card withBorder data-testid="programme-create">
      <Title order={4} mb="sm">
        {t('training.new_programme')}
      </Title>
      <Stack>
        <TextInput label={t('training.programme_name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-testid="programme-name" />
        <Group grow>
          <NativeSelect label={t('training.kind')} data={kinds.length > 0 ? kinds : [kind]} value={kind} onChange={(e) => setKind(e.currentTarget.value)} data-testid="programme-kind" />
          {agencies.length > 0 ? (
            <NativeSelect label={t('training.provider')} data={agencies} value={provider} onChange={(e) => setProvider(e.currentTarget.value)} data-testid="programme-provider" />
          ) : (
            <TextInput label={t('training.provider')} value={provider} onChange={(e) => setProvider(e.currentTarget.value)} data-testid="programme-provider" />
          )}
        </Group>
        <Group grow>
          <TextInput label={t('training.skill')} description={t('training.skill_help')} value={skill} onChange={(e) => setSkill(e.currentTarget.value)} data-testid="programme-skill" />
          <TextInput label={t('training.region_code')} value={region} onChange={(e) => setRegion(e.currentTarget.value)} data-testid="programme-region" />
        </Group>
        <Checkbox label={t('training.issues_certificate')} checked={certifies} onChange={(e) => setCertifies(e.currentTarget.checked)} data-testid="programme-certifies" />
        <Textarea label={t('training.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
        <WriteError error={error} testId="programme-create-error" />
        <Group>
          <Button onClick={submit} loading={busy} disabled={name.trim() === ''} data-testid="programme-create-submit">
            {t('training.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
