import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useWork } from '../../../shell/WorkContext';
import { readIncidentCategories } from '../useIncidentCategories';
import { CategoryEditor } from './CategoryEditor';
import { useCategoryUsage } from './useCategoryUsage';
import './categories.css';

/** The lowest level whose installation edits the lists (a verksamhet and up). */
export const MIN_EDIT_LEVEL = 2;

/**
 * Händelser → Kategorier: the organisation's place and cause lists. They decide how incidents are
 * grouped in every unit's statistics, so they are set above the units: an installation at
 * verksamhet level or higher edits them, a unit's installation reads them. (Lists edited per unit
 * would make the charts of the units impossible to add up.)
 */
export function CategorySettings() {
  const { t } = useTranslation();
  const { identity, tree, nodes } = useWork();
  const ownNode = identity.nodeId ? tree.byId.get(identity.nodeId) : undefined;
  const canEditLists = ownNode ? ownNode.level >= MIN_EDIT_LEVEL : true;
  // The units this installation writes for: the incidents a rename may rewrite.
  const unitIds = useMemo(
    () =>
      (ownNode ? tree.unitsUnder(ownNode.id) : nodes.filter((n) => n.level === 1)).map((n) => n.id),
    [ownNode, tree, nodes],
  );
  const stored = useLiveQuery(readIncidentCategories, []);
  const usage = useCategoryUsage(unitIds);

  return (
    <div className="icat">
      <div className="card">
        <h2>{t('incidents.stats.settings.heading')}</h2>
        <p className="help">{t('incidents.stats.settings.intro')}</p>
        {canEditLists ? (
          <p className="help">{t('incidents.stats.settings.renameWarning')}</p>
        ) : (
          <p className="icat-readonly">
            {t('incidents.stats.settings.readOnly', {
              level: identity.levelNames[MIN_EDIT_LEVEL - 1] ?? '',
              node: ownNode?.name ?? '',
            })}
          </p>
        )}
      </div>
      {!stored ? (
        <p className="loading">{t('incidents.stats.loading')}</p>
      ) : canEditLists ? (
        <CategoryEditor stored={stored} usage={usage} unitIds={unitIds} />
      ) : (
        <div className="icat-columns">
          <ReadOnlyList
            heading={t('incidents.stats.settings.places.heading')}
            names={stored.places}
          />
          <ReadOnlyList
            heading={t('incidents.stats.settings.causes.heading')}
            names={stored.causes}
          />
        </div>
      )}
    </div>
  );
}

function ReadOnlyList({ heading, names }: { heading: string; names: readonly string[] }) {
  return (
    <section className="card" aria-label={heading}>
      <h3>{heading}</h3>
      <ol className="icat-readonly-list">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ol>
    </section>
  );
}
