import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/format';
import type { PendingEffects } from './category-effects';

/**
 * Before saving: which renames reach stored incidents (with the choice to rewrite them) and how
 * many incidents lose their category to a removal. Nothing is shown when the save touches none.
 */
export function PendingChanges({
  effects,
  rewrite,
  onRewriteChange,
}: {
  effects: PendingEffects;
  rewrite: boolean;
  onRewriteChange(rewrite: boolean): void;
}) {
  const { t } = useTranslation();
  const checkboxId = useId();
  if (effects.renames.length === 0 && effects.removedIncidents === 0) return null;
  return (
    <div className="icat-pending">
      {effects.renames.length > 0 ? (
        <>
          <p className="icat-pending-heading">{t('incidents.stats.settings.pending.heading')}</p>
          <ul>
            {effects.renames.map((effect) => (
              <li key={`${effect.list}:${effect.from}`}>
                {t('incidents.stats.settings.pending.item', {
                  from: effect.from,
                  to: effect.to,
                  count: effect.count,
                  formatted: formatNumber(effect.count),
                })}
              </li>
            ))}
          </ul>
          <div className="icat-check">
            <input
              id={checkboxId}
              type="checkbox"
              checked={rewrite}
              aria-describedby={`${checkboxId}-help`}
              onChange={(event) => onRewriteChange(event.target.checked)}
            />
            <label htmlFor={checkboxId}>{t('incidents.stats.settings.pending.rewrite')}</label>
          </div>
          <p id={`${checkboxId}-help`} className="help">
            {t('incidents.stats.settings.pending.keep')}
          </p>
        </>
      ) : null}
      {effects.removedIncidents > 0 ? (
        <p className="icat-warning">
          {t('incidents.stats.settings.pending.removedUsed', {
            count: effects.removedIncidents,
            formatted: formatNumber(effects.removedIncidents),
          })}
        </p>
      ) : null}
    </div>
  );
}
