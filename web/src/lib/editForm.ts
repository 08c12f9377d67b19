// What saving a create-or-edit form sends: a compacted create body when there is no record yet, otherwise an
// RFC 7396 merge patch of the fields that changed, sent with If-Match for the version that was loaded.
import { etagOf } from '../api/client';
import { compact, mergePatch } from './patch';

/** A record that can be edited: addressed by id, guarded by its version. */
export interface Versioned {
  id: string;
  version: number;
}

/** The loaded record with the ETag the server sent for it. */
export interface LoadedRecord<R extends Versioned> {
  data: R;
  etag: string | null;
}

/** How a form's values become request bodies. */
export interface SaveSpec<R extends Versioned, V, C extends object, P extends object> {
  /** The values a record starts the form with (to diff against). */
  toValues: (record: R) => V;
  /** The create body before empty values are left out. */
  toCreateBody: (values: V) => C;
  /** The fields a patch may change, in full; the patch holds those that differ from the record's. */
  toPatchable: (values: V) => P;
  /** Fields never sent in a patch (e.g. a code fixed once created). */
  readOnly?: readonly (keyof P)[];
}

export type SavePlan<R, C, P> =
  | { kind: 'create'; body: C }
  | { kind: 'patch'; record: R; body: Partial<P>; ifMatch: string }
  /** Editing, and nothing changed: no request. */
  | { kind: 'unchanged'; record: R };

/** Decides what a submission of `values` sends: a create without `original`, else a patch (or nothing). */
export function planSave<R extends Versioned, V, C extends object, P extends object>(
  original: LoadedRecord<R> | null | undefined,
  values: V,
  spec: SaveSpec<R, V, C, P>,
): SavePlan<R, C, P> {
  if (!original) return { kind: 'create', body: compact(spec.toCreateBody(values)) };
  const record = original.data;
  const body = mergePatch(spec.toPatchable(spec.toValues(record)), spec.toPatchable(values));
  for (const key of spec.readOnly ?? []) delete body[key];
  if (Object.keys(body).length === 0) return { kind: 'unchanged', record };
  return { kind: 'patch', record, body, ifMatch: etagOf(original, record.version) };
}

/** What a successful save did: created `created`, or updated (or left unchanged) the loaded `record`. */
export type SaveResult<R, T> = { kind: 'created'; created: T } | { kind: 'updated'; record: R };

/** Where to go after a save: one path for both cases, or one chosen from the result. */
export type SaveRedirect<R, T> = string | ((result: SaveResult<R, T>) => string);

export function redirectPath<R, T>(redirect: SaveRedirect<R, T>, result: SaveResult<R, T>): string {
  return typeof redirect === 'string' ? redirect : redirect(result);
}
