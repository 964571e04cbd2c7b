import { PlannedScreen } from '../../screens/PlannedScreen';

export function OrganisationScreen() {
  return <PlannedScreen screen="organisation" />;
}
