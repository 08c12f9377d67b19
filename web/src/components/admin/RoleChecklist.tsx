import { Checkbox, Group } from '@mantine/core';
import { useCodelist } from '../../hooks/useCodelist';
import { useI18n } from '../../i18n/i18n';

interface Props {
  label: string;
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string;
}

/** The roles (codelist peran) as checkboxes: a user may hold several. */
export function RoleChecklist({ label, value, onChange, error }: Props) {
  const items = useCodelist('peran');
  const { label: labelOf } = useI18n();
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} error={error} withAsterisk data-testid="user-roles">
      <Group mt="xs" gap="md">
        {items.map((i) => (
          <Checkbox key={i.code} value={i.code} label={labelOf(i)} data-testid={`user-role-${i.code}`} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
