import { Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { statsApi } from '../api/stats';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from '../components/layout/LanguageSwitch';
import { StatsDashboard } from '../components/stats/StatsDashboard';
import { useI18n } from '../i18n/i18n';

/**
 * /statistik: the public figures, reachable without signing in (GET /api/v1/public/stats/cases): every case, small
 * cells always suppressed, province level and above; no case can be opened from here.
 */
export function PublicStatsPage() {
  const { t } = useI18n();
  const { status } = useAuth();
  return (
    <Container size="lg" py="md" data-testid="public-stats-page">
      <Stack>
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={2} c="teal.8">
              Sinergi
            </Title>
            <Text c="dimmed">{t('stats.public_title')}</Text>
          </Group>
          <Group gap="sm">
            <LanguageSwitch />
            <Anchor component={Link} to={status === 'signed_in' ? '/stats' : '/masuk'} data-testid="public-stats-signin">
              {status === 'signed_in' ? t('stats.back_to_app') : t('signin.title')}
            </Anchor>
          </Group>
        </Group>
        <Text size="sm">{t('stats.public_intro')}</Text>
        <StatsDashboard load={statsApi.publicCases} publicView />
      </Stack>
    </Container>
  );
}
