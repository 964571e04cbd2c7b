import { useTranslation } from 'react-i18next';
import type { NodeReport } from '@shared/rollup/types';
import { NARRATIVE_KEYS } from '../checklist/form-model';

/** The unit's meeting, participants, narrative and signatures, as its report holds them. */
export function UnitFollowUp({ report }: { report: NodeReport }) {
  const { t } = useTranslation();
  const followUp = report.body.followUp;
  if (!followUp) {
    return (
      <section className="card" aria-labelledby="rollup-followup">
        <h2 id="rollup-followup">{t('rollup.unitView.followUpHeading')}</h2>
        <p>{t('rollup.unitView.noFollowUp')}</p>
      </section>
    );
  }
  const { participants, signOff } = followUp;
  const dash = '–';
  return (
    <section className="card" aria-labelledby="rollup-followup">
      <h2 id="rollup-followup">{t('rollup.unitView.followUpHeading')}</h2>
      <dl className="rollup-facts">
        <div>
          <dt>{t('rollup.unitView.status')}</dt>
          <dd>{t(`rollup.unitView.state.${followUp.status}`)}</dd>
        </div>
        <div>
          <dt>{t('rollup.unitView.meetingDate')}</dt>
          <dd>{followUp.meetingDate ?? dash}</dd>
        </div>
        <div>
          <dt>{t('rollup.unitView.manager')}</dt>
          <dd>{participants.manager || dash}</dd>
        </div>
        <div>
          <dt>{t('rollup.unitView.safetyRep')}</dt>
          <dd>{participants.safetyRep || dash}</dd>
        </div>
        <div>
          <dt>{t('rollup.unitView.staffCount')}</dt>
          <dd>{participants.staffCount ?? dash}</dd>
        </div>
        <div>
          <dt>{t('rollup.unitView.managerSignature')}</dt>
          <dd>
            {signOff.manager
              ? t('rollup.unitView.signed', signOff.manager)
              : t('rollup.unitView.notSigned')}
          </dd>
        </div>
        <div>
          <dt>{t('rollup.unitView.safetyRepSignature')}</dt>
          <dd>
            {signOff.safetyRep
              ? t('rollup.unitView.signed', signOff.safetyRep)
              : t('rollup.unitView.notSigned')}
          </dd>
        </div>
      </dl>
      <h3>{t('rollup.unitView.narrativeHeading')}</h3>
      <dl className="rollup-texts">
        {NARRATIVE_KEYS.map((key) => (
          <div key={key}>
            <dt>{t(`rollup.unitView.narrative.${key}`)}</dt>
            <dd>{followUp.narrative[key] || dash}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
