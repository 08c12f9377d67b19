import { SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import type { JourneyDocument } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { CodelistSelect } from '../common/CodelistSelect';
import { CountrySelect } from '../common/CountrySelect';
import { DocumentsEditor } from './DocumentsEditor';
import type { JourneyFormValues } from './journeyFormValues';

interface Props {
  values: JourneyFormValues;
  set: <K extends keyof JourneyFormValues>(key: K, value: JourneyFormValues[K]) => void;
  fieldError: (field: string) => string | undefined;
}

type TextKey = 'p3mi_name' | 'sector' | 'job_title' | 'employer_name' | 'planned_departure_date' | 'contract_end_date';

export function JourneyForm({ values: v, set, fieldError }: Props) {
  const { t } = useI18n();
  const text = (key: TextKey, type = 'text') => (
    <TextInput
      type={type}
      label={t(`journey.${key}`)}
      value={v[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(key)}
      data-testid={`journey-${key}`}
    />
  );
  const setDoc = (code: string, patch: Partial<JourneyDocument>) =>
    set('documents', { ...v.documents, [code]: { ...(v.documents[code] ?? { code, status: 'missing' }), ...patch } });
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CodelistSelect
          codelist="skema_penempatan"
          label={t('journey.placement_scheme')}
          value={v.placement_scheme}
          onChange={(x) => set('placement_scheme', x)}
          error={fieldError('placement_scheme')}
          required
          testId="journey-scheme-select"
        />
        <CountrySelect
          label={t('journey.destination_country')}
          value={v.destination_country}
          onChange={(x) => set('destination_country', x)}
          error={fieldError('destination_country')}
          required
          testId="journey-country-select"
        />
        <CodelistSelect
          codelist="pmi_kategori"
          label={t('journey.pmi_category')}
          value={v.pmi_category}
          onChange={(x) => set('pmi_category', x)}
          error={fieldError('pmi_category')}
          testId="journey-category-select"
        />
        {text('p3mi_name')}
        {text('sector')}
        {text('job_title')}
        {text('employer_name')}
        <Switch
          mt="xl"
          label={t('journey.procedural')}
          checked={v.procedural}
          onChange={(e) => set('procedural', e.currentTarget.checked)}
          error={fieldError('procedural')}
          data-testid="journey-procedural"
        />
        {text('planned_departure_date', 'date')}
        {text('contract_end_date', 'date')}
      </SimpleGrid>
      <DocumentsEditor documents={v.documents} onChange={setDoc} fieldError={fieldError} />
      <Textarea
        label={t('journey.notes')}
        value={v.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        error={fieldError('notes')}
        autosize
        minRows={2}
        data-testid="journey-notes"
      />
    </Stack>
  );
}
