import { isOpen, isOverdue } from '@shared/actions';
import {
  addCounts,
  countAnswers,
  emptyCounts,
  type AnswerCounts,
} from '@shared/rollup/answer-stats';
import type { Action, Answer, AnswerValue, FollowUp, Template } from '@shared/schemas';

/*
 * The overview's figures, computed from plain records so that they can be tested without a
 * database or React. The screen loads the records; these functions decide what they mean.
 */

export type FollowUpState = 'not_started' | 'in_progress' | 'signed';

export interface UnitProgress {
  state: FollowUpState;
  answered: number;
  total: number;
}

/** Everything known about one unit's follow-up in a year (all absent when none was started). */
export interface UnitYear {
  followUp: FollowUp | undefined;
  template: Template | undefined;
  answers: readonly Answer[];
}

function questionCount(template: Template | undefined): number {
  return template?.sections.reduce((sum, s) => sum + s.questions.length, 0) ?? 0;
}

/**
 * Ej påbörjad until a question is answered (opening the checklist alone creates an empty draft),
 * then pågår n av N, until signed.
 */
export function unitProgress({ followUp, template, answers }: UnitYear): UnitProgress {
  const total = questionCount(template);
  const answered = answers.filter((a) => a.value !== null).length;
  if (followUp?.status === 'signed') return { state: 'signed', answered, total };
  if (!followUp || answered === 0) return { state: 'not_started', answered, total };
  return { state: 'in_progress', answered, total };
}

/** How many units below a higher node are in each state. */
export function progressTally(units: readonly UnitYear[]): Record<FollowUpState, number> {
  const tally: Record<FollowUpState, number> = { not_started: 0, in_progress: 0, signed: 0 };
  for (const unit of units) tally[unitProgress(unit).state] += 1;
  return tally;
}

export interface CountRow {
  id: string;
  label: string;
  counts: AnswerCounts;
}

export interface SectionGroup {
  id: string;
  title: string;
  /** One row per question of the section. */
  questions: CountRow[];
  /** All the section's answers together. */
  total: AnswerCounts;
}

/**
 * Answers per template section and question, summed over units. Questions are matched by id
 * (stable across template versions); the first template that has a question decides where it is
 * shown and with which text.
 */
export function answersBySection(units: readonly UnitYear[]): SectionGroup[] {
  const groups = new Map<string, SectionGroup>();
  const placed = new Map<string, CountRow>();
  for (const { template } of units) {
    for (const section of template?.sections ?? []) {
      let group = groups.get(section.id);
      if (!group) {
        group = { id: section.id, title: section.title, questions: [], total: emptyCounts() };
        groups.set(section.id, group);
      }
      for (const question of section.questions) {
        if (placed.has(question.id)) continue;
        const row = { id: question.id, label: question.text, counts: emptyCounts() };
        placed.set(question.id, row);
        group.questions.push(row);
      }
    }
  }
  const sectionOf = new Map<string, SectionGroup>();
  for (const group of groups.values()) for (const q of group.questions) sectionOf.set(q.id, group);

  for (const { answers } of units) {
    const byQuestion = new Map<string, (AnswerValue | null)[]>();
    for (const answer of answers) {
      const list = byQuestion.get(answer.questionId) ?? [];
      list.push(answer.value);
      byQuestion.set(answer.questionId, list);
    }
    for (const [questionId, values] of byQuestion) {
      const row = placed.get(questionId);
      const group = sectionOf.get(questionId);
      if (!row || !group) continue;
      const counts = countAnswers(values);
      row.counts = addCounts(row.counts, counts);
      group.total = addCounts(group.total, counts);
    }
  }
  return [...groups.values()].filter((g) => g.questions.length > 0);
}

/** All answers of all sections: the "Totalt" row. */
export function totalCounts(groups: readonly SectionGroup[]): AnswerCounts {
  return groups.reduce((sum, g) => addCounts(sum, g.total), emptyCounts());
}

export interface ActionTally {
  open: Action[];
  overdue: Action[];
}

/**
 * Open and overdue actions as of `today`, among those decided up to the year looked at (an action
 * decided in 2025 and still open is still open in 2026). Overdue ones earliest first.
 */
export function actionTally(actions: readonly Action[], year: number, today: string): ActionTally {
  const open = actions.filter((a) => a.year <= year && isOpen(a));
  const overdue = open
    .filter((a) => isOverdue(a, today))
    .sort(
      (a, b) =>
        (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.text.localeCompare(b.text, 'sv'),
    );
  return { open, overdue };
}
