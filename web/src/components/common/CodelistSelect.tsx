import { NativeSelect } from '@mantine/core';
import { useCodelistOptions } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';

interface Props {
  codelist: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
  testId?: string;
  size?: string;
  /** Hide the empty choice (for fields that always have a value). */
  noEmpty?: boolean;
  'aria-label'?: string;
}

/** A native select over a server codelist, labels in the current language. */
export function CodelistSelect({ codelist, label, value, onChange, error, required, testId, size, noEmpty, ...rest }: Props) {
  const options = useCodelistOptions(codelist);
  const { t } = useI18n();
  const data = noEmpty ? options : [{ value: '', label: t('common.choose') }, ...options];
  return (
    <NativeSelect
      label={label || undefined}
      aria-label={rest['aria-label']}
      data={data}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required={required}
      size={size}
      data-testid={testId}
    />
  );
}
