import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../i18n';

/** A stored ISO time as the reader's date and time ("2026-02-10 14:05" in sv-SE). */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useCallback(
    (iso: string) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(
        date,
      );
    },
    [locale],
  );
}
