// Screening aids: checks of facts an officer enters, stand-alone (no case, nothing stored).
import { api } from './client';
import type { TppoScreeningInput, TppoScreeningResult } from './types';

export const screeningsApi = {
  /**
   * The TPPO elements (act, means, purpose) and the ILO forced-labour indicators. Supervisors, case workers and
   * police investigators. 400 `unknown_code` naming each code not in its list ("acts[1]"); 422 `victim_age`.
   */
  tppo: (body: TppoScreeningInput) => api.post<TppoScreeningResult>('/screenings/tppo', body),
};
