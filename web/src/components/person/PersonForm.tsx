import { Checkbox, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import { CodelistSelect } from '../common/CodelistSelect';
import { RegionCascade } from '../common/RegionCascade';
import { NikInfoPanel } from './NikInfoPanel';
import type { PersonFormValues } from './personFormValues';

interface Props {
  values: PersonFormValues;
  set: <K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) => void;
  fieldError: (field: string) => string | undefined;
  /** Fields the API withheld from this reader: shown disabled as "Confidential" and never sent. */
  masked?: readonly string[];
}

export function PersonForm({ values: v, set, fieldError, masked = [] }: Props) {
  const { t } = useI18n();
  const maskedInput = (key: string, label: string) => (
    <TextInput
      label={label}
      value=""
      placeholder={`🔒 ${t('masked.value')}`}
      description={t('person.masked_input_help')}
      disabled
      data-testid={`person-${key}-masked`}
    />
  );
  const text = (key: keyof PersonFormValues & string, label: string, extra: Record<string, unknown> = {}) =>
    masked.includes(key) ? maskedInput(key, label) : (
    <TextInput
      label={label}
      value={v[key] as string}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={fieldError(key)}
      data-testid={`person-${key}`}
      {...extra}
    />
  );
  return (
    <Stack>
      {text('full_name', t('person.full_name'), { required: true })}
      <TagsInput
        label={t('person.aliases')}
        description={t('form.tags_help')}
        value={v.aliases}
        onChange={(x) => set('aliases', x)}
        error={fieldError('aliases')}
        data-testid="person-aliases-input"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('nik', t('person.nik'), { description: t('person.nik_help'), maxLength: 16, inputMode: 'numeric' })}
        {text('passport_number', t('person.passport_number'))}
      </SimpleGrid>
      {/^\d{16}$/.test(v.nik) && <NikInfoPanel nik={v.nik} />}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <CodelistSelect
          codelist="jenis_kelamin"
          label={t('person.sex')}
          value={v.sex}
          onChange={(x) => set('sex', x)}
          error={fieldError('sex')}
          testId="person-sex-select"
        />
        {text('birth_date', t('person.birth_date'), { type: 'date' })}
        {text('birth_place', t('person.birth_place'))}
      </SimpleGrid>
      {text('address_line', t('person.address_line'))}
      {masked.includes('address_region_code') ? (
        maskedInput('address_region_code', t('person.address_region'))
      ) : (
        <RegionCascade
          label={t('person.address_region')}
          value={v.address_region_code}
          onChange={(x) => set('address_region_code', x)}
          error={fieldError('address_region_code')}
          testId="person-region"
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('phone', t('person.phone'), { type: 'tel' })}
        <CodelistSelect
          codelist="status_perkawinan"
          label={t('person.marital_status')}
          value={v.marital_status}
          onChange={(x) => set('marital_status', x)}
          error={fieldError('marital_status')}
          testId="person-marital-select"
        />
        <CodelistSelect
          codelist="pendidikan"
          label={t('person.education')}
          value={v.education}
          onChange={(x) => set('education', x)}
          error={fieldError('education')}
          testId="person-education-select"
        />
        <CodelistSelect
          codelist="status_pmi"
          label={t('person.pmi_status')}
          value={v.pmi_status}
          onChange={(x) => set('pmi_status', x)}
          error={fieldError('pmi_status')}
          testId="person-pmi-status-select"
        />
      </SimpleGrid>
      <TagsInput
        label={t('person.skills')}
        description={t('form.tags_help')}
        value={v.skills}
        onChange={(x) => set('skills', x)}
        error={fieldError('skills')}
        data-testid="person-skills-input"
      />
      <Checkbox
        label={t('person.protected_identity')}
        description={t('person.protected_identity_help')}
        checked={v.protected_identity}
        onChange={(e) => set('protected_identity', e.currentTarget.checked)}
        error={fieldError('protected_identity')}
        disabled={masked.length > 0}
        data-testid="person-protected-identity"
      />
    </Stack>
  );
}
