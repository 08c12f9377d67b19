import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { casesApi } from '../../api/cases';
import type { CaseScreening } from '../../api/types';
import { useFormErrors } from '../../hooks/useFormErrors';
import { useI18n } from '../../i18n/i18n';
import { IdempotencyKeeper } from '../../lib/idempotency';
import {
  SCREENING_FIELDS,
  isChildAge,
  newScreeningValues,
  screeningBody,
  type CodeField,
  type ScreeningFormValues,
} from '../../lib/screening';
import { ElementChecklists } from '../screening/ElementChecklists';
import { GeneralErrorAlert } from '../common/GeneralErrorAlert';
import { CodeChecklist } from '../screening/CodeChecklist';
import { ScreeningResultPanel } from '../screening/ScreeningResultPanel';

interface Props {
  caseId: string;
  personId: string;
  personName: string;
  onClose: () => void;
  /** A screening was stored (the page reloads; the modal keeps showing the result). */
  onScreened: () => void;
}

const FIELDS = [...SCREENING_FIELDS, 'person_id'];

/** Screens one victim of the case against the TPPO elements; the server stores input and result. */
export function CaseScreeningModal({ caseId, personId, personName, onClose, onScreened }: Props) {
  const { t } = useI18n();
  const [v, setV] = useState<ScreeningFormValues>(newScreeningValues);
  const [stored, setStored] = useState<CaseScreening | null>(null);
  const [busy, setBusy] = useState(false);
  const [ageError, setAgeError] = useState<string | null>(null);
  const { errors, fail, clear, fieldError } = useFormErrors(FIELDS);
  const keeper = useRef(new IdempotencyKeeper());
  const setCodes = (field: CodeField) => (codes: string[]) => setV((s) => ({ ...s, [field]: codes }));
  const errorOf = (name: string) => (name === 'victim_age' && ageError) || fieldError(name);

  const submit = async () => {
    clear();
    const facts = screeningBody(v);
    if (!facts) {
      setAgeError(t('screening.victim_age_invalid'));
      return;
    }
    setAgeError(null);
    const body = { person_id: personId, ...facts };
    setBusy(true);
    try {
      const res = await casesApi.screen(caseId, body, keeper.current.keyFor(body));
      keeper.current.reset();
      setStored(res.data);
      onScreened();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('case.screen_title', { name: personName })} size="xl">
      {stored ? (
        <Stack data-testid="case-screening-done">
          <ScreeningResultPanel result={stored.result} />
          <Group justify="flex-end">
            <Button onClick={onClose} data-testid="case-screening-close">
              {t('action.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
          data-testid="case-screening-form"
        >
          <Stack>
            <ElementChecklists value={v} setCodes={setCodes} fieldError={errorOf} />
            <TextInput
              label={t('screening.victim_age')}
              description={isChildAge(v.victim_age) ? t('screening.victim_age_child') : t('case.screen_age_help')}
              inputMode="numeric"
              value={v.victim_age}
              onChange={(e) => setV((s) => ({ ...s, victim_age: e.currentTarget.value }))}
              error={errorOf('victim_age')}
              maw={420}
              data-testid="screening-victim-age"
            />
            <Checkbox
              label={t('screening.exploitation_occurred')}
              description={t('screening.exploitation_occurred_help')}
              checked={v.exploitation_occurred}
              onChange={(e) => setV((s) => ({ ...s, exploitation_occurred: e.currentTarget.checked }))}
              data-testid="screening-exploitation-occurred"
            />
            <CodeChecklist
              codelist="ilo_forced_labour"
              label={t('screening.ilo')}
              description={t('screening.ilo_help')}
              value={v.ilo_indicators}
              onChange={setCodes('ilo_indicators')}
              error={errorOf('ilo_indicators')}
              testId="screening-ilo"
              withCode
            />
            {fieldError('person_id') && (
              <Text size="sm" c="red">
                {fieldError('person_id')}
              </Text>
            )}
            <GeneralErrorAlert errors={errors} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('action.cancel')}
              </Button>
              <Button type="submit" loading={busy} data-testid="case-screening-submit">
                {t('screening.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
