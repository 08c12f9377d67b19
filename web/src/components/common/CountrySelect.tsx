import { Select } from '@mantine/core';
import { useCountries } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';

interface Props {
  label: string;
  value: string;
  onChange: (alpha2: string) => void;
  error?: string;
  required?: boolean;
  testId?: string;
}

export function CountrySelect({ label, value, onChange, error, required, testId }: Props) {
  const countries = useCountries();
  const { lang, t } = useI18n();
  const data = countries
    .map((c) => ({ value: c.alpha2, label: `${lang === 'id' ? c.name_id : c.name_en} (${c.alpha2})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Select
      label={label}
      placeholder={t('common.search_choose')}
      data={data}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      clearable
      nothingFoundMessage={t('common.nothing_found')}
      error={error}
      required={required}
      data-testid={testId}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
