import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportModel } from '@shared/report/model';
import type { FileFilter } from '@shared/bridge';
import { getDb } from '../../../data';
import { getMemo } from '../../../data/memo-repo';
import { loadReports } from '../../../data/rollup-repo';
import { usePlatform } from '../../../platform/PlatformContext';
import { useWork } from '../../../shell/WorkContext';
import { MemoEditor } from './MemoEditor';
import { defaultMemo } from './memo';
import { exportFileName } from './model-helpers';
import './report-export.css';

type Format = 'docx' | 'memo' | 'xlsx' | 'pptx';
const FORMATS: readonly Format[] = ['docx', 'memo', 'xlsx', 'pptx'];

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; format: Format }
  | { kind: 'saved'; format: Format; name: string }
  | { kind: 'failed'; format: Format; message: string };

const EXTENSION: Record<Format, 'docx' | 'xlsx' | 'pptx'> = {
  docx: 'docx',
  memo: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
};

/**
 * The report's exports: Word (the report and the cover memo), Excel and PowerPoint, each built
 * from the model on demand (the exporters and their libraries load only when clicked) and handed
 * to the platform to save. Below the buttons, the cover memo's editor.
 */
export function ExportButtons({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const { tree } = useWork();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const { nodeId, year } = model.meta;
  // { memo: null } when none is stored; undefined only while loading.
  const stored = useLiveQuery(
    async () => ({ memo: (await getMemo(getDb(), nodeId, year)) ?? null }),
    [nodeId, year],
  );

  const build = async (format: Format): Promise<Uint8Array> => {
    switch (format) {
      case 'docx': {
        const { exportDocx } = await import('./docx-report');
        return exportDocx(model);
      }
      case 'memo': {
        const { exportMemoDocx } = await import('./docx-memo');
        const memo = (await getMemo(getDb(), nodeId, year)) ?? defaultMemo(model);
        return exportMemoDocx(model, memo);
      }
      case 'xlsx': {
        const [{ exportXlsx }, { underlyingRows }, { templates, reports }] = await Promise.all([
          import('./xlsx'),
          import('./underlying-rows'),
          loadReports(getDb(), nodeId, year),
        ]);
        return exportXlsx(model, underlyingRows({ tree, nodeId, year, reports, templates }));
      }
      case 'pptx': {
        const { exportPptx } = await import('./pptx');
        return exportPptx(model);
      }
    }
  };

  const run = async (format: Format) => {
    setState({ kind: 'busy', format });
    try {
      const bytes = await build(format);
      const extension = EXTENSION[format];
      const filters: FileFilter[] = [
        { name: t(`reportExport.filters.${extension}`), extensions: [extension] },
      ];
      const name = exportFileName(
        model,
        extension,
        format === 'memo' ? t('reportExport.memoFileSuffix') : '',
      );
      const result = await platform.saveFile(name, bytes, filters);
      setState(result.saved ? { kind: 'saved', format, name: result.name } : { kind: 'idle' });
    } catch (error) {
      setState({
        kind: 'failed',
        format,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const busy = state.kind === 'busy';
  return (
    <section className="report-export" aria-labelledby="report-export-heading">
      <h2 id="report-export-heading" className="report-export-heading">
        {t('reportExport.heading')}
      </h2>
      <p className="help">{t('reportExport.help')}</p>
      <div className="button-row" role="group" aria-label={t('reportExport.toolbar')}>
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            disabled={busy}
            aria-busy={state.kind === 'busy' && state.format === format ? true : undefined}
            onClick={() => void run(format)}
          >
            {t(`reportExport.formats.${format}`)}
          </button>
        ))}
      </div>
      <div className="message-slot" role="status">
        {state.kind === 'busy'
          ? t('reportExport.busy', { what: t(`reportExport.what.${state.format}`) })
          : null}
        {state.kind === 'saved'
          ? capitalise(
              t('reportExport.saved', {
                what: t(`reportExport.what.${state.format}`),
                name: state.name,
              }),
            )
          : null}
      </div>
      <div className="message-slot" role="alert">
        {state.kind === 'failed' ? (
          <p className="error-message">
            {t('reportExport.failed', {
              what: t(`reportExport.what.${state.format}`),
              message: state.message,
            })}
          </p>
        ) : null}
      </div>
      {stored ? <MemoEditor model={model} stored={stored.memo} /> : null}
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
