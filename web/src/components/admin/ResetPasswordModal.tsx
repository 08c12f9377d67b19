import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { usersApi } from '../../api/admin';
import type { User } from '../../api/types';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../auth/PasswordField';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';

const FIELDS = ['password'] as const;

/** POST /users/{id}/password: a new password chosen by the administrator; ends all of that user's sessions. */
export function ResetPasswordModal({ user, opened, onClose }: { user: User; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);

  const close = () => {
    setPassword('');
    setDone(false);
    clear();
    onClose();
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      await usersApi.resetPassword(user.id, password);
      setPassword('');
      setDone(true);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('user.reset_password_title', { username: user.username })}>
      {done ? (
        <Stack>
          <Alert color="teal" data-testid="reset-password-done">
            {t('user.reset_password_done')}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('action.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate data-testid="reset-password-form">
          <Stack>
            <Text size="sm">{t('user.reset_password_help')}</Text>
            <PasswordField
              label={t('user.new_password')}
              value={password}
              onChange={setPassword}
              error={fieldError('password')}
              userInputs={[user.username, user.display_name]}
              testId="reset-password-input"
              required
            />
            <GeneralErrorAlert errors={errors} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" color="orange" loading={busy} disabled={!password} data-testid="reset-password-submit">
                {t('user.reset_password')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
