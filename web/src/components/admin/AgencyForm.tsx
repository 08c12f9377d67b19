import { SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import { CodelistSelect } from '../common/CodelistSelect';
import { CountrySelect } from '../common/CountrySelect';
import { RegionCascade } from '../common/RegionCascade';
import { POST_ABROAD, type AgencyFormValues } from './agencyFormValues';

interface Props {
  values: AgencyFormValues;
  set: <K extends keyof AgencyFormValues>(key: K, value: AgencyFormValues[K]) => void;
  fieldError: (field: string) => string | undefined;
  editing: boolean;
}

export function AgencyForm({ values: v, set, fieldError, editing }: Props) {
  const { t } = useI18n();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('agency.code')}
          description={t('agency.code_help')}
          value={v.code}
          onChange={(e) => set('code', e.currentTarget.value.toUpperCase())}
          error={fieldError('code')}
          disabled={editing}
          required
          data-testid="agency-code"
        />
        <CodelistSelect
          codelist="jenis_instansi"
          label={t('agency.type')}
          value={v.type}
          onChange={(x) => set('type', x)}
          error={fieldError('type')}
          required
          testId="agency-type-select"
        />
      </SimpleGrid>
      <TextInput
        label={t('agency.name')}
        value={v.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={fieldError('name')}
        required
        data-testid="agency-name"
      />
      {v.type === POST_ABROAD ? (
        <CountrySelect
          label={t('agency.country')}
          value={v.country}
          onChange={(x) => set('country', x)}
          error={fieldError('country')}
          required
          testId="agency-country-select"
        />
      ) : (
        <RegionCascade
          label={t('agency.region')}
          value={v.region_code}
          onChange={(x) => set('region_code', x)}
          error={fieldError('region_code')}
          testId="agency-region"
          levels={2}
        />
      )}
      {editing && (
        <Switch
          label={t('agency.disabled')}
          description={t('agency.disabled_help')}
          checked={v.disabled}
          onChange={(e) => set('disabled', e.currentTarget.checked)}
          data-testid="agency-disabled"
        />
      )}
    </Stack>
  );
}
