import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '@shared/schemas';
import { EXTERNAL_ID_PREFIX } from '@shared/incidents/kia';
import { useFormatCount } from './useFormatCount';

const SAMPLE_SIZE = 8;

/** The first incidents as they will be stored, so the user sees the mapping's effect. */
export function SampleRows({
  incidents,
  rows,
  unitName,
}: {
  incidents: readonly Incident[];
  /** The file row of each incident. */
  rows: readonly number[];
  unitName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  const format = useFormatCount();
  const shown = incidents.slice(0, SAMPLE_SIZE);
  const missing = t('incidents.kiaImport.values.missing');
  const head = (key: 'row' | 'id' | 'date' | 'type' | 'unit' | 'place' | 'cause' | 'status') => (
    <th scope="col">{t(`incidents.kiaImport.preview.${key}`)}</th>
  );
  return (
    // Focusable and named: on a narrow window the table scrolls sideways, also from the keyboard.
    <div className="kia-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kia-table kia-sample">
        <caption id={captionId}>
          {t('incidents.kiaImport.preview.sampleCaption', {
            count: shown.length,
            total: format(incidents.length),
          })}
        </caption>
        <thead>
          <tr>
            {head('row')}
            {head('id')}
            {head('date')}
            {head('type')}
            {head('unit')}
            {head('place')}
            {head('cause')}
            {head('status')}
          </tr>
        </thead>
        <tbody>
          {shown.map((incident, index) => (
            <tr key={incident.id}>
              <td className="kia-number">{rows[index]}</td>
              <td>{(incident.externalId ?? '').replace(EXTERNAL_ID_PREFIX, '')}</td>
              <td className="kia-nowrap">
                {incident.date}
                {incident.time ? <span className="kia-time">{incident.time}</span> : null}
              </td>
              <td>{t(`incidents.types.${incident.type}`)}</td>
              <td>{unitName(incident.nodeId)}</td>
              <td>{incident.placeCategory ?? missing}</td>
              <td>{incident.causeCategory ?? missing}</td>
              <td>{t(`incidents.statuses.${incident.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
