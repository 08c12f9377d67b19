import { describe, expect, it } from 'vitest';
import type { TppoScreeningResult } from '../api/types';
import { canScreen } from './access';
import { problemToFormErrors } from './problem';
import {
  CODE_FIELDS,
  SCREENING_FIELDS,
  elementRows,
  explanationFor,
  forcedLabourStatus,
  isChildAge,
  newScreeningValues,
  parseAge,
  resultColor,
  screeningBody,
} from './screening';

const forcedLabour = (over: Partial<TppoScreeningResult['forced_labour']> = {}) => ({
  suspected: false,
  refer_for_assessment: false,
  involuntariness: [],
  penalty: [],
  ...over,
});

const elements = (over: Partial<TppoScreeningResult['elements_met']> = {}) => ({
  act: true,
  means: false,
  purpose: true,
  child: false,
  exploitation_occurred: false,
  ...over,
});

describe('victim age', () => {
  it('reads empty as unknown and whole numbers as years', () => {
    expect(parseAge('')).toEqual({ ok: true, age: null });
    expect(parseAge('   ')).toEqual({ ok: true, age: null });
    expect(parseAge(' 15 ')).toEqual({ ok: true, age: 15 });
    expect(parseAge('0')).toEqual({ ok: true, age: 0 });
  });
  it('passes an out-of-range whole number on for the server to name', () => {
    expect(parseAge('140')).toEqual({ ok: true, age: 140 });
    expect(parseAge('-3')).toEqual({ ok: true, age: -3 });
  });
  it('refuses what is not a whole number of years', () => {
    expect(parseAge('15.5')).toEqual({ ok: false });
    expect(parseAge('lima belas')).toEqual({ ok: false });
    expect(parseAge('1e2')).toEqual({ ok: false });
    expect(parseAge('99999999999999999999')).toEqual({ ok: false });
  });
  it('is a child under 18 only when the age is known', () => {
    expect(isChildAge('17')).toBe(true);
    expect(isChildAge('0')).toBe(true);
    expect(isChildAge('18')).toBe(false);
    expect(isChildAge('')).toBe(false);
    expect(isChildAge('-1')).toBe(false);
    expect(isChildAge('abc')).toBe(false);
  });
});

describe('screening request', () => {
  it('sends every field, an unknown age as null', () => {
    expect(screeningBody(newScreeningValues())).toEqual({
      acts: [],
      means: [],
      purposes: [],
      victim_age: null,
      exploitation_occurred: false,
      ilo_indicators: [],
    });
  });
  it('carries the ticked codes once each and the age as a number', () => {
    const body = screeningBody({
      acts: ['PEREKRUTAN', 'PENGIRIMAN', 'PEREKRUTAN'],
      means: ['PENIPUAN'],
      purposes: ['KERJA_PAKSA'],
      ilo_indicators: ['FL02', 'FL07'],
      victim_age: '27',
      exploitation_occurred: true,
    });
    expect(body).toEqual({
      acts: ['PEREKRUTAN', 'PENGIRIMAN'],
      means: ['PENIPUAN'],
      purposes: ['KERJA_PAKSA'],
      victim_age: 27,
      exploitation_occurred: true,
      ilo_indicators: ['FL02', 'FL07'],
    });
  });
  it('is not built while the age cannot be read', () => {
    expect(screeningBody({ ...newScreeningValues(), victim_age: '15 tahun' })).toBeNull();
  });
  it('has a form field for every input of the server', () => {
    const body = screeningBody(newScreeningValues());
    expect([...SCREENING_FIELDS].sort()).toEqual(Object.keys(body ?? {}).sort());
    expect(CODE_FIELDS).toEqual(['acts', 'means', 'purposes', 'ilo_indicators']);
  });
});

describe('server errors on the form', () => {
  it('puts an unknown code on its checkbox group and keeps the general message (400)', () => {
    const r = problemToFormErrors(
      {
        status: 400,
        code: 'unknown_code',
        detail: 'Unknown code: acts[1] ilo_indicators[0]',
        errors: [
          { field: 'acts[1]', code: 'unknown_code', message: "'MENCULIK' is not in code list tppo_act" },
          { field: 'ilo_indicators[0]', code: 'unknown_code', message: "'FL12' is not in code list ilo_forced_labour" },
        ],
      },
      SCREENING_FIELDS,
    );
    expect(r.fields).toEqual({
      acts: "'MENCULIK' is not in code list tppo_act",
      ilo_indicators: "'FL12' is not in code list ilo_forced_labour",
    });
    expect(r.general).toBe('Unknown code: acts[1] ilo_indicators[0]');
    expect(r.code).toBe('unknown_code');
  });
  it('puts an age out of range on the age field with no general message (422)', () => {
    const r = problemToFormErrors(
      {
        status: 422,
        code: 'validation_failed',
        errors: [{ field: 'victim_age', code: 'out_of_range', message: 'must be between 0 and 130 years' }],
      },
      SCREENING_FIELDS,
    );
    expect(r.fields).toEqual({ victim_age: 'must be between 0 and 130 years' });
    expect(r.general).toBeNull();
  });
});

describe('screening result display', () => {
  it('colours presumed trafficking red or orange, exploitation without means yellow, no pattern grey', () => {
    expect(resultColor('PRESUMED_TPPO')).toBe('red');
    expect(resultColor('PRESUMED_TPPO_CHILD')).toBe('orange');
    expect(resultColor('EXPLOITATION_WITHOUT_MEANS')).toBe('yellow');
    expect(resultColor('NOT_TPPO_PATTERN')).toBe('gray');
    expect(resultColor('SOMETHING_NEW')).toBe('gray');
  });
  it('shows the explanation in the page language', () => {
    const r = { explanation: 'Presumed trafficking', explanation_id: 'Diduga TPPO' };
    expect(explanationFor(r, 'id')).toBe('Diduga TPPO');
    expect(explanationFor(r, 'en')).toBe('Presumed trafficking');
  });
  it('lists the elements in a fixed order, the means as not required for a child', () => {
    const child = elementRows({ elements_met: elements({ child: true }) });
    expect(child.map((e) => e.key)).toEqual(['act', 'means', 'purpose', 'child', 'exploitation_occurred']);
    expect(child.map((e) => e.met)).toEqual([true, false, true, true, false]);
    expect(child.find((e) => e.key === 'means')?.notRequired).toBe(true);
    // An adult without means: the means are missing, not waived.
    expect(elementRows({ elements_met: elements() }).find((e) => e.key === 'means')?.notRequired).toBe(false);
    // A child with means: met, nothing to waive.
    const withMeans = elementRows({ elements_met: elements({ child: true, means: true }) });
    expect(withMeans.find((e) => e.key === 'means')).toEqual({ key: 'means', met: true, notRequired: false });
    expect(withMeans.filter((e) => e.notRequired)).toEqual([]);
  });
  it('names the forced-labour outcome: suspected before referral before none', () => {
    expect(forcedLabourStatus(forcedLabour({ suspected: true, refer_for_assessment: true }))).toBe('suspected');
    expect(forcedLabourStatus(forcedLabour({ refer_for_assessment: true, penalty: ['FL07'] }))).toBe('refer');
    expect(forcedLabourStatus(forcedLabour({ involuntariness: ['FL11'] }))).toBe('none');
  });
});

describe('screening access', () => {
  const me = (roles: string[], permissions: string[] = []) => ({ roles, permissions });
  it('follows the screening permission of GET /me', () => {
    const perms = ['reference_read', 'registry_read', 'screening'];
    expect(canScreen(me(['SUPERVISOR'], [...perms, 'registry_write', 'audit_read']))).toBe(true);
    expect(canScreen(me(['POLICE_INVESTIGATOR'], perms))).toBe(true);
    // The permissions win over the roles when the server lists any.
    expect(canScreen(me(['CASE_WORKER'], ['reference_read', 'registry_read']))).toBe(false);
  });
  it('falls back to the role table when no permission is listed', () => {
    expect(canScreen(me(['SUPERVISOR']))).toBe(true);
    expect(canScreen(me(['CASE_WORKER']))).toBe(true);
    expect(canScreen(me(['VIEWER', 'POLICE_INVESTIGATOR']))).toBe(true);
    expect(canScreen(me(['VIEWER']))).toBe(false);
  });
  it('keeps everyone else out', () => {
    expect(canScreen(me(['VIEWER'], ['reference_read', 'registry_read']))).toBe(false);
    expect(canScreen(me(['DATA_ANALYST'], ['reference_read']))).toBe(false);
    expect(canScreen(me(['SYSTEM_ADMIN'], ['reference_read', 'identity_admin', 'audit_read']))).toBe(false);
    expect(canScreen(me([]))).toBe(false);
    expect(canScreen(null)).toBe(false);
  });
});
