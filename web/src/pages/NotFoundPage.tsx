import { Button, Stack, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Stack align="flex-start">
      <Title order={2}>{t('notfound.title')}</Title>
      <Button component={Link} to="/" variant="light">
        {t('nav.home')}
      </Button>
    </Stack>
  );
}
