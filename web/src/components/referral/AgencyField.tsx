import { NativeSelect, TextInput } from '@mantine/core';
import type { AgencyDirectory } from '../../hooks/useAgencyDirectory';
import { useI18n } from '../../i18n/i18n';

interface Props {
  directory: AgencyDirectory;
  /** The user's own agency (not offered: a referral goes to another agency). */
  ownAgencyId: string | undefined;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  testId: string;
}

/** The receiving agency: a select when the agencies can be listed, otherwise the agency id typed in. */
export function AgencyField({ directory, ownAgencyId, value, onChange, error, testId }: Props) {
  const { t } = useI18n();
  if (directory.listed) {
    const options = directory.agencies
      .filter((a) => a.id !== ownAgencyId)
      .map((a) => ({ value: a.id, label: `${a.name} (${a.code} · ${a.type})` }));
    return (
      <NativeSelect
        label={t('referral.to_agency')}
        data={[{ value: '', label: t('common.choose') }, ...options]}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error}
        required
        data-testid={testId}
      />
    );
  }
  return (
    <TextInput
      label={t('referral.to_agency_id')}
      description={t('referral.to_agency_id_help')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      required
      data-testid={testId}
    />
  );
}
