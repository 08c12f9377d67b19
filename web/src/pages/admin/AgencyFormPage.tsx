import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router-dom';
import { agenciesApi } from '../../api/admin';
import { AgencyForm } from '../../components/admin/AgencyForm';
import {
  AGENCY_FIELDS, agencyToValues, agencyValuesToInput, emptyAgencyValues,
} from '../../components/admin/agencyFormValues';
import { GeneralErrorAlert } from '../../components/common/GeneralErrorAlert';
import { LoadState } from '../../components/common/LoadError';
import { useEditForm } from '../../hooks/useEditForm';
import { useI18n } from '../../i18n/i18n';

/** Create (/admin/agencies/new) or edit (/admin/agencies/:id/edit) an agency. */
export function AgencyFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useEditForm({
    id,
    load: agenciesApi.get,
    empty: emptyAgencyValues,
    toValues: agencyToValues,
    fields: AGENCY_FIELDS,
    toCreateBody: agencyValuesToInput,
    toPatchable: agencyValuesToInput,
    readOnly: ['code'], // fixed once created
    create: agenciesApi.create,
    patch: agenciesApi.patch,
    redirectTo: '/admin/agencies',
  });

  if (!form.ready) return <LoadState loading={form.loading} error={form.loadError} />;
  return (
    <Card withBorder maw={860}>
      <form onSubmit={form.submit} noValidate data-testid="agency-form">
        <Stack>
          <Title order={2}>{form.editing ? t('agency.edit') : t('agency.new')}</Title>
          <AgencyForm values={form.values} set={form.set} fieldError={form.fieldError} editing={form.editing} />
          <GeneralErrorAlert errors={form.errors} onReload={form.reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/admin/agencies')}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={form.busy} data-testid="agency-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
