import { PlannedScreen } from '../../screens/PlannedScreen';

export function OverviewScreen() {
  return <PlannedScreen screen="overview" />;
}
