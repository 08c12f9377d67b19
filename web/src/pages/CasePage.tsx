import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { casesApi } from '../api/cases';
import { ApiError, etagOf } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { CaseStatusBadge, UrgencyBadge } from '../components/case/CaseBadges';
import { CaseDetailsCard } from '../components/case/CaseDetailsCard';
import { ComplaintSection } from '../components/case/ComplaintSection';
import { AttachmentsSection } from '../components/case/AttachmentsSection';
import { NotesSection } from '../components/case/NotesSection';
import { PartiesSection } from '../components/case/PartiesSection';
import { RestitutionSection } from '../components/case/RestitutionSection';
import { ScreeningsSection } from '../components/case/ScreeningsSection';
import { ServicesSection } from '../components/case/ServicesSection';
import { WorkflowSection } from '../components/case/WorkflowSection';
import { LoadState } from '../components/common/LoadError';
import { ReferralsSection } from '../components/referral/ReferralsSection';
import { useAsync } from '../hooks/useAsync';
import { useCodeLabel } from '../hooks/useCodelist';
import { useI18n } from '../i18n/i18n';
import { canWriteCases } from '../lib/access';
import { isClosed } from '../lib/cases';
import { isPmiComplaint } from '../lib/complaint';
import { formatDate } from '../lib/format';
import { sharedByReferral } from '../lib/referrals';

/** /cases/:id: the case, its derived classification, its persons, the victims' screenings and the workflow. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const [rev, setRev] = useState(0);
  const changed = () => setRev((r) => r + 1);
  const { data, loading, error } = useAsync(() => casesApi.get(id), [id, rev]);
  const typeLabel = useCodeLabel('jenis_kasus');
  const formLabel = useCodeLabel('bentuk_kekerasan');
  const gbvLabel = useCodeLabel('gbvims_type');
  const detail = data?.data;
  if (error instanceof ApiError && error.status === 404 && !loading) {
    return (
      <Stack align="flex-start" data-testid="case-not-found">
        <Title order={2}>{t('case.not_found_title')}</Title>
        <Alert color="gray">{t('case.not_found_body')}</Alert>
        <Button component={Link} to="/cases" variant="default">
          {t('nav.cases')}
        </Button>
      </Stack>
    );
  }
  if (!detail || !data) return <LoadState loading={loading} error={error} />;
  const c = detail.case;
  const cls = detail.classification;
  const closed = isClosed(c.status);
  // A case shared with the user's agency by a referral is read-only for them (only the referred persons show).
  const shared = sharedByReferral(c, me);
  const writable = canWriteCases(me) && !closed && !shared;
  const etag = etagOf(data, c.version);
  const victims = detail.parties.filter((p) => p.role === 'KORBAN').length;
  return (
    <Stack data-testid="case-page" data-case-id={c.id}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {t('case.kicker', { date: formatDate(c.reported_on, lang) })}
          </Text>
          <Title order={2} data-testid="case-title">
            {c.case_types.map((x) => typeLabel(x)).join(' · ')}
          </Title>
        </div>
        {writable && (
          <Button component={Link} to={`/cases/${c.id}/edit`} variant="light" data-testid="case-edit">
            {t('action.edit')}
          </Button>
        )}
      </Group>
      <Card withBorder data-testid="case-header">
        <Stack gap="xs">
          <Group gap="xs">
            <CaseStatusBadge status={c.status} size="lg" />
            <UrgencyBadge urgency={c.urgency} safetyRisk={c.immediate_safety_risk} />
            {c.case_types.map((x) => (
              <Badge key={x} variant="outline" data-testid="case-type-badge" data-type={x}>
                {typeLabel(x)}
              </Badge>
            ))}
          </Group>
          <Group gap="xs" data-testid="case-classification">
            <Text size="sm" c="dimmed">
              {t('case.classification')}:
            </Text>
            {cls.simfoni_forms.length === 0 && !cls.gbvims_type && (
              <Text size="sm" c="dimmed">
                —
              </Text>
            )}
            {cls.simfoni_forms.map((f) => (
              <Badge key={f} variant="light" color="grape" data-testid="case-simfoni-form" data-form={f}>
                SIMFONI: {formLabel(f)}
              </Badge>
            ))}
            {cls.gbvims_type && (
              <Badge variant="light" color="violet" data-testid="case-gbvims-type" data-type={cls.gbvims_type}>
                GBVIMS: {gbvLabel(cls.gbvims_type)}
              </Badge>
            )}
            {cls.trafficking_context && (
              <Badge variant="light" color="red" data-testid="case-trafficking-context">
                {t('case.trafficking_context')}
              </Badge>
            )}
          </Group>
          <Text size="sm" data-testid="case-counts">
            {t('case.counts', { victims, parties: detail.parties.length, screenings: detail.screenings.length })}
          </Text>
          {closed && (
            <Text size="sm" c="dimmed" data-testid="case-closed-note">
              {t('case.closed_note', { date: formatDate(c.closed_at, lang) })}
            </Text>
          )}
        </Stack>
      </Card>
      {shared && (
        <Alert color="blue" data-testid="case-shared-note">
          {t('case.shared_by_referral')}
        </Alert>
      )}
      <CaseDetailsCard kase={c} />
      <PartiesSection detail={detail} writable={writable} onChanged={changed} />
      <ScreeningsSection detail={detail} writable={writable} onChanged={changed} />
      <ServicesSection detail={detail} writable={writable} rev={rev} />
      <RestitutionSection detail={detail} writable={writable} rev={rev} />
      <ReferralsSection detail={detail} writable={writable} rev={rev} />
      {isPmiComplaint(c.case_types) && <ComplaintSection key={c.version} caseId={c.id} writable={writable} />}
      <NotesSection caseId={c.id} writable={writable} />
      <AttachmentsSection caseId={c.id} writable={writable} />
      <WorkflowSection detail={detail} etag={etag} writable={canWriteCases(me) && !shared} onChanged={changed} />
    </Stack>
  );
}
