import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Aggregate } from '@shared/rollup/types';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../shell/WorkContext';
import { CoverageText } from './CoverageLine';
import { rollupPath } from './rollup-paths';

/** The level below, each with its coverage and own summary; a name leads to its own view. */
export function ChildrenList({ root, aggregate }: { root: OrgNode; aggregate: Aggregate }) {
  const { t } = useTranslation();
  const { identity } = useWork();
  const childLevel = identity.levelNames[aggregate.node.level - 2] ?? '';
  return (
    <section className="card" aria-labelledby="rollup-children">
      <h2 id="rollup-children">{t('rollup.children.heading', { level: childLevel })}</h2>
      {aggregate.children.length === 0 ? (
        <p>{t('rollup.children.none')}</p>
      ) : (
        <ul className="rollup-children">
          {aggregate.children.map(({ node, units, summary }) => (
            <li key={node.id}>
              <Link className="rollup-child-link" to={rollupPath(root, node.id)}>
                {node.name}
              </Link>
              <span className="rollup-child-coverage">
                {node.level === 1 ? (
                  t(`rollup.children.unitState.${unitState(units)}`)
                ) : (
                  <CoverageText units={units} />
                )}
              </span>
              {summary?.summary ? (
                <p className="rollup-child-summary">{summary.summary}</p>
              ) : (
                <p className="rollup-child-summary help">{t('rollup.children.noSummary')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function unitState(units: Aggregate['units']): 'signed' | 'reported' | 'missing' {
  if (units.signed > 0) return 'signed';
  return units.withReport > 0 ? 'reported' : 'missing';
}
