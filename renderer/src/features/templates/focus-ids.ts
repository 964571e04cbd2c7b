/**
 * Element ids on the template view, in one place, so that focus can be moved back to the control
 * a user came from after a form closes or a dialog removes what had focus.
 */
export function focusIds(sectionId: string) {
  return {
    toggle: `tpl-section-${sectionId}`,
    panel: `tpl-panel-${sectionId}`,
    add: `tpl-add-${sectionId}`,
    edit: (questionId: string) => `tpl-edit-${questionId}`,
  };
}

/** Per template, so that focus waits for the picked version rather than the one shown before. */
export const templateHeadingId = (templateId: string) => `tpl-view-${templateId}`;
export const LIST_HEADING_ID = 'tpl-list-heading';
