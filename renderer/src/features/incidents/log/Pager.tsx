import { useTranslation } from 'react-i18next';

/**
 * Rows per page. A year of a whole administration (a few hundred events) shows at once; "all
 * years" after a large KIA import (tens of thousands) is paged, so the table stays quick.
 */
export const PAGE_SIZE = 500;

/** One page of the rows (the page clamped to the last one), and where it lies. */
export function pageOf<T>(
  all: readonly T[],
  page: number,
): { rows: T[]; page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(all.length / PAGE_SIZE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const start = current * PAGE_SIZE;
  const rows = all.slice(start, start + PAGE_SIZE);
  return { rows, page: current, pages, from: start + 1, to: start + rows.length };
}

/** Previous / next with where the user is: "Händelse 501–1000 av 2 340". */
export function Pager({
  page,
  pages,
  from,
  to,
  count,
  onPage,
}: {
  page: number;
  pages: number;
  from: number;
  to: number;
  count: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="ilog-pager" aria-label={t('incidents.log.pager.label')}>
      <button
        type="button"
        className="button"
        // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
        aria-disabled={page === 0 || undefined}
        onClick={() => {
          if (page > 0) onPage(page - 1);
        }}
      >
        {t('incidents.log.pager.previous')}
      </button>
      <span aria-live="polite">{t('incidents.log.pager.range', { from, to, count })}</span>
      <button
        type="button"
        className="button"
        aria-disabled={page >= pages - 1 || undefined}
        onClick={() => {
          if (page < pages - 1) onPage(page + 1);
        }}
      >
        {t('incidents.log.pager.next')}
      </button>
    </nav>
  );
}
