import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpandMode } from './tree-view';

/** Search, "Visa arkiverade" and open/close all: what makes a 2,000-node tree workable. */
export function TreeToolbar({
  query,
  onQuery,
  matches,
  showArchived,
  onShowArchived,
  onExpand,
}: {
  query: string;
  onQuery: (query: string) => void;
  matches: number | null;
  showArchived: boolean;
  onShowArchived: (show: boolean) => void;
  onExpand: (mode: ExpandMode) => void;
}) {
  const { t } = useTranslation();
  const searchId = useId();
  return (
    <div className="org-toolbar">
      <div className="org-toolbar-row">
        <div className="org-field org-search">
          <label htmlFor={searchId} className="org-label">
            {t('org.tree.filter')}
          </label>
          <input
            id={searchId}
            type="search"
            value={query}
            aria-describedby={`${searchId}-help`}
            onChange={(event) => onQuery(event.target.value)}
          />
        </div>
        <label className="org-check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => onShowArchived(event.target.checked)}
          />
          <span>{t('org.tree.showArchived')}</span>
        </label>
        <div className="org-toolbar-buttons">
          <button type="button" className="button org-button-small" onClick={() => onExpand('all')}>
            {t('org.tree.expandAll')}
          </button>
          <button
            type="button"
            className="button org-button-small"
            onClick={() => onExpand('none')}
          >
            {t('org.tree.collapseAll')}
          </button>
        </div>
      </div>
      <span id={`${searchId}-help`} className="org-hint">
        {matches === null ? t('org.tree.filterHelp') : t('org.tree.matches', { count: matches })}
      </span>
    </div>
  );
}
