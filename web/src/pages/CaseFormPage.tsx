import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router-dom';
import { casesApi } from '../api/cases';
import { CaseForm } from '../components/case/CaseForm';
import { GeneralErrorAlert } from '../components/common/GeneralErrorAlert';
import { LoadState } from '../components/common/LoadError';
import { useEditForm } from '../hooks/useEditForm';
import { useI18n } from '../i18n/i18n';
import { CASE_FIELDS, caseToValues, emptyCaseValues, valuesToCaseInput } from '../lib/cases';

/** The intake of a new case (/cases/new) or the edit of its data (/cases/:id/edit, merge patch with If-Match). */
export function CaseFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const form = useEditForm({
    id,
    // The case view's ETag is the case's version.
    load: (caseId: string) => casesApi.get(caseId).then((r) => ({ ...r, data: r.data.case })),
    empty: () => emptyCaseValues(),
    toValues: caseToValues,
    fields: CASE_FIELDS,
    toCreateBody: valuesToCaseInput,
    toPatchable: valuesToCaseInput,
    create: casesApi.create,
    patch: casesApi.patch,
    redirectTo: (r) => `/cases/${r.kind === 'created' ? r.created.id : r.record.id}`,
  });

  if (!form.ready) return <LoadState loading={form.loading} error={form.loadError} />;
  return (
    <Card withBorder maw={1100}>
      <form onSubmit={form.submit} noValidate data-testid="case-form">
        <Stack>
          <Title order={2}>{form.editing ? t('case.edit') : t('case.new')}</Title>
          <CaseForm values={form.values} set={form.set} fieldError={form.fieldError} editing={form.editing} />
          <GeneralErrorAlert errors={form.errors} onReload={form.reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={form.busy} data-testid="case-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
