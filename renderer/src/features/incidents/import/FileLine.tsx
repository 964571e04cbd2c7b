import { useTranslation } from 'react-i18next';
import type { LoadedFile } from './useKiaImport';
import { useFormatCount } from './useFormatCount';

/** "Fil: kia-export-2025.csv – 153 rader, 13 kolumner." at the top of steps 1–4. */
export function FileLine({ file }: { file: LoadedFile }) {
  const { t } = useTranslation();
  const format = useFormatCount();
  return (
    <p className="kia-file-line">
      {t('incidents.kiaImport.fileLine', {
        name: file.name,
        rows: format(file.table.rows.length),
        columns: format(file.table.headers.length),
      })}
    </p>
  );
}
