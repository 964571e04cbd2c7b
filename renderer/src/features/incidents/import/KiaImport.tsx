import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWork } from '../../../shell/WorkContext';
import { useIncidentCategories } from '../useIncidentCategories';
import { ColumnsStep } from './ColumnsStep';
import { FileStep } from './FileStep';
import { writableUnits } from './import-model';
import { PreviewStep } from './PreviewStep';
import { RunStep } from './RunStep';
import { StepIndicator } from './StepIndicator';
import { StepSection } from './StepSection';
import { useKiaImport } from './useKiaImport';
import { ValuesStep } from './ValuesStep';
import './kia-import.css';

/**
 * Händelser → Import från KIA: a five-step wizard from an export file to stored incidents, for
 * the units this installation writes for (its own node's subtree).
 */
export function KiaImport() {
  const { t } = useTranslation();
  const { identity, tree } = useWork();
  const scope = identity.nodeId === null ? undefined : tree.byId.get(identity.nodeId);
  const units = useMemo(
    () => writableUnits(tree, identity).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    [tree, identity],
  );

  if (!scope || units.length === 0) {
    return (
      <section className="card" aria-labelledby="kia-no-access">
        <h2 id="kia-no-access">{t('incidents.kiaImport.noAccess.heading')}</h2>
        <p>
          {scope
            ? t('incidents.kiaImport.noAccess.noUnits', { node: scope.name })
            : t('incidents.kiaImport.noAccess.noNode')}
        </p>
      </section>
    );
  }
  return <Wizard units={units} scopeName={scope.name} />;
}

function Wizard({
  units,
  scopeName,
}: {
  units: ReturnType<typeof writableUnits>;
  scopeName: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tree } = useWork();
  const categories = useIncidentCategories();
  const context = useMemo(
    () => ({ units, places: categories.places, causes: categories.causes }),
    [units, categories],
  );
  const wizard = useKiaImport(context, t('incidents.kiaImport.file.filterName'));
  const { state } = wizard;
  const { file, mapping } = state;
  const unitName = (id: string) => tree.byId.get(id)?.name ?? id;
  const focus = state.round > 0;

  const body = () => {
    if (state.step === 'import' && state.run)
      return (
        <RunStep
          run={state.run}
          onStop={wizard.stopImport}
          onBackToPreview={() => wizard.goTo('preview')}
          onStartOver={wizard.startOver}
        />
      );
    if (file && state.step === 'columns')
      return (
        <ColumnsStep
          file={file}
          mapping={mapping}
          remembered={state.remembered}
          units={units}
          onChange={wizard.setMapping}
          onBack={() => wizard.goTo('file')}
          onNext={() => wizard.goTo('values')}
          onCancel={wizard.cancel}
        />
      );
    if (file && state.step === 'values')
      return (
        <ValuesStep
          file={file}
          mapping={mapping}
          context={context}
          scopeNode={scopeName}
          onChange={wizard.setMapping}
          onBack={() => wizard.goTo('columns')}
          onNext={() => wizard.goTo('preview')}
          onCancel={wizard.cancel}
        />
      );
    if (file && state.step === 'preview')
      return (
        <PreviewStep
          file={file}
          mapping={mapping}
          context={context}
          mask={state.mask}
          unitName={unitName}
          onMask={wizard.setMask}
          onBack={() => wizard.goTo('values')}
          onImport={(incidents, skipped) => void wizard.startImport(incidents, skipped)}
          onCancel={wizard.cancel}
        />
      );
    return (
      <FileStep
        reading={state.reading}
        cancelled={state.cancelled}
        loaded={file}
        scopeNode={scopeName}
        unitCount={units.length}
        onChoose={() => void wizard.chooseFile()}
        onNext={() => wizard.goTo('columns')}
        onLeave={() => void navigate('/handelser')}
      />
    );
  };

  return (
    <div className="kia-import">
      <p className="kia-intro">{t('incidents.kiaImport.intro')}</p>
      <StepIndicator current={state.step} />
      <StepSection key={state.round} step={state.step} focus={focus}>
        {body()}
      </StepSection>
    </div>
  );
}
