import { casesApi } from '../api/cases';
import type { Referral } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { referralActions } from '../lib/referrals';
import { useAsync } from './useAsync';

/**
 * The names of a referral's persons, from the case (when the user's agency may open it: the sender, or the
 * receiver after accepting). Null names when the case cannot be read; a failure is not an error of the page.
 */
export function useReferralPersons(referral: Referral | undefined): { names: Map<string, string>; caseReadable: boolean } {
  const { me } = useAuth();
  const open = !!referral && referralActions(referral, me).openCase && !referral.masked_fields.includes('person_ids');
  const caseId = referral?.case_id ?? '';
  const { data } = useAsync(
    () => (open ? casesApi.get(caseId).then((r) => r.data, () => null) : Promise.resolve(null)),
    [open, caseId, referral?.version],
  );
  const names = new Map<string, string>();
  for (const p of data?.parties ?? []) if (p.person) names.set(p.person_id, p.person.full_name);
  return { names, caseReadable: !!data };
}
