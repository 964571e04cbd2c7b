import { PlannedScreen } from '../../screens/PlannedScreen';

export function ChecklistScreen() {
  return <PlannedScreen screen="checklist" />;
}
