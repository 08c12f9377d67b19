import { Checkbox, SimpleGrid } from '@mantine/core';
import { useCodelist } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';

interface Props {
  /** Server code list, e.g. tppo_act. */
  codelist: string;
  label: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
  /** Prefix of the test ids: `${testId}` on the group, `${testId}-${code}` on each box. */
  testId: string;
  /** Show the code before the label (the ILO indicators are known by their FL number). */
  withCode?: boolean;
  /** Mark the group as required (at least one box). */
  required?: boolean;
}

/** A code list as checkboxes, labels in the current language. */
export function CodeChecklist({ codelist, label, description, value, onChange, error, testId, withCode, required }: Props) {
  const items = useCodelist(codelist);
  const { label: labelOf } = useI18n();
  return (
    <Checkbox.Group
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
      withAsterisk={required}
      data-testid={testId}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={6} mt="xs">
        {items.map((i) => (
          <Checkbox
            key={i.code}
            value={i.code}
            label={withCode ? `${i.code} · ${labelOf(i)}` : labelOf(i)}
            data-testid={`${testId}-${i.code}`}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
