import { PlannedScreen } from '../../screens/PlannedScreen';

export function TemplatesScreen() {
  return <PlannedScreen screen="checklist" />;
}
