import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/schemas';
import {
  addLocalQuestion,
  addLocalSection,
  removeLocalQuestion,
  removeLocalSection,
  updateLocalQuestion,
  type LocalQuestionInput,
} from '@shared/templates/versioning';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { deleteDraftTemplate, getDb, publishTemplate, updateDraftTemplate } from '../../data';
import { SectionForm } from './SectionForm';
import { TemplateMeta } from './TemplateMeta';
import { dialogTexts, type Pending } from './dialog-texts';
import { StatusBadge } from './StatusBadge';
import { TemplateSectionBlock, type SectionEditing } from './TemplateSectionBlock';
import { focusIds, templateHeadingId } from './focus-ids';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useTemplateLabels } from './useTemplateLabels';

type Editing =
  | { kind: 'add'; sectionId: string }
  | { kind: 'edit'; sectionId: string; questionId: string }
  | { kind: 'section' }
  | null;

type Message = { kind: 'status' | 'error'; text: string } | null;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One template version: what it is (status, owner, use) and every section and question. For a
 * draft that this installation owns, local questions and sections can be added, edited and
 * removed, and the draft published; a published version shows no edit control at all.
 */
export function TemplateView({
  template,
  followUps,
  editable,
  readOnlyReason,
  onDeleted,
}: {
  template: Template;
  followUps: number;
  editable: boolean;
  /** Why a draft cannot be edited here; null when it can, or when the version is published. */
  readOnlyReason: string | null;
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const labels = useTemplateLabels();
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        template.sections
          .filter((s) => s.questions.some((q) => q.origin === 'local'))
          .map((s) => s.id),
      ),
  );
  const [editingState, setEditing] = useState<Editing>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<Message>(null);
  const focusAfterRender = useFocusAfterRender();

  const canEdit = editable && template.status === 'draft';
  // Once published the draft is read-only under the user's hands: no form stays open.
  const editing = canEdit ? editingState : null;

  const title = labels.title(template);
  const headingId = templateHeadingId(template.id);
  const allOpen = template.sections.every((s) => open.has(s.id));

  const toggle = (sectionId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(sectionId)) next.add(sectionId);
      return next;
    });

  const edit = (change: (draft: Template) => Template) =>
    updateDraftTemplate(getDb(), template.id, change);

  function saved(focusId: string) {
    setEditing(null);
    setMessage({ kind: 'status', text: t('templates.saved') });
    focusAfterRender(focusId);
  }

  async function addQuestion(sectionId: string, input: LocalQuestionInput) {
    await edit((draft) => addLocalQuestion(draft, sectionId, input));
    saved(focusIds(sectionId).add);
  }

  async function updateQuestion(sectionId: string, questionId: string, input: LocalQuestionInput) {
    await edit((draft) => updateLocalQuestion(draft, questionId, input));
    saved(focusIds(sectionId).edit(questionId));
  }

  async function addSection(input: { title: string }) {
    let sectionId = '';
    await edit((draft) => {
      const result = addLocalSection(draft, input);
      sectionId = result.sectionId;
      return result.template;
    });
    setOpen((current) => new Set(current).add(sectionId));
    saved(focusIds(sectionId).toggle);
  }

  async function confirm() {
    const current = pending;
    setPending(null);
    if (!current) return;
    setMessage(null);
    try {
      if (current.kind === 'publish') {
        const published = await publishTemplate(getDb(), template.id);
        setMessage({
          kind: 'status',
          text: t('templates.publishedDone', { version: published.version, year: published.year }),
        });
        focusAfterRender(headingId);
      } else if (current.kind === 'delete') {
        await deleteDraftTemplate(getDb(), template.id);
        onDeleted();
      } else if (current.kind === 'removeQuestion') {
        await edit((draft) => removeLocalQuestion(draft, current.question.id));
        saved(focusIds(current.sectionId).add);
      } else {
        await edit((draft) => removeLocalSection(draft, current.section.id));
        saved(headingId);
      }
    } catch (error) {
      setMessage({ kind: 'error', text: t('templates.failed', { message: errorText(error) }) });
    }
  }

  const dialog = dialogTexts(pending, template, labels.owner(template), t);

  return (
    <article className="card tpl-view" aria-labelledby={headingId}>
      <div className="tpl-view-header">
        <h2 id={headingId} tabIndex={-1}>
          {title}
        </h2>
        <StatusBadge template={template} />
      </div>
      <TemplateMeta template={template} followUps={followUps} />
      <p className="tpl-info">
        {template.status === 'published'
          ? t('templates.publishedInfo')
          : (readOnlyReason ?? t('templates.draftInfo'))}
      </p>
      {canEdit ? (
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            onClick={() => setPending({ kind: 'publish' })}
          >
            {t('templates.publish')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => setPending({ kind: 'delete' })}
          >
            {t('templates.deleteDraft')}
          </button>
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="message-slot">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>

      <div className="tpl-sections-toolbar">
        <button
          type="button"
          className="button tpl-button-small"
          onClick={() => setOpen(allOpen ? new Set() : new Set(template.sections.map((s) => s.id)))}
        >
          {allOpen ? t('templates.collapseAll') : t('templates.expandAll')}
        </button>
      </div>
      {template.sections.map((section) => {
        const sectionEditing: SectionEditing =
          editing?.kind === 'add' && editing.sectionId === section.id
            ? { kind: 'add' }
            : editing?.kind === 'edit' && editing.sectionId === section.id
              ? { kind: 'edit', questionId: editing.questionId }
              : null;
        return (
          <TemplateSectionBlock
            key={section.id}
            section={section}
            open={open.has(section.id)}
            onToggle={() => toggle(section.id)}
            editable={canEdit}
            editing={sectionEditing}
            onStartAdd={() => setEditing({ kind: 'add', sectionId: section.id })}
            onStartEdit={(questionId) =>
              setEditing({ kind: 'edit', sectionId: section.id, questionId })
            }
            onCancel={() => {
              const back =
                editing?.kind === 'edit'
                  ? focusIds(section.id).edit(editing.questionId)
                  : focusIds(section.id).add;
              setEditing(null);
              focusAfterRender(back);
            }}
            onAdd={(input) => addQuestion(section.id, input)}
            onEdit={(questionId, input) => updateQuestion(section.id, questionId, input)}
            onRemoveQuestion={(question) =>
              setPending({ kind: 'removeQuestion', sectionId: section.id, question })
            }
            onRemoveSection={() => setPending({ kind: 'removeSection', section })}
          />
        );
      })}
      {canEdit ? (
        <div className="tpl-add-section">
          {editing?.kind === 'section' ? (
            <SectionForm
              onSubmit={addSection}
              onCancel={() => {
                setEditing(null);
                focusAfterRender('tpl-add-section');
              }}
            />
          ) : (
            <button
              id="tpl-add-section"
              type="button"
              className="button"
              onClick={() => setEditing({ kind: 'section' })}
            >
              {t('templates.addSection')}
            </button>
          )}
        </div>
      ) : null}
      <ConfirmDialog
        open={pending !== null}
        title={dialog.title}
        message={dialog.message}
        confirmLabel={dialog.confirm}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
      />
    </article>
  );
}
