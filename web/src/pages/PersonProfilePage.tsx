import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { personsApi } from '../api/persons';
import type { BreakGlassGrant } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { WhoViewedSection } from '../components/audit/WhoViewedSection';
import { LoadState } from '../components/common/LoadError';
import { HistorySection } from '../components/person/HistorySection';
import { BreakGlassModal } from '../components/person/BreakGlassModal';
import { FamilySection } from '../components/person/FamilySection';
import { IdentityCard } from '../components/person/IdentityCard';
import { PersonWarnings } from '../components/person/PersonWarnings';
import { ProtectedIdentityAlert } from '../components/person/ProtectedIdentityAlert';
import { JourneySection } from '../components/journey/JourneySection';
import { ConsentSection } from '../components/pdp/ConsentSection';
import { ExportButton } from '../components/pdp/ExportButton';
import { SubjectRequestSection } from '../components/pdp/SubjectRequestSection';
import { PersonTrainingSection } from '../components/training/PersonTrainingSection';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { canExportPerson, canReadAudit, canWriteRegistry } from '../lib/access';
import { formatDate } from '../lib/format';

export function PersonProfilePage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { me } = useAuth();
  const [breakGlass, setBreakGlass] = useState(false);
  const [grant, setGrant] = useState<BreakGlassGrant | null>(null);
  // Bumped after any write on the page so every section reloads (pmi_status and history change with journeys).
  const [rev, setRev] = useState(0);
  const changed = () => setRev((r) => r + 1);
  const { data, loading, error } = useAsync(() => personsApi.get(id), [id, rev]);
  const person = data?.data;
  const granted = (g: BreakGlassGrant) => {
    setGrant(g);
    setBreakGlass(false);
    changed();
  };
  const modal = (
    <BreakGlassModal personId={id} opened={breakGlass} onClose={() => setBreakGlass(false)} onGranted={granted} />
  );
  const notFound = error instanceof ApiError && error.status === 404;
  if (notFound && !loading) {
    // Out of scope answers 404 too: the user may know the id from a referral and may open it stating a reason.
    return (
      <Stack align="flex-start" data-testid="person-not-found">
        <Title order={2}>{t('breakglass.notfound_title')}</Title>
        <Alert color="gray" maw={720}>
          {t('breakglass.notfound_body')}
        </Alert>
        <Group>
          <Button color="orange" variant="light" onClick={() => setBreakGlass(true)} data-testid="break-glass-open">
            {t('breakglass.open')}
          </Button>
          <Button component={Link} to="/persons" variant="default">
            {t('nav.persons')}
          </Button>
        </Group>
        {modal}
      </Stack>
    );
  }
  if (!person) return <LoadState loading={loading} error={error} />;
  const masked = person.masked_fields ?? [];
  return (
    <Stack data-testid="person-profile">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text size="sm" c="dimmed">
            {t('profile.kicker')}
          </Text>
          <Title order={2} data-testid="profile-name">
            {person.full_name}
          </Title>
        </div>
        <Group align="flex-start">
          {canExportPerson(me) && <ExportButton personId={person.id} />}
          {canWriteRegistry(me) && (
            <>
              <Button component={Link} to={`/persons/${person.id}/edit`} variant="light" data-testid="person-edit">
                {t('action.edit')}
              </Button>
              <Button component={Link} to={`/persons/${person.id}/journeys/new`} data-testid="journey-new">
                {t('journey.new')}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {grant && (
        <Alert color="orange" variant="light" withCloseButton onClose={() => setGrant(null)} data-testid="break-glass-granted">
          {t('breakglass.granted', { time: formatDate(grant.expires_at, lang) })}
        </Alert>
      )}
      {masked.length > 0 && <ProtectedIdentityAlert masked={masked} onOpen={() => setBreakGlass(true)} />}
      {modal}
      <PersonWarnings warnings={person.warnings} />
      <IdentityCard person={person} />
      <JourneySection personId={person.id} rev={rev} onChanged={changed} />
      <PersonTrainingSection personId={person.id} rev={rev} />
      <FamilySection personId={person.id} rev={rev} onChanged={changed} />
      <ConsentSection personId={person.id} birthDate={person.birth_date} rev={rev} onChanged={changed} />
      <SubjectRequestSection personId={person.id} rev={rev} onChanged={changed} />
      <HistorySection personId={person.id} rev={rev} />
      {canReadAudit(me) && <WhoViewedSection personId={person.id} rev={rev} />}
    </Stack>
  );
}
