import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '@shared/schemas';
import type { OrgImportPlan } from '@shared/org/csv-import-plan';
import type { CsvIssue } from '@shared/org/csv-import';
import { useWork } from '../../../shell/WorkContext';
import { levelName } from '../level-names';

/** Long error lists are cut: the first rows show the pattern, the count says how many remain. */
const MAX_LISTED_ISSUES = 100;

/** What the chosen file would do: nodes per level (new, changed) and every row that is wrong. */
export function ImportPreview({
  fileName,
  plan,
  busy,
  onImport,
  onCancel,
}: {
  fileName: string;
  plan: OrgImportPlan;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { identity } = useWork();
  const headingId = useId();
  const describe = (issue: CsvIssue) =>
    t('org.csv.row', {
      line: issue.line,
      message: t(`org.csv.errors.${issue.code}`, issue.values),
    });
  const total = LEVELS.reduce((n, level) => n + plan.perLevel[level].total, 0);
  const toWrite = plan.nodes.length;
  const hasIssues = plan.issues.length > 0;

  return (
    <section className="org-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('org.csv.previewHeading', { name: fileName })}</h3>
      <table className="org-table">
        <caption>{t('org.csv.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('org.csv.level')}</th>
            <th scope="col">{t('org.csv.inFile')}</th>
            <th scope="col">{t('org.csv.created')}</th>
            <th scope="col">{t('org.csv.changed')}</th>
          </tr>
        </thead>
        <tbody>
          {[...LEVELS].reverse().map((level) => (
            <tr key={level}>
              <th scope="row">
                {t('org.levelWithNumber', { level, name: levelName(identity, level) })}
              </th>
              <td>{plan.perLevel[level].total}</td>
              <td>{plan.perLevel[level].created}</td>
              <td>{plan.perLevel[level].changed}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('org.csv.total')}</th>
            <td>{total}</td>
            <td>{plan.created}</td>
            <td>{plan.changed}</td>
          </tr>
        </tfoot>
      </table>
      {plan.unchanged > 0 ? (
        <p className="help">{t('org.csv.unchanged', { count: plan.unchanged })}</p>
      ) : null}

      {hasIssues ? (
        <div className="org-issues">
          <div role="alert">
            <h4>{t('org.csv.errorsHeading', { count: plan.issues.length })}</h4>
            <p>{t('org.csv.errorsHelp')}</p>
          </div>
          <ul>
            {plan.issues.slice(0, MAX_LISTED_ISSUES).map((issue, index) => (
              <li key={`${issue.line}-${issue.code}-${index}`}>{describe(issue)}</li>
            ))}
          </ul>
          {plan.issues.length > MAX_LISTED_ISSUES ? (
            <p>{t('org.csv.moreErrors', { count: plan.issues.length - MAX_LISTED_ISSUES })}</p>
          ) : null}
        </div>
      ) : toWrite === 0 ? (
        <p>{t('org.csv.nothingToDo')}</p>
      ) : null}

      <div className="button-row">
        {!hasIssues && toWrite > 0 ? (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={onImport}
          >
            {busy ? t('org.csv.importing') : t('org.csv.import', { count: toWrite })}
          </button>
        ) : null}
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
