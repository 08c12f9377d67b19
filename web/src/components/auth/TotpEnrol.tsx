import { Alert, Button, Code, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { authApi } from '../../api/auth';
import type { TotpSetup } from '../../api/types';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { QrCode } from './QrCode';

const FIELDS = ['code'] as const;

/** TOTP enrolment: POST /me/totp/setup shows the secret, then POST /me/totp/confirm with a code from the app. */
export function TotpEnrol({ onEnabled }: { onEnabled: () => void }) {
  const { t } = useI18n();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);

  const begin = async () => {
    setBusy(true);
    clear();
    try {
      setSetup((await authApi.totpSetup()).data);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      await authApi.totpConfirm(code.replace(/\s/g, ''));
      setSetup(null);
      onEnabled();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  if (!setup) {
    return (
      <Stack align="flex-start">
        <Text size="sm">{t('totp.intro')}</Text>
        <GeneralErrorAlert errors={errors} />
        <Button onClick={() => void begin()} loading={busy} data-testid="totp-setup">
          {t('totp.begin')}
        </Button>
      </Stack>
    );
  }
  return (
    <form onSubmit={confirm} noValidate data-testid="totp-form">
      <Stack>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>{t('totp.step_app')}</List.Item>
          <List.Item>{t('totp.step_scan')}</List.Item>
          <List.Item>{t('totp.step_code')}</List.Item>
        </List>
        <Group align="flex-start" gap="lg">
          <QrCode text={setup.uri} alt={t('totp.qr_alt')} />
          <Stack gap="xs" style={{ flex: 1, minWidth: 240 }}>
            <Text size="sm" fw={500}>
              {t('totp.secret')}
            </Text>
            <Code fz="md" data-testid="totp-secret">
              {setup.secret.replace(/(.{4})/g, '$1 ').trim()}
            </Code>
            <Text size="sm" fw={500}>
              {t('totp.uri')}
            </Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="totp-uri">
              {setup.uri}
            </Code>
          </Stack>
        </Group>
        <Alert color="yellow">{t('totp.keep_secret')}</Alert>
        <TextInput
          label={t('totp.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError('code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          maw={200}
          data-testid="totp-code"
        />
        <GeneralErrorAlert errors={errors} />
        <Group>
          <Button type="submit" loading={busy} disabled={!code.trim()} data-testid="totp-confirm">
            {t('totp.confirm')}
          </Button>
          <Button variant="default" onClick={() => setSetup(null)}>
            {t('action.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
