import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import type { FollowUp } from '@shared/schemas';
import { getDb } from '../../data';
import { splitValid, type FollowUpFormValues } from './form-model';
import { signBlockers, type SignBlocker, type SignRole } from './follow-up-status';
import { reopen, signFollowUp, withdrawSignature } from './follow-up-store';
import { ReopenDialog } from './ReopenDialog';
import { ReopenLog } from './ReopenLog';
import { SignatureSlot } from './SignatureSlot';

function BlockerList({ id, blockers }: { id: string; blockers: SignBlocker[] }) {
  const { t } = useTranslation();
  const items = useWatch<FollowUpFormValues, 'items'>({ name: 'items' });
  return (
    <div id={id} className="sign-blockers">
      <p>{t('checklist.signOff.blockedIntro')}</p>
      <ul>
        {blockers.map((blocker) => (
          <li key={blocker.kind}>
            {blocker.kind === 'unanswered'
              ? t('checklist.signOff.unanswered', { count: blocker.count, total: items.length })
              : blocker.kind === 'invalid'
                ? t('checklist.signOff.invalid', { count: blocker.count })
                : t('checklist.signOff.meetingDate')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The manager and the safety representative confirm the follow-up, each with name and date. Both
 * signatures lock it; reopening asks who and why and is logged.
 */
export function SignOffCard({
  followUp,
  editable,
  userName,
  flush,
}: {
  followUp: FollowUp;
  /** This installation writes for the unit. */
  editable: boolean;
  /** Prefills "who" when reopening. */
  userName: string;
  /** Saves what is typed before a signature is added. */
  flush: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const blockersId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const [reopening, setReopening] = useState(false);
  // Re-render on every change; getValues() then gives the whole form with its full type.
  useWatch<FollowUpFormValues>();
  const typed = useFormContext<FollowUpFormValues>().getValues();
  const locked = followUp.status === 'signed';
  const blockers = locked ? [] : signBlockers(typed, splitValid(typed).invalid);

  async function run(work: () => Promise<void>, done: string) {
    setFailure('');
    setMessage('');
    try {
      await work();
      setMessage(done);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  const onSign = (role: SignRole, signature: { name: string; date: string }) => {
    const other = role === 'manager' ? followUp.signOff.safetyRep : followUp.signOff.manager;
    return run(
      async () => {
        await flush();
        await signFollowUp(getDb(), followUp.id, role, signature);
      },
      other ? t('checklist.signOff.locked') : t('checklist.signOff.signed'),
    );
  };

  const onWithdraw = (role: SignRole) =>
    run(() => withdrawSignature(getDb(), followUp.id, role), '');

  const onReopen = async (input: { who: string; reason: string }) => {
    await run(async () => {
      await reopen(getDb(), followUp.id, input.who, input.reason);
      setReopening(false);
      headingRef.current?.focus();
    }, t('checklist.reopen.done'));
  };

  const slot = (role: SignRole, participantName: string) => (
    <SignatureSlot
      role={role}
      followUp={followUp}
      participantName={participantName}
      editable={editable}
      canSign={editable && !locked && blockers.length === 0}
      canWithdraw={editable && !locked}
      blockersId={blockers.length > 0 ? blockersId : undefined}
      onSign={onSign}
      onWithdraw={onWithdraw}
    />
  );

  return (
    <section className="card signoff" aria-labelledby="signoff-heading">
      <h2 id="signoff-heading" ref={headingRef} tabIndex={-1}>
        {t('checklist.signOff.heading')}
      </h2>
      <p className="help">{t('checklist.signOff.help')}</p>
      {editable && blockers.length > 0 ? <BlockerList id={blockersId} blockers={blockers} /> : null}
      <div className="signature-grid">
        {slot('manager', typed.manager)}
        {slot('safetyRep', typed.safetyRep)}
      </div>
      {locked && editable ? (
        <div className="button-row reopen-row">
          <button type="button" className="button" onClick={() => setReopening(true)}>
            {t('checklist.reopen.button')}
          </button>
        </div>
      ) : null}
      <p role="status" className="quiet-status">
        {message}
      </p>
      {failure ? (
        <p role="alert" className="error-message">
          {failure}
        </p>
      ) : null}
      <ReopenLog log={followUp.reopenLog} />
      <ReopenDialog
        open={reopening}
        defaultWho={userName}
        onConfirm={onReopen}
        onCancel={() => setReopening(false)}
      />
    </section>
  );
}
