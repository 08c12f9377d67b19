import type { Agency, User, UserInput, UserPatch } from '../../api/types';

export interface UserFormValues {
  username: string;
  display_name: string;
  agency_code: string;
  roles: string[];
  scope: string;
  /** Only when creating; an existing user's password is reset separately. */
  password: string;
  disabled: boolean;
}

export const USER_FIELDS = ['username', 'display_name', 'agency_code', 'roles', 'scope', 'password', 'disabled'] as const;

export function emptyUserValues(): UserFormValues {
  return { username: '', display_name: '', agency_code: '', roles: [], scope: 'AGENCY', password: '', disabled: false };
}

/** The API gives the agency's id, the form (and PATCH) use its code. */
export function userToValues(u: User, agencies: Agency[]): UserFormValues {
  return {
    username: u.username,
    display_name: u.display_name,
    agency_code: agencies.find((a) => a.id === u.agency_id)?.code ?? '',
    roles: [...u.roles],
    scope: u.scope,
    password: '',
    disabled: u.disabled,
  };
}

export function userValuesToInput(v: UserFormValues): UserInput {
  return {
    username: v.username.trim().toLowerCase(),
    display_name: v.display_name.trim(),
    agency_code: v.agency_code,
    roles: v.roles,
    scope: v.scope || undefined,
    password: v.password,
  };
}

export function userValuesToPatchable(v: UserFormValues): Required<UserPatch> {
  return { display_name: v.display_name, agency_code: v.agency_code, roles: v.roles, scope: v.scope, disabled: v.disabled };
}
