import { useMemo } from 'react';
import { referenceApi } from '../api/reference';
import type { AgencyDirectoryEntry } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useAsync } from './useAsync';

export interface AgencyDirectory {
  /** The enabled agencies by name (GET /directory/agencies, readable by every signed-in user); empty until loaded. */
  agencies: AgencyDirectoryEntry[];
  /** Whether `agencies` has loaded (a select can be offered); if the directory cannot be read, an agency id is typed. */
  listed: boolean;
  loading: boolean;
  /** A name for an agency id: from the directory, the user's own agency, else null (e.g. a disabled agency). */
  nameOf: (id: string | null | undefined) => string | null;
}

const NONE: AgencyDirectoryEntry[] = [];

/** What the user can know about agencies: the directory, which holds no personal data. */
export function useAgencyDirectory(): AgencyDirectory {
  const { me } = useAuth();
  const { data, loading } = useAsync(() => referenceApi.agencyDirectory(), []);
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
