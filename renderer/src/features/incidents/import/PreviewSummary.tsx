import { useTranslation } from 'react-i18next';
import { useFormatCount } from './useFormatCount';

/** The preview's counts: rows, importable (new and already imported), rows with errors. */
export function PreviewSummary({
  rows,
  valid,
  alreadyImported,
  withErrors,
}: {
  rows: number;
  valid: number;
  /** Undefined while the stored ids are being looked up. */
  alreadyImported: number | undefined;
  withErrors: number;
}) {
  const { t } = useTranslation();
  const format = useFormatCount();
  const pending = t('incidents.kiaImport.preview.checking');
  const line = (label: string, value: number | string, className?: string) => (
    <tr className={className}>
      <th scope="row">{label}</th>
      <td className="kia-number">{typeof value === 'number' ? format(value) : value}</td>
    </tr>
  );
  return (
    <table className="kia-table kia-summary">
      <caption>{t('incidents.kiaImport.preview.caption')}</caption>
      <tbody>
        {line(t('incidents.kiaImport.preview.rows'), rows)}
        {line(t('incidents.kiaImport.preview.valid'), valid, 'kia-summary-strong')}
        {line(
          t('incidents.kiaImport.preview.added'),
          alreadyImported === undefined ? pending : valid - alreadyImported,
          'kia-summary-sub',
        )}
        {line(
          t('incidents.kiaImport.preview.updated'),
          alreadyImported ?? pending,
          'kia-summary-sub',
        )}
        {line(
          t('incidents.kiaImport.preview.withErrors'),
          withErrors,
          withErrors > 0 ? 'kia-summary-errors' : undefined,
        )}
      </tbody>
    </table>
  );
}
