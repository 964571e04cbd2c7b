import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@shared/format';
import {
  parseSurveyCsv,
  type ParsedSurveyCsv,
  type SurveyCsvIssue,
} from '@shared/survey/csv-import';
import { getDb, importSurveys } from '../../data';
import { CsvMessages, useCsvFileImport } from '../org/import/useCsvFileImport';

const MAX_LISTED_ISSUES = 100;
const EXAMPLE = [
  'id;år;svarsfrekvens;totalindex;hme;1;2;3;4;5;6;7;8;9',
  'sof;2025;93;78;81;4,46;4,10;4,02;4,18;4,42;4,41;4,26;3,90;4,34',
  'vux;2025;88;75;;4,30;4,05;3,98;4,10;4,35;4,30;4,20;3,80;4,25',
].join('\n');

/** Survey results from a CSV file: preview with every row error, then all or nothing. */
export function SurveyCsvCard({
  scopeName,
  nodeIds,
  nodeNames,
}: {
  scopeName: string;
  /** The nodes a row may name: this installation's part of the organisation. */
  nodeIds: ReadonlySet<string>;
  nodeNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const previewId = useId();
  const { preview, busy, message, choose, runImport, cancel } = useCsvFileImport({
    read: (text): ParsedSurveyCsv => parseSurveyCsv(text, nodeIds),
    save: (parsed) =>
      importSurveys(
        getDb(),
        parsed.rows.map((r) => r.survey),
      ),
    imported: (result) => t('survey.csv.imported', result),
    failed: (text) => t('survey.csv.failed', { message: text }),
  });

  const describe = (issue: SurveyCsvIssue) => {
    const text = t(`survey.csv.errors.${issue.code}`, issue.values);
    return issue.column
      ? t('survey.csv.atColumn', {
          line: issue.line,
          column: issue.column.name,
          position: issue.column.position,
          message: text,
        })
      : t('survey.csv.at', { line: issue.line, message: text });
  };
  const value = (v: number | null, decimals = 2) => (v === null ? '–' : formatNumber(v, decimals));

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('survey.csv.heading')}</h2>
      <p className="help">{t('survey.csv.help', { node: scopeName })}</p>
      <details className="org-example">
        <summary>{t('survey.csv.example')}</summary>
        <pre>{EXAMPLE}</pre>
      </details>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void choose()}
        >
          {t('survey.csv.choose')}
        </button>
      </div>
      <CsvMessages message={message} />
      {preview ? (
        <section className="org-preview" aria-labelledby={previewId}>
          <h3 id={previewId}>{t('survey.csv.previewHeading', { name: preview.name })}</h3>
          {preview.content.issues.length > 0 ? (
            <div className="org-issues">
              <div role="alert">
                <h4>{t('survey.csv.errorsHeading', { count: preview.content.issues.length })}</h4>
                <p>{t('survey.csv.errorsHelp')}</p>
              </div>
              <ul>
                {preview.content.issues.slice(0, MAX_LISTED_ISSUES).map((issue, i) => (
                  <li key={`${issue.line}-${issue.code}-${i}`}>{describe(issue)}</li>
                ))}
              </ul>
            </div>
          ) : (
            <div className="survey-table-wrap">
              <table className="survey-table">
                <caption>{t('survey.csv.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('survey.csv.line')}</th>
                    <th scope="col">{t('survey.csv.node')}</th>
                    <th scope="col">{t('survey.csv.year')}</th>
                    <th scope="col">{t('survey.csv.responseRate')}</th>
                    <th scope="col">{t('survey.csv.totalIndex')}</th>
                    <th scope="col">{t('survey.csv.hme')}</th>
                    <th scope="col">{t('survey.csv.items')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.content.rows.map((row) => (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <th scope="row">{nodeNames.get(row.survey.nodeId) ?? row.survey.nodeId}</th>
                      <td>{row.survey.year}</td>
                      <td>{value(row.survey.responseRate)}</td>
                      <td>{value(row.survey.totalIndex)}</td>
                      <td>
                        {row.hmeComputed
                          ? t('survey.csv.computed', { value: value(row.survey.hme) })
                          : value(row.survey.hme)}
                      </td>
                      <td>{row.survey.items.filter((i) => i.mean !== null).length} / 9</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="button-row">
            {preview.content.issues.length === 0 && preview.content.rows.length > 0 ? (
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void runImport()}
              >
                {t('survey.csv.import', { count: preview.content.rows.length })}
              </button>
            ) : null}
            <button type="button" className="button" disabled={busy} onClick={cancel}>
              {t('survey.csv.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
