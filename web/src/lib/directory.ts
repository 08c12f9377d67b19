// The agency and service directory in the UI (issue #5): who may edit an entry, the form values of an entry, the
// page's filter, the region a case suggests receivers for, and how suggestions for several services combine.
// Pure functions; the server decides and validates everything again.
import type {
  Case,
  CoverageLevel,
  DirectoryAgency,
  DirectoryEntryInput,
  Me,
  ServiceMatch,
  ServiceOffering,
} from '../api/types';
import { can } from './access';

/** Whether `me` may edit the entry of `agencyId`: an administrator any, a supervisor (directory_write) their own. */
export function canEditDirectoryEntry(me: Me | null | undefined, agencyId: string): boolean {
  if (!me || !can(me, 'directory_write')) return false;
  return can(me, 'identity_admin') || me.agency.id === agencyId;
}

export interface ServiceRow {
  service: string;
  regions: string[];
  notes: string;
}

export interface DirectoryFormValues {
  services: ServiceRow[];
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  contact_address: string;
  opening_hours: string;
  public: boolean;
}

/** The form fields API errors map onto (problem.ts resolveField walks "services[1].regions_served[0]" up). */
export function directoryFields(rows: number): string[] {
  const fields = ['services', 'contact.name', 'contact.phone', 'contact.email', 'contact.address', 'opening_hours'];
  for (let i = 0; i < rows; i++) {
    fields.push(`services[${i}].service`, `services[${i}].regions_served`, `services[${i}].notes`);
  }
  return fields;
}

export const emptyServiceRow = (): ServiceRow => ({ service: '', regions: [], notes: '' });

export function directoryToValues(a: DirectoryAgency): DirectoryFormValues {
  return {
    services: a.services.map((s) => ({ service: s.service, regions: [...s.regions_served], notes: s.notes ?? '' })),
    contact_name: a.contact.name ?? '',
    contact_phone: a.contact.phone ?? '',
    contact_email: a.contact.email ?? '',
    contact_address: a.contact.address ?? '',
    opening_hours: a.opening_hours ?? '',
    public: a.public,
  };
}

const textOrNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The PUT body: the whole entry; empty texts become null, rows without a service are dropped. */
export function directoryValuesToInput(v: DirectoryFormValues): DirectoryEntryInput {
  return {
    services: v.services
      .filter((r) => r.service.trim() !== '')
      .map((r) => ({
        service: r.service.trim(),
        regions_served: r.regions.map((c) => c.trim()).filter((c) => c !== ''),
        notes: textOrNull(r.notes),
      })),
    contact: {
      name: textOrNull(v.contact_name),
      phone: textOrNull(v.contact_phone),
      email: textOrNull(v.contact_email),
      address: textOrNull(v.contact_address),
    },
    opening_hours: textOrNull(v.opening_hours),
    public: v.public,
  };
}

/** `code` is `region` or lies below it ("61.71.02" is in "61.71" and in "61", "610" is not in "61"). */
export function regionWithin(code: string, region: string): boolean {
  return code === region || code.startsWith(`${region}.`);
}

type Placed = Pick<DirectoryAgency, 'region_code' | 'country'>;

/** Where an offering applies: its regions, else the agency's region or country; [] for the whole country. */
export function offeringArea(agency: Placed, offering: ServiceOffering): string[] {
  if (offering.regions_served.length > 0) return offering.regions_served;
  if (agency.region_code) return [agency.region_code];
  if (agency.country) return [agency.country];
  return [];
}

/**
 * Whether the offering serves anywhere in or over `region`: an area covering it (the province for a regency), an
 * area inside it (a regency of the province), or the whole country (an agency without region or country).
 */
export function offeringServes(agency: Placed, offering: ServiceOffering, region: string): boolean {
  const area = offeringArea(agency, offering);
  if (area.length === 0) return !agency.country;
  return area.some((c) => regionWithin(region, c) || regionWithin(c, region));
}

export interface DirectoryFilter {
  service: string;
  region: string;
  text: string;
}

/** The directory page's filter: by service offered, by region served (with that service, when one is chosen), text. */
export function filterDirectory<A extends Placed & { name: string; code: string; services: ServiceOffering[] }>(
  agencies: A[],
  f: DirectoryFilter,
): A[] {
  const text = f.text.trim().toLowerCase();
  return agencies.filter((a) => {
    if (text && !a.name.toLowerCase().includes(text) && !a.code.toLowerCase().includes(text)) return false;
    const offerings = f.service ? a.services.filter((s) => s.service === f.service) : a.services;
    if (f.service && offerings.length === 0) return false;
    if (f.region && !offerings.some((o) => offeringServes(a, o, f.region))) return false;
    return true;
  });
}

/** The region a case suggests receivers for: where it happened, else the country abroad; null when unknown. */
export function caseSuggestionRegion(c: Pick<Case, 'occurrence_region_code' | 'occurrence_country'>): string | null {
  if (c.occurrence_region_code) return c.occurrence_region_code;
  if (c.occurrence_country && c.occurrence_country !== 'ID') return c.occurrence_country;
  return null;
}

export interface Suggestion {
  agency: DirectoryAgency;
  /** The chosen services this agency offers there, in the order they were chosen. */
  services: string[];
  /** Its nearest level over those services. */
  level: CoverageLevel;
}

const LEVEL_RANK: Record<CoverageLevel, number> = { REGENCY: 0, PROVINCE: 1, COUNTRY: 2, NATIONAL: 3 };

/**
 * Combines the search answers for several services (in the order the services were chosen): agencies offering more
 * of them first, then the nearer, then by name; the user's own agency is left out (a referral goes elsewhere).
 */
export function combineSuggestions(answers: { service: string; matches: ServiceMatch[] }[], ownAgencyId?: string): Suggestion[] {
  const byAgency = new Map<string, Suggestion>();
  for (const { service, matches } of answers) {
    for (const m of matches) {
      if (m.agency.id === ownAgencyId) continue;
      const found = byAgency.get(m.agency.id);
      if (!found) {
        byAgency.set(m.agency.id, { agency: m.agency, services: [service], level: m.level });
      } else {
        if (!found.services.includes(service)) found.services.push(service);
        if (LEVEL_RANK[m.level] < LEVEL_RANK[found.level]) found.level = m.level;
      }
    }
  }
  return [...byAgency.values()].sort(
    (a, b) =>
      b.services.length - a.services.length ||
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      a.agency.name.localeCompare(b.agency.name),
  );
}

/** Two capital letters: a country (a post abroad serves countries) rather than a dotted region code. */
export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code);

/** The name of an alpha-2 country in the UI language, from the browser (Intl.DisplayNames); the code when unknown. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
