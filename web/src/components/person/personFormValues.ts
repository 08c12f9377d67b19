import type { Person, PersonInput } from '../../api/types';

/** Form state: every field a string or a string list; empty means "not given". */
export interface PersonFormValues {
  full_name: string;
  aliases: string[];
  nik: string;
  passport_number: string;
  sex: string;
  birth_date: string;
  birth_place: string;
  address_line: string;
  address_region_code: string;
  phone: string;
  marital_status: string;
  education: string;
  skills: string[];
  pmi_status: string;
  /** UU 21/2007 Ps 44: victim or witness whose contact data is masked outside the owning agency. */
  protected_identity: boolean;
}

export const PERSON_FIELDS = [
  'full_name', 'aliases', 'nik', 'passport_number', 'sex', 'birth_date', 'birth_place', 'address_line',
  'address_region_code', 'phone', 'marital_status', 'education', 'skills', 'pmi_status',
  'protected_identity',
] as const;

export function emptyPersonValues(): PersonFormValues {
  return {
    full_name: '', aliases: [], nik: '', passport_number: '', sex: '', birth_date: '', birth_place: '',
    address_line: '', address_region_code: '', phone: '', marital_status: '', education: '', skills: [], pmi_status: '',
    protected_identity: false,
  };
}

export function personToValues(p: Person): PersonFormValues {
  return {
    full_name: p.full_name, aliases: p.aliases ?? [], nik: p.nik ?? '', passport_number: p.passport_number ?? '',
    sex: p.sex ?? '', birth_date: p.birth_date ?? '', birth_place: p.birth_place ?? '', address_line: p.address_line ?? '',
    address_region_code: p.address_region_code ?? '', phone: p.phone ?? '', marital_status: p.marital_status ?? '',
    education: p.education ?? '', skills: p.skills ?? [], pmi_status: p.pmi_status ?? '',
    protected_identity: Boolean(p.protected_identity),
  };
}

/** The values as an API body (the caller compacts or diffs it). */
export function valuesToInput(v: PersonFormValues): PersonInput {
  return { ...v, sex: (v.sex || null) as PersonInput['sex'] };
}
