import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { canAdminister, canReadCases, canReadRegistry, canWriteRegistry } from '../lib/access';
import { useI18n } from '../i18n/i18n';

export function HomePage() {
  const { t } = useI18n();
  const { me } = useAuth();
  return (
    <Stack maw={820}>
      <Title order={2}>{t('home.title')}</Title>
      <Text>{t('home.intro')}</Text>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('home.phases_title')}
        </Title>
        <List spacing="xs">
          <List.Item>
            <b>{t('phase.before')}</b> — {t('home.phase_before')}
          </List.Item>
          <List.Item>
            <b>{t('phase.during')}</b> — {t('home.phase_during')}
          </List.Item>
          <List.Item>
            <b>{t('phase.after')}</b> — {t('home.phase_after')}
          </List.Item>
        </List>
      </Card>
      <Group>
        {canReadRegistry(me) && (
          <Button component={Link} to="/persons" data-testid="home-persons">
            {t('home.open_registry')}
          </Button>
        )}
        {canWriteRegistry(me) && (
          <Button component={Link} to="/persons/new" variant="light" data-testid="home-new-person">
            {t('person.new')}
          </Button>
        )}
        {canReadCases(me) && (
          <Button component={Link} to="/cases" variant="light" data-testid="home-cases">
            {t('nav.cases')}
          </Button>
        )}
        {canAdminister(me) && (
          <Button component={Link} to="/admin/users" variant="light" data-testid="home-admin-users">
            {t('nav.admin_users')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
