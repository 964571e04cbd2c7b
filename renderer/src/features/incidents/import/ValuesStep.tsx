import { useTranslation } from 'react-i18next';
import type { KiaMapping } from '@shared/incidents/kia';
import { INCIDENT_TYPES, incidentStatus } from '@shared/schemas';
import { VALUE_FIELDS, type ValueField } from './import-model';
import { FileLine } from './FileLine';
import { StepButtons } from './StepButtons';
import type { LoadedFile } from './useKiaImport';
import { MISSING, type ValueContext } from './value-resolution';
import { ValueTable, type ValueOption } from './ValueTable';

/** Step 3: the values of the mapped type, unit, place, cause and status columns, translated. */
export function ValuesStep({
  file,
  mapping,
  context,
  scopeNode,
  onChange,
  onBack,
  onNext,
  onCancel,
}: {
  file: LoadedFile;
  mapping: KiaMapping;
  context: ValueContext;
  scopeNode: string;
  onChange: (mapping: KiaMapping) => void;
  onBack: () => void;
  onNext: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const missing = { value: MISSING, label: t('incidents.kiaImport.values.missing') };
  const category = (list: readonly string[]): ValueOption[] => [
    ...list.map((name) => ({ value: name, label: name })),
    missing,
  ];
  const optionsFor: Record<ValueField, ValueOption[]> = {
    type: INCIDENT_TYPES.map((type) => ({
      value: type,
      label: t(`incidents.types.${type}`),
    })),
    unit: context.units.map((unit) => ({
      value: unit.id,
      label: unit.archived
        ? t('incidents.kiaImport.values.archived', { name: unit.name })
        : unit.name,
    })),
    place: category(context.places),
    cause: category(context.causes),
    status: incidentStatus.options.map((status) => ({
      value: status,
      label: t(`incidents.statuses.${status}`),
    })),
  };
  const mapped = VALUE_FIELDS.flatMap((field) => {
    const header = mapping.columns[field];
    return header === undefined ? [] : [{ field, header }];
  });

  return (
    <>
      <FileLine file={file} />
      <p>{t('incidents.kiaImport.values.help')}</p>
      {mapped.length === 0 ? <p>{t('incidents.kiaImport.values.nothing')}</p> : null}
      {mapped.map(({ field, header }) => (
        <ValueTable
          key={field}
          field={field}
          header={header}
          table={file.table}
          mapping={mapping}
          context={context}
          options={optionsFor[field]}
          note={
            field === 'unit'
              ? t('incidents.kiaImport.values.unitsScope', { node: scopeNode })
              : undefined
          }
          onChange={onChange}
        />
      ))}
      <StepButtons onBack={onBack} onNext={onNext} onCancel={onCancel} />
    </>
  );
}
