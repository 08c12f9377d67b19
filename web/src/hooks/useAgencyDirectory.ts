import { useMemo } from 'react';
import { agenciesApi } from '../api/admin';
import type { Agency } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { canAdminister } from '../lib/access';
import { useAsync } from './useAsync';

export interface AgencyDirectory {
  /** Every agency, when the user may list them (GET /agencies is for administrators); otherwise empty. */
  agencies: Agency[];
  /** Whether `agencies` is the full list (a select can be offered) or the user must give an agency id. */
  listed: boolean;
  loading: boolean;
  /** A name for an agency id: from the list, the user's own agency, else null. */
  nameOf: (id: string | null | undefined) => string | null;
}

const NONE: Agency[] = [];

/**
 * What the user can know about agencies. The contract has no agency lookup for case workers (GET /agencies is
 * administrators only), so for them only their own agency has a name and others are shown by id.
 */
export function useAgencyDirectory(): AgencyDirectory {
  const { me } = useAuth();
  const admin = canAdminister(me);
  const { data, loading } = useAsync(() => (admin ? agenciesApi.all() : Promise.resolve(null)), [admin]);
  const agencies = data ?? NONE;
  return useMemo(() => {
    const byId = new Map(agencies.map((a) => [a.id, a.name]));
    if (me) byId.set(me.agency.id, me.agency.name);
    return {
      agencies,
      listed: data !== null && data !== undefined,
      loading,
      nameOf: (id) => (id ? (byId.get(id) ?? null) : null),
    };
  }, [agencies, data, loading, me]);
}
