import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { PersonSearchBox } from '../components/common/PersonSearchBox';
import { PersonList } from '../components/person/PersonList';
import { useI18n } from '../i18n/i18n';
import { canWriteRegistry } from '../lib/access';

export function PersonsPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { me } = useAuth();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('persons.title')}</Title>
        {canWriteRegistry(me) && (
          <Button component={Link} to="/persons/new" data-testid="person-new">
            {t('person.new')}
          </Button>
        )}
      </Group>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('search.title')}
        </Title>
        <PersonSearchBox onSelect={(h) => navigate(`/persons/${h.person.id}`)} autoFocus />
      </Card>
      <PersonList />
    </Stack>
  );
}
