import { useTranslation } from 'react-i18next';
import { coveredYear } from '@shared/followup-year';
import { useWork } from './WorkContext';

const YEARS_BACK = 6;

/**
 * Which node and follow-up year every screen shows. The node list is the installation's own node
 * and everything below it; a unit manager's list is just the unit.
 */
export function ContextBar() {
  const { t } = useTranslation();
  const { identity, tree, activeNode, year, setActiveNode, setYear, nodes } = useWork();
  if (nodes.length === 0 || !activeNode) return null;

  const scope = identity.nodeId ? tree.subtree(identity.nodeId) : nodes;
  const options = scope.filter((n) => !n.archived || n.id === activeNode.id);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i);
  if (!years.includes(year)) years.push(year);

  return (
    <form
      className="context-bar"
      aria-label={t('app.contextLabel')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        <span>{t('app.activeNode')}</span>
        <select value={activeNode.id} onChange={(e) => void setActiveNode(e.target.value)}>
          {options.map((node) => (
            <option key={node.id} value={node.id}>
              {'\u2003'.repeat(
                Math.max(
                  0,
                  (identity.nodeId ? (tree.byId.get(identity.nodeId)?.level ?? 4) : 4) - node.level,
                ),
              )}
              {node.name} ({identity.levelNames[node.level - 1]})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('app.followUpYear')}</span>
        <select value={year} onChange={(e) => void setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y} ({t('app.covers', { year: coveredYear(y) })})
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
