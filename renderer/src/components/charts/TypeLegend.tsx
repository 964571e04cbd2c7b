import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentType } from '@shared/schemas';
import { INCIDENT_TYPE_COLOURS } from './incident-type-colours';
import './incident-charts.css';

/**
 * The colour key of the incident charts. Hidden from screen readers: each chart's table names
 * every type with its numbers. Exported so a page can put several charts under one key.
 */
export function TypeLegend({ types = INCIDENT_TYPES }: { types?: readonly IncidentType[] }) {
  const { t } = useTranslation();
  return (
    <ul className="itc-legend" aria-hidden="true">
      {types.map((type) => (
        <li key={type}>
          <TypeSwatch type={type} />
          {t(`incidents.types.${type}`)}
        </li>
      ))}
    </ul>
  );
}

/** The small colour square in front of a type's name (the seed's "●"). */
export function TypeSwatch({ type }: { type: IncidentType }) {
  return (
    <span
      className="itc-swatch"
      aria-hidden="true"
      style={{ background: INCIDENT_TYPE_COLOURS[type] }}
    />
  );
}
