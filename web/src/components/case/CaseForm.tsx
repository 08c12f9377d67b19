import { Checkbox, Fieldset, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import type { CaseFormValues } from '../../lib/cases';
import { CodelistSelect } from '../common/CodelistSelect';
import { CountrySelect } from '../common/CountrySelect';
import { RegionCascade } from '../common/RegionCascade';
import { CodeChecklist } from '../screening/CodeChecklist';

interface Props {
  values: CaseFormValues;
  set: <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) => void;
  fieldError: (field: string) => string | undefined;
  /** Editing: the return facts (needed for PEMULANGAN) are shown too. */
  editing?: boolean;
}

type ListKey = 'case_types' | 'violence_acts' | 'places' | 'pmi_problems';
const LIST_CODELIST: Record<ListKey, string> = {
  case_types: 'jenis_kasus',
  violence_acts: 'tindakan_kekerasan',
  places: 'tempat_kejadian',
  pmi_problems: 'masalah_pmi',
};

/** The intake of a case, in sections: the report, the incident, what happened, the reporter. */
export function CaseForm({ values: v, set, fieldError, editing }: Props) {
  const { t } = useI18n();
  const list = (key: ListKey) => (
    <CodeChecklist
      codelist={LIST_CODELIST[key]}
      label={t(`case.${key}`)}
      value={v[key]}
      onChange={(codes) => set(key, codes)}
      error={fieldError(key)}
      testId={`case-${key}`}
      required={key === 'case_types'}
    />
  );
  const date = (key: 'reported_on' | 'occurred_on', required = false) => (
    <TextInput
      type="date"
      label={t(`case.${key}`)}
      value={v[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(key)}
      required={required}
      data-testid={`case-${key}`}
    />
  );
  return (
    <Stack>
      <Fieldset legend={t('case.section.report')} data-testid="case-section-report">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CodelistSelect
            codelist="saluran_pengaduan"
            label={t('case.intake_channel')}
            value={v.intake_channel}
            onChange={(x) => set('intake_channel', x)}
            error={fieldError('intake_channel')}
            required
            testId="case-intake-channel"
          />
          {date('reported_on', true)}
          <CodelistSelect
            codelist="urgensi_kasus"
            label={t('case.urgency')}
            value={v.urgency}
            onChange={(x) => set('urgency', x)}
            error={fieldError('urgency')}
            noEmpty
            testId="case-urgency"
          />
          <Switch
            mt="xl"
            color="red"
            label={t('case.immediate_safety_risk')}
            checked={v.immediate_safety_risk}
            onChange={(e) => set('immediate_safety_risk', e.currentTarget.checked)}
            error={fieldError('immediate_safety_risk')}
            data-testid="case-immediate-safety-risk"
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('case.section.incident')} data-testid="case-section-incident">
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {date('occurred_on')}
            <CountrySelect
              label={t('case.occurrence_country')}
              value={v.occurrence_country}
              onChange={(x) => set('occurrence_country', x)}
              error={fieldError('occurrence_country')}
              testId="case-occurrence-country"
            />
          </SimpleGrid>
          {v.occurrence_country === 'ID' && (
            <RegionCascade
              label={t('case.occurrence_region')}
              value={v.occurrence_region_code}
              onChange={(x) => set('occurrence_region_code', x)}
              error={fieldError('occurrence_region_code')}
              testId="case-region"
            />
          )}
          {list('places')}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('case.section.what')} data-testid="case-section-what">
        <Stack>
          {list('case_types')}
          {list('violence_acts')}
          {list('pmi_problems')}
          <Textarea
            label={t('case.summary')}
            description={t('case.summary_help')}
            value={v.summary}
            onChange={(e) => set('summary', e.currentTarget.value)}
            error={fieldError('summary')}
            autosize
            minRows={3}
            maxLength={10000}
            data-testid="case-summary"
          />
          {editing && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Checkbox
                label={t('case.victim_wants_return')}
                checked={v.victim_wants_return}
                onChange={(e) => set('victim_wants_return', e.currentTarget.checked)}
                error={fieldError('victim_wants_return')}
                data-testid="case-victim-wants-return"
              />
              <Checkbox
                label={t('case.return_assessed_safe')}
                checked={v.return_assessed_safe}
                onChange={(e) => set('return_assessed_safe', e.currentTarget.checked)}
                error={fieldError('return_assessed_safe')}
                data-testid="case-return-assessed-safe"
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('case.section.reporter')} data-testid="case-section-reporter">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('case.reporter_name')}
            value={v.reporter_name}
            onChange={(e) => set('reporter_name', e.currentTarget.value)}
            error={fieldError('reporter_name')}
            data-testid="case-reporter-name"
          />
          <TextInput
            label={t('case.reporter_contact')}
            value={v.reporter_contact}
            onChange={(e) => set('reporter_contact', e.currentTarget.value)}
            error={fieldError('reporter_contact')}
            data-testid="case-reporter-contact"
          />
          <Checkbox
            label={t('case.reporter_confidential')}
            description={t('case.reporter_confidential_help')}
            checked={v.reporter_confidential}
            onChange={(e) => set('reporter_confidential', e.currentTarget.checked)}
            error={fieldError('reporter_confidential')}
            data-testid="case-reporter-confidential"
          />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
