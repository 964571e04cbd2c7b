import { buildReport } from '@shared/report/build-report';
import { reportFixtureInput } from '@shared/report/build-report.fixture';
import type { ReportModel } from '@shared/report/model';

export { Q1, Q2 } from '@shared/report/build-report.fixture';

/** The report model the export tests render: buildReport over the report tests' fixture. */
export function exportFixture(): ReportModel {
  return buildReport(reportFixtureInput());
}

/** Text without the no-break spaces sv-SE puts before % and between thousands. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
