import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '@shared/schemas';
import { useWork } from '../../shell/WorkContext';
import type { ReminderRow } from './useTracking';

/**
 * Påminnelselista for HR: who has not reported this year, overdue first, and a button that copies
 * the list as plain text (to an e-mail). Where the clipboard is refused the text is shown to copy.
 */
export function ReminderList({
  node,
  year,
  reminders,
}: {
  node: OrgNode;
  year: number;
  reminders: readonly ReminderRow[];
}) {
  const { t } = useTranslation();
  const { identity } = useWork();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const level = (n: OrgNode) => identity.levelNames[n.level - 1] ?? '';

  const lines = reminders.map((row) => {
    const status = t(`rollup.tracking.status_values.${row.status}`);
    const values = {
      node: row.path.join(' › '),
      level: level(row.node),
      status,
      deadline: row.deadline,
    };
    if (row.overdue && row.deadline) return t('rollup.reminders.lineOverdue', values);
    if (row.deadline) return t('rollup.reminders.lineDeadline', values);
    return t('rollup.reminders.line', values);
  });
  const text = [t('rollup.reminders.title', { year, node: node.name }), '', ...lines].join('\n');

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setMessage({ ok: true, text: t('rollup.reminders.copied', { count: lines.length }) });
    } catch {
      setMessage({ ok: false, text: t('rollup.reminders.copyFailed') });
      // Give the text to the user to copy by hand, selected.
      requestAnimationFrame(() => textRef.current?.select());
    }
  }

  return (
    <section className="card" aria-labelledby="rollup-reminders">
      <h2 id="rollup-reminders">{t('rollup.reminders.heading')}</h2>
      {reminders.length === 0 ? (
        <p>{t('rollup.reminders.none')}</p>
      ) : (
        <>
          <p className="help">{t('rollup.reminders.help', { year })}</p>
          {/* Scrolls when long: focusable and named, so the keyboard can scroll it. */}
          <ul
            className="rollup-reminders"
            tabIndex={0}
            aria-label={t('rollup.reminders.listLabel', { count: reminders.length })}
          >
            {reminders.map((row, i) => (
              <li key={row.node.id} className={row.overdue ? 'rollup-late-item' : undefined}>
                {row.overdue ? (
                  <strong className="rollup-late">
                    <span className="rollup-late-icon" aria-hidden="true">
                      ⚠
                    </span>
                    {lines[i]}
                  </strong>
                ) : (
                  lines[i]
                )}
              </li>
            ))}
          </ul>
          <p className="button-row">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('rollup.reminders.copy')}
            </button>
          </p>
          <p className={message && !message.ok ? 'error-message' : 'message-slot'} role="status">
            {message?.text ?? ''}
          </p>
          {message && !message.ok ? (
            <div className="rollup-field">
              <label htmlFor="rollup-reminder-text">{t('rollup.reminders.textLabel')}</label>
              <textarea
                id="rollup-reminder-text"
                ref={textRef}
                className="rollup-reminder-text"
                readOnly
                rows={Math.min(12, lines.length + 3)}
                value={text}
              />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
