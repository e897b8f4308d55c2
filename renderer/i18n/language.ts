import { LANGUAGES, type Language } from '../domain/model';

export const LANGUAGE_STORAGE_KEY = 'seogi.interfaceLanguage';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The stored choice wins; on first start Korean for any `ko*` browser language, else English. */
export function initialLanguage(stored: string | null, navigatorLanguage: string | undefined): Language {
  if (isLanguage(stored)) return stored;
  return navigatorLanguage?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
