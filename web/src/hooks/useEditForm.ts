import { useEffect, useRef, useState, type DependencyList, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApiResponse } from '../api/client';
import { planSave, redirectPath, type SaveRedirect, type SaveSpec, type Versioned } from '../lib/editForm';
import { IdempotencyKeeper } from '../lib/idempotency';
import type { FormErrors } from '../lib/problem';
import { useAsync } from './useAsync';
import { useFormErrors } from './useFormErrors';

export interface EditFormOptions<R extends Versioned, V, C extends object, P extends object, T>
  extends SaveSpec<R, V, C, P> {
  /** The id of the record to edit; undefined (or empty) when creating. */
  id: string | undefined;
  load: (id: string) => Promise<ApiResponse<R>>;
  /** The values a new record starts with. */
  empty: () => V;
  /** Besides the loaded record, what `toValues` reads (e.g. a lookup list): the values are derived anew when it changes. */
  valuesDeps?: DependencyList;
  /** The form's field paths, for mapping problem+json field errors (see useFormErrors). */
  fields: readonly string[];
  /** Sends the create; null when this page cannot create (a submission then sends nothing). */
  create: ((body: C, idempotencyKey: string) => Promise<ApiResponse<T>>) | null;
  /** Sends the merge patch with If-Match. */
  patch: (id: string, body: Partial<P>, ifMatch: string) => Promise<unknown>;
  /** Where to navigate after a successful save. */
  redirectTo: SaveRedirect<R, T>;
}

export interface EditForm<R, V> {
  /** An id was given: the form edits that record. */
  editing: boolean;
  /** The loaded record (undefined while loading, or when creating). */
  record: R | undefined;
  /** False while the record to edit is not loaded yet: show `loading` / `loadError` instead of the form. */
  ready: boolean;
  loading: boolean;
  loadError: unknown;
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** A save is in flight. */
  busy: boolean;
  /** The errors of the last failed save. */
  errors: FormErrors | null;
  fieldError: (name: string) => string | undefined;
  /** The form's onSubmit. */
  submit: (e: FormEvent) => Promise<void>;
  /** Clears the errors and loads the record again (e.g. after a 412). */
  reload: () => void;
}

/**
 * Create-or-edit form state: loads the record to edit, keeps the values, and saves them as an idempotent create or a
 * merge patch with If-Match, mapping problem+json errors onto the fields, then navigates.
 */
export function useEditForm<R extends Versioned, V, C extends object, P extends object, T>(
  options: EditFormOptions<R, V, C, P, T>,
): EditForm<R, V> {
  const { id, load, empty, toValues, valuesDeps = [], fields, create, patch, redirectTo } = options;
  const navigate = useNavigate();
  const [values, setValues] = useState<V>(empty);
  const [busy, setBusy] = useState(false);
  const { errors, fail, clear, fieldError } = useFormErrors(fields);
  const keeper = useRef(new IdempotencyKeeper());
  const loaded = useAsync(async () => (id ? load(id) : null), [id]);
  const original = loaded.data;

  useEffect(() => {
    setValues(original ? toValues(original.data) : empty());
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [original, ...valuesDeps]);

  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      const plan = planSave(original, values, options);
      if (plan.kind === 'create') {
        if (create) {
          const res = await create(plan.body, keeper.current.keyFor(plan.body));
          keeper.current.reset();
          navigate(redirectPath(redirectTo, { kind: 'created', created: res.data }));
        }
      } else {
        if (plan.kind === 'patch') await patch(plan.record.id, plan.body, plan.ifMatch);
        navigate(redirectPath(redirectTo, { kind: 'updated', record: plan.record }));
      }
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const reload = () => {
    clear();
    loaded.reload();
  };

  return {
    editing: Boolean(id),
    record: original?.data,
    ready: !id || Boolean(original),
    loading: loaded.loading,
    loadError: loaded.error,
    values,
    set,
    busy,
    errors,
    fieldError,
    submit,
    reload,
  };
}
