import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format';
import { orgToCsv } from '@shared/org/csv-export';
import { readOrgCsv, type OrgImportPlan } from '@shared/org/csv-import-plan';
import { getDb, importNodes } from '../../../data';
import { usePlatform } from '../../../platform/PlatformContext';
import { useWork } from '../../../shell/WorkContext';
import { ImportPreview } from './ImportPreview';
import { CSV_FILTERS, CsvMessages, useCsvFileImport } from './useCsvFileImport';

const EXAMPLE = [
  'id;förälder;nivå;namn',
  'hk;;4;Hagaviks kommun',
  'sof;hk;3;Socialförvaltningen',
  'vux;sof;2;Vuxen',
  'vux-ekb;vux;1;Ekonomiskt bistånd',
].join('\n');

/**
 * The organisation from a CSV file: choose, preview (per level, with every row error), then import
 * all or nothing. Also saves the current tree in the same format, to edit and read back.
 */
export function CsvImportCard() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { nodes } = useWork();
  const headingId = useId();
  const { preview, busy, message, setMessage, choose, runImport, cancel } = useCsvFileImport({
    read: (text): OrgImportPlan => readOrgCsv(text, nodes),
    save: (plan) => importNodes(getDb(), plan.nodes),
    imported: (result) => t('org.csv.imported', result),
    failed: (text) => t('org.csv.failed', { message: text }),
  });

  const onExport = async () => {
    setMessage(null);
    const name = `organisation-${formatIsoDate(new Date())}.csv`;
    const bytes = new TextEncoder().encode(orgToCsv(nodes));
    const result = await platform.saveFile(name, bytes, CSV_FILTERS);
    if (result.saved)
      setMessage({ kind: 'status', text: t('org.csv.exported', { name: result.name }) });
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('org.csv.heading')}</h2>
      <p className="help">{t('org.csv.help')}</p>
      <p className="help">{t('org.csv.merge')}</p>
      <details className="org-example">
        <summary>{t('org.csv.example')}</summary>
        <pre>{EXAMPLE}</pre>
      </details>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void choose()}
        >
          {t('org.csv.choose')}
        </button>
        {nodes.length > 0 ? (
          <button type="button" className="button" disabled={busy} onClick={() => void onExport()}>
            {t('org.csv.export')}
          </button>
        ) : null}
      </div>
      <CsvMessages message={message} />
      {preview ? (
        <ImportPreview
          fileName={preview.name}
          plan={preview.content}
          busy={busy}
          onImport={() => void runImport()}
          onCancel={cancel}
        />
      ) : null}
    </section>
  );
}
