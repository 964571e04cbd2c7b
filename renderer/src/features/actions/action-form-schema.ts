import { z } from 'zod';
import { followUpDateInOrder } from '@shared/actions';
import { actionStatus, type Action } from '@shared/schemas';

/** The Swedish (or English) messages the form shows; passed in so the schema stays UI-free. */
export interface ActionFormMessages {
  textRequired: string;
  textTooLong: string;
  responsibleTooLong: string;
  dateFormat: string;
  followUpBeforeDue: string;
  reasonRequired: string;
  reasonTooLong: string;
  questionRequired: string;
}

const SOURCE_KINDS = ['manual', 'priority', 'question', 'incident'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const isIsoDate = (value: string) => z.iso.date().safeParse(value).success;

/**
 * The add / edit form. Dates are '' when empty (what a date input gives), turned into null on save.
 * Two rules across fields: "ej genomförd" needs its reason, and "följs upp när" may not come
 * before "klart när".
 */
export function actionFormSchema(m: ActionFormMessages) {
  const date = z.string().refine((v) => v === '' || isIsoDate(v), m.dateFormat);
  return z
    .object({
      text: z.string().trim().min(1, m.textRequired).max(2000, m.textTooLong),
      responsible: z.string().trim().max(200, m.responsibleTooLong),
      dueDate: date,
      followUpDate: date,
      status: actionStatus,
      reason: z.string().trim().max(2000, m.reasonTooLong),
      sourceKind: z.enum(SOURCE_KINDS),
      sourceRef: z.string().trim().max(200),
    })
    .superRefine((v, ctx) => {
      if (v.status === 'ej_genomford' && v.reason === '') {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: m.reasonRequired });
      }
      const due = isIsoDate(v.dueDate) ? v.dueDate : null;
      const followUp = isIsoDate(v.followUpDate) ? v.followUpDate : null;
      if (!followUpDateInOrder(due, followUp)) {
        ctx.addIssue({ code: 'custom', path: ['followUpDate'], message: m.followUpBeforeDue });
      }
      if (v.sourceKind === 'question' && v.sourceRef === '') {
        ctx.addIssue({ code: 'custom', path: ['sourceRef'], message: m.questionRequired });
      }
    });
}

export type ActionFormInput = z.input<ReturnType<typeof actionFormSchema>>;
export type ActionFormOutput = z.output<ReturnType<typeof actionFormSchema>>;

export function toFormValues(action: Action | undefined): ActionFormInput {
  return {
    text: action?.text ?? '',
    responsible: action?.responsible ?? '',
    dueDate: action?.dueDate ?? '',
    followUpDate: action?.followUpDate ?? '',
    status: action?.status ?? 'planerad',
    reason: action?.reason ?? '',
    sourceKind: action?.source.kind ?? 'manual',
    sourceRef: action?.source.ref ?? '',
  };
}

/**
 * The stored action from the form: a new one gets its node, year and id from `base`; an edited one
 * keeps everything the form does not show (its follow-up). The reason is kept only for
 * "ej genomförd", and a source reference only where the source has one.
 */
export function fromFormValues(
  values: ActionFormOutput,
  base: Pick<Action, 'id' | 'nodeId' | 'year' | 'followUp'>,
): Action {
  const hasRef = values.sourceKind === 'question' || values.sourceKind === 'incident';
  return {
    ...base,
    text: values.text,
    responsible: values.responsible,
    dueDate: values.dueDate === '' ? null : values.dueDate,
    followUpDate: values.followUpDate === '' ? null : values.followUpDate,
    status: values.status,
    reason: values.status === 'ej_genomford' ? values.reason : '',
    source: {
      kind: values.sourceKind,
      ref: hasRef && values.sourceRef !== '' ? values.sourceRef : null,
    },
  };
}
