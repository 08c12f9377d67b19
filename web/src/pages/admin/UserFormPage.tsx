import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { usersApi } from '../../api/admin';
import { etagOf } from '../../api/client';
import { ResetPasswordModal } from '../../components/admin/ResetPasswordModal';
import { UserForm } from '../../components/admin/UserForm';
import {
  USER_FIELDS, emptyUserValues, userToValues, userValuesToInput, userValuesToPatchable, type UserFormValues,
} from '../../components/admin/userFormValues';
import { GeneralErrorAlert } from '../../components/common/GeneralErrorAlert';
import { LoadState } from '../../components/common/LoadError';
import { useAgencies } from '../../hooks/useAgencies';
import { useAsync } from '../../hooks/useAsync';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { compact, mergePatch } from '../../lib/patch';

/** Create (/admin/users/new) or edit (/admin/users/:id/edit) a user; an existing user's password is reset. */
export function UserFormPage() {
  const { id } = useParams();
  const editing = Boolean(id);
  const { t } = useI18n();
  const navigate = useNavigate();
  const { agencies, loading: agenciesLoading, error: agenciesError } = useAgencies();
  const [values, setValues] = useState<UserFormValues>(emptyUserValues);
  const [busy, setBusy] = useState(false);
  const [resetOpen, setResetOpen] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(USER_FIELDS);
  const loaded = useAsync(async () => (id ? usersApi.get(id) : null), [id]);
  const original = loaded.data;

  useEffect(() => {
    setValues(original ? userToValues(original.data, agencies) : emptyUserValues());
  }, [original, agencies]);

  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      if (original) {
        const before = userValuesToPatchable(userToValues(original.data, agencies));
        const patch = mergePatch(before, userValuesToPatchable(values));
        if (Object.keys(patch).length > 0) {
          await usersApi.patch(original.data.id, patch, etagOf(original, original.data.version));
        }
      } else {
        await usersApi.create(compact(userValuesToInput(values)));
      }
      navigate('/admin/users');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  if ((editing && !original) || agenciesLoading || agenciesError) {
    return <LoadState loading={loaded.loading || agenciesLoading} error={loaded.error || agenciesError} />;
  }
  return (
    <Card withBorder maw={860}>
      <form onSubmit={submit} noValidate data-testid="user-form">
        <Stack>
          <Group justify="space-between">
            <Title order={2}>{editing ? t('user.edit') : t('user.new')}</Title>
            {original && (
              <Button variant="light" color="orange" onClick={() => setResetOpen(true)} data-testid="user-reset-password">
                {t('user.reset_password')}
              </Button>
            )}
          </Group>
          <UserForm values={values} set={set} fieldError={fieldError} agencies={agencies} editing={editing} />
          <GeneralErrorAlert
            errors={errors}
            onReload={() => {
              clear();
              loaded.reload();
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/admin/users')}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="user-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {original && (
        <ResetPasswordModal user={original.data} opened={resetOpen} onClose={() => setResetOpen(false)} />
      )}
    </Card>
  );
}
