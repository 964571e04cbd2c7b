/** A measure a unit may decide for a question, with the role title that usually owns it. */
export interface ActionIdea {
  text: string;
  responsible: string;
}

/** Comments a unit might write per answer value, and measures it might decide. */
export interface QuestionTexts {
  ja?: readonly string[];
  delvis?: readonly string[];
  nej?: readonly string[];
  vetej?: readonly string[];
  actions: readonly ActionIdea[];
}
