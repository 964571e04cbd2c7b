import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPES, type IncidentType } from '@shared/schemas';

/**
 * The rows both incident tables are made of (CategoryTable, TypeCountTable): a header with one
 * column per incident type and a Totalt column, and a row of counts per type with its total.
 */
export function TypeHeaderRow({ labelHeading }: { labelHeading: string }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="col">{labelHeading}</th>
      {INCIDENT_TYPES.map((type) => (
        <th key={type} scope="col" className="itc-num">
          {t(`incidents.types.${type}`)}
        </th>
      ))}
      <th scope="col" className="itc-num">
        {t('incidents.stats.total')}
      </th>
    </tr>
  );
}

export function TypeCountsRow({
  label,
  byType,
  total,
  format,
}: {
  label: string;
  byType: Readonly<Record<IncidentType, number>>;
  total: number;
  format: (value: number) => string;
}) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {INCIDENT_TYPES.map((type) => (
        <td key={type} className="itc-num">
          {format(byType[type])}
        </td>
      ))}
      <td className="itc-num itc-total">{format(total)}</td>
    </tr>
  );
}
