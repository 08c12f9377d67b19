// Builds an RFC 7396 merge patch holding only the fields that changed. Empty strings and empty arrays mean "clear".

function normalise(v: unknown): unknown {
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (Array.isArray(v)) return v.length === 0 ? null : v;
  return v === undefined ? null : v;
}

export function mergePatch<T extends object>(before: Partial<T>, after: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    const a = normalise(v);
    const b = normalise((before as Record<string, unknown>)[k]);
    if (JSON.stringify(a) !== JSON.stringify(b)) out[k] = a;
  }
  return out as Partial<T>;
}

/** A create body: empty values are left out. */
export function compact<T extends object>(values: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    const n = normalise(v);
    if (n !== null) out[k] = n;
  }
  return out as T;
}
