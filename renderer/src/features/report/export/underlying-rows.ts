import { isSignedFollowUp } from '@shared/rollup/aggregate';
import type { AggregateInput } from '@shared/rollup/types';
import { ANSWER_LABELS } from '@shared/report/build-report';
import type { AnswerValue } from '@shared/schemas';

/*
 * The rows behind the checklist figures, for Excel's "Underlag" sheet: one row per unit and
 * question of the unit's template, with the answer given. Which units and answers count follows
 * shared/rollup/aggregate.ts (active units below the node; only a follow-up signed by both
 * counts), and every row says whether it does, so the sheet can be filtered to the report's n.
 */

export interface UnderlyingRow {
  /** The unit (level 1). */
  unit: string;
  /** The direct child of the report's node the unit lies under ('' for the node itself). */
  under: string;
  section: string;
  question: string;
  /** "Ja", "Delvis", "Nej", "Vet ej" or "Ej besvarad". */
  answer: string;
  /** "Signerad" or "Utkast". */
  status: string;
  /** Whether the answer is part of the report's counts. */
  counted: boolean;
}

export function underlyingRows(input: AggregateInput): UnderlyingRow[] {
  const { tree, nodeId, year, reports, templates } = input;
  const root = tree.byId.get(nodeId);
  if (!root) return [];
  const rows: UnderlyingRow[] = [];
  const visit = (node: typeof root, under: string) => {
    if (node.level === 1) {
      const report = reports.get(node.id);
      const followUp = report && report.year === year ? report.body.followUp : null;
      if (!report || !followUp) return;
      const template = templates.get(followUp.templateId);
      if (!template) return;
      const signed = isSignedFollowUp(followUp);
      const answers = new Map<string, AnswerValue | null>();
      for (const answer of report.body.answers)
        if (answer.followUpId === followUp.id && !answers.has(answer.questionId))
          answers.set(answer.questionId, answer.value);
      for (const section of template.sections)
        for (const question of section.questions) {
          const value = answers.get(question.id) ?? null;
          rows.push({
            unit: node.name,
            under,
            section: section.title,
            question: question.text,
            answer: value === null ? 'Ej besvarad' : ANSWER_LABELS[value],
            status: signed ? 'Signerad' : 'Utkast',
            counted: signed && value !== null,
          });
        }
      return;
    }
    for (const child of tree.childrenOf(node.id))
      if (!child.archived) visit(child, node.id === nodeId ? child.name : under);
  };
  visit(root, '');
  return rows;
}
