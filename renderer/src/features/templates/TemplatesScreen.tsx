import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/schemas';
import { baseForDraft } from '@shared/templates/versioning';
import { NoOrganisation } from '../../components/NoOrganisation';
import { ScreenHeader } from '../../shell/ScreenHeader';
import { useWork } from '../../shell/WorkContext';
import { CreateDraftPanel } from './CreateDraftPanel';
import { ReadOnlyNote } from './ReadOnlyNote';
import { TemplateList } from './TemplateList';
import { TemplateView } from './TemplateView';
import { LIST_HEADING_ID, templateHeadingId } from './focus-ids';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useTemplateLabels } from './useTemplateLabels';
import { useTemplatesData } from './useTemplatesData';
import './templates.css';

/** The administration level: the one that may add local questions and publish versions. */
const ADMINISTRATION_LEVEL = 3;

/**
 * #/mallar: every checklist template version, one of them shown in full. Other screens link here
 * with ?mall=<id> to show the version a follow-up was answered against. An installation acting
 * for an administration also makes and publishes its own versions here; everyone else reads.
 */
export function TemplatesScreen() {
  const { t } = useTranslation();
  const { identity, nodes, tree, year } = useWork();
  const data = useTemplatesData();
  const labels = useTemplateLabels();
  const [params] = useSearchParams();
  // Local state, not the URL: a URL change would move focus to the h1 (AppShell) on every pick.
  const [picked, setPicked] = useState<string | null>(params.get('mall'));
  const [deleted, setDeleted] = useState(false);
  const focusAfterRender = useFocusAfterRender();

  const header = <ScreenHeader title={t('templates.title')} lead={t('templates.lead')} />;
  if (nodes.length === 0)
    return (
      <section>
        {header}
        <NoOrganisation />
      </section>
    );
  if (!data) return <section>{header}</section>;

  const own = identity.nodeId ? tree.byId.get(identity.nodeId) : undefined;
  const administration = own?.level === ADMINISTRATION_LEVEL ? own : undefined;
  const selected = chooseTemplate(data.templates, picked, {
    ownerId: administration?.id,
    pathIds: own ? tree.pathTo(own.id).map((n) => n.id) : [],
    year,
  });

  const select = (id: string) => {
    setPicked(id);
    setDeleted(false);
    focusAfterRender(templateHeadingId(id));
  };

  const readOnlyReason =
    selected?.status === 'draft' && selected.ownerNodeId !== administration?.id
      ? t('templates.otherOwnerDraft', { owner: labels.owner(selected) })
      : null;

  return (
    <section className="tpl-screen">
      {header}
      {administration ? (
        <CreateDraftPanel
          owner={administration}
          templates={data.templates}
          onOpen={(template: Template) => select(template.id)}
        />
      ) : (
        <ReadOnlyNote />
      )}
      <TemplateList
        templates={data.templates}
        followUps={data.followUps}
        selectedId={selected?.id ?? null}
        onSelect={select}
      />
      <div role="status" aria-live="polite" className="message-slot">
        {deleted ? t('templates.deleted') : null}
      </div>
      {selected ? (
        <TemplateView
          key={selected.id}
          template={selected}
          followUps={data.followUps.get(selected.id) ?? 0}
          editable={administration !== undefined && selected.ownerNodeId === administration.id}
          readOnlyReason={readOnlyReason}
          onDeleted={() => {
            setPicked(null);
            setDeleted(true);
            focusAfterRender(LIST_HEADING_ID);
          }}
        />
      ) : null}
    </section>
  );
}

/**
 * The version to show: the one picked (or linked), else the administration's own draft, else the
 * version that applies to this installation for the year, else the newest.
 */
function chooseTemplate(
  templates: readonly Template[],
  picked: string | null,
  context: { ownerId: string | undefined; pathIds: readonly string[]; year: number },
): Template | undefined {
  const byId = picked ? templates.find((tpl) => tpl.id === picked) : undefined;
  if (byId) return byId;
  const ownDraft = templates.find(
    (tpl) => tpl.status === 'draft' && tpl.ownerNodeId === context.ownerId,
  );
  return ownDraft ?? baseForDraft(templates, context.pathIds, context.year) ?? templates[0];
}
