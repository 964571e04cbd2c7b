import { useTranslation } from 'react-i18next';
import { STEPS, type WizardStep } from './import-model';

/** Where the user is: the five steps in order, the current one marked for assistive technology. */
export function StepIndicator({ current }: { current: WizardStep }) {
  const { t } = useTranslation();
  const at = STEPS.indexOf(current);
  return (
    <ol className="kia-steps" aria-label={t('incidents.kiaImport.stepsLabel')}>
      {STEPS.map((step, index) => {
        const state = index < at ? 'done' : index === at ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`kia-steps-item kia-steps-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="kia-steps-number" aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span>{t(`incidents.kiaImport.steps.${step}`)}</span>
            {state === 'done' ? (
              <span className="visually-hidden">{` (${t('incidents.kiaImport.stepDone')})`}</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
