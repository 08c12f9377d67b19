import { Stack, Text, Title } from '@mantine/core';
import { statsApi } from '../api/stats';
import { StatsDashboard } from '../components/stats/StatsDashboard';
import { useI18n } from '../i18n/i18n';

/**
 * /stats: the case and victim figures of the signed-in user (GET /api/v1/stats/cases): exact for the cases their
 * case list shows, suppressed when they switch to national figures beyond their scope. Exports are audited.
 */
export function StatsPage() {
  const { t } = useI18n();
  return (
    <Stack data-testid="stats-page">
      <Title order={2}>{t('stats.title')}</Title>
      <Text size="sm" c="dimmed">{t('stats.intro')}</Text>
      <StatsDashboard load={statsApi.cases} exportUrl={statsApi.exportUrl} />
    </Stack>
  );
}
