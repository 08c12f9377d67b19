import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, etagOf } from '../api/client';
import { referralsApi } from '../api/referrals';
import { useAuth } from '../auth/AuthContext';
import { LoadState } from '../components/common/LoadError';
import { MaskedValue } from '../components/person/MaskedValue';
import { AgencyName } from '../components/referral/AgencyName';
import { EscalatedBadge, ReferralStatusBadge } from '../components/referral/ReferralBadges';
import { ReferralActions } from '../components/referral/ReferralActions';
import { useActorLabel } from '../hooks/useActorLabel';
import { useAgencyDirectory } from '../hooks/useAgencyDirectory';
import { useAsync } from '../hooks/useAsync';
import { useCodeLabel } from '../hooks/useCodelist';
import { useReferralPersons } from '../hooks/useReferralPersons';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../lib/format';
import { formatHours, referralActions, referralSide, responseHours, waitingHours } from '../lib/referrals';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)', whiteSpace: 'pre-wrap' }}>{children}</div>
    </div>
  );
}

/** /referrals/:id: the referral, its place in the chain, and the answers the user's side may give. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const actor = useActorLabel();
  const directory = useAgencyDirectory();
  const serviceLabel = useCodeLabel('layanan_kasus');
  const urgencyLabel = useCodeLabel('urgensi_kasus');
  const { data, loading, error, reload, setData } = useAsync(() => referralsApi.get(id), [id]);
  const r = data?.data;
  const { names } = useReferralPersons(r);
  if (error instanceof ApiError && error.status === 404 && !loading) {
    return (
      <Stack align="flex-start" data-testid="referral-not-found">
        <Title order={2}>{t('referral.not_found_title')}</Title>
        <Alert color="gray">{t('referral.not_found_body')}</Alert>
        <Button component={Link} to="/referrals" variant="default">
          {t('nav.referrals')}
        </Button>
      </Stack>
    );
  }
  if (!r || !data) return <LoadState loading={loading} error={error} />;
  const side = referralSide(r, me);
  const can = referralActions(r, me);
  const answered = responseHours(r);
  const waiting = waitingHours(r);
  const masked = (f: 'message' | 'outcome' | 'person_ids') => r.masked_fields.includes(f);
  return (
    <Stack data-testid="referral-page" data-referral-id={r.id} data-status={r.status} data-side={side}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {t(side === 'receiver' ? 'referral.kicker_in' : side === 'sender' ? 'referral.kicker_out' : 'referral.kicker', {
              date: formatDate(r.created_at, lang),
            })}
          </Text>
          <Title order={2}>{t('referral.title', { id: r.id })}</Title>
        </div>
        <Button component={Link} to={`/referrals/${r.id}/surat`} variant="light" data-testid="referral-letter-link">
          {t('referral.letter')}
        </Button>
      </Group>
      <Card withBorder>
        <Stack>
          <Group gap="xs">
            <ReferralStatusBadge status={r.status} size="lg" />
            <EscalatedBadge at={r.escalated_at} />
            <Badge variant="outline">{urgencyLabel(r.urgency)}</Badge>
          </Group>
          {side === 'receiver' && r.status === 'MENUNGGU' && (
            <Alert color="blue" data-testid="referral-pending-note">
              {t('referral.pending_note')}
            </Alert>
          )}
          {r.escalated_at && (
            <Alert color="red" data-testid="referral-escalated-note">
              {t('referral.escalated_note', { date: formatDate(r.escalated_at, lang) })}
            </Alert>
          )}
          <ReferralActions
            referral={r}
            etag={etagOf(data, r.version)}
            directory={directory}
            onChanged={(next) => setData({ data: next, status: 200, etag: null, location: null })}
            onReload={reload}
          />
        </Stack>
      </Card>
      <Card withBorder data-testid="referral-details">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label={t('referral.from_agency')} testId="referral-detail-from">
            <AgencyName id={r.from_agency_id} nameOf={directory.nameOf} />
          </Field>
          <Field label={t('referral.to_agency')} testId="referral-detail-to">
            <AgencyName id={r.to_agency_id} nameOf={directory.nameOf} />
          </Field>
          <Field label={t('referral.case')}>
            {can.openCase ? (
              <Anchor component={Link} to={`/cases/${r.case_id}`} size="sm" data-testid="referral-case-link">
                {r.case_id}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed" data-testid="referral-case-closed">
                {r.case_id} · {t('referral.case_after_accept')}
              </Text>
            )}
          </Field>
          <Field label={t('referral.services')}>
            <Group gap={4}>
              {r.services.map((s) => (
                <Badge key={s} variant="outline" data-testid="referral-service" data-service={s}>
                  {serviceLabel(s)}
                </Badge>
              ))}
            </Group>
          </Field>
          <Field label={t('referral.persons')} testId="referral-detail-persons">
            {masked('person_ids') ? (
              <Text size="sm" c="dimmed" fs="italic" data-testid="referral-persons-hidden">
                {t('referral.persons_hidden')}
              </Text>
            ) : (
              <Stack gap={2}>
                {r.person_ids.map((p) =>
                  names.has(p) ? (
                    <Anchor key={p} component={Link} to={`/persons/${p}`} size="sm" data-testid="referral-person" data-person-id={p}>
                      {names.get(p)}
                    </Anchor>
                  ) : (
                    <Text key={p} size="sm" ff="monospace" data-testid="referral-person" data-person-id={p}>
                      {p}
                    </Text>
                  ),
                )}
              </Stack>
            )}
          </Field>
          <Field label={t('referral.response_time')} testId="referral-detail-response-time">
            {answered !== null ? formatHours(answered, lang) : waiting !== null ? t('referral.waiting', { time: formatHours(waiting, lang) }) : '—'}
          </Field>
          <Field label={t('referral.message')} testId="referral-detail-message">
            {masked('message') ? <MaskedValue field="referral-message" /> : r.message}
          </Field>
          {r.consent_override_reason && (
            <Field label={t('referral.override_reason')} testId="referral-detail-override">
              {r.consent_override_reason}
            </Field>
          )}
          <Field label={t('referral.sent_at')}>
            {formatDate(r.created_at, lang)} · {actor(r.created_by)}
          </Field>
          {r.responded_at && (
            <Field label={t('referral.responded_at')}>
              {formatDate(r.responded_at, lang)} · {actor(r.responded_by)}
            </Field>
          )}
          {r.decline_reason && (
            <Field label={t('referral.decline_reason')} testId="referral-detail-decline-reason">
              {r.decline_reason}
            </Field>
          )}
          {r.completed_at && (
            <Field label={t('referral.completed_at')}>
              {formatDate(r.completed_at, lang)} · {actor(r.completed_by)}
            </Field>
          )}
          {(r.outcome || (masked('outcome') && r.completed_at)) && (
            <Field label={t('referral.outcome')} testId="referral-detail-outcome">
              {masked('outcome') ? <MaskedValue field="referral-outcome" /> : r.outcome}
            </Field>
          )}
          {r.revoked_at && (
            <Field label={t('referral.revoked_at')} testId="referral-detail-revoked">
              {formatDate(r.revoked_at, lang)} · {actor(r.revoked_by)} — {r.revoke_reason}
            </Field>
          )}
        </SimpleGrid>
      </Card>
      {(r.forwarded_from_referral_id || r.forwarded_to_referral_id) && (
        <Card withBorder data-testid="referral-chain">
          <Title order={5} mb="xs">
            {t('referral.chain')}
          </Title>
          <Stack gap={4}>
            {r.forwarded_from_referral_id && (
              <Text size="sm">
                {t('referral.forwarded_from')}{' '}
                <Anchor component={Link} to={`/referrals/${r.forwarded_from_referral_id}`} data-testid="referral-forwarded-from">
                  {r.forwarded_from_referral_id}
                </Anchor>
              </Text>
            )}
            {r.forwarded_to_referral_id && (
              <Text size="sm">
                {t('referral.forwarded_to', { date: formatDate(r.forwarded_at, lang) })}{' '}
                <Anchor component={Link} to={`/referrals/${r.forwarded_to_referral_id}`} data-testid="referral-forwarded-to">
                  {r.forwarded_to_referral_id}
                </Anchor>
              </Text>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
