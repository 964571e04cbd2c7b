import type { Action } from '@shared/schemas';

/** The words for an action's source, built by the caller's translate function. */
export interface SourceWords {
  question: (text: string) => string;
  incident: string;
  priority: string;
  manual: string;
}

/**
 * "Checklista: <the question's text>" for an action made from an answer (the id when the question
 * is not in the template at hand), "Händelse", "Prioritering" or "Egen".
 */
export function sourceText(
  source: Action['source'],
  textOf: ReadonlyMap<string, string> | undefined,
  words: SourceWords,
): string {
  switch (source.kind) {
    case 'question':
      return words.question(
        (source.ref !== null ? textOf?.get(source.ref) : undefined) ?? source.ref ?? '',
      );
    case 'incident':
      return words.incident;
    case 'priority':
      return words.priority;
    case 'manual':
      return words.manual;
  }
}
