import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../useDateFormat';
import type { ResultRow } from './useImportQueue';

type Tone = 'ok' | 'info' | 'warn' | 'bad';

/** The result of every file of the last import, in Swedish, one list item per file. */
export function ResultList({ rows }: { rows: readonly ResultRow[] }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (rows.length === 0) return null;

  const render = (row: ResultRow): { tone: Tone; body: ReactNode } => {
    if (row.kind === 'unreadable') {
      return {
        tone: 'bad',
        body: (
          <p>{t('exchange.receive.failedRead', { name: row.fileName, message: row.message })}</p>
        ),
      };
    }
    if (row.kind === 'notTrusted') {
      return {
        tone: 'warn',
        body: <p>{t('exchange.receive.outcome.notTrusted', { node: row.nodeName })}</p>,
      };
    }
    const o = row.outcome;
    switch (o.kind) {
      case 'imported':
        return {
          tone: 'ok',
          body: (
            <p>
              {o.replaced === null
                ? t('exchange.receive.outcome.imported', { node: o.nodeName, revision: o.revision })
                : t('exchange.receive.outcome.importedReplaced', {
                    node: o.nodeName,
                    revision: o.revision,
                    previous: o.replaced,
                  })}
            </p>
          ),
        };
      case 'unchanged':
        return {
          tone: 'info',
          body: (
            <p>
              {t('exchange.receive.outcome.unchanged', {
                node: o.nodeName,
                revision: o.revision,
              })}
            </p>
          ),
        };
      case 'older':
        return {
          tone: 'info',
          body: (
            <p>
              {t('exchange.receive.outcome.older', {
                node: o.nodeName,
                revision: o.revision,
                current: o.current,
              })}
            </p>
          ),
        };
      case 'conflict':
        return {
          tone: 'warn',
          body: (
            <>
              <p>
                <strong>
                  {t('exchange.receive.outcome.conflict', {
                    node: o.nodeName,
                    revision: o.revision,
                  })}
                </strong>
              </p>
              <p>
                {t('exchange.receive.outcome.conflictStored', {
                  created: formatDate(o.storedCreated),
                  digest: o.storedDigest.slice(0, 8),
                })}
              </p>
              <p>
                {t('exchange.receive.outcome.conflictIncoming', {
                  created: formatDate(o.newCreated),
                  digest: o.newDigest.slice(0, 8),
                })}
              </p>
              <p>{t('exchange.receive.outcome.conflictWhat')}</p>
            </>
          ),
        };
      case 'return':
        return {
          tone: 'warn',
          body: (
            <>
              <p>
                <strong>
                  {t('exchange.receive.outcome.returned', {
                    revision: o.revision,
                    from: o.fromNodeName,
                  })}
                </strong>
              </p>
              <blockquote>{o.comment}</blockquote>
            </>
          ),
        };
      case 'refused':
        return {
          tone: 'bad',
          body: <p>{t('exchange.receive.outcome.refused', { message: o.message })}</p>,
        };
      case 'needs-trust':
        return {
          tone: 'warn',
          body: <p>{t('exchange.receive.outcome.notTrusted', { node: o.nodeName })}</p>,
        };
    }
  };

  return (
    <section aria-labelledby="exchange-results-heading">
      <h3 id="exchange-results-heading">{t('exchange.receive.resultsHeading')}</h3>
      <ul className="results" aria-labelledby="exchange-results-heading">
        {rows.map((row) => {
          const { tone, body } = render(row);
          return (
            <li key={row.id} className={`result result-${tone}`}>
              <p className="result-file">{row.fileName}</p>
              {body}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
