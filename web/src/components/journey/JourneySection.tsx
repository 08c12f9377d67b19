import { Card, Stack, Text, Title } from '@mantine/core';
import { personsApi } from '../../api/persons';
import { useAsync } from '../../hooks/useAsync';
import { useI18n } from '../../i18n/i18n';
import { LoadState } from '../common/LoadError';
import { JourneyCard } from './JourneyCard';

interface Props {
  personId: string;
  rev: number;
  onChanged: () => void;
}

/** The person's migration journeys, newest first, each on the three-phase timeline. */
export function JourneySection({ personId, rev, onChanged }: Props) {
  const { t } = useI18n();
  const { data, loading, error } = useAsync(() => personsApi.journeys(personId), [personId, rev]);
  const journeys = [...(data?.data.items ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
  return (
    <Card withBorder data-testid="journey-section">
      <Title order={4} mb="sm">
        {t('journey.title')}
      </Title>
      {!data && <LoadState loading={loading} error={error} />}
      {data && journeys.length === 0 && <Text c="dimmed">{t('journey.empty')}</Text>}
      <Stack>
        {journeys.map((j) => (
          <JourneyCard key={j.id} journey={j} onChanged={onChanged} />
        ))}
      </Stack>
    </Card>
  );
}
