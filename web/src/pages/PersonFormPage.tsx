import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router-dom';
import { personsApi } from '../api/persons';
import { GeneralErrorAlert } from '../components/common/GeneralErrorAlert';
import { LoadState } from '../components/common/LoadError';
import { PersonForm } from '../components/person/PersonForm';
import { PERSON_FIELDS, emptyPersonValues, personToValues, valuesToInput } from '../components/person/personFormValues';
import { useEditForm } from '../hooks/useEditForm';
import { useI18n } from '../i18n/i18n';

/** Create (/persons/new) or edit (/persons/:id/edit) a person. */
export function PersonFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useEditForm({
    id,
    load: personsApi.get,
    empty: emptyPersonValues,
    toValues: personToValues,
    fields: PERSON_FIELDS,
    toCreateBody: valuesToInput,
    toPatchable: valuesToInput,
    create: personsApi.create,
    patch: personsApi.patch,
    redirectTo: (r) => `/persons/${r.kind === 'created' ? r.created.id : r.record.id}`,
  });

  if (!form.ready) return <LoadState loading={form.loading} error={form.loadError} />;
  return (
    <Card withBorder maw={960}>
      <form onSubmit={form.submit} noValidate data-testid="person-form">
        <Stack>
          <Title order={2}>{form.editing ? t('person.edit') : t('person.new')}</Title>
          <PersonForm
            values={form.values}
            set={form.set}
            fieldError={form.fieldError}
            masked={form.record?.masked_fields ?? []}
          />
          <GeneralErrorAlert errors={form.errors} onReload={form.reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={form.busy} data-testid="person-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
