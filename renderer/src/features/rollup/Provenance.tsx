import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeReport } from '@shared/rollup/types';
import { getDb } from '../../data';
import { verifyStoredPackage, type StoredPackageCheck } from '../../data/package-repo';
import { useDateFormat } from '../exchange/useDateFormat';
import { useWork } from '../../shell/WorkContext';

/**
 * Where a unit's data comes from. Local data says so; data from a package is re-verified from the
 * stored bytes each time it is shown (signature and digests), and what is shown comes from them.
 */
export function Provenance({ report }: { report: NodeReport }) {
  const { t } = useTranslation();
  const { source } = report;
  if (source.kind === 'local') {
    return (
      <section className="card rollup-provenance" aria-labelledby="rollup-provenance">
        <h2 id="rollup-provenance">{t('rollup.provenance.heading')}</h2>
        <p className="rollup-provenance-state">{t('rollup.provenance.local')}</p>
      </section>
    );
  }
  return (
    <PackageProvenance
      key={`${source.packageNodeId}:${report.year}:${source.digest}`}
      reportNodeId={report.node.id}
      packageNodeId={source.packageNodeId}
      year={report.year}
    />
  );
}

function PackageProvenance({
  reportNodeId,
  packageNodeId,
  year,
}: {
  reportNodeId: string;
  packageNodeId: string;
  year: number;
}) {
  const { t } = useTranslation();
  const formatDateTime = useDateFormat();
  const { tree } = useWork();
  const [check, setCheck] = useState<StoredPackageCheck | null>(null);
  const nameOf = (id: string) => tree.byId.get(id)?.name ?? id;

  useEffect(() => {
    let live = true;
    void verifyStoredPackage(getDb(), packageNodeId, year).then(
      (result) => live && setCheck(result),
      (error: unknown) =>
        live &&
        setCheck({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [packageNodeId, year]);

  const state = !check ? '' : check.ok ? ' rollup-provenance-ok' : ' rollup-provenance-bad';
  return (
    <section className={`card rollup-provenance${state}`} aria-labelledby="rollup-provenance">
      <h2 id="rollup-provenance">{t('rollup.provenance.heading')}</h2>
      {!check ? (
        <p role="status">{t('rollup.provenance.checking')}</p>
      ) : check.ok ? (
        <>
          <p className="rollup-provenance-state" role="status">
            <span aria-hidden="true">✔ </span>
            {t('rollup.provenance.verified')}
          </p>
          {packageNodeId === reportNodeId ? null : (
            <p>{t('rollup.provenance.vouched', { node: nameOf(packageNodeId) })}</p>
          )}
          <dl className="rollup-facts">
            <div>
              <dt>{t('rollup.provenance.fingerprint')}</dt>
              <dd className="rollup-fingerprint">{check.fingerprint}</dd>
            </div>
            <div>
              <dt>{t('rollup.provenance.author')}</dt>
              <dd>{check.author}</dd>
            </div>
            <div>
              <dt>{t('rollup.provenance.created')}</dt>
              <dd>{formatDateTime(check.created)}</dd>
            </div>
            <div>
              <dt>{t('rollup.provenance.revision')}</dt>
              <dd>{check.revision}</dd>
            </div>
          </dl>
          {check.carriedBy ? (
            <p>{t('rollup.provenance.carried', { node: nameOf(check.carriedBy) })}</p>
          ) : null}
        </>
      ) : (
        <p className="error-message" role="alert">
          {t('rollup.provenance.failed', { reason: check.message })}
        </p>
      )}
    </section>
  );
}
