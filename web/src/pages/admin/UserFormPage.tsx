import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { usersApi } from '../../api/admin';
import { ResetPasswordModal } from '../../components/admin/ResetPasswordModal';
import { UserForm } from '../../components/admin/UserForm';
import {
  USER_FIELDS, emptyUserValues, userToValues, userValuesToInput, userValuesToPatchable,
} from '../../components/admin/userFormValues';
import { GeneralErrorAlert } from '../../components/common/GeneralErrorAlert';
import { LoadState } from '../../components/common/LoadError';
import { useAgencies } from '../../hooks/useAgencies';
import { useEditForm } from '../../hooks/useEditForm';
import { useI18n } from '../../i18n/i18n';

/** Create (/admin/users/new) or edit (/admin/users/:id/edit) a user; an existing user's password is reset. */
export function UserFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { agencies, loading: agenciesLoading, error: agenciesError } = useAgencies();
  const [resetOpen, setResetOpen] = useState(false);
  const form = useEditForm({
    id,
    load: usersApi.get,
    empty: emptyUserValues,
    toValues: (u) => userToValues(u, agencies),
    valuesDeps: [agencies],
    fields: USER_FIELDS,
    toCreateBody: userValuesToInput,
    toPatchable: userValuesToPatchable,
    // No Idempotency-Key: the server keeps no replay of a body holding a password.
    create: (body) => usersApi.create(body),
    patch: usersApi.patch,
    redirectTo: '/admin/users',
  });

  if (!form.ready || agenciesLoading || agenciesError) {
    return <LoadState loading={form.loading || agenciesLoading} error={form.loadError || agenciesError} />;
  }
  return (
    <Card withBorder maw={860}>
      <form onSubmit={form.submit} noValidate data-testid="user-form">
        <Stack>
          <Group justify="space-between">
            <Title order={2}>{form.editing ? t('user.edit') : t('user.new')}</Title>
            {form.record && (
              <Button variant="light" color="orange" onClick={() => setResetOpen(true)} data-testid="user-reset-password">
                {t('user.reset_password')}
              </Button>
            )}
          </Group>
          <UserForm
            values={form.values}
            set={form.set}
            fieldError={form.fieldError}
            agencies={agencies}
            editing={form.editing}
          />
          <GeneralErrorAlert errors={form.errors} onReload={form.reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/admin/users')}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={form.busy} data-testid="user-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {form.record && (
        <ResetPasswordModal user={form.record} opened={resetOpen} onClose={() => setResetOpen(false)} />
      )}
    </Card>
  );
}
