import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgNode } from '@shared/schemas';
import { NoOrganisation } from '../../components/NoOrganisation';
import { usePlatform } from '../../platform/PlatformContext';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { ExportButtons } from './export/ExportButtons';
import { PresentationMode } from './PresentationMode';
import { ReportDocument } from './ReportDocument';
import type { ReportLabels } from './report-labels';
import { useReportModel } from './useReportModel';
import './report.css';

/**
 * Årsrapport: the annual report of the active node and year as a board document on screen, with
 * print / PDF, the exports and the presentation mode. Everything shown comes from the model.
 */
export function ReportScreen() {
  const { t } = useTranslation();
  const { nodes, activeNode, year } = useWork();
  if (nodes.length === 0 || !activeNode) {
    return (
      <section>
        <ScreenHeader title={t('nav.report')} />
        <NoOrganisation />
      </section>
    );
  }
  return <ReportView key={`${activeNode.id}:${year}`} node={activeNode} year={year} />;
}

type PrintState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; name: string }
  | { kind: 'failed'; message: string };

function ReportView({ node, year }: { node: OrgNode; year: number }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const model = useReportModel(node, year);
  const [presenting, setPresenting] = useState(false);
  const [print, setPrint] = useState<PrintState>({ kind: 'idle' });
  const presentButton = useRef<HTMLButtonElement>(null);
  const labels = useMemo(
    (): ReportLabels => ({ chartData: t('report.chartData'), category: t('report.category') }),
    [t],
  );

  if (!model) {
    return (
      <section>
        <ScreenHeader title={t('report.title')} />
        <p role="status" className="loading">
          {t('report.loading')}
        </p>
      </section>
    );
  }

  const printToPdf = async () => {
    setPrint({ kind: 'busy' });
    try {
      const result = await platform.printToPdf(
        t('report.fileName', { year: model.meta.year, node: model.meta.nodeName }),
      );
      setPrint(result.saved ? { kind: 'saved', name: result.name } : { kind: 'idle' });
    } catch (error) {
      setPrint({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const leavePresentation = () => {
    setPresenting(false);
    // Back to where the presentation was started from.
    requestAnimationFrame(() => presentButton.current?.focus());
  };

  return (
    <section className="report-screen">
      <div className="report-tools">
        <p className="lead">
          {t('report.lead', { node: model.meta.nodeName, year: model.meta.year })}
        </p>
        <p>
          <Link to="/enkat">{t('survey.years.linkFromReport')}</Link>
        </p>
        <div className="button-row" role="group" aria-label={t('report.toolbar')}>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void printToPdf()}
            disabled={print.kind === 'busy'}
          >
            {t('report.print')}
          </button>
          <button
            ref={presentButton}
            type="button"
            className="button"
            onClick={() => setPresenting(true)}
          >
            {t('report.present')}
          </button>
        </div>
        <div className="message-slot" role="status">
          {print.kind === 'busy' ? t('report.printing') : null}
          {print.kind === 'saved' ? t('report.printSaved', { name: print.name }) : null}
        </div>
        {print.kind === 'failed' ? (
          <p role="alert" className="error-message">
            {t('report.printFailed', { message: print.message })}
          </p>
        ) : null}
      </div>
      <ExportButtons model={model} />
      <div className="report-paper">
        <ReportDocument model={model} labels={labels} />
      </div>
      {presenting ? (
        <PresentationMode model={model} labels={labels} onClose={leavePresentation} />
      ) : null}
    </section>
  );
}
