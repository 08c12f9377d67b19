import { describe, expect, it } from 'vitest';
import type { DirectoryAgency, Me, ServiceMatch } from '../api/types';
import {
  canEditDirectoryEntry,
  caseSuggestionRegion,
  combineSuggestions,
  directoryFields,
  directoryToValues,
  directoryValuesToInput,
  filterDirectory,
  offeringServes,
  regionWithin,
} from './directory';

const me = (roles: string[], permissions: string[], agency = 'a1'): Me =>
  ({
    id: 'u1', username: 'u', display_name: 'U', agency: { id: agency, code: 'A1', name: 'A1', type: 'BP3MI' },
    roles, scope: 'AGENCY', totp_enabled: false, permissions,
  }) as Me;

const agency = (id: string, name: string, region: string | null, services: DirectoryAgency['services'],
  country: string | null = null): DirectoryAgency => ({
  id, code: id.toUpperCase(), name, type: 'UPTD_PPA', region_code: region, country, services,
  contact: { name: null, phone: null, email: null, address: null }, opening_hours: null, public: false, version: 0,
  updated_at: null,
});

describe('who edits a directory entry', () => {
  it('a supervisor edits the own agency only, an administrator any, a case worker none', () => {
    const supervisor = me(['SUPERVISOR'], ['reference_read', 'case_write', 'directory_write']);
    expect(canEditDirectoryEntry(supervisor, 'a1')).toBe(true);
    expect(canEditDirectoryEntry(supervisor, 'a2')).toBe(false);
    const admin = me(['SYSTEM_ADMIN'], ['reference_read', 'identity_admin', 'directory_write']);
    expect(canEditDirectoryEntry(admin, 'a2')).toBe(true);
    expect(canEditDirectoryEntry(me(['CASE_WORKER'], ['reference_read', 'case_write']), 'a1')).toBe(false);
    expect(canEditDirectoryEntry(null, 'a1')).toBe(false);
    // An older server without permission names: the role table decides.
    expect(canEditDirectoryEntry(me(['SUPERVISOR'], []), 'a1')).toBe(true);
  });
});

describe('the entry form', () => {
  it('round-trips an entry and drops empty rows and texts', () => {
    const a = agency('a1', 'UPTD', '61', [{ service: 'PENAMPUNGAN', regions_served: ['61.71'], notes: 'rumah aman' }]);
    a.contact = { name: 'Layanan', phone: '129', email: null, address: null };
    a.public = true;
    const v = directoryToValues(a);
    expect(v.services).toEqual([{ service: 'PENAMPUNGAN', regions: ['61.71'], notes: 'rumah aman' }]);
    v.services.push({ service: '', regions: [], notes: 'ignored' }, { service: 'PSIKOSOSIAL', regions: [' ', '61'], notes: '  ' });
    v.opening_hours = '  ';
    expect(directoryValuesToInput(v)).toEqual({
      services: [
        { service: 'PENAMPUNGAN', regions_served: ['61.71'], notes: 'rumah aman' },
        { service: 'PSIKOSOSIAL', regions_served: ['61'], notes: null },
      ],
      contact: { name: 'Layanan', phone: '129', email: null, address: null },
      opening_hours: null,
      public: true,
    });
  });

  it('names a field per service row for the server errors', () => {
    expect(directoryFields(2)).toContain('services[1].regions_served');
    expect(directoryFields(0)).toContain('contact.email');
  });
});

describe('filtering the directory', () => {
  const uptd = agency('uptd', 'UPTD PPA Kalbar', '61', [
    { service: 'PSIKOSOSIAL', regions_served: [], notes: null },
    { service: 'PENAMPUNGAN', regions_served: ['61.71'], notes: null },
  ]);
  const jateng = agency('jateng', 'BP3MI Jawa Tengah', '33', [{ service: 'PENGADUAN', regions_served: [], notes: null }]);
  const national = agency('kp2mi', 'KP2MI', null, [{ service: 'PENGADUAN', regions_served: [], notes: null }]);
  const embassy = agency('kbri', 'KBRI Riyadh', null, [{ service: 'REPATRIASI', regions_served: [], notes: null }], 'SA');
  const all = [uptd, jateng, national, embassy];
  const ids = (list: DirectoryAgency[]) => list.map((a) => a.id);

  it('by service, by region served (above or below it) and by text', () => {
    expect(ids(filterDirectory(all, { service: 'PENGADUAN', region: '', text: '' }))).toEqual(['jateng', 'kp2mi']);
    expect(ids(filterDirectory(all, { service: '', region: '61.71.02', text: '' }))).toEqual(['uptd', 'kp2mi']);
    expect(ids(filterDirectory(all, { service: 'PENAMPUNGAN', region: '61.72', text: '' }))).toEqual([]);
    expect(ids(filterDirectory(all, { service: '', region: '33.74', text: '' }))).toEqual(['jateng', 'kp2mi']);
    expect(ids(filterDirectory(all, { service: '', region: 'SA', text: '' }))).toEqual(['kp2mi', 'kbri']);
    expect(ids(filterDirectory(all, { service: '', region: '', text: 'kalbar' }))).toEqual(['uptd']);
  });

  it('regions nest by dotted code', () => {
    expect(regionWithin('61.71.02', '61')).toBe(true);
    expect(regionWithin('610', '61')).toBe(false);
    expect(offeringServes(uptd, uptd.services[1], '61')).toBe(true); // a regency inside the province
    expect(offeringServes(embassy, embassy.services[0], '61')).toBe(false);
  });
});

describe('suggesting receivers', () => {
  it('asks for the region where the case happened, else the country abroad', () => {
    expect(caseSuggestionRegion({ occurrence_region_code: '61.71', occurrence_country: 'ID' })).toBe('61.71');
    expect(caseSuggestionRegion({ occurrence_region_code: null, occurrence_country: 'MY' })).toBe('MY');
    expect(caseSuggestionRegion({ occurrence_region_code: null, occurrence_country: 'ID' })).toBeNull();
    expect(caseSuggestionRegion({ occurrence_region_code: null, occurrence_country: null })).toBeNull();
  });

  it('ranks agencies offering more of the services first, then the nearer, and leaves the own agency out', () => {
    const a = agency('a', 'Alpha', '61', []);
    const b = agency('b', 'Beta', '61.71', []);
    const own = agency('own', 'Own', '61.71', []);
    const match = (ag: DirectoryAgency, level: ServiceMatch['level']): ServiceMatch => ({
      agency: ag, offering: { service: 'X', regions_served: [], notes: null }, level, matched_region: null,
    });
    const out = combineSuggestions(
      [
        { service: 'PSIKOSOSIAL', matches: [match(b, 'REGENCY'), match(own, 'REGENCY'), match(a, 'PROVINCE')] },
        { service: 'PENAMPUNGAN', matches: [match(a, 'PROVINCE')] },
      ],
      'own',
    );
    expect(out.map((s) => [s.agency.id, s.services, s.level])).toEqual([
      ['a', ['PSIKOSOSIAL', 'PENAMPUNGAN'], 'PROVINCE'],
      ['b', ['PSIKOSOSIAL'], 'REGENCY'],
    ]);
  });
});

describe('countries', () => {
  it('tells a country from a region code and names it', async () => {
    const { countryName, isCountryCode } = await import('./directory');
    expect(isCountryCode('MY')).toBe(true);
    expect(isCountryCode('61.71')).toBe(false);
    expect(countryName('MY', 'en')).toBe('Malaysia');
  });
});
