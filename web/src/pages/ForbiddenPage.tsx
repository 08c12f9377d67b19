import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <Stack align="flex-start" data-testid="forbidden">
      <Title order={2}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.text')}</Text>
      <Button component={Link} to="/" variant="light">
        {t('nav.home')}
      </Button>
    </Stack>
  );
}
