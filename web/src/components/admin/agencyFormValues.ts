import type { Agency, AgencyInput } from '../../api/types';

/** An embassy or consulate abroad: has a country instead of a region. */
export const POST_ABROAD = 'PERWAKILAN_RI';

export interface AgencyFormValues {
  code: string;
  name: string;
  type: string;
  region_code: string;
  country: string;
  disabled: boolean;
}

export const AGENCY_FIELDS = ['code', 'name', 'type', 'region_code', 'country', 'disabled'] as const;

export function emptyAgencyValues(): AgencyFormValues {
  return { code: '', name: '', type: '', region_code: '', country: '', disabled: false };
}

export function agencyToValues(a: Agency): AgencyFormValues {
  return {
    code: a.code, name: a.name, type: a.type, region_code: a.region_code ?? '', country: a.country ?? '',
    disabled: a.disabled,
  };
}

/** The body: a post abroad has no region, any other agency no country. */
export function agencyValuesToInput(v: AgencyFormValues): AgencyInput {
  const abroad = v.type === POST_ABROAD;
  return {
    code: v.code.trim().toUpperCase(),
    name: v.name,
    type: v.type,
    region_code: abroad ? '' : v.region_code,
    country: abroad ? v.country : '',
    disabled: v.disabled,
  };
}
