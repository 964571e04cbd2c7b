import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '@shared/format';
import { orgToCsv } from '@shared/org/csv-export';
import { readOrgCsv, type OrgImportPlan } from '@shared/org/csv-import-plan';
import { getDb, importNodes } from '../../../data';
import { usePlatform } from '../../../platform/PlatformContext';
import { useWork } from '../../../shell/WorkContext';
import { decodeText } from './decode-text';
import { ImportPreview } from './ImportPreview';

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv', 'txt'] }];
const EXAMPLE = [
  'id;förälder;nivå;namn',
  'hk;;4;Hagaviks kommun',
  'sof;hk;3;Socialförvaltningen',
  'vux;sof;2;Vuxen',
  'vux-ekb;vux;1;Ekonomiskt bistånd',
].join('\n');

type Message = { kind: 'status' | 'error'; text: string } | null;

/**
 * The organisation from a CSV file: choose, preview (per level, with every row error), then import
 * all or nothing. Also saves the current tree in the same format, to edit and read back.
 */
export function CsvImportCard() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { nodes } = useWork();
  const headingId = useId();
  const [preview, setPreview] = useState<{ name: string; plan: OrgImportPlan } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const onChoose = async () => {
    setMessage(null);
    const file = await platform.openFile(CSV_FILTERS);
    if (!file) return;
    setPreview({ name: file.name, plan: readOrgCsv(decodeText(file.data), nodes) });
  };

  const onImport = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const result = await importNodes(getDb(), preview.plan.nodes);
      setPreview(null);
      setMessage({ kind: 'status', text: t('org.csv.imported', result) });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: t('org.csv.failed', { message: text }) });
    } finally {
      setBusy(false);
    }
  };

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
          onClick={() => void onChoose()}
        >
          {t('org.csv.choose')}
        </button>
        {nodes.length > 0 ? (
          <button type="button" className="button" disabled={busy} onClick={() => void onExport()}>
            {t('org.csv.export')}
          </button>
        ) : null}
      </div>
      <div role="status" className="message-slot">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
      {preview ? (
        <ImportPreview
          fileName={preview.name}
          plan={preview.plan}
          busy={busy}
          onImport={() => void onImport()}
          onCancel={() => setPreview(null)}
        />
      ) : null}
    </section>
  );
}
