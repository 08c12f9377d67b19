import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { etagOf } from '../api/client';
import { personsApi } from '../api/persons';
import { GeneralErrorAlert } from '../components/common/GeneralErrorAlert';
import { LoadState } from '../components/common/LoadError';
import { PersonForm } from '../components/person/PersonForm';
import {
  PERSON_FIELDS, emptyPersonValues, personToValues, valuesToInput, type PersonFormValues,
} from '../components/person/personFormValues';
import { useAsync } from '../hooks/useAsync';
import { useFormErrors } from '../hooks/useFormErrors';
import { useI18n } from '../i18n/i18n';
import { IdempotencyKeeper } from '../lib/idempotency';
import { compact, mergePatch } from '../lib/patch';

/** Create (/persons/new) or edit (/persons/:id/edit) a person. */
export function PersonFormPage() {
  const { id } = useParams();
  const editing = Boolean(id);
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState<PersonFormValues>(emptyPersonValues);
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(PERSON_FIELDS);
  const keeper = useRef(new IdempotencyKeeper());
  const loaded = useAsync(async () => (id ? personsApi.get(id) : null), [id]);
  const original = loaded.data;

  useEffect(() => {
    setValues(original ? personToValues(original.data) : emptyPersonValues());
  }, [original]);

  const set = <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      if (original) {
        const patch = mergePatch(valuesToInput(personToValues(original.data)), valuesToInput(values));
        if (Object.keys(patch).length > 0) {
          await personsApi.patch(original.data.id, patch, etagOf(original, original.data.version));
        }
        navigate(`/persons/${original.data.id}`);
      } else {
        const body = compact(valuesToInput(values));
        const res = await personsApi.create(body, keeper.current.keyFor(body));
        keeper.current.reset();
        navigate(`/persons/${res.data.id}`);
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  if (editing && !original) return <LoadState loading={loaded.loading} error={loaded.error} />;
  return (
    <Card withBorder maw={960}>
      <form onSubmit={submit} noValidate data-testid="person-form">
        <Stack>
          <Title order={2}>{editing ? t('person.edit') : t('person.new')}</Title>
          <PersonForm values={values} set={set} fieldError={fieldError} masked={original?.data.masked_fields ?? []} />
          <GeneralErrorAlert
            errors={errors}
            onReload={() => {
              clear();
              loaded.reload();
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="person-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
