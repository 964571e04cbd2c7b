import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Aggregate } from '@shared/rollup/types';
import type { Summary } from '@shared/schemas';
import { getDb, RepositoryError } from '../../data';
import { saveSummary } from '../../data/summary-repo';
import { useWork } from '../../shell/WorkContext';
import { SUMMARY_KEYS, type SummaryKey } from '../checklist/form-model';

type Texts = Record<SummaryKey, string>;

function textsOf(summary: Summary | null): Texts {
  return {
    summary: summary?.summary ?? '',
    goodExamples: summary?.goodExamples ?? '',
    challenges: summary?.challenges ?? '',
    priorities: summary?.priorities ?? '',
  };
}

/**
 * The node's own summary, good examples, challenges and priorities: editable by the installation
 * that writes for the node, read-only elsewhere; and the way to its action plan.
 */
export function OwnTexts({ aggregate, editable }: { aggregate: Aggregate; editable: boolean }) {
  const { t } = useTranslation();
  const { activeNode } = useWork();
  const { node, own } = aggregate;
  const isActive = activeNode?.id === node.id;
  return (
    <section className="card" aria-labelledby="rollup-own">
      <h2 id="rollup-own">{t('rollup.own.heading', { node: node.name })}</h2>
      {editable ? (
        <OwnTextsForm
          // Another node or year starts the form afresh.
          key={`${node.id}:${aggregate.year}`}
          nodeId={node.id}
          year={aggregate.year}
          initial={textsOf(own.summary)}
        />
      ) : (
        <dl className="rollup-texts">
          {SUMMARY_KEYS.map((field) => (
            <div key={field}>
              <dt>{t(`rollup.own.fields.${field}`)}</dt>
              <dd>{own.summary?.[field] || t('rollup.own.empty')}</dd>
            </div>
          ))}
        </dl>
      )}
      <h3>{t('rollup.own.planHeading')}</h3>
      <p>
        {t('rollup.own.planCount', { count: own.actions.length })}{' '}
        {isActive ? <Link to="/atgarder">{t('rollup.own.toPlan')}</Link> : null}
      </p>
    </section>
  );
}

function OwnTextsForm({ nodeId, year, initial }: { nodeId: string; year: number; initial: Texts }) {
  const { t } = useTranslation();
  const [texts, setTexts] = useState(initial);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const dirty = SUMMARY_KEYS.some((f) => texts[f] !== initial[f]);

  async function save() {
    setSaving(true);
    try {
      await saveSummary(getDb(), { nodeId, year, ...texts });
      setMessage({ kind: 'ok', text: t('rollup.own.saved') });
    } catch (error) {
      const reason = error instanceof RepositoryError ? error.message : String(error);
      setMessage({ kind: 'error', text: t('rollup.own.saveFailed', { reason }) });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="rollup-own-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {SUMMARY_KEYS.map((field) => (
        <div key={field} className="rollup-field">
          <label htmlFor={`${id}-${field}`}>{t(`rollup.own.fields.${field}`)}</label>
          <textarea
            id={`${id}-${field}`}
            rows={field === 'summary' ? 4 : 3}
            maxLength={10_000}
            value={texts[field]}
            onChange={(e) => {
              setTexts({ ...texts, [field]: e.target.value });
              setMessage(null);
            }}
          />
        </div>
      ))}
      <p className="button-row">
        <button type="submit" className="button button-primary" disabled={saving || !dirty}>
          {t('rollup.own.save')}
        </button>
      </p>
      <p
        className={message?.kind === 'error' ? 'error-message' : 'message-slot'}
        role={message?.kind === 'error' ? 'alert' : 'status'}
      >
        {message?.text ?? ''}
      </p>
    </form>
  );
}
