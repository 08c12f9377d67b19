import { describe, expect, it } from 'vitest';
import { planSave, redirectPath, type SaveResult, type SaveSpec } from './editForm';

interface Rec {
  id: string;
  version: number;
  code: string;
  name: string;
  phone: string | null;
  tags: string[];
}

interface Values {
  code: string;
  name: string;
  phone: string;
  tags: string[];
}

const toValues = (r: Rec): Values => ({ code: r.code, name: r.name, phone: r.phone ?? '', tags: [...r.tags] });
const toBody = (v: Values) => ({ code: v.code.trim().toUpperCase(), name: v.name, phone: v.phone, tags: v.tags });
const spec: SaveSpec<Rec, Values, ReturnType<typeof toBody>, ReturnType<typeof toBody>> = {
  toValues,
  toCreateBody: toBody,
  toPatchable: toBody,
};

const record: Rec = { id: 'r1', version: 3, code: 'AB', name: 'Agency', phone: '0812', tags: ['x'] };

describe('planSave', () => {
  it('creates with empty values left out when there is no record', () => {
    const values: Values = { code: ' ab ', name: ' Agency ', phone: '', tags: [] };
    expect(planSave(null, values, spec)).toEqual({ kind: 'create', body: { code: 'AB', name: 'Agency' } });
    expect(planSave(undefined, values, spec).kind).toBe('create');
  });

  it('patches only the changed fields with If-Match of the loaded ETag', () => {
    const values: Values = { ...toValues(record), name: 'Renamed', phone: '', tags: ['x', 'y'] };
    expect(planSave({ data: record, etag: 'W/"abc"' }, values, spec)).toEqual({
      kind: 'patch',
      record,
      body: { name: 'Renamed', phone: null, tags: ['x', 'y'] },
      ifMatch: 'W/"abc"',
    });
  });

  it('falls back to the version as ETag when the server sent none', () => {
    const values: Values = { ...toValues(record), name: 'Renamed' };
    const plan = planSave({ data: record, etag: null }, values, spec);
    expect(plan.kind === 'patch' && plan.ifMatch).toBe('"3"');
  });

  it('sends nothing when nothing changed (whitespace alone is no change)', () => {
    const values: Values = { ...toValues(record), name: ' Agency ' };
    expect(planSave({ data: record, etag: '"3"' }, values, spec)).toEqual({ kind: 'unchanged', record });
  });

  it('never patches read-only fields', () => {
    const ro = { ...spec, readOnly: ['code'] as const };
    const codeOnly: Values = { ...toValues(record), code: 'ZZ' };
    expect(planSave({ data: record, etag: '"3"' }, codeOnly, ro)).toEqual({ kind: 'unchanged', record });
    const both: Values = { ...codeOnly, name: 'Renamed' };
    const plan = planSave({ data: record, etag: '"3"' }, both, ro);
    expect(plan.kind === 'patch' && plan.body).toEqual({ name: 'Renamed' });
  });

  it('diffs the patchable projection, which may differ from the create body', () => {
    const patchSpec: SaveSpec<Rec, Values, ReturnType<typeof toBody>, { name: string }> = {
      toValues,
      toCreateBody: toBody,
      toPatchable: (v) => ({ name: v.name }),
    };
    const values: Values = { ...toValues(record), phone: '0999' };
    expect(planSave({ data: record, etag: '"3"' }, values, patchSpec).kind).toBe('unchanged');
  });
});

describe('redirectPath', () => {
  const created: SaveResult<Rec, { id: string }> = { kind: 'created', created: { id: 'new1' } };
  const updated: SaveResult<Rec, { id: string }> = { kind: 'updated', record };
  it('takes a fixed path as is', () => {
    expect(redirectPath('/admin/agencies', created)).toBe('/admin/agencies');
    expect(redirectPath('/admin/agencies', updated)).toBe('/admin/agencies');
  });
  it('asks a function for the path of this result', () => {
    const to = (r: SaveResult<Rec, { id: string }>) => `/x/${r.kind === 'created' ? r.created.id : r.record.id}`;
    expect(redirectPath(to, created)).toBe('/x/new1');
    expect(redirectPath(to, updated)).toBe('/x/r1');
  });
});
