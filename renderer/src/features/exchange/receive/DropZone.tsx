import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Where package files arrive: dropped (several at once) or chosen with the button. The hidden
 * <input multiple> works in the browser and in Electron alike; the button is what the keyboard
 * reaches.
 */
export function DropZone({
  disabled,
  onFiles,
}: {
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setActive(false);
    if (disabled) return;
    onFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      className={active ? 'drop-zone drop-zone-active' : 'drop-zone'}
      onDragEnter={(event) => {
        event.preventDefault();
        setActive(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={(event) => {
        const related = event.relatedTarget;
        if (!(related instanceof Node) || !event.currentTarget.contains(related)) setActive(false);
      }}
      onDrop={onDrop}
    >
      <p className="drop-zone-title">{t('exchange.receive.dropZone')}</p>
      <p>{t('exchange.receive.dropHint')}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {t('exchange.receive.chooseFiles')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".samx"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
