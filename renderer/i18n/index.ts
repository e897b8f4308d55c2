/**
 * i18next for the interface. The language is read synchronously at start-up (localStorage), so
 * the first paint is already in the right language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/model';
import { initialLanguage, LANGUAGE_STORAGE_KEY } from './language';
import { NAMESPACES, resources, type Resources } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initI18n(): typeof i18next {
  const language = initialLanguage(storedLanguage(), navigator.language);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export function currentLanguage(): Language {
  return i18next.language === 'ko' ? 'ko' : 'en';
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode); the choice then lasts for this session.
  }
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}
