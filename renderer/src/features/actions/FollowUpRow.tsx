import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpIn } from '@shared/actions';
import type { Action } from '@shared/schemas';
import { RepositoryError, getDb, recordActionFollowUp } from '../../data';

export type RowMessage = { kind: 'status' | 'error'; text: string } | null;

/** Typing pauses this long before the reason is saved; leaving the field saves at once. */
const REASON_DEBOUNCE_MS = 600;

/** One of last year's actions: handled Ja / Nej, and why not. Saves as the user goes. */
export function FollowUpRow({
  action,
  year,
  readOnly,
  onMessage,
}: {
  action: Action;
  year: number;
  readOnly: boolean;
  onMessage: (message: RowMessage) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const stored = followUpIn(action, year);
  const [handled, setHandled] = useState<boolean | null>(stored?.handled ?? null);
  const [reason, setReason] = useState(stored?.reason ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // What still waits for the debounce; written on unmount so nothing typed is lost.
  const pending = useRef<string | null>(null);

  const save = useCallback(
    async (value: { handled: boolean; reason: string }) => {
      try {
        await recordActionFollowUp(getDb(), action.id, { year, ...value });
        onMessage({ kind: 'status', text: t('actions.lastYear.saved') });
      } catch (error) {
        onMessage({
          kind: 'error',
          text: error instanceof RepositoryError ? error.message : String(error),
        });
      }
    },
    [action.id, year, onMessage, t],
  );

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    pending.current = null;
    if (value !== null) void save({ handled: false, reason: value });
  }, [save]);

  useEffect(() => flush, [flush]);

  const onHandled = (value: boolean) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setHandled(value);
    void save({ handled: value, reason: value ? '' : reason });
  };

  const onReason = (value: string) => {
    setReason(value);
    pending.current = value;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(flush, REASON_DEBOUNCE_MS);
  };

  const meta = [
    action.responsible ? t('actions.lastYear.responsible', { name: action.responsible }) : '',
    action.dueDate ? t('actions.lastYear.due', { date: action.dueDate }) : '',
    t('actions.lastYear.planStatus', { status: t(`actions.status.${action.status}`) }),
  ].filter(Boolean);

  const missingReason = handled === false && reason.trim() === '';

  return (
    <tr>
      <td className="action-text">
        <span id={`${id}-text`}>{action.text}</span>
        <span className="action-meta">{meta.join(' · ')}</span>
      </td>
      <td className="last-year-handled">
        {readOnly ? (
          handled === null ? (
            <span className="action-none">{t('actions.lastYear.notFollowedUp')}</span>
          ) : (
            t(handled ? 'common.yes' : 'common.no')
          )
        ) : (
          <fieldset className="radio-group last-year-radios">
            <legend className="visually-hidden">
              {t('actions.lastYear.handledOf', { text: action.text })}
            </legend>
            {[true, false].map((value) => (
              <label key={String(value)} className="radio">
                <input
                  type="radio"
                  name={`${id}-handled`}
                  checked={handled === value}
                  onChange={() => onHandled(value)}
                />
                {t(value ? 'common.yes' : 'common.no')}
              </label>
            ))}
          </fieldset>
        )}
      </td>
      <td className="last-year-reason">
        {handled !== false ? (
          <span className="action-none">–</span>
        ) : readOnly ? (
          reason || <span className="action-none">{t('actions.lastYear.noReason')}</span>
        ) : (
          <>
            <label htmlFor={`${id}-reason`} className="visually-hidden">
              {t('actions.lastYear.reasonOf', { text: action.text })}
            </label>
            <textarea
              id={`${id}-reason`}
              rows={2}
              value={reason}
              aria-describedby={missingReason ? `${id}-reason-help` : undefined}
              onChange={(e) => onReason(e.target.value)}
              onBlur={flush}
            />
            {missingReason ? (
              <p className="last-year-missing" id={`${id}-reason-help`}>
                {t('actions.lastYear.reasonMissing')}
              </p>
            ) : null}
          </>
        )}
      </td>
    </tr>
  );
}
