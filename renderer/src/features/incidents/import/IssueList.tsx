import { useTranslation } from 'react-i18next';
import type { KiaIssue } from '@shared/incidents/kia';

/**
 * Every issue of the file, in a scrollable box (focusable, so it scrolls from the keyboard): the
 * Swedish message starts with "Rad N:", the column it concerns follows.
 */
export function IssueList({ issues, label }: { issues: readonly KiaIssue[]; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="kia-issues" role="region" aria-label={label} tabIndex={0}>
      <ul>
        {issues.map((issue, index) => (
          <li key={`${issue.row}-${issue.field ?? ''}-${index}`}>
            <span>{issue.message}</span>
            {issue.column ? (
              <span className="kia-issue-column">
                {t('incidents.kiaImport.preview.errorColumn', { column: issue.column })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
