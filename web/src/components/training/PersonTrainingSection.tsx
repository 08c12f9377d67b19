import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { trainingApi } from '../../api/training';
import { useAsync } from '../../hooks/useAsync';
import { useCodeLabel } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';
import { enrolmentColor } from '../../lib/training';
import { LoadState } from '../common/LoadError';

/** "Pelatihan" on the person profile: the person's enrolments with their programme and session, newest first. */
export function PersonTrainingSection({ personId, rev }: { personId: string; rev: number }) {
  const { t } = useI18n();
  const kindLabel = useCodeLabel('jenis_pelatihan');
  const { data, loading, error } = useAsync(() => trainingApi.personTrainings(personId).then((r) => r.data.items), [personId, rev]);
  const items = data ?? [];
  return (
    <Card withBorder data-testid="person-trainings">
      <Title order={4} mb="sm">
        {t('training.person_section')}
      </Title>
      {items.length === 0 && !loading && !error ? (
        <Text c="dimmed" size="sm" data-testid="person-trainings-empty">
          {t('training.person_none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((e) => (
            <Group key={e.id} justify="space-between" data-testid="person-training">
              <Stack gap={0}>
                <Anchor component={Link} to={`/training/sessions/${encodeURIComponent(e.session.id)}`}>
                  {e.programme.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {kindLabel(e.programme.kind)} · {e.session.starts_on} – {e.session.ends_on} · {e.session.place}
                </Text>
                {e.certificate_number && (
                  <Text size="xs">
                    {t('training.certificate_number')}: {e.certificate_number}
                  </Text>
                )}
              </Stack>
              <Badge color={enrolmentColor(e.status)}>{t(`training.status.${e.status}`)}</Badge>
            </Group>
          ))}
        </Stack>
      )}
      <LoadState loading={loading && items.length === 0} error={error} />
    </Card>
  );
}
