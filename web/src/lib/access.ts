// What the UI offers a signed-in user. The server decides every access (domain/policy); this only hides what
// would be refused. Driven by me.permissions; the role table of src/domain/policy.hpp is the fallback when no
// permission name is recognised (e.g. an older server).
import type { Me, Permission } from '../api/types';

const ALL: Permission[] = [
  'reference_read',
  'registry_read',
  'registry_write',
  'identity_admin',
  'audit_read',
  'screening',
  'case_read',
  'case_write',
  'directory_write',
  'coordination_write',
  'stats_read',
  'training_write',
];

const BY_ROLE: Record<string, Permission[]> = {
  SYSTEM_ADMIN: ['reference_read', 'identity_admin', 'audit_read', 'directory_write', 'coordination_write', 'training_write'],
  SUPERVISOR: ['reference_read', 'registry_read', 'registry_write', 'audit_read', 'screening', 'case_read', 'case_write', 'directory_write', 'coordination_write', 'stats_read', 'training_write'],
  CASE_WORKER: ['reference_read', 'registry_read', 'registry_write', 'screening', 'case_read', 'case_write', 'coordination_write', 'stats_read', 'training_write'],
  POLICE_INVESTIGATOR: ['reference_read', 'registry_read', 'screening', 'case_read', 'case_write', 'stats_read'],
  DATA_ANALYST: ['reference_read', 'stats_read'],
  VIEWER: ['reference_read', 'registry_read', 'case_read', 'stats_read'],
};

/** "registry_read", "registry.read", "REGISTRY_READ" all name the same permission. */
const norm = (p: string) => p.toLowerCase().replace(/[^a-z]/g, '');

type Holder = { permissions?: readonly string[]; roles?: readonly string[] };

export function permissionsOf(me: Holder): Set<Permission> {
  const given = new Set((me.permissions ?? []).map(norm));
  const known = ALL.filter((p) => given.has(norm(p)));
  if (known.length > 0) return new Set(known);
  return new Set((me.roles ?? []).flatMap((r) => BY_ROLE[r] ?? []));
}

export function can(me: Holder | null | undefined, p: Permission): boolean {
  return me ? permissionsOf(me).has(p) : false;
}

export const canReadRegistry = (me: Me | null | undefined) => can(me, 'registry_read');
export const canWriteRegistry = (me: Me | null | undefined) => can(me, 'registry_write');
export const canAdminister = (me: Me | null | undefined) => can(me, 'identity_admin');
export const canReadAudit = (me: Me | null | undefined) => can(me, 'audit_read');
/** Working the data-subject-request queue (list, complete, refuse): supervisors and administrators. */
export const canHandleSubjectRequests = (me: Me | null | undefined) => can(me, 'audit_read');
/** The access export carries the person's data and their audit trail: registry read and audit read. */
export const canExportPerson = (me: Me | null | undefined) => can(me, 'registry_read') && can(me, 'audit_read');

/** The TPPO screening (POST /screenings/tppo): supervisors, case workers and police investigators. */
export const canScreen = (me: Holder | null | undefined) => can(me, 'screening');

/** The case list and case pages: supervisors, case workers, police investigators and viewers. */
export const canReadCases = (me: Holder | null | undefined) => can(me, 'case_read');
/** Case and victim figures (issue #6): every role that works with cases, and data analysts. */
export const canReadStats = (me: Holder | null | undefined) => can(me, 'stats_read');
/** Opening cases, adding parties, screening victims, moving the workflow: supervisors, case workers, police. */
export const canWriteCases = (me: Holder | null | undefined) => can(me, 'case_write');
/** Approving or refusing a closure is the supervisor's (the server decides; this only explains a refusal ahead). */
export const isSupervisor = (me: Holder | null | undefined) => (me?.roles ?? []).includes('SUPERVISOR');
/**
 * "Tugas saya" (GET /tasks): case workers, supervisors and police investigators (case write) get their case timers,
 * supervisors and the administrator (audit read) the data-subject requests; a viewer would get 403.
 */
export const canSeeTasks = (me: Holder | null | undefined) =>
  can(me, 'case_write') || can(me, 'audit_read') || can(me, 'coordination_write');
/**
 * Recording forums, meetings and commitments, and reporting on one's agency's commitments: case workers,
 * supervisors and administrators (the server checks the agency: convening or committing).
 */
export const canWriteCoordination = (me: Holder | null | undefined) => can(me, 'coordination_write');
/**
 * Recording training programmes and sessions, enrolling persons, attendance and completion: case workers,
 * supervisors and administrators (the server checks the provider agency; enrolments also need registry access).
 */
export const canWriteTraining = (me: Holder | null | undefined) => can(me, 'training_write');
