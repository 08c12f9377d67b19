import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Every source file's text, via Vite's glob import (no Node typings needed).
const sources = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('translations', () => {
  it('every Indonesian key exists in English and vice versa', () => {
    const idKeys = Object.keys(id).sort();
    const enKeys = Object.keys(en).sort();
    expect(idKeys.filter((k) => !(k in en))).toEqual([]);
    expect(enKeys.filter((k) => !(k in id))).toEqual([]);
  });

  it('no message is empty and both languages use the same placeholders', () => {
    for (const [key, text] of Object.entries(id)) {
      const other = (en as Record<string, string>)[key];
      expect(text.trim(), `id ${key}`).not.toBe('');
      expect(other?.trim(), `en ${key}`).not.toBe('');
      expect(placeholders(other ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('every literal key used with t() exists', () => {
    const used = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in id))).toEqual([]);
  });
});
