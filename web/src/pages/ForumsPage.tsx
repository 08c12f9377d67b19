import { Anchor, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { coordinationApi } from '../api/coordination';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { RegionName } from '../components/common/RegionName';
import { WriteError } from '../components/coordination/WriteError';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { canWriteCoordination } from '../lib/access';
import { IdempotencyKeeper } from '../lib/idempotency';

/** /koordinasi: the coordination forums and, for those who may, a form to create one. */
export function ForumsPage() {
  const { t } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const { data, loading, error, reload } = useAsync(() => coordinationApi.listForums().then((r) => r.data.items), []);
  const forums = data ?? [];
  return (
    <Stack data-testid="forums-page">
      <Title order={2}>{t('coord.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('coord.intro')}
      </Text>
      <Card withBorder>
        {forums.length === 0 && !loading && !error ? (
          <Text c="dimmed" data-testid="forums-empty">
            {t('coord.no_forums')}
          </Text>
        ) : (
          <Table data-testid="forums-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('coord.forum_name')}</Table.Th>
                <Table.Th>{t('coord.convening_agency')}</Table.Th>
                <Table.Th>{t('coord.region')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {forums.map((f) => (
                <Table.Tr key={f.id} data-testid="forum-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/koordinasi/forum/${encodeURIComponent(f.id)}`}>
                      {f.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{directory.nameOf(f.convening_agency_id) ?? f.convening_agency_id}</Table.Td>
                  <Table.Td>{f.region_code ? <RegionName code={f.region_code} /> : t('coord.national')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <LoadState loading={loading && forums.length === 0} error={error} />
      </Card>
      {canWriteCoordination(me) && <ForumCreateCard onCreated={reload} />}
    </Stack>
  );
}

function ForumCreateCard({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const keeper = useRef(new IdempotencyKeeper());
  const [name, setName] = useState('');
  const [convener, setConvener] = useState(me?.agency.id ?? '');
  const [region, setRegion] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const body = {
      name,
      convening_agency_id: convener,
      region_code: region.trim() === '' ? null : region.trim(),
      member_agency_ids: [convener],
      description: description.trim() === '' ? null : description,
    };
    setBusy(true);
    setError(null);
    try {
      await coordinationApi.createForum(body, keeper.current.keyFor(body));
      keeper.current.reset();
      setName('');
      setDescription('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const options = directory.agencies.map((a) => ({ value: a.id, label: a.name }));
  return (
    <Card withBorder data-testid="forum-create">
      <Title order={4} mb="sm">
        {t('coord.new_forum')}
      </Title>
      <Stack>
        <TextInput label={t('coord.forum_name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-testid="forum-name" />
        <Group grow>
          {options.length > 0 ? (
            <NativeSelect label={t('coord.convening_agency')} data={options} value={convener} onChange={(e) => setConvener(e.currentTarget.value)} data-testid="forum-convener" />
          ) : (
            <TextInput label={t('coord.convening_agency')} value={convener} onChange={(e) => setConvener(e.currentTarget.value)} data-testid="forum-convener" />
          )}
          <TextInput label={t('coord.region_code')} description={t('coord.region_code_help')} value={region} onChange={(e) => setRegion(e.currentTarget.value)} data-testid="forum-region" />
        </Group>
        <Textarea label={t('coord.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} />
        <WriteError error={error} testId="forum-create-error" />
        <Group>
          <Button onClick={submit} loading={busy} disabled={name.trim() === ''} data-testid="forum-create-submit">
            {t('coord.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
