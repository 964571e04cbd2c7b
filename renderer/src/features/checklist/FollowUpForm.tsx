import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { coveredYear } from '@shared/followup-year';
import type { OrgNode, Template } from '@shared/schemas';
import { LastYearActionsPanel } from '../actions/LastYearActionsPanel';
import {
  followUpFormSchema,
  mergeDraft,
  valuesFromRecords,
  type FollowUpFormValues,
} from './form-model';
import { FollowUpStatusBar } from './FollowUpStatusBar';
import { LinkedActionsContext, useLinkedActions } from './linked-actions';
import { MeetingCard } from './MeetingCard';
import { NarrativeCard, SummaryCard } from './NarrativeCards';
import { readPagehideDraft } from './pagehide-draft';
import { QuestionItem } from './QuestionItem';
import { SignOffCard } from './SignOffCard';
import { useAutosave } from './useAutosave';
import type { FollowUpBundle } from './useFollowUpBundle';

/** The form index of each section's first question (questions are numbered through). */
function sectionStarts(template: Template): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const section of template.sections) {
    starts.push(next);
    next += section.questions.length;
  }
  return starts;
}

/**
 * The unit's follow-up as one form: meeting, every question, last year's actions, the year in
 * words, the summary and the sign-off. Mounted once per follow-up (keyed by id): its values start
 * from the records with any saved draft laid over them, and from then on the form is the truth
 * that autosave writes back.
 */
export function FollowUpForm({
  unit,
  bundle,
  editable,
  userName,
}: {
  unit: OrgNode;
  bundle: FollowUpBundle;
  editable: boolean;
  userName: string;
}) {
  const { t } = useTranslation();
  const { followUp } = bundle;
  const [initial] = useState(() => {
    // Drafts are unsaved typing; a signed or someone else's follow-up shows only the record.
    const open = editable && followUp.status === 'draft';
    const draft = open ? bundle.draft : undefined;
    const pagehide = open ? readPagehideDraft(followUp.id) : undefined;
    const stored = valuesFromRecords(followUp, bundle.template, bundle.answers, bundle.summary);
    return {
      // A follow-up's template never changes (published versions are immutable): keep the first.
      template: bundle.template,
      // The copy taken as the page went away is the newest of all.
      values: mergeDraft(mergeDraft(stored, draft), pagehide),
      hadDraft: draft !== undefined || pagehide !== undefined,
    };
  });
  const form = useForm<FollowUpFormValues>({
    defaultValues: initial.values,
    resolver: zodResolver(followUpFormSchema),
    mode: 'onChange',
  });
  const readOnly = !editable || followUp.status === 'signed';
  const { state, flush } = useAutosave({
    form,
    followUpId: followUp.id,
    enabled: !readOnly,
    pendingOnMount: initial.hadDraft,
  });

  // A restored draft may hold invalid values: show their messages at once, not on the next key.
  useEffect(() => {
    if (initial.hadDraft) void form.trigger();
  }, [form, initial.hadDraft]);

  const linked = useLinkedActions(unit.id, followUp.year);
  const firstIndex = sectionStarts(initial.template);

  return (
    <FormProvider {...form}>
      <LinkedActionsContext value={linked}>
        <FollowUpStatusBar followUp={followUp} saveState={state} readOnly={readOnly} />
        {!editable ? (
          <p className="notice">{t('checklist.readOnlyOther', { unit: unit.name })}</p>
        ) : followUp.status === 'signed' ? (
          <p className="notice">{t('checklist.signedLocked')}</p>
        ) : null}
        <div className="followup-form" onBlur={() => void flush()}>
          <MeetingCard readOnly={readOnly} />
          {initial.template.sections.map((section, s) => (
            <section
              key={section.id}
              className="card checklist-section"
              aria-labelledby={`checklist-section-${section.id}`}
            >
              <h2 id={`checklist-section-${section.id}`}>{section.title}</h2>
              <ol className="question-list">
                {section.questions.map((question, q) => {
                  const index = (firstIndex[s] ?? 0) + q;
                  return (
                    <QuestionItem
                      key={question.id}
                      question={question}
                      number={index + 1}
                      index={index}
                      readOnly={readOnly}
                      nodeId={unit.id}
                      year={followUp.year}
                    />
                  );
                })}
              </ol>
            </section>
          ))}
          {/* Locked with the rest of the follow-up once it is signed. */}
          <LastYearActionsPanel nodeId={unit.id} year={followUp.year} readOnly={readOnly} />
          <NarrativeCard covered={coveredYear(followUp.year)} readOnly={readOnly} />
          <SummaryCard readOnly={readOnly} />
        </div>
        <SignOffCard followUp={followUp} editable={editable} userName={userName} flush={flush} />
      </LinkedActionsContext>
    </FormProvider>
  );
}
