import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode, Template } from '@shared/schemas';
import { coveredYear } from '@shared/followup-year';
import { baseForDraft } from '@shared/templates/versioning';
import { createDraftVersion, getDb } from '../../data';
import { useWork } from '../../shell/WorkContext';
import { useTemplateLabels } from './useTemplateLabels';

type Message = { kind: 'status' | 'error'; text: string } | null;

/**
 * The administration's start of a new version: pick the year, see which version the draft will
 * copy, create it. An existing draft for the year is offered instead of a second one.
 */
export function CreateDraftPanel({
  owner,
  templates,
  onOpen,
}: {
  owner: OrgNode;
  templates: readonly Template[];
  onOpen(template: Template): void;
}) {
  const { t } = useTranslation();
  const { identity, tree, year: workYear } = useWork();
  const labels = useTemplateLabels();
  const [year, setYear] = useState(workYear + 1);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const pathIds = tree.pathTo(owner.id).map((node) => node.id);
  const base = baseForDraft(templates, pathIds, year);
  const existing = templates.find(
    (tpl) => tpl.status === 'draft' && tpl.ownerNodeId === owner.id && tpl.year === year,
  );
  const years = [workYear, workYear + 1, workYear + 2];

  async function create() {
    setBusy(true);
    setMessage(null);
    try {
      const draft = await createDraftVersion(getDb(), { ownerNodeId: owner.id, pathIds, year });
      setMessage({
        kind: 'status',
        text: t('templates.created', { year: draft.year, version: draft.version }),
      });
      onOpen(draft);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      setMessage({ kind: 'error', text: t('templates.failed', { message: text }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="card">
      <h2>{t('templates.editorHeading')}</h2>
      <p className="help">
        {t('templates.editorLead', {
          name: owner.name,
          level: identity.levelNames[2].toLocaleLowerCase('sv-SE'),
        })}
      </p>
      <div className="tpl-create-row">
        <div className="tpl-field tpl-field-inline">
          <label htmlFor="tpl-year">{t('templates.yearLabel')}</label>
          <select
            id="tpl-year"
            value={year}
            onChange={(event) => {
              setYear(Number(event.target.value));
              setMessage(null);
            }}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {t('templates.yearOption', { year: y, covered: coveredYear(y) })}
              </option>
            ))}
          </select>
        </div>
        {existing ? (
          <button type="button" className="button" onClick={() => onOpen(existing)}>
            {t('templates.openDraft')}
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void create()}
          >
            {t('templates.createDraft', { year })}
          </button>
        )}
      </div>
      <p className="help">
        {existing
          ? t('templates.draftExists', { year })
          : base
            ? t('templates.basedOn', { title: labels.title(base) })
            : t('templates.basedOnDefault', { year })}
      </p>
      <div role="status" aria-live="polite" className="message-slot">
        {message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
    </div>
  );
}
