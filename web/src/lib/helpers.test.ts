import { describe, expect, it } from 'vitest';
import { IdempotencyKeeper, newIdempotencyKey } from './idempotency';
import { phaseStep, transitionNeeds } from './journey';
import { compact, mergePatch } from './patch';
import { nikRegionPrefix, regionAncestors } from './regions';

describe('IdempotencyKeeper', () => {
  it('reuses the key for a retry of the same body and makes a new one when the body changes', () => {
    let n = 0;
    const k = new IdempotencyKeeper(() => `key-${++n}`);
    expect(k.keyFor({ a: 1 })).toBe('key-1');
    expect(k.keyFor({ a: 1 })).toBe('key-1');
    expect(k.keyFor({ a: 2 })).toBe('key-2');
    k.reset();
    expect(k.keyFor({ a: 2 })).toBe('key-3');
  });
  it('generates UUID-shaped keys', () => {
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('mergePatch', () => {
  it('sends only changed fields and clears emptied ones with null', () => {
    const before = { full_name: 'Siti', nik: '3374105205900001', phone: '0812', aliases: ['A'] };
    const after = { full_name: 'Siti Aminah', nik: '3374105205900001', phone: '', aliases: [] as string[] };
    expect(mergePatch(before, after)).toEqual({ full_name: 'Siti Aminah', phone: null, aliases: null });
  });
  it('treats whitespace-only edits as no change', () => {
    expect(mergePatch({ a: 'x' }, { a: ' x ' })).toEqual({});
  });
});

describe('compact', () => {
  it('drops empty values from create bodies', () => {
    expect(compact({ full_name: ' Siti ', nik: '', aliases: [], procedural: false })).toEqual({
      full_name: 'Siti',
      procedural: false,
    });
  });
});

describe('regions', () => {
  it('lists the ancestors of a dotted code', () => {
    expect(regionAncestors('33.74.10.1001')).toEqual(['33', '33.74', '33.74.10', '33.74.10.1001']);
    expect(regionAncestors('')).toEqual([]);
  });
  it('reads the district prefix of a NIK', () => {
    expect(nikRegionPrefix('3374105205900001')).toBe('33.74.10');
    expect(nikRegionPrefix('33')).toBeNull();
  });
});

describe('journey helpers', () => {
  it('places statuses on the three-phase stepper', () => {
    expect(phaseStep('registered', 'before')).toBe(0);
    expect(phaseStep('working_abroad', 'during')).toBe(1);
    expect(phaseStep('returned', 'after')).toBe(2);
    expect(phaseStep('closed', 'after')).toBe(3);
  });
  it('asks for what each transition needs', () => {
    expect(transitionNeeds('working_abroad', 'ready_to_depart', false).overrideReason).toBe(true);
    expect(transitionNeeds('working_abroad', 'ready_to_depart', true).overrideReason).toBe(false);
    expect(transitionNeeds('returned', 'working_abroad', true).returnReason).toBe(true);
    expect(transitionNeeds('closed', 'registered', true).reasonRequired).toBe(true);
    expect(transitionNeeds('closed', 'returned', true).reasonRequired).toBe(false);
  });
});
