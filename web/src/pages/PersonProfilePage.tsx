import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { personsApi } from '../api/persons';
import { useAuth } from '../auth/AuthContext';
import { WhoViewedSection } from '../components/audit/WhoViewedSection';
import { LoadState } from '../components/common/LoadError';
import { HistorySection } from '../components/person/HistorySection';
import { FamilySection } from '../components/person/FamilySection';
import { IdentityCard } from '../components/person/IdentityCard';
import { PersonWarnings } from '../components/person/PersonWarnings';
import { JourneySection } from '../components/journey/JourneySection';
import { useAsync } from '../hooks/useAsync';
import { useI18n } from '../i18n/i18n';
import { canReadAudit, canWriteRegistry } from '../lib/access';

export function PersonProfilePage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { me } = useAuth();
  // Bumped after any write on the page so every section reloads (pmi_status and history change with journeys).
  const [rev, setRev] = useState(0);
  const changed = () => setRev((r) => r + 1);
  const { data, loading, error } = useAsync(() => personsApi.get(id), [id, rev]);
  const person = data?.data;
  if (!person) return <LoadState loading={loading} error={error} />;
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
        {canWriteRegistry(me) && (
          <Group>
            <Button component={Link} to={`/persons/${person.id}/edit`} variant="light" data-testid="person-edit">
              {t('action.edit')}
            </Button>
            <Button component={Link} to={`/persons/${person.id}/journeys/new`} data-testid="journey-new">
              {t('journey.new')}
            </Button>
          </Group>
        )}
      </Group>
      <PersonWarnings warnings={person.warnings} />
      <IdentityCard person={person} />
      <JourneySection personId={person.id} rev={rev} onChanged={changed} />
      <FamilySection personId={person.id} rev={rev} onChanged={changed} />
      <HistorySection personId={person.id} rev={rev} />
      {canReadAudit(me) && <WhoViewedSection personId={person.id} rev={rev} />}
    </Stack>
  );
}
