import { agenciesApi } from '../api/admin';
import type { Agency } from '../api/types';
import { useAsync } from './useAsync';

const NONE: Agency[] = [];

/** Every agency (administrators only), for selects and for showing a user's agency. */
export function useAgencies(): { agencies: Agency[]; loading: boolean; error: unknown } {
  const { data, loading, error } = useAsync(() => agenciesApi.all(), []);
  return { agencies: data ?? NONE, loading, error }; // stable while loading (effects depend on it)
}
