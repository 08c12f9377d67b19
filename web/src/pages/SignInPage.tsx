import { Alert, Button, Card, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';

/** Placeholder until access control exists: the fields are disabled and the user continues without signing in. */
export function SignInPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Card withBorder maw={420} mx="auto" mt="xl" padding="lg">
      <Stack>
        <Title order={2}>{t('signin.title')}</Title>
        <Alert color="blue" data-testid="signin-notice">
          {t('signin.notice')}
        </Alert>
        <TextInput label={t('signin.username')} disabled data-testid="signin-username" />
        <PasswordInput label={t('signin.password')} disabled data-testid="signin-password" />
        <Button onClick={() => navigate('/persons')} data-testid="signin-continue">
          {t('signin.continue')}
        </Button>
        <Text size="xs" c="dimmed">
          {t('signin.footer')}
        </Text>
      </Stack>
    </Card>
  );
}
