import { describe, expect, it } from 'vitest';
import { generalMessage, problemToFormErrors, resolveField } from './problem';

const fields = ['full_name', 'nik', 'aliases', 'documents', 'documents[2].status'];

describe('resolveField', () => {
  it('uses the exact path when the form has it', () => {
    expect(resolveField('documents[2].status', fields)).toBe('documents[2].status');
  });
  it('falls back to the nearest parent', () => {
    expect(resolveField('aliases[1]', fields)).toBe('aliases');
    expect(resolveField('documents[4].number', fields)).toBe('documents');
  });
  it('returns null for unknown fields', () => {
    expect(resolveField('colour', fields)).toBeNull();
  });
});

describe('problemToFormErrors', () => {
  it('maps field errors onto form fields and leaves no general message for a pure validation failure', () => {
    const r = problemToFormErrors(
      {
        status: 422,
        code: 'validation_failed',
        detail: 'The request has invalid fields.',
        errors: [
          { field: 'full_name', code: 'required', message: 'full_name is required' },
          { field: 'nik', code: 'nik.length', message: 'NIK must have 16 digits' },
          { field: 'nik', code: 'nik.not_digits', message: 'second error for the same field is dropped' },
        ],
      },
      fields,
    );
    expect(r.fields).toEqual({ full_name: 'full_name is required', nik: 'NIK must have 16 digits' });
    expect(r.general).toBeNull();
    expect(r.code).toBe('validation_failed');
  });

  it('translates field messages by error code when a translation exists', () => {
    const t = (key: string, fallback: string) => (key === 'fieldError.required' ? 'Wajib diisi.' : fallback);
    const r = problemToFormErrors(
      { status: 422, errors: [{ field: 'full_name', code: 'required', message: 'required' }] },
      fields,
      t,
    );
    expect(r.fields.full_name).toBe('Wajib diisi.');
  });

  it('puts errors for unknown fields into the general message', () => {
    const r = problemToFormErrors(
      { status: 400, code: 'unknown_field', detail: 'Unknown field', errors: [{ field: 'colour', code: 'unknown_field', message: 'not allowed' }] },
      fields,
    );
    expect(r.fields).toEqual({});
    expect(r.general).toContain('Unknown field');
    expect(r.general).toContain('colour: not allowed');
  });

  it('turns 412 into the "changed by someone else" message', () => {
    const r = problemToFormErrors({ status: 412, code: 'version_mismatch', detail: 'stale' }, fields);
    expect(r.general).toMatch(/changed by someone else/);
    expect(r.status).toBe(412);
  });

  it('shows the detail of a rule refusal without field errors', () => {
    const r = problemToFormErrors(
      { status: 422, code: 'journey.documents_incomplete', detail: 'Missing: PASPOR, VISA_KERJA' },
      fields,
    );
    expect(r.general).toBe('Missing: PASPOR, VISA_KERJA');
  });
});

describe('generalMessage', () => {
  it('combines a translated code with the detail', () => {
    const t = (key: string, fallback: string) => (key === 'problem.journey.underage_departure' ? 'Di bawah umur.' : fallback);
    expect(generalMessage({ status: 422, code: 'journey.underage_departure', detail: 'age 17' }, t)).toBe('Di bawah umur. (age 17)');
  });
  it('reports network failures', () => {
    expect(generalMessage({ status: 0, code: 'network_error' })).toMatch(/cannot be reached/);
  });
});
