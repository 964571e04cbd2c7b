/**
 * Number, percentage and date formatting the way the users' own documents write them:
 * "53,57 %" (comma decimal, a no-break space before %), dates as YYYY-MM-DD.
 * Pure (Intl only), so reports, exports and screens format the same numbers identically.
 */
export type LocaleTag = 'sv-SE' | 'en-GB';

const percentFormats = new Map<string, Intl.NumberFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached(
  store: Map<string, Intl.NumberFormat>,
  key: string,
  make: () => Intl.NumberFormat,
): Intl.NumberFormat {
  let format = store.get(key);
  if (!format) {
    format = make();
    store.set(key, format);
  }
  return format;
}

/** A share (0.5357) as a percentage with fixed decimals: "53,57 %". */
export function formatPercent(share: number, decimals = 2, locale: LocaleTag = 'sv-SE'): string {
  const format = cached(
    percentFormats,
    `${locale}:${decimals}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }),
  );
  return format.format(share);
}

/** A number with up to `decimals` decimals and sv-SE grouping: "20 000", "3,5". */
export function formatNumber(value: number, decimals = 0, locale: LocaleTag = 'sv-SE'): string {
  const format = cached(
    numberFormats,
    `${locale}:${decimals}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }),
  );
  return format.format(value);
}

const fixedFormats = new Map<string, Intl.NumberFormat>();

/** A number with exactly `decimals` decimals: "3,50" (survey means on the 1–5 scale). */
export function formatFixed(value: number, decimals = 2, locale: LocaleTag = 'sv-SE'): string {
  const format = cached(
    fixedFormats,
    `${locale}:${decimals}`,
    () =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      }),
  );
  return format.format(value);
}

/** A Date as YYYY-MM-DD in local time: the users' and the regulations' date format. */
export function formatIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
