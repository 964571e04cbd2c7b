import type { AnswerValue } from '../../schemas';
import { QUESTION_TEXTS_A } from './question-texts-a';
import { QUESTION_TEXTS_B } from './question-texts-b';
import type { QuestionTexts } from './question-texts-types';

export type { ActionIdea, QuestionTexts } from './question-texts-types';

/** For questions the texts do not know (local questions, generated templates). */
const GENERIC: QuestionTexts = {
  delvis: [
    'Fungerar i delar av verksamheten men inte i alla arbetslag.',
    'På plats, men behöver följas upp bättre under året.',
    'Vi har börjat arbeta med detta men är inte klara.',
    'Känt av chefen men inte av alla medarbetare.',
  ],
  nej: [
    'Har inte kommit i gång under året på grund av vakanser.',
    'Inte prioriterat under året; tas med i handlingsplanen.',
  ],
  vetej: ['Vi har inte haft underlag för att bedöma detta.'],
  actions: [
    {
      text: 'Ta fram en plan för att åtgärda bristen och följa upp den på APT',
      responsible: 'Enhetschef',
    },
  ],
};

const ALL: Readonly<Record<string, QuestionTexts>> = { ...QUESTION_TEXTS_A, ...QUESTION_TEXTS_B };

export function questionTexts(questionId: string): QuestionTexts {
  return ALL[questionId] ?? GENERIC;
}

/** The comments a unit might write for an answer; empty when there are none for that value. */
export function commentsFor(questionId: string, value: AnswerValue): readonly string[] {
  const own = questionTexts(questionId);
  return own[value] ?? (value === 'ja' ? [] : (GENERIC[value] ?? []));
}

/** The reason given for an action that is still going on a year later. */
export const STARTED_NOT_FINISHED = 'Arbetet har påbörjats men är inte färdigställt.';

/** Why an action was not carried out, as units write it in the next year's follow-up. */
export const NOT_DONE_REASONS: readonly string[] = [
  'Vakant chefstjänst under hösten gjorde att arbetet inte kom i gång.',
  'Hög sjukfrånvaro under hösten; åtgärden fick stå tillbaka.',
  'Budget saknades; frågan är lyft till verksamhetschefen.',
  'Prioriterades ned under införandet av det nya verksamhetssystemet.',
  'Omorganisationen under våren tog all tid; åtgärden flyttas till nästa år.',
  'Den som var ansvarig slutade och uppgiften fördelades inte om i tid.',
  'Tiden räckte inte under semesterperioden; åtgärden är omplanerad till våren.',
];
