// A tiny typed translation layer: flat JSON message files, `{name}` placeholders, language kept in localStorage.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import id from './id.json';

export type Lang = 'id' | 'en';
export type MessageKey = keyof typeof id;
export type Params = Record<string, string | number>;

export const messages: Record<Lang, Record<string, string>> = { id, en };
const STORAGE_KEY = 'sinergi.lang';

export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function translate(lang: Lang, key: string, params?: Params): string | undefined {
  const text = messages[lang][key] ?? messages.id[key];
  return text === undefined ? undefined : interpolate(text, params);
}

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'id' || saved === 'en') return saved;
  } catch {
    // storage blocked: use the default
  }
  return 'id';
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A static key checked by the compiler. */
  t: (key: MessageKey, params?: Params) => string;
  /** A key built from data (warning or error codes); returns `fallback` when there is no translation. */
  tx: (key: string, fallback: string, params?: Params) => string;
  /** The label of a codelist item or country in the current language. */
  label: (item: { label_id: string; label_en: string } | undefined, fallback?: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // ignore
    }
    document.documentElement.lang = l;
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, params) => translate(lang, key, params) ?? key,
      tx: (key, fallback, params) => translate(lang, key, params) ?? fallback,
      label: (item, fallback = '—') => (item ? (lang === 'id' ? item.label_id : item.label_en) : fallback),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
