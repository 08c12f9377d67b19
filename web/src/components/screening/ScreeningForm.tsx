import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { ElementChecklists } from './ElementChecklists';
import { useI18n } from '../../i18n/i18n';
import { isChildAge, type CodeField, type ScreeningFormValues } from '../../lib/screening';
import { CodeChecklist } from './CodeChecklist';

interface Props {
  value: ScreeningFormValues;
  onChange: (v: ScreeningFormValues) => void;
  onSubmit: () => void;
  onReset: () => void;
  busy: boolean;
  /** Field errors by form field (the server's, or the client's for an unreadable age). */
  fieldError: (name: string) => string | undefined;
}

/** The facts of a TPPO screening: the three elements, the victim's age, whether exploitation occurred, ILO-11. */
export function ScreeningForm({ value: v, onChange, onSubmit, onReset, busy, fieldError }: Props) {
  const { t } = useI18n();
  const setCodes = (field: CodeField) => (codes: string[]) => onChange({ ...v, [field]: codes });
  const child = isChildAge(v.victim_age);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      noValidate
      data-testid="screening-form"
    >
      <Stack>
        <ElementChecklists value={v} setCodes={setCodes} fieldError={fieldError} />
        <TextInput
          label={t('screening.victim_age')}
          description={child ? t('screening.victim_age_child') : t('screening.victim_age_help')}
          inputMode="numeric"
          value={v.victim_age}
          onChange={(e) => onChange({ ...v, victim_age: e.currentTarget.value })}
          error={fieldError('victim_age')}
          maw={420}
          data-testid="screening-victim-age"
        />
        <Checkbox
          label={t('screening.exploitation_occurred')}
          description={t('screening.exploitation_occurred_help')}
          checked={v.exploitation_occurred}
          onChange={(e) => onChange({ ...v, exploitation_occurred: e.currentTarget.checked })}
          error={fieldError('exploitation_occurred')}
          data-testid="screening-exploitation-occurred"
        />
        <CodeChecklist
          codelist="ilo_forced_labour"
          label={t('screening.ilo')}
          description={t('screening.ilo_help')}
          value={v.ilo_indicators}
          onChange={setCodes('ilo_indicators')}
          error={fieldError('ilo_indicators')}
          testId="screening-ilo"
          withCode
        />
        <Group>
          <Button type="submit" loading={busy} data-testid="screening-submit">
            {t('screening.submit')}
          </Button>
          <Button variant="default" onClick={onReset} data-testid="screening-reset">
            {t('screening.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
