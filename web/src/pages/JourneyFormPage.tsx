import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { journeysApi } from '../api/journeys';
import { GeneralErrorAlert } from '../components/common/GeneralErrorAlert';
import { LoadState } from '../components/common/LoadError';
import { JourneyForm } from '../components/journey/JourneyForm';
import {
  JOURNEY_FIELDS, documentFieldPaths, emptyJourneyValues, journeyToValues, valuesToJourneyInput, type JourneyFormValues,
} from '../components/journey/journeyFormValues';
import { useCodelist } from '../hooks/useCodelist';
import { useEditForm } from '../hooks/useEditForm';
import { useI18n } from '../i18n/i18n';

/** Create (/persons/:personId/journeys/new) or edit (/journeys/:journeyId/edit) a journey. */
export function JourneyFormPage() {
  const { personId, journeyId } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const codes = useCodelist('dokumen_pmi').map((d) => d.code);
  const fields = useMemo(() => [...JOURNEY_FIELDS, ...documentFieldPaths(codes.length)], [codes.length]);
  const toInput = (v: JourneyFormValues) => valuesToJourneyInput(v, codes);
  const form = useEditForm({
    id: journeyId,
    load: journeysApi.get,
    empty: emptyJourneyValues,
    toValues: journeyToValues,
    fields,
    toCreateBody: toInput,
    toPatchable: toInput,
    create: personId ? (body, key) => journeysApi.create(personId, body, key) : null,
    patch: journeysApi.patch,
    redirectTo: (r) => `/persons/${r.kind === 'created' ? personId : r.record.person_id}`,
  });

  if (!form.ready) return <LoadState loading={form.loading} error={form.loadError} />;
  return (
    <Card withBorder maw={1100}>
      <form onSubmit={form.submit} noValidate data-testid="journey-form">
        <Stack>
          <Title order={2}>{form.editing ? t('journey.edit') : t('journey.new')}</Title>
          <JourneyForm values={form.values} set={form.set} fieldError={form.fieldError} />
          <GeneralErrorAlert errors={form.errors} onReload={form.reload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={form.busy} data-testid="journey-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
