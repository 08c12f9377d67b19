import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Journey, JourneyStatus } from '../../api/types';
import { useCodeLabel, useCountries } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { DocumentChecklist } from './DocumentChecklist';
import { JourneyFlags } from './JourneyFlags';
import { PhaseStepper } from './PhaseStepper';
import { TransitionHistory } from './TransitionHistory';
import { TransitionModal } from './TransitionModal';

export function JourneyCard({ journey, onChanged }: { journey: Journey; onChanged: () => void }) {
  const { t, tx, lang } = useI18n();
  const scheme = useCodeLabel('skema_penempatan');
  const category = useCodeLabel('pmi_kategori');
  const reason = useCodeLabel('alasan_kepulangan');
  const countries = useCountries();
  const country = countries.find((c) => c.alpha2 === journey.destination_country);
  const [target, setTarget] = useState<JourneyStatus | null>(null);

  return (
    <Paper withBorder p="md" data-testid="journey-card" data-status={journey.status} data-journey-id={journey.id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>
              {country ? (lang === 'id' ? country.name_id : country.name_en) : journey.destination_country}
            </Text>
            <Badge data-testid="journey-status">{tx(`status.${journey.status}`, journey.status)}</Badge>
            {!journey.procedural && <Badge color="red">{t('journey.non_procedural')}</Badge>}
            <JourneyFlags flags={journey.flags} />
          </Group>
          <Button component={Link} to={`/journeys/${journey.id}/edit`} size="xs" variant="subtle" data-testid="journey-edit">
            {t('action.edit')}
          </Button>
        </Group>
        <PhaseStepper status={journey.status} phase={journey.phase} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="xs">
          <Text size="sm">{t('journey.placement_scheme')}: {scheme(journey.placement_scheme)}</Text>
          <Text size="sm">{t('journey.pmi_category')}: {category(journey.pmi_category)}</Text>
          <Text size="sm">{t('journey.p3mi_name')}: {journey.p3mi_name ?? '—'}</Text>
          <Text size="sm">{t('journey.job_title')}: {journey.job_title ?? '—'}</Text>
          <Text size="sm">{t('journey.employer_name')}: {journey.employer_name ?? '—'}</Text>
          <Text size="sm">{t('journey.departure_date')}: {formatDate(journey.departure_date, lang)}</Text>
          <Text size="sm">{t('journey.return_date')}: {formatDate(journey.return_date, lang)}</Text>
          {journey.return_reason && (
            <Text size="sm" data-testid="journey-return-reason">
              {t('journey.return_reason')}: {reason(journey.return_reason)}
            </Text>
          )}
        </SimpleGrid>
        <DocumentChecklist journey={journey} />
        {journey.allowed_transitions.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t('transition.move_to')}
            </Text>
            {journey.allowed_transitions.map((to) => (
              <Button
                key={to}
                size="xs"
                variant={to === 'closed' ? 'outline' : 'filled'}
                color={to === 'closed' ? 'gray' : undefined}
                onClick={() => setTarget(to)}
                data-testid={`transition-btn-${to}`}
              >
                {tx(`status.${to}`, to)}
              </Button>
            ))}
          </Group>
        )}
        <TransitionHistory journeyId={journey.id} version={journey.version} />
      </Stack>
      {target && (
        <TransitionModal
          journey={journey}
          to={target}
          onClose={() => setTarget(null)}
          onDone={() => {
            setTarget(null);
            onChanged();
          }}
        />
      )}
    </Paper>
  );
}
