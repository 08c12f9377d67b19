import { referenceApi } from '../api/reference';
import type { CodelistItem, Country } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useAsync } from './useAsync';

export function useCodelist(name: string): CodelistItem[] {
  const { data } = useAsync(() => referenceApi.codelist(name), [name]);
  return data?.items ?? [];
}

/** Select options for a codelist in the current language. */
export function useCodelistOptions(name: string): { value: string; label: string }[] {
  const items = useCodelist(name);
  const { label } = useI18n();
  return items.map((i) => ({ value: i.code, label: label(i) }));
}

/** A function giving the label of a code (the code itself while the list loads or when unknown). */
export function useCodeLabel(name: string): (code: string | null | undefined) => string {
  const items = useCodelist(name);
  const { label } = useI18n();
  return (code) => (code ? label(items.find((i) => i.code === code), code) : '—');
}

export function useCountries(): Country[] {
  const { data } = useAsync(() => referenceApi.countries(), []);
  return data ?? [];
}
