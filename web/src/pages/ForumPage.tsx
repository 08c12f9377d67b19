import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { coordinationApi } from '../api/coordination';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { RegionName } from '../components/common/RegionName';
import { CommitmentBoard } from '../components/coordination/CommitmentBoard';
import { ForumRecordCard } from '../components/coordination/ForumRecordCard';
import { WriteError } from '../components/coordination/WriteError';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { canWriteCoordination } from '../lib/access';
import { formatDate } from '../lib/format';
import { IdempotencyKeeper } from '../lib/idempotency';

/** /koordinasi/forum/:id: the forum's record, its commitment board and its meetings. */
export function ForumPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const nameOf = (a: string) => directory.nameOf(a);
  const { data, loading, error, reload } = useAsync(async () => {
    const [forum, meetings, record, commitments] = await Promise.all([
      coordinationApi.getForum(id),
      coordinationApi.listMeetings(id),
      coordinationApi.record(id),
      coordinationApi.listCommitments({ forum_id: id, limit: 200 }),
    ]);
    return { forum: forum.data, meetings: meetings.data.items, record: record.data, commitments: commitments.data.items };
  }, [id]);
  if (!data) return <LoadState loading={loading} error={error} />;
  const { forum, meetings, record, commitments } = data;
  return (
    <Stack data-testid="forum-page">
      <Anchor component={Link} to="/koordinasi" size="sm">
        ← {t('coord.title')}
      </Anchor>
      <Title order={2} data-testid="forum-title">
        {forum.name}
      </Title>
      <Text size="sm" c="dimmed">
        {t('coord.convened_by', { agency: nameOf(forum.convening_agency_id) ?? forum.convening_agency_id })} ·{' '}
        {forum.region_code ? <RegionName code={forum.region_code} /> : t('coord.national')}
      </Text>
      {forum.description && <Text>{forum.description}</Text>}
      <ForumRecordCard record={record} nameOf={nameOf} />
      <CommitmentBoard items={commitments} nameOf={nameOf} record={record} />
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('coord.meetings')}
        </Title>
        {meetings.length === 0 ? (
          <Text c="dimmed">{t('coord.no_meetings')}</Text>
        ) : (
          <Table data-testid="meetings-table">
            <Table.Tbody>
              {meetings.map((m) => (
                <Table.Tr key={m.id} data-testid="meeting-row">
                  <Table.Td>{formatDate(m.held_on, lang)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/koordinasi/rapat/${encodeURIComponent(m.id)}`}>
                      {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{m.place ?? m.online_link ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {canWriteCoordination(me) && <MeetingCreateCard forumId={forum.id} onCreated={reload} />}
    </Stack>
  );
}

function MeetingCreateCard({ forumId, onCreated }: { forumId: string; onCreated: () => void }) {
  const { t } = useI18n();
  const keeper = useRef(new IdempotencyKeeper());
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [link, setLink] = useState('');
  const [agenda, setAgenda] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const text = (s: string) => (s.trim() === '' ? null : s);
  const submit = async () => {
    const body = { title, held_on: heldOn, place: text(place), online_link: text(link), agenda: text(agenda) };
    setBusy(true);
    setError(null);
    try {
      await coordinationApi.createMeeting(forumId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      setTitle('');
      setAgenda('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card withBorder data-testid="meeting-create">
      <Title order={4} mb="sm">
        {t('coord.new_meeting')}
      </Title>
      <Stack>
        <TextInput label={t('coord.meeting_title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required data-testid="meeting-title" />
        <Group grow>
          <TextInput type="date" label={t('coord.held_on')} value={heldOn} onChange={(e) => setHeldOn(e.currentTarget.value)} required data-testid="meeting-held-on" />
          <TextInput label={t('coord.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} data-testid="meeting-place" />
          <TextInput label={t('coord.online_link')} value={link} onChange={(e) => setLink(e.currentTarget.value)} />
        </Group>
        <Textarea label={t('coord.agenda')} value={agenda} onChange={(e) => setAgenda(e.currentTarget.value)} autosize minRows={2} />
        <WriteError error={error} testId="meeting-create-error" />
        <Group>
          <Button onClick={submit} loading={busy} disabled={title.trim() === '' || heldOn === ''} data-testid="meeting-create-submit">
            {t('coord.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
