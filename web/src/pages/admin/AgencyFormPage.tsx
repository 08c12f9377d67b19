import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { agenciesApi } from '../../api/admin';
import { etagOf } from '../../api/client';
import { AgencyForm } from '../../components/admin/AgencyForm';
import {
  AGENCY_FIELDS, agencyToValues, agencyValuesToInput, emptyAgencyValues, type AgencyFormValues,
} from '../../components/admin/agencyFormValues';
import { GeneralErrorAlert } from '../../components/common/GeneralErrorAlert';
import { LoadState } from '../../components/common/LoadError';
import { useAsync } from '../../hooks/useAsync';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { IdempotencyKeeper } from '../../lib/idempotency';
import { compact, mergePatch } from '../../lib/patch';

/** Create (/admin/agencies/new) or edit (/admin/agencies/:id/edit) an agency. */
export function AgencyFormPage() {
  const { id } = useParams();
  const editing = Boolean(id);
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState<AgencyFormValues>(emptyAgencyValues);
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(AGENCY_FIELDS);
  const keeper = useRef(new IdempotencyKeeper());
  const loaded = useAsync(async () => (id ? agenciesApi.get(id) : null), [id]);
  const original = loaded.data;

  useEffect(() => {
    setValues(original ? agencyToValues(original.data) : emptyAgencyValues());
  }, [original]);

  const set = <K extends keyof AgencyFormValues>(key: K, value: AgencyFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      if (original) {
        const before = agencyValuesToInput(agencyToValues(original.data));
        const patch = mergePatch(before, agencyValuesToInput(values));
        delete patch.code; // fixed once created
        if (Object.keys(patch).length > 0) {
          await agenciesApi.patch(original.data.id, patch, etagOf(original, original.data.version));
        }
      } else {
        const body = compact(agencyValuesToInput(values));
        await agenciesApi.create(body, keeper.current.keyFor(body));
        keeper.current.reset();
      }
      navigate('/admin/agencies');
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  if (editing && !original) return <LoadState loading={loaded.loading} error={loaded.error} />;
  return (
    <Card withBorder maw={860}>
      <form onSubmit={submit} noValidate data-testid="agency-form">
        <Stack>
          <Title order={2}>{editing ? t('agency.edit') : t('agency.new')}</Title>
          <AgencyForm values={values} set={set} fieldError={fieldError} editing={editing} />
          <GeneralErrorAlert
            errors={errors}
            onReload={() => {
              clear();
              loaded.reload();
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate('/admin/agencies')}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="agency-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
