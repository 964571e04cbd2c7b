import { useCallback, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { coveredYear } from '@shared/followup-year';
import type { Incident, OrgNode } from '@shared/schemas';
import { getDb, getIncident } from '../../../data';
import { useWork } from '../../../shell/WorkContext';
import { IncidentEditor } from './IncidentEditor';
import { openButtonId } from './IncidentTable';
import { DEFAULT_FILTER, type LogFilter } from './incident-filter';
import { LogList, type LogMessage } from './LogList';
import { useIncidentScope, type IncidentScope } from './useIncidentScope';
import { useUnitIncidents } from './useUnitIncidents';
import './log.css';

/** The search parameter other screens link with (#/handelser?handelse=<id>), and its "new" value. */
export const OPEN_PARAM = 'handelse';
const NEW = 'ny';

/** #/handelser: the incident log of the active node (the unit, or every unit below it). */
export function IncidentLog() {
  const { activeNode, year } = useWork();
  if (!activeNode) return null;
  return <NodeIncidentLog key={activeNode.id} node={activeNode} year={year} />;
}

function NodeIncidentLog({ node, year }: { node: OrgNode; year: number }) {
  const { t } = useTranslation();
  const scope = useIncidentScope(node);
  const unitIds = useMemo(() => scope.units.map((u) => u.id), [scope.units]);
  const incidents = useUnitIncidents(unitIds);
  const [params] = useSearchParams();
  // Local state, not the URL: a URL change moves focus to the h1 (AppShell) on every open.
  const [open, setOpen] = useState<string | null>(params.get(OPEN_PARAM));
  const [filter, setFilter] = useState<LogFilter>(DEFAULT_FILTER);
  const [page, setPage] = useState(0);
  const [message, setMessage] = useState<LogMessage>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const covered = coveredYear(year);

  const close = useCallback((focusId?: string) => {
    setOpen(null);
    // The page is gone: give focus back to where the user came from.
    requestAnimationFrame(() => {
      const target = focusId ? document.getElementById(focusId) : null;
      (target ?? addButton.current)?.focus();
    });
  }, []);

  const openIncident = useCallback((incident: Incident) => {
    setMessage(null);
    setOpen(incident.id);
  }, []);

  const done = (key: 'saved' | 'deleted', incident: Incident) =>
    t(key === 'saved' ? 'incidents.log.list.saved' : 'incidents.log.list.deleted', {
      date: incident.date,
      type: t(`incidents.types.${incident.type}`),
    });

  if (open !== null) {
    return (
      <OpenIncident
        openId={open}
        scope={scope}
        onSaved={(saved) => {
          setMessage({ kind: 'status', text: done('saved', saved) });
          close(openButtonId(saved.id));
        }}
        onDeleted={(deleted) => {
          setMessage({ kind: 'status', text: done('deleted', deleted) });
          close();
        }}
        onMissing={() => close()}
        onClose={() => close(open === NEW ? undefined : openButtonId(open))}
      />
    );
  }

  return (
    <LogList
      scope={scope}
      incidents={incidents}
      covered={covered}
      year={year}
      filter={filter}
      onFilter={(next) => {
        setFilter(next);
        setPage(0);
      }}
      page={page}
      onPage={setPage}
      message={message}
      addButton={addButton}
      onAdd={() => {
        setMessage(null);
        setOpen(NEW);
      }}
      onOpen={openIncident}
    />
  );
}

/** The editor for a stored incident (read live, so a deleted one is noticed) or a new one. */
function OpenIncident({
  openId,
  scope,
  onSaved,
  onDeleted,
  onMissing,
  onClose,
}: {
  openId: string;
  scope: IncidentScope;
  onSaved: (incident: Incident) => void;
  onDeleted: (incident: Incident) => void;
  onMissing: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isNew = openId === NEW;
  const stored = useLiveQuery(
    async () => (isNew ? null : ((await getIncident(getDb(), openId)) ?? null)),
    [openId, isNew],
  );
  if (!isNew && stored === undefined)
    return <p className="loading">{t('incidents.log.list.loading')}</p>;
  if (!isNew && stored === null) {
    return (
      <section className="card" aria-labelledby="ilog-missing">
        <h2 id="ilog-missing">{t('incidents.log.list.notFound')}</h2>
        <button type="button" className="button" onClick={onMissing}>
          {t('incidents.log.form.back')}
        </button>
      </section>
    );
  }
  return (
    <IncidentEditor
      incident={stored ?? undefined}
      scope={scope}
      onSaved={onSaved}
      onDeleted={onDeleted}
      onClose={onClose}
    />
  );
}
