import type { Template } from '@shared/schemas';
import { useTemplateLabels } from './useTemplateLabels';

/** "Utkast" or "Publicerad", as text (never colour alone). */
export function StatusBadge({ template }: { template: Template }) {
  const labels = useTemplateLabels();
  return (
    <span className={`tpl-badge tpl-badge-${template.status}`}>{labels.status(template)}</span>
  );
}
