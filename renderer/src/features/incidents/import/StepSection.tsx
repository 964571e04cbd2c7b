import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { STEPS, type WizardStep } from './import-model';

/**
 * One step of the wizard: a card whose h2 names the step ("Steg 2 av 5: Kolumner"). The heading
 * takes focus when the step is entered, so keyboard and screen-reader users start at its top.
 */
export function StepSection({
  step,
  focus,
  children,
}: {
  step: WizardStep;
  /** False on the first render of the screen: then the shell has put focus on the h1. */
  focus: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className="card kia-step" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('incidents.kiaImport.stepHeading', {
          number: STEPS.indexOf(step) + 1,
          total: STEPS.length,
          name: t(`incidents.kiaImport.steps.${step}`),
        })}
      </h2>
      {children}
    </section>
  );
}
