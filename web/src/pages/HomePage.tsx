import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

export function HomePage() {
  const { t } = useI18n();
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
        <Button component={Link} to="/persons" data-testid="home-persons">
          {t('home.open_registry')}
        </Button>
        <Button component={Link} to="/persons/new" variant="light" data-testid="home-new-person">
          {t('person.new')}
        </Button>
      </Group>
    </Stack>
  );
}
