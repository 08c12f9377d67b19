import { Button, Card, Group, Stack, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { etagOf } from '../api/client';
import { journeysApi } from '../api/journeys';
import { GeneralErrorAlert } from '../components/common/GeneralErrorAlert';
import { LoadState } from '../components/common/LoadError';
import { JourneyForm } from '../components/journey/JourneyForm';
import {
  JOURNEY_FIELDS, documentFieldPaths, emptyJourneyValues, journeyToValues, valuesToJourneyInput, type JourneyFormValues,
} from '../components/journey/journeyFormValues';
import { useAsync } from '../hooks/useAsync';
import { useCodelist } from '../hooks/useCodelist';
import { useFormErrors } from '../hooks/useFormErrors';
import { useI18n } from '../i18n/i18n';
import { IdempotencyKeeper } from '../lib/idempotency';
import { compact, mergePatch } from '../lib/patch';

/** Create (/persons/:personId/journeys/new) or edit (/journeys/:journeyId/edit) a journey. */
export function JourneyFormPage() {
  const { personId, journeyId } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const codes = useCodelist('dokumen_pmi').map((d) => d.code);
  const fields = useMemo(() => [...JOURNEY_FIELDS, ...documentFieldPaths(codes.length)], [codes.length]);
  const { errors, fail, clear, fieldError } = useFormErrors(fields);
  const [values, setValues] = useState<JourneyFormValues>(emptyJourneyValues);
  const [busy, setBusy] = useState(false);
  const keeper = useRef(new IdempotencyKeeper());
  const loaded = useAsync(async () => (journeyId ? journeysApi.get(journeyId) : null), [journeyId]);
  const original = loaded.data;

  useEffect(() => {
    setValues(original ? journeyToValues(original.data) : emptyJourneyValues());
  }, [original]);

  const set = <K extends keyof JourneyFormValues>(key: K, value: JourneyFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      if (original) {
        const j = original.data;
        const patch = mergePatch(valuesToJourneyInput(journeyToValues(j), codes), valuesToJourneyInput(values, codes));
        if (Object.keys(patch).length > 0) await journeysApi.patch(j.id, patch, etagOf(original, j.version));
        navigate(`/persons/${j.person_id}`);
      } else if (personId) {
        const body = compact(valuesToJourneyInput(values, codes));
        await journeysApi.create(personId, body, keeper.current.keyFor(body));
        keeper.current.reset();
        navigate(`/persons/${personId}`);
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  if (journeyId && !original) return <LoadState loading={loaded.loading} error={loaded.error} />;
  return (
    <Card withBorder maw={1100}>
      <form onSubmit={submit} noValidate data-testid="journey-form">
        <Stack>
          <Title order={2}>{journeyId ? t('journey.edit') : t('journey.new')}</Title>
          <JourneyForm values={values} set={set} fieldError={fieldError} />
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
            <Button type="submit" loading={busy} data-testid="journey-submit">
              {t('action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
