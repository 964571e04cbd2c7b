import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../shell/WorkContext';
import { rollupPath } from './rollup-paths';

/** From the active node down to the node shown; every step but the last leads back up. */
export function Breadcrumb({ root, node }: { root: OrgNode; node: OrgNode }) {
  const { t } = useTranslation();
  const { tree } = useWork();
  const path = tree.pathTo(node.id);
  const steps = path.slice(
    Math.max(
      0,
      path.findIndex((n) => n.id === root.id),
    ),
  );
  return (
    <nav className="rollup-breadcrumb" aria-label={t('rollup.breadcrumb')}>
      <ol>
        {steps.map((step, i) => (
          <li key={step.id}>
            {i === steps.length - 1 ? (
              <span aria-current="page">{step.name}</span>
            ) : (
              <Link to={rollupPath(root, step.id)}>{step.name}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
