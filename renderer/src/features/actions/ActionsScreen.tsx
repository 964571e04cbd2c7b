import { PlannedScreen } from '../../screens/PlannedScreen';

export function ActionsScreen() {
  return <PlannedScreen screen="actions" />;
}
