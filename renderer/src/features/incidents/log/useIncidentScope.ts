import { useMemo } from 'react';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../../shell/WorkContext';

/** What the incident screens work on below the active node. */
export interface IncidentScope {
  node: OrgNode;
  /** The active node is a unit: no unit column, no unit choice. */
  isUnit: boolean;
  /** Every unit at or below the active node, archived ones too (their history stays visible). */
  units: OrgNode[];
  /** The units new incidents may be registered for: not archived, within this installation's part of the organisation. */
  writableUnits: OrgNode[];
  canWrite(unitId: string): boolean;
  unitName(unitId: string): string;
}

/**
 * Incidents belong to units (level 1). An installation registers for the units in its own subtree:
 * a unit installation for itself, an HR installation for every unit below its administration.
 */
export function useIncidentScope(node: OrgNode): IncidentScope {
  const { tree, identity } = useWork();
  return useMemo(() => {
    const units = node.level === 1 ? [node] : tree.unitsUnder(node.id);
    const ownId = identity.nodeId;
    const canWrite = (unitId: string) => ownId !== null && tree.isWithin(unitId, ownId);
    return {
      node,
      isUnit: node.level === 1,
      units,
      writableUnits: units.filter((unit) => !unit.archived && canWrite(unit.id)),
      canWrite,
      unitName: (unitId) => tree.byId.get(unitId)?.name ?? unitId,
    };
  }, [node, tree, identity.nodeId]);
}
