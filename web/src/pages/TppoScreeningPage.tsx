import { Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { screeningsApi } from '../api/screenings';
import type { TppoScreeningResult } from '../api/types';
import { GeneralErrorAlert } from '../components/common/GeneralErrorAlert';
import { ScreeningForm } from '../components/screening/ScreeningForm';
import { ScreeningNotice, ScreeningResultPanel } from '../components/screening/ScreeningResultPanel';
import { useFormErrors } from '../hooks/useFormErrors';
import { useI18n } from '../i18n/i18n';
import { SCREENING_FIELDS, newScreeningValues, screeningBody, type ScreeningFormValues } from '../lib/screening';

/** /screening/tppo: the stand-alone TPPO screening (supervisors, case workers, police investigators). */
export function TppoScreeningPage() {
  const { t } = useI18n();
  const [values, setValues] = useState<ScreeningFormValues>(newScreeningValues);
  const [result, setResult] = useState<TppoScreeningResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [ageError, setAgeError] = useState<string | null>(null);
  const { errors, fail, clear, fieldError } = useFormErrors(SCREENING_FIELDS);
  const resultCard = useRef<HTMLDivElement>(null);
  // The form is long: bring a new result into view (under the fixed header, see scrollMarginTop).
  useEffect(() => {
    if (result) resultCard.current?.scrollIntoView?.({ block: 'start' });
  }, [result]);

  // A result belongs to the facts it was computed from: any change hides it until the next screening.
  const change = (v: ScreeningFormValues) => {
    setValues(v);
    setResult(null);
  };
  const reset = () => {
    change(newScreeningValues());
    setAgeError(null);
    clear();
  };
  const submit = async () => {
    clear();
    setResult(null);
    const body = screeningBody(values);
    if (!body) {
      setAgeError(t('screening.victim_age_invalid'));
      return;
    }
    setAgeError(null);
    setBusy(true);
    try {
      setResult((await screeningsApi.tppo(body)).data);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const errorOf = (name: string) => (name === 'victim_age' && ageError) || fieldError(name);

  return (
    <Stack data-testid="screening-page">
      <Title order={2}>{t('screening.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('screening.intro')}
      </Text>
      <Grid gutter="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Card withBorder>
            <Stack>
              <ScreeningForm
                value={values}
                onChange={change}
                onSubmit={() => void submit()}
                onReset={reset}
                busy={busy}
                fieldError={errorOf}
              />
              <GeneralErrorAlert errors={errors} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Card withBorder ref={resultCard} style={{ scrollMarginTop: 76 }} data-testid="screening-result-card">
            <Title order={4} mb="sm">
              {t('screening.result_title')}
            </Title>
            {result ? (
              <ScreeningResultPanel result={result} />
            ) : (
              <Stack>
                <Text c="dimmed" data-testid="screening-no-result">
                  {t('screening.no_result')}
                </Text>
                <ScreeningNotice />
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
