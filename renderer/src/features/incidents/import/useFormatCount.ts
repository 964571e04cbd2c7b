import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/format';
import { localeOf } from '../../../i18n';

/** Counts as the language writes them ("20 000" in Swedish). */
export function useFormatCount(): (value: number) => string {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return (value) => formatNumber(value, 0, locale);
}
