import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { outreachApi } from '../api/outreach';
import type { OutreachEventView, OutreachFollowUp } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { CodelistSelect } from '../components/common/CodelistSelect';
import { LoadState } from '../components/common/LoadError';
import { RegionName } from '../components/common/RegionName';
import { WriteError } from '../components/coordination/WriteError';
import { ParticipantMatrix } from '../components/outreach/ParticipantMatrix';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useCodeLabel } from '../hooks/useCodelist';
import { useI18n } from '../i18n/i18n';
import { canWriteCases, canWriteCoordination } from '../lib/access';
import { formatDate } from '../lib/format';
import { IdempotencyKeeper } from '../lib/idempotency';
import { normaliseMatrix } from '../lib/outreach';

/** /outreach/:id: an outreach event, its participants, the commitment it counts towards and its follow-ups. */
export function OutreachEventPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const directory = useAgencyDirectory();
  const topicLabel = useCodeLabel('topik_sosialisasi');
  const groupLabel = useCodeLabel('sasaran_sosialisasi');
  const channelLabel = useCodeLabel('saluran_sosialisasi');
  const { data, loading, error, reload } = useAsync(() => outreachApi.get(id).then((r) => r.data), [id]);
  if (!data) return <LoadState loading={loading} error={error} />;
  const ev = data;
  const agencies = [ev.organiser_agency_id, ...ev.partner_agency_ids];
  const mayWrite = canWriteCoordination(me) && me?.agency.id === ev.organiser_agency_id;
  return (
    <Stack data-testid="outreach-event-page">
      <Anchor component={Link} to="/outreach" size="sm">
        ← {t('outreach.back')}
      </Anchor>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{ev.title}</Title>
          {ev.cancelled && <Badge color="gray">{t('outreach.cancelled')}</Badge>}
        </Group>
        {mayWrite && (
          <Button component={Link} to={`/outreach/${encodeURIComponent(ev.id)}/edit`} variant="light" data-testid="outreach-edit">
            {t('action.edit')}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <Stack gap="xs">
          <Text>
            <b>{t('outreach.held_on')}:</b> {formatDate(ev.held_on, lang)}
            {ev.ends_on ? ` – ${formatDate(ev.ends_on, lang)}` : ''}
          </Text>
          <Text>
            <b>{t('outreach.region')}:</b> <RegionName code={ev.region_code} />
            {ev.venue ? ` — ${ev.venue}` : ''}
          </Text>
          <Text>
            <b>{t('outreach.organiser')}:</b> {agencies.map((a) => directory.nameOf(a) ?? a).join(', ')}
          </Text>
          <Text>
            <b>{t('outreach.topics')}:</b> {ev.topics.map((c) => topicLabel(c)).join(', ')}
          </Text>
          <Text>
            <b>{t('outreach.target_groups')}:</b> {ev.target_groups.map((c) => groupLabel(c)).join(', ')}
          </Text>
          <Text>
            <b>{t('outreach.channel')}:</b> {channelLabel(ev.channel)}
          </Text>
          {ev.materials.length > 0 && (
            <Text>
              <b>{t('outreach.materials')}:</b> {ev.materials.join('; ')}
            </Text>
          )}
          {ev.notes && (
            <Text>
              <b>{t('outreach.notes')}:</b> {ev.notes}
            </Text>
          )}
          <Text data-testid="outreach-commitment-link">
            <b>{t('outreach.commitment')}:</b>{' '}
            {ev.commitment_id ? (
              <Anchor component={Link} to={`/koordinasi/komitmen/${encodeURIComponent(ev.commitment_id)}`}>
                {t('outreach.open_commitment')}
              </Anchor>
            ) : (
              t('outreach.no_commitment')
            )}
          </Text>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('outreach.participants')}
        </Title>
        <ParticipantMatrix value={normaliseMatrix(ev.participants)} />
      </Card>
      <FollowUpsCard event={ev} onChanged={reload} />
    </Stack>
  );
}

function FollowUpsCard({ event, onChanged }: { event: OutreachEventView; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const navigate = useNavigate();
  const needsLabel = useCodeLabel('jenis_kasus');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const convert = async (f: OutreachFollowUp) => {
    setBusy(f.id);
    setError(null);
    try {
      const res = await outreachApi.convertFollowUp(event.id, f.id);
      navigate(`/cases/${encodeURIComponent(res.data.case.id)}`);
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };
  const isPartner = me ? [event.organiser_agency_id, ...event.partner_agency_ids].includes(me.agency.id) : false;
  return (
    <Card withBorder data-testid="outreach-follow-ups">
      <Title order={4} mb="xs">
        {t('outreach.follow_ups')}
      </Title>
      {event.follow_ups_masked && (
        <Alert color="gray" mb="sm" data-testid="follow-ups-masked">
          {t('outreach.follow_ups_masked')}
        </Alert>
      )}
      {event.follow_ups.length === 0 ? (
        <Text c="dimmed">{t('outreach.no_follow_ups')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {event.follow_ups.map((f) => (
              <Table.Tr key={f.id} data-testid="follow-up-row">
                <Table.Td>{formatDate(f.created_at, lang)}</Table.Td>
                <Table.Td>
                  {f.masked ? t('outreach.hidden') : [f.name, f.contact].filter(Boolean).join(' · ') || '—'}
                </Table.Td>
                <Table.Td>{f.masked ? '' : f.request}</Table.Td>
                <Table.Td>{needsLabel(f.needs_category)}</Table.Td>
                <Table.Td>
                  {f.case_id ? (
                    <Anchor component={Link} to={`/cases/${encodeURIComponent(f.case_id)}`} data-testid="follow-up-case">
                      {t('outreach.open_case')}
                    </Anchor>
                  ) : (
                    canWriteCases(me) &&
                    !f.masked && (
                      <Button size="xs" loading={busy === f.id} onClick={() => convert(f)} data-testid="follow-up-convert">
                        {t('outreach.make_case')}
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <WriteError error={error} testId="follow-up-error" />
      {canWriteCoordination(me) && isPartner && <FollowUpForm eventId={event.id} onAdded={onChanged} />}
    </Card>
  );
}

function FollowUpForm({ eventId, onAdded }: { eventId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const keeper = useRef(new IdempotencyKeeper());
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [request, setRequest] = useState('');
  const [needs, setNeeds] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    const body = {
      name: name.trim() === '' ? null : name,
      contact: contact.trim() === '' ? null : contact,
      request,
      needs_category: needs,
    };
    setBusy(true);
    setError(null);
    try {
      await outreachApi.addFollowUp(eventId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      setName('');
      setContact('');
      setRequest('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack mt="md" data-testid="follow-up-form">
      <Title order={5}>{t('outreach.new_follow_up')}</Title>
      <Group grow>
        <TextInput label={t('outreach.fu_name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="follow-up-name" />
        <TextInput label={t('outreach.fu_contact')} value={contact} onChange={(e) => setContact(e.currentTarget.value)} data-testid="follow-up-contact" />
        <CodelistSelect codelist="jenis_kasus" label={t('outreach.fu_needs')} value={needs} onChange={setNeeds} required testId="follow-up-needs" />
      </Group>
      <Textarea label={t('outreach.fu_request')} value={request} onChange={(e) => setRequest(e.currentTarget.value)} autosize minRows={2} required data-testid="follow-up-request" />
      <WriteError error={error} testId="follow-up-form-error" />
      <Group>
        <Button onClick={submit} loading={busy} disabled={request.trim() === '' || needs === ''} data-testid="follow-up-submit">
          {t('outreach.add_follow_up')}
        </Button>
      </Group>
    </Stack>
  );
}
