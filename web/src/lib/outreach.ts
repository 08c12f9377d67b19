// Pure helpers of the outreach screens (issue #5): the participant matrix (sex × child/adult) and its totals, the
// request body of the event form, and how the coverage table highlights a regency.

export const SEXES = ['male', 'female', 'unknown'] as const;
export const AGE_GROUPS = ['child', 'adult', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];
export type AgeGroup = (typeof AGE_GROUPS)[number];
export type ParticipantMatrix = Record<Sex, Record<AgeGroup, number>>;
/** What the API may send or accept: rows and cells may be absent (then 0). */
export type PartialMatrix = Partial<Record<Sex, Partial<Record<AgeGroup, number>> | undefined>>;

export function emptyMatrix(): ParticipantMatrix {
  const row = () => ({ child: 0, adult: 0, unknown: 0 });
  return { male: row(), female: row(), unknown: row() };
}

/** Every cell present, negative or non-numeric counts read as 0, fractions dropped. */
export function normaliseMatrix(m: PartialMatrix | null | undefined): ParticipantMatrix {
  const out = emptyMatrix();
  for (const sex of SEXES) {
    for (const age of AGE_GROUPS) {
      const n = m?.[sex]?.[age];
      out[sex][age] = typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
    }
  }
  return out;
}

export function sexTotal(m: ParticipantMatrix, sex: Sex): number {
  return AGE_GROUPS.reduce((sum, age) => sum + m[sex][age], 0);
}

export function ageGroupTotal(m: ParticipantMatrix, age: AgeGroup): number {
  return SEXES.reduce((sum, sex) => sum + m[sex][age], 0);
}

export function matrixTotal(m: ParticipantMatrix): number {
  return SEXES.reduce((sum, sex) => sum + sexTotal(m, sex), 0);
}

/** A copy with one cell set (the form's onChange). */
export function setCell(m: ParticipantMatrix, sex: Sex, age: AgeGroup, value: number | string): ParticipantMatrix {
  const n = typeof value === 'number' ? value : Number.parseInt(value, 10);
  const next = normaliseMatrix(m);
  next[sex][age] = Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
  return next;
}

export interface EventForm {
  title: string;
  organiser_agency_id: string;
  partner_agency_ids: string[];
  held_on: string;
  ends_on: string;
  region_code: string;
  venue: string;
  topics: string[];
  target_groups: string[];
  channel: string;
  participants: ParticipantMatrix;
  materials: string;
  notes: string;
  commitment_id: string;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The create/patch body: blank optional texts become null, materials one per line. */
export function eventBody(f: EventForm) {
  return {
    title: f.title.trim(),
    organiser_agency_id: orNull(f.organiser_agency_id),
    partner_agency_ids: f.partner_agency_ids.filter((a) => a !== f.organiser_agency_id),
    held_on: f.held_on,
    ends_on: orNull(f.ends_on),
    region_code: f.region_code,
    venue: orNull(f.venue),
    topics: f.topics,
    target_groups: f.target_groups,
    channel: f.channel,
    participants: normaliseMatrix(f.participants),
    materials: f.materials
      .split('\n')
      .map((m) => m.trim())
      .filter((m) => m !== ''),
    notes: orNull(f.notes),
    commitment_id: orNull(f.commitment_id),
  };
}

export type CoverageMark = 'gap' | 'high' | 'covered' | 'none';

interface CoverageRow {
  events: number;
  high_departure: boolean;
  no_outreach_high_departure: boolean;
}

/** gap: many departures and no outreach (the list to act on); high: many departures, with outreach; covered: some
 * outreach; none: neither. */
export function coverageMark(r: CoverageRow): CoverageMark {
  if (r.no_outreach_high_departure) return 'gap';
  if (r.high_departure) return 'high';
  if (r.events > 0) return 'covered';
  return 'none';
}

/** The row background of a mark (Mantine colours). */
export function coverageColor(mark: CoverageMark): string | undefined {
  switch (mark) {
    case 'gap':
      return 'var(--mantine-color-red-1)';
    case 'high':
      return 'var(--mantine-color-yellow-1)';
    case 'covered':
      return 'var(--mantine-color-green-0)';
    default:
      return undefined;
  }
}

/** The gap list: the regencies with many departures and no outreach, most departures first. */
export function gapList<T extends CoverageRow & { departures: number; regency_code: string }>(rows: T[]): T[] {
  return rows
    .filter((r) => r.no_outreach_high_departure)
    .sort((a, b) => b.departures - a.departures || a.regency_code.localeCompare(b.regency_code));
}
