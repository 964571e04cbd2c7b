import { PlannedScreen } from '../../screens/PlannedScreen';

/** Medarbetarundersökning (H7 replaces this). */
export function SurveyScreen() {
  return <PlannedScreen screen="report" />;
}
