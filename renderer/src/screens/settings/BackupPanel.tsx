import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFile } from '@shared/bridge';
import { formatIsoDate } from '@shared/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { BackupError, clearDatabase, exportBackup, getDb, restoreBackup } from '../../data';
import { usePlatform } from '../../platform/PlatformContext';

const BACKUP_FILTERS = [{ name: 'Säkerhetskopia', extensions: ['json'] }];

type Message = { kind: 'status' | 'error'; text: string } | null;
type Pending = { kind: 'restore'; file: OpenedFile } | { kind: 'clear' } | null;

/** Export, restore and clear: the user's safety net, with nothing lost on a bad file. */
export function BackupPanel() {
  const { t } = useTranslation();
  const platform = usePlatform();
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending>(null);

  async function run(work: () => Promise<string>): Promise<void> {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ kind: 'status', text: await work() });
    } catch (error) {
      const text = error instanceof BackupError ? error.message : String(error);
      setMessage({ kind: 'error', text: t('settings.restoreFailed', { message: text }) });
    } finally {
      setBusy(false);
    }
  }

  const onExport = () =>
    run(async () => {
      const bytes = await exportBackup(getDb());
      const name = `sam-sakerhetskopia-${formatIsoDate(new Date())}.json`;
      const result = await platform.saveFile(name, bytes, BACKUP_FILTERS);
      return result.saved ? t('settings.exported', { name: result.name }) : '';
    });

  const onPickRestore = async () => {
    setMessage(null);
    const file = await platform.openFile(BACKUP_FILTERS);
    if (file) setPending({ kind: 'restore', file });
  };

  const onConfirm = () => {
    const current = pending;
    setPending(null);
    if (current?.kind === 'restore') {
      void run(async () => {
        const { counts } = await restoreBackup(getDb(), current.file.data);
        const count = Object.values(counts).reduce((sum, n) => sum + n, 0);
        return t('settings.restored', { count });
      });
    } else if (current?.kind === 'clear') {
      void run(async () => {
        await clearDatabase(getDb());
        return t('settings.cleared');
      });
    }
  };

  return (
    <div className="card">
      <h2>{t('settings.backup')}</h2>
      <p className="help">{t('settings.backupHelp')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void onExport()}
        >
          {t('settings.exportBackup')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void onPickRestore()}
        >
          {t('settings.restoreBackup')}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => setPending({ kind: 'clear' })}
        >
          {t('settings.clear')}
        </button>
      </div>
      <p className="help">{t('settings.clearHelp')}</p>
      <div role="status" aria-live="polite" className="message-slot">
        {busy ? t('settings.working') : message?.kind === 'status' ? message.text : null}
      </div>
      <div role="alert" className="message-slot">
        {message?.kind === 'error' ? <p className="error-message">{message.text}</p> : null}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'clear' ? t('settings.clear') : t('settings.restoreBackup')}
        message={
          pending?.kind === 'clear' ? t('settings.confirmClear') : t('settings.confirmRestore')
        }
        confirmLabel={pending?.kind === 'clear' ? t('settings.clear') : t('settings.restoreBackup')}
        onConfirm={onConfirm}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
