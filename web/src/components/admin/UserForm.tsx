import { NativeSelect, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { Agency } from '../../api/types';
import { useI18n } from '../../i18n/i18n';
import { PasswordField } from '../auth/PasswordField';
import { CodelistSelect } from '../common/CodelistSelect';
import { RoleChecklist } from './RoleChecklist';
import type { UserFormValues } from './userFormValues';

interface Props {
  values: UserFormValues;
  set: <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => void;
  fieldError: (field: string) => string | undefined;
  agencies: Agency[];
  editing: boolean;
}

export function UserForm({ values: v, set, fieldError, agencies, editing }: Props) {
  const { t } = useI18n();
  const agencyOptions = [
    { value: '', label: t('common.choose') },
    ...agencies
      .filter((a) => !a.disabled || a.code === v.agency_code)
      .map((a) => ({ value: a.code, label: `${a.name} (${a.code})` })),
  ];
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('user.username')}
          description={t('user.username_help')}
          value={v.username}
          onChange={(e) => set('username', e.currentTarget.value.toLowerCase())}
          error={fieldError('username')}
          disabled={editing}
          autoCapitalize="none"
          required
          data-testid="user-username"
        />
        <TextInput
          label={t('user.display_name')}
          value={v.display_name}
          onChange={(e) => set('display_name', e.currentTarget.value)}
          error={fieldError('display_name')}
          required
          data-testid="user-display_name"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('user.agency')}
          data={agencyOptions}
          value={v.agency_code}
          onChange={(e) => set('agency_code', e.currentTarget.value)}
          error={fieldError('agency_code')}
          required
          data-testid="user-agency-select"
        />
        <CodelistSelect
          codelist="lingkup_akses"
          label={t('user.scope')}
          value={v.scope}
          onChange={(x) => set('scope', x)}
          error={fieldError('scope')}
          noEmpty
          testId="user-scope-select"
        />
      </SimpleGrid>
      <RoleChecklist label={t('user.roles')} value={v.roles} onChange={(x) => set('roles', x)} error={fieldError('roles')} />
      {!editing && (
        <PasswordField
          label={t('user.password')}
          value={v.password}
          onChange={(x) => set('password', x)}
          error={fieldError('password')}
          userInputs={[v.username, v.display_name]}
          testId="user-password"
          required
        />
      )}
      {editing && (
        <Switch
          label={t('user.disabled')}
          description={t('user.disabled_help')}
          checked={v.disabled}
          onChange={(e) => set('disabled', e.currentTarget.checked)}
          data-testid="user-disabled"
        />
      )}
    </Stack>
  );
}
