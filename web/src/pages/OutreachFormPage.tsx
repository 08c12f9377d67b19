import { Button, Card, Group, MultiSelect, NativeSelect, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { etagOf } from '../api/client';
import { coordinationApi } from '../api/coordination';
import { outreachApi } from '../api/outreach';
import { useAuth } from '../auth/AuthContext';
import { CodelistSelect } from '../components/common/CodelistSelect';
import { LoadState } from '../components/common/LoadError';
import { RegionCascade } from '../components/common/RegionCascade';
import { WriteError } from '../components/coordination/WriteError';
import { ParticipantMatrix } from '../components/outreach/ParticipantMatrix';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useCodelistOptions } from '../hooks/useCodelist';
import { useI18n } from '../i18n/i18n';
import { IdempotencyKeeper } from '../lib/idempotency';
import { emptyMatrix, eventBody, normaliseMatrix, type EventForm } from '../lib/outreach';

const todayIso = () => new Date().toISOString().slice(0, 10);

/** /outreach/new and /outreach/:id/edit: the event form (region picker, codes, participant matrix, commitment). */
export function OutreachFormPage() {
  const { id } = useParams();
  const { me } = useAuth();
  const { data, loading, error } = useAsync(
    async () => (id ? outreachApi.get(id).then((r) => ({ view: r.data, etag: etagOf(r, r.data.version) })) : null),
    [id],
  );
  if (id && !data) return <LoadState loading={loading} error={error} />;
  const initial: EventForm = data
    ? {
        title: data.view.title,
        organiser_agency_id: data.view.organiser_agency_id,
        partner_agency_ids: data.view.partner_agency_ids,
        held_on: data.view.held_on,
        ends_on: data.view.ends_on ?? '',
        region_code: data.view.region_code,
        venue: data.view.venue ?? '',
        topics: data.view.topics,
        target_groups: data.view.target_groups,
        channel: data.view.channel,
        participants: normaliseMatrix(data.view.participants),
        materials: data.view.materials.join('\n'),
        notes: data.view.notes ?? '',
        commitment_id: data.view.commitment_id ?? '',
      }
    : {
        title: '',
        organiser_agency_id: me?.agency.id ?? '',
        partner_agency_ids: [],
        held_on: todayIso(),
        ends_on: '',
        region_code: '',
        venue: '',
        topics: [],
        target_groups: [],
        channel: 'TATAP_MUKA',
        participants: emptyMatrix(),
        materials: '',
        notes: '',
        commitment_id: '',
      };
  return <EventFormCard key={id ?? 'new'} id={id} etag={data?.etag ?? null} initial={initial} />;
}

function EventFormCard({ id, etag, initial }: { id?: string; etag: string | null; initial: EventForm }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const directory = useAgencyDirectory();
  const topics = useCodelistOptions('topik_sosialisasi');
  const groups = useCodelistOptions('sasaran_sosialisasi');
  const keeper = useRef(new IdempotencyKeeper());
  const [form, setForm] = useState<EventForm>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = <K extends keyof EventForm>(key: K, value: EventForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  // The commitments the organiser (or a partner) made: the ones an event may count towards.
  const [commitments, setCommitments] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    if (!form.organiser_agency_id) return;
    let alive = true;
    coordinationApi
      .listCommitments({ agency_id: form.organiser_agency_id, limit: 100 })
      .then((r) => alive && setCommitments(r.data.items.map((c) => ({ value: c.id, label: `${c.description} — ${c.indicator}` }))))
      .catch(() => alive && setCommitments([]));
    return () => {
      alive = false;
    };
  }, [form.organiser_agency_id]);
  const agencyOptions = directory.agencies.map((a) => ({ value: a.id, label: a.name }));
  const submit = async () => {
    const body = eventBody(form);
    setBusy(true);
    setError(null);
    try {
      const res = id && etag ? await outreachApi.patch(id, body, etag) : await outreachApi.create(body, keeper.current.keyFor(body));
      keeper.current.reset();
      navigate(`/outreach/${encodeURIComponent(res.data.id)}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack data-testid="outreach-form">
      <Title order={2}>{t(id ? 'outreach.edit' : 'outreach.new')}</Title>
      <Card withBorder>
        <Stack>
          <TextInput label={t('outreach.event_title')} value={form.title} onChange={(e) => set('title', e.currentTarget.value)} required data-testid="outreach-title" />
          <Group grow>
            <NativeSelect
              label={t('outreach.organiser')}
              data={agencyOptions.length > 0 ? agencyOptions : [{ value: form.organiser_agency_id, label: form.organiser_agency_id }]}
              value={form.organiser_agency_id}
              onChange={(e) => set('organiser_agency_id', e.currentTarget.value)}
              data-testid="outreach-organiser"
            />
            <MultiSelect
              label={t('outreach.partners')}
              data={agencyOptions.filter((a) => a.value !== form.organiser_agency_id)}
              value={form.partner_agency_ids}
              onChange={(v) => set('partner_agency_ids', v)}
              searchable
              data-testid="outreach-partners"
            />
          </Group>
          <Group grow>
            <TextInput type="date" label={t('outreach.held_on')} value={form.held_on} onChange={(e) => set('held_on', e.currentTarget.value)} required data-testid="outreach-held-on" />
            <TextInput type="date" label={t('outreach.ends_on')} value={form.ends_on} onChange={(e) => set('ends_on', e.currentTarget.value)} data-testid="outreach-ends-on" />
          </Group>
          <RegionCascade label={t('outreach.region')} value={form.region_code} onChange={(c) => set('region_code', c)} testId="outreach-region" />
          <TextInput label={t('outreach.venue')} value={form.venue} onChange={(e) => set('venue', e.currentTarget.value)} data-testid="outreach-venue" />
          <Group grow>
            <MultiSelect label={t('outreach.topics')} data={topics} value={form.topics} onChange={(v) => set('topics', v)} required data-testid="outreach-topics" searchable />
            <MultiSelect label={t('outreach.target_groups')} data={groups} value={form.target_groups} onChange={(v) => set('target_groups', v)} required data-testid="outreach-target-groups" searchable />
            <CodelistSelect codelist="saluran_sosialisasi" label={t('outreach.channel')} value={form.channel} onChange={(v) => set('channel', v)} noEmpty testId="outreach-channel" />
          </Group>
          <ParticipantMatrix value={form.participants} onChange={(m) => set('participants', m)} />
          <Textarea label={t('outreach.materials')} description={t('outreach.materials_help')} value={form.materials} onChange={(e) => set('materials', e.currentTarget.value)} autosize minRows={2} data-testid="outreach-materials" />
          <Textarea label={t('outreach.notes')} value={form.notes} onChange={(e) => set('notes', e.currentTarget.value)} autosize minRows={2} data-testid="outreach-notes" />
          <NativeSelect
            label={t('outreach.commitment')}
            description={t('outreach.commitment_help')}
            data={[{ value: '', label: t('outreach.no_commitment') }, ...commitments]}
            value={form.commitment_id}
            onChange={(e) => set('commitment_id', e.currentTarget.value)}
            data-testid="outreach-commitment"
          />
          <WriteError error={error} testId="outreach-form-error" />
          <Group>
            <Button onClick={submit} loading={busy} disabled={form.title.trim() === '' || form.region_code === ''} data-testid="outreach-submit">
              {t('action.save')}
            </Button>
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('action.cancel')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
