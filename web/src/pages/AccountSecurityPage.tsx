import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAuth } from '../auth/AuthContext';
import { TotpEnrol } from '../components/auth/TotpEnrol';
import { useI18n } from '../i18n/i18n';

/** /akun/keamanan: second factor (TOTP) enrolment and signing out of every device. */
export function AccountSecurityPage() {
  const { t } = useI18n();
  const { me, refresh, signOut } = useAuth();
  const [justEnabled, setJustEnabled] = useState(false);
  if (!me) return null;
  return (
    <Stack maw={860}>
      <Title order={2}>{t('security.title')}</Title>
      <Card withBorder data-testid="totp-card">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('totp.title')}</Title>
          <Badge color={me.totp_enabled ? 'teal' : 'gray'} data-testid="totp-status" data-enabled={me.totp_enabled}>
            {me.totp_enabled ? t('totp.on') : t('totp.off')}
          </Badge>
        </Group>
        {justEnabled && (
          <Alert color="teal" mb="sm" data-testid="totp-enabled">
            {t('totp.enabled')}
          </Alert>
        )}
        {me.totp_enabled ? (
          <Text size="sm">{t('totp.active_text')}</Text>
        ) : (
          <TotpEnrol
            onEnabled={() => {
              setJustEnabled(true);
              void refresh();
            }}
          />
        )}
      </Card>
      <Card withBorder>
        <Title order={4} mb="xs">
          {t('security.sessions')}
        </Title>
        <Text size="sm" mb="sm">
          {t('security.sessions_text')}
        </Text>
        <Button color="red" variant="light" onClick={() => void signOut(true)} data-testid="security-signout-all">
          {t('user.signout_all')}
        </Button>
      </Card>
    </Stack>
  );
}
