import { useTranslation } from 'react-i18next';
import { FileLine } from './FileLine';
import { StepButtons } from './StepButtons';
import type { FileState, LoadedFile } from './useKiaImport';

/** Step 1: what file is wanted, whose units it may fill, and the file dialog. */
export function FileStep({
  reading,
  cancelled,
  loaded,
  scopeNode,
  unitCount,
  onChoose,
  onNext,
  onLeave,
}: {
  reading: FileState;
  cancelled: boolean;
  /** The file already read, when the user came back from step 2. */
  loaded: LoadedFile | null;
  scopeNode: string;
  unitCount: number;
  onChoose: () => void;
  onNext: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const busy = reading.phase === 'reading';
  return (
    <>
      <div role="status" className="message-slot">
        {cancelled ? <p className="kia-notice">{t('incidents.kiaImport.cancelled')}</p> : null}
        {busy ? <p>{t('incidents.kiaImport.file.reading', { name: reading.name })}</p> : null}
      </div>
      <p>{t('incidents.kiaImport.file.help')}</p>
      <p className="help">
        {t('incidents.kiaImport.file.scope', { count: unitCount, node: scopeNode })}
      </p>
      {loaded ? <FileLine file={loaded} /> : null}
      <div role="alert" className="message-slot">
        {reading.phase === 'unreadable' ? (
          <div className="error-message">
            <p>
              <strong>{t('incidents.kiaImport.file.unreadable', { name: reading.name })}</strong>
            </p>
            <p>{reading.reason ?? t('incidents.kiaImport.file.unexpected')}</p>
          </div>
        ) : null}
      </div>
      <StepButtons
        onCancel={onLeave}
        primary={
          <>
            <button
              type="button"
              className={loaded ? 'button' : 'button button-primary'}
              disabled={busy}
              onClick={onChoose}
            >
              {t('incidents.kiaImport.file.choose')}
            </button>
            {loaded ? (
              <button type="button" className="button button-primary" onClick={onNext}>
                {t('incidents.kiaImport.next')}
              </button>
            ) : null}
          </>
        }
      />
    </>
  );
}
