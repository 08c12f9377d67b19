import { api } from './client';
import type { AgencyDirectoryEntry, AgencyDirectoryList, Codelist, CountryList, NikInfo, Region, RegionPage } from './types';

// Reference data changes rarely: cache each answer for the lifetime of the page.
const cache = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let hit = cache.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    cache.set(key, hit);
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

async function allRegions(parent?: string): Promise<Region[]> {
  const out: Region[] = [];
  let cursor: string | null = null;
  do {
    const res: { data: RegionPage } = await api.get<RegionPage>('/reference/regions', { parent, limit: 200, cursor });
    out.push(...res.data.items);
    cursor = res.data.next_cursor;
  } while (cursor);
  return out;
}

export const referenceApi = {
  codelist: (name: string) =>
    cached(`codelist:${name}`, async () => (await api.get<Codelist>(`/reference/codelists/${name}`)).data),
  countries: () => cached('countries', async () => (await api.get<CountryList>('/reference/countries')).data.items),
  /** The enabled agencies, by name: readable by every signed-in user. */
  agencyDirectory: (): Promise<AgencyDirectoryEntry[]> =>
    cached('agency-directory', async () => (await api.get<AgencyDirectoryList>('/directory/agencies')).data.items),
  regions: (parent?: string) => cached(`regions:${parent ?? ''}`, () => allRegions(parent)),
  region: (code: string) =>
    cached(`region:${code}`, async () => (await api.get<Region>(`/reference/regions/${encodeURIComponent(code)}`)).data),
  nik: (nik: string) => cached(`nik:${nik}`, async () => (await api.get<NikInfo>(`/reference/nik/${encodeURIComponent(nik)}`)).data),
};
