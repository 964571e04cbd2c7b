import type { Incident } from '@shared/schemas';
import type { TypeCountRow } from '../../../components/charts/TypeCountTable';

/** A part of the node being looked at: a child node and the units at or below it. */
export interface ChildScope {
  id: string;
  name: string;
  unitIds: readonly string[];
}

/**
 * Events per child node and type (the "per verksamhet / per enhet" table of a higher node), in
 * the children's order. An incident of a unit under none of the children is not counted.
 */
export function countsByChild(
  incidents: readonly Pick<Incident, 'nodeId' | 'type'>[],
  children: readonly ChildScope[],
): TypeCountRow[] {
  const rows = children.map((child) => ({
    id: child.id,
    label: child.name,
    byType: {
      riskobservation: 0,
      tillbud: 0,
      olycksfall: 0,
      fardolycksfall: 0,
      arbetssjukdom: 0,
    },
    total: 0,
  }));
  const rowOfUnit = new Map<string, TypeCountRow>();
  children.forEach((child, i) => {
    const row = rows[i];
    if (row) for (const unitId of child.unitIds) rowOfUnit.set(unitId, row);
  });
  for (const incident of incidents) {
    const row = rowOfUnit.get(incident.nodeId);
    if (!row) continue;
    row.byType[incident.type] += 1;
    row.total += 1;
  }
  return rows;
}
