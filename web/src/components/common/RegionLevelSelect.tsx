import { Select } from '@mantine/core';
import { referenceApi } from '../../api/reference';
import { useAsync } from '../../hooks/useAsync';
import { useI18n } from '../../i18n/i18n';

interface Props {
  label: string;
  parent?: string;
  value: string;
  onChange: (code: string) => void;
  testId: string;
}

/** One level of the region cascade: the children of `parent` (provinces when no parent). */
export function RegionLevelSelect({ label, parent, value, onChange, testId }: Props) {
  const { t } = useI18n();
  const { data, loading } = useAsync(() => referenceApi.regions(parent), [parent]);
  const options = (data ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));
  return (
    <Select
      label={label}
      placeholder={loading ? t('common.loading') : t('common.search_choose')}
      data={options}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
      searchable
      clearable
      nothingFoundMessage={t('common.nothing_found')}
      data-testid={testId}
    />
  );
}
