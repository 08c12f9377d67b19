import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { canExportPerson, canHandleSubjectRequests } from './access';
import {
  ageOn,
  consentBody,
  consentRules,
  deadlineOf,
  dueAtOf,
  exportFileName,
  formatDuration,
  isChild,
  localDateTimeToIso,
  newConsentValues,
  requestBody,
  requestFiltersFromParams,
  requestFiltersToParams,
  requestFiltersToQuery,
} from './pdp';

const HOUR = 3_600_000;

describe('children (UU 35/2014 Ps 1, UU 27/2022 Ps 25)', () => {
  const today = new Date('2026-03-10T12:00:00Z');
  it('counts whole years up to the birthday', () => {
    expect(ageOn('2008-03-10', today)).toBe(18);
    expect(ageOn('2008-03-11', today)).toBe(17);
    expect(ageOn('1990-12-31', today)).toBe(35);
    expect(ageOn('not a date', today)).toBeNull();
  });
  it('is a child under 18; an unknown birth date counts as an adult, as on the server', () => {
    expect(isChild('2008-03-11', today)).toBe(true);
    expect(isChild('2008-03-10', today)).toBe(false);
    expect(isChild(null, today)).toBe(false);
    expect(isChild('', today)).toBe(false);
  });
  it('counts the day in UTC like the server', () => {
    // The birthday starts at 00:00 UTC, whatever the browser's time zone.
    expect(isChild('2008-03-10', new Date('2026-03-10T00:30:00Z'))).toBe(false);
    expect(isChild('2008-03-10', new Date('2026-03-09T23:30:00Z'))).toBe(true);
  });
});

describe('consent rules', () => {
  it('starts a child with a parent giving consent, an adult with their own', () => {
    expect(newConsentValues(true).given_by).toBe('ORANG_TUA');
    expect(newConsentValues(false).given_by).toBe('SUBJEK');
    expect(newConsentValues(false).lawful_basis).toBe('PERSETUJUAN');
  });
  it("refuses a child's own consent but not another basis", () => {
    expect(consentRules({ lawful_basis: 'PERSETUJUAN', given_by: 'SUBJEK' }, true).childOwnConsent).toBe(true);
    expect(consentRules({ lawful_basis: 'PERSETUJUAN', given_by: 'WALI' }, true).childOwnConsent).toBe(false);
    expect(consentRules({ lawful_basis: 'PERSETUJUAN', given_by: 'SUBJEK' }, false).childOwnConsent).toBe(false);
    // The guardian is the suspected abuser: vital interests, explained in a note.
    const vital = consentRules({ lawful_basis: 'KEPENTINGAN_VITAL', given_by: 'SUBJEK' }, true);
    expect(vital.childOwnConsent).toBe(false);
    expect(vital.noteRequired).toBe(true);
    expect(vital.checklistRequired).toBe(false);
  });
  it('needs the checklist for consent and a note for any other basis', () => {
    const consent = consentRules({ lawful_basis: 'PERSETUJUAN', given_by: 'SUBJEK' }, false);
    expect(consent).toMatchObject({ checklistRequired: true, noteRequired: false, guardianAllowed: false });
    expect(consentRules({ lawful_basis: 'KEWAJIBAN_HUKUM', given_by: 'SUBJEK' }, false).noteRequired).toBe(true);
    expect(consentRules({ lawful_basis: '', given_by: 'SUBJEK' }, false).noteRequired).toBe(false);
    expect(consentRules({ lawful_basis: 'PERSETUJUAN', given_by: 'ORANG_TUA' }, true).guardianAllowed).toBe(true);
  });
  it('sends the guardian only for a parent or guardian, trims the note', () => {
    const v = { ...newConsentValues(false), purpose: 'PENANGANAN_KASUS', guardian_person_id: 'P1', note: '  ' };
    expect(consentBody(v, false)).toMatchObject({ given_by: 'SUBJEK', guardian_person_id: null, note: null });
    const parent = { ...v, given_by: 'ORANG_TUA', note: ' ibu kandung ' };
    expect(consentBody(parent, true)).toMatchObject({ guardian_person_id: 'P1', note: 'ibu kandung' });
    expect(consentBody(parent, true).checklist).toEqual(parent.checklist);
  });
});

describe('data-subject requests: the 3 x 24 h deadline', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('is due 72 hours after receipt', () => {
    expect(dueAtOf('2026-03-10T12:00:00Z')).toBe('2026-03-13T12:00:00.000Z');
  });
  it('tells open, due soon, overdue and closed apart', () => {
    const due = (h: number) => new Date(now + h * HOUR).toISOString();
    expect(deadlineOf({ status: 'open', due_at: due(48) }, now)).toEqual({ state: 'open', remainingMs: 48 * HOUR });
    expect(deadlineOf({ status: 'open', due_at: due(5) }, now).state).toBe('due_soon');
    expect(deadlineOf({ status: 'open', due_at: due(-1) }, now)).toEqual({ state: 'overdue', remainingMs: -HOUR });
    expect(deadlineOf({ status: 'completed', due_at: due(-1) }, now).state).toBe('closed');
    expect(deadlineOf({ status: 'refused', due_at: due(10) }, now).state).toBe('closed');
  });
  it("trusts the server's overdue flag when the local clock is behind", () => {
    const flagged = { status: 'open', due_at: new Date(now + HOUR).toISOString(), overdue: true } as const;
    expect(deadlineOf(flagged, now).state).toBe('overdue');
  });
  it('formats the time left as its two largest units', () => {
    expect(formatDuration(72 * HOUR, 'id')).toBe('3 hari');
    expect(formatDuration(53 * HOUR + 20 * 60_000, 'id')).toBe('2 hari 5 jam');
    expect(formatDuration(-(5 * HOUR + 12 * 60_000), 'id')).toBe('5 jam 12 menit');
    expect(formatDuration(25 * HOUR + 59_000, 'en')).toBe('1 day 1 hour');
    expect(formatDuration(2 * 60_000, 'en')).toBe('2 minutes');
    expect(formatDuration(30_000, 'en')).toBe('< 1 minute');
    expect(formatDuration(24 * HOUR + 5 * 60_000, 'id')).toBe('1 hari');
  });
});

describe('request form', () => {
  it('turns a local datetime-local value into UTC and leaves an empty one to the server', () => {
    const iso = localDateTimeToIso('2026-03-10T08:30');
    expect(iso).toBe(new Date(2026, 2, 10, 8, 30).toISOString().replace('.000Z', 'Z'));
    expect(localDateTimeToIso('')).toBeUndefined();
    expect(localDateTimeToIso('10/03/2026')).toBeUndefined();
    expect(requestBody({ kind: 'KOREKSI', channel: 'TELEPON', received_at: '', note: ' ' })).toEqual({
      kind: 'KOREKSI',
      channel: 'TELEPON',
      note: null,
    });
    const letter = { kind: 'KOREKSI', channel: 'SURAT', received_at: '2026-03-10T08:30', note: 'x' };
    expect(requestBody(letter).received_at).toBe(iso);
  });
});

describe('request list filters', () => {
  it('reads the URL, ignoring unknown statuses', () => {
    expect(requestFiltersFromParams(new URLSearchParams('status=open&overdue=true&person_id=P1'))).toEqual({
      status: 'open',
      overdue: true,
      person_id: 'P1',
    });
    const none = { status: '', overdue: false, person_id: '' };
    expect(requestFiltersFromParams(new URLSearchParams('status=lost'))).toEqual(none);
  });
  it('drops "overdue" with a closed status, which the API refuses', () => {
    const closed = { status: 'completed', overdue: true, person_id: '' } as const;
    expect(requestFiltersToParams(closed)).toEqual({ status: 'completed' });
    const anyStatus = { status: '', overdue: true, person_id: ' P1 ' } as const;
    expect(requestFiltersToParams(anyStatus)).toEqual({ overdue: 'true', person_id: 'P1' });
    const open = { status: 'open', overdue: true, person_id: '' } as const;
    expect(requestFiltersToQuery(open)).toEqual({ status: 'open', overdue: true });
    expect(requestFiltersToQuery({ status: '', overdue: false, person_id: '' })).toEqual({});
  });
});

describe('data-protection access', () => {
  const me = (roles: string[]) => ({ roles, permissions: [] }) as unknown as Me;
  it('lets supervisors and administrators work the request queue, and only supervisors export', () => {
    expect(canHandleSubjectRequests(me(['SUPERVISOR']))).toBe(true);
    expect(canHandleSubjectRequests(me(['SYSTEM_ADMIN']))).toBe(true);
    expect(canHandleSubjectRequests(me(['CASE_WORKER']))).toBe(false);
    expect(canExportPerson(me(['SUPERVISOR']))).toBe(true);
    expect(canExportPerson(me(['SYSTEM_ADMIN']))).toBe(false);
    expect(canExportPerson(me(['CASE_WORKER']))).toBe(false);
  });
  it('names the export file like the server', () => {
    expect(exportFileName('01JABCDEF')).toBe('sinergi-person-01JABCDEF.json');
    expect(exportFileName('../x')).toBe('sinergi-person-___x.json');
  });
});
