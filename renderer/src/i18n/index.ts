import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LocaleTag } from '@shared/format';
import { en } from './en';
import { sv, type Messages } from './sv';

export type Language = 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'en'];
const STORAGE_KEY = 'sam.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

/** The remembered choice, else Swedish: the users' documents and the law are Swedish. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    return 'sv';
  }
}

export function localeOf(language: string): LocaleTag {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLanguage();
  await i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'sv',
    resources: { sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full disk: the choice holds for this session only.
  }
}
