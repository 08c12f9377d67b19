import { Anchor, Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { consentsApi } from '../../api/pdp';
import type { Consent } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useActorLabel } from '../../hooks/useActorLabel';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { canWriteRegistry } from '../../lib/access';
import { formatDate } from '../../lib/format';
import { CHECKLIST_ITEMS, isChild } from '../../lib/pdp';
import { LoadState } from '../common/LoadError';
import { ConsentModal } from './ConsentModal';
import { WithdrawConsentModal } from './WithdrawConsentModal';

interface Props {
  personId: string;
  birthDate: string | null | undefined;
  rev: number;
  onChanged: () => void;
}

function ConsentItem({ consent, onWithdraw }: { consent: Consent; onWithdraw?: () => void }) {
  const { t, lang } = useI18n();
  const purpose = useCodeLabel('tujuan_pemrosesan');
  const basis = useCodeLabel('dasar_hukum_pemrosesan');
  const givenBy = useCodeLabel('pemberi_persetujuan');
  const agencyType = useCodeLabel('jenis_instansi');
  const who = useActorLabel();
  const told = CHECKLIST_ITEMS.filter((i) => consent.checklist[i]).length;
  return (
    <Paper
      withBorder
      p="sm"
      bg={consent.withdrawn ? 'gray.0' : undefined}
      data-testid="consent-item"
      data-consent-id={consent.id}
      data-purpose={consent.purpose}
      data-withdrawn={consent.withdrawn ? 'true' : 'false'}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs">
            <Text fw={600} size="sm" td={consent.withdrawn ? 'line-through' : undefined}>
              {purpose(consent.purpose)}
            </Text>
            <Badge size="sm" variant="light" color={consent.withdrawn ? 'gray' : 'teal'} data-testid="consent-state">
              {t(consent.withdrawn ? 'consent.withdrawn' : 'consent.active')}
            </Badge>
            <Badge size="sm" variant="outline" color="blue" title={basis(consent.lawful_basis)}>
              {basis(consent.lawful_basis)}
            </Badge>
          </Group>
          <Text size="sm" data-testid="consent-recipients-shown">
            {t('consent.recipient_types')}:{' '}
            {consent.recipient_types.length > 0
              ? consent.recipient_types.map(agencyType).join(', ')
              : t('consent.recipients_none')}
          </Text>
          <Text size="sm">
            {t('consent.given_by')}: {givenBy(consent.given_by)}
            {consent.guardian_person_id && (
              <>
                {' · '}
                <Anchor component={Link} to={`/persons/${encodeURIComponent(consent.guardian_person_id)}`} size="sm">
                  {t('consent.guardian_open')}
                </Anchor>
              </>
            )}
          </Text>
          <Text size="xs" c={told === CHECKLIST_ITEMS.length ? 'teal' : 'dimmed'}>
            {t('consent.checklist_done', { n: told, total: CHECKLIST_ITEMS.length })}
          </Text>
          {consent.note && (
            <Text size="sm" fs="italic">
              {consent.note}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('consent.recorded', { time: formatDate(consent.recorded_at, lang), who: who(consent.recorded_by) })}
          </Text>
          {consent.withdrawn && (
            <Text size="xs" c="red.8" data-testid="consent-withdrawal">
              {t('consent.withdrawn_info', {
                time: formatDate(consent.withdrawn_at, lang),
                who: who(consent.withdrawn_by),
                reason: consent.withdrawal_reason ?? '—',
              })}
            </Text>
          )}
        </Stack>
        {onWithdraw && !consent.withdrawn && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={onWithdraw}
            style={{ flexShrink: 0 }}
            data-testid="consent-withdraw"
          >
            {t('consent.withdraw')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** "Persetujuan": the person's consent records (UU 27/2022 Ps 20-25), newest first, withdrawn ones included. */
export function ConsentSection({ personId, birthDate, rev, onChanged }: Props) {
  const { t } = useI18n();
  const { me } = useAuth();
  const writer = canWriteRegistry(me);
  const [adding, setAdding] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const { data, loading, error, reload } = useAsync(() => consentsApi.list(personId), [personId, rev]);
  const consents = [...(data?.data.items ?? [])].reverse();
  const child = isChild(birthDate, new Date());
  return (
    <Card withBorder data-testid="consent-section">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('consent.title')}</Title>
        {writer && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="consent-add">
            {t('consent.add')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('consent.intro')}
      </Text>
      {!data && <LoadState loading={loading} error={error} />}
      {data && consents.length === 0 && (
        <Text c="dimmed" data-testid="consent-empty">
          {t('consent.empty')}
        </Text>
      )}
      <Stack gap="xs">
        {consents.map((c) => (
          <ConsentItem key={c.id} consent={c} onWithdraw={writer ? () => setWithdrawing(c) : undefined} />
        ))}
      </Stack>
      {writer && (
        <ConsentModal
          key={child ? 'child' : 'adult'}
          personId={personId}
          child={child}
          opened={adding}
          onClose={() => setAdding(false)}
          onRecorded={() => {
            setAdding(false);
            onChanged();
          }}
        />
      )}
      {withdrawing && (
        <WithdrawConsentModal
          consent={withdrawing}
          onClose={() => {
            setWithdrawing(null);
            reload();
          }}
          onWithdrawn={() => {
            setWithdrawing(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
