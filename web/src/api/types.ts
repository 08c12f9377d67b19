// Types of the Sinergi HTTP API v1, written by hand from docs/api.md.
//
// When api/openapi.yaml is complete these aliases become re-exports of the generated schema, e.g.
//   import type { components } from './schema';   // openapi-typescript ../api/openapi.yaml -o src/api/schema.d.ts
//   export type Person = components['schemas']['Person'];
// Everything else in the app imports from this file only, so the swap touches this file alone.

export type Sex = 'LAKI_LAKI' | 'PEREMPUAN';
export type Phase = 'before' | 'during' | 'after';
export type JourneyStatus =
  | 'registered'
  | 'in_training'
  | 'ready_to_depart'
  | 'working_abroad'
  | 'returned'
  | 'reintegrating'
  | 'closed';

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** RFC 9457 problem details as sent by the server. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  correlation_id?: string;
  errors?: FieldProblem[];
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface Items<T> {
  items: T[];
}

export interface RegionRef {
  code: string;
  name: string;
  level?: number;
}

export interface Region {
  code: string;
  level: number;
  parent_code: string | null;
  name: string;
}

export interface Country {
  alpha2: string;
  alpha3: string;
  name_id: string;
  name_en: string;
}

export interface CodelistItem {
  code: string;
  label_id: string;
  label_en: string;
}

export interface Codelist {
  name: string;
  description: string;
  items: CodelistItem[];
}

export interface NikProblem {
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface NikInfo {
  nik: string;
  valid: boolean;
  sex: Sex | null;
  birth_date_candidates: string[];
  province: RegionRef | null;
  regency: RegionRef | null;
  district: RegionRef | null;
  serial: string;
  problems: NikProblem[];
}

export interface PersonWarning {
  code: string;
  field: string;
  message: string;
}

/** The fields a client may write (POST body, PATCH merge patch). */
export interface PersonInput {
  full_name: string;
  aliases?: string[] | null;
  nik?: string | null;
  passport_number?: string | null;
  sex?: Sex | null;
  birth_date?: string | null;
  birth_place?: string | null;
  address_line?: string | null;
  address_region_code?: string | null;
  phone?: string | null;
  marital_status?: string | null;
  education?: string | null;
  skills?: string[] | null;
  pmi_status?: string | null;
}

export interface Person {
  id: string;
  version: number;
  full_name: string;
  aliases: string[];
  nik: string | null;
  passport_number: string | null;
  sex: Sex | null;
  birth_date: string | null;
  birth_place: string | null;
  address_line: string | null;
  address_region_code: string | null;
  address_region: RegionRef | null;
  phone: string | null;
  marital_status: string | null;
  education: string | null;
  skills: string[];
  pmi_status: string | null;
  warnings: PersonWarning[];
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
  deleted_at: string | null;
  delete_reason: string | null;
}

export interface SearchHit {
  score: number;
  matched_on: string;
  person: Person;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryRecord {
  id: string;
  entity_type: string;
  entity_id: string;
  action: string;
  at: string;
  actor: string;
  reason: string | null;
  changes: FieldChange[];
}

export interface FamilyLink {
  link_id: string;
  relation: string;
  person: Pick<Person, 'id' | 'full_name'> & Partial<Person>;
}

export interface JourneyDocument {
  code: string;
  status: string;
  number?: string | null;
  issued_on?: string | null;
  expires_on?: string | null;
  note?: string | null;
}

export interface JourneyInput {
  placement_scheme: string;
  destination_country: string;
  pmi_category?: string | null;
  p3mi_name?: string | null;
  sector?: string | null;
  job_title?: string | null;
  employer_name?: string | null;
  procedural?: boolean;
  documents?: JourneyDocument[];
  planned_departure_date?: string | null;
  contract_end_date?: string | null;
  notes?: string | null;
}

export interface Journey {
  id: string;
  person_id: string;
  version: number;
  status: JourneyStatus;
  phase: Phase;
  placement_scheme: string;
  pmi_category: string | null;
  p3mi_name: string | null;
  destination_country: string;
  sector: string | null;
  job_title: string | null;
  employer_name: string | null;
  procedural: boolean;
  documents: JourneyDocument[];
  documents_complete: boolean;
  missing_documents: string[];
  planned_departure_date: string | null;
  contract_end_date: string | null;
  notes: string | null;
  departure_date: string | null;
  return_date: string | null;
  return_reason: string | null;
  debarkation_point: string | null;
  flags: string[];
  allowed_transitions: JourneyStatus[];
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
}

export interface TransitionInput {
  to: JourneyStatus;
  reason?: string | null;
  effective_date?: string | null;
  documents_override_reason?: string | null;
  return_reason?: string | null;
  debarkation_point?: string | null;
}

export interface Transition {
  id: string;
  from: JourneyStatus;
  to: JourneyStatus;
  effective_date: string;
  at: string;
  actor: string;
  reason: string | null;
  override_reason: string | null;
}
