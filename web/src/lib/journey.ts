import type { JourneyStatus, Phase } from '../api/types';

export const PHASES: Phase[] = ['before', 'during', 'after'];

/** Statuses in the order a journey passes through them, grouped by the UU 18/2017 Ps 7 phase. */
export const STATUSES_BY_PHASE: Record<Phase, JourneyStatus[]> = {
  before: ['registered', 'in_training', 'ready_to_depart'],
  during: ['working_abroad'],
  after: ['returned', 'reintegrating'],
};

/** Index of the active step in a three-phase stepper; a journey closed after return has completed all three. */
export function phaseStep(status: JourneyStatus, phase: Phase): number {
  if (status === 'closed' && phase === 'after') return PHASES.length;
  return Math.max(0, PHASES.indexOf(phase));
}

/** Flags that need attention are red; recorded exceptions orange. */
export function flagColor(flag: string): string {
  if (flag.startsWith('UNDERAGE')) return 'red';
  if (flag.endsWith('_OVERRIDE')) return 'orange';
  return 'red';
}

export const DOC_STATUS_COLOR: Record<string, string> = {
  verified: 'teal',
  submitted: 'blue',
  rejected: 'red',
  missing: 'gray',
};

/** Which inputs the transition modal asks for. */
export function transitionNeeds(to: JourneyStatus, from: JourneyStatus, documentsComplete: boolean) {
  const departed = !STATUSES_BY_PHASE.before.includes(from);
  return {
    reasonRequired: to === 'closed' && !departed,
    overrideReason: to === 'working_abroad' && !documentsComplete,
    returnReason: to === 'returned',
    debarkationPoint: to === 'returned',
  };
}
