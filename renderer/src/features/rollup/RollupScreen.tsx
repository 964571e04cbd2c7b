import { PlannedScreen } from '../../screens/PlannedScreen';

/** Sammanställning (H5 replaces this with the aggregated view). */
export function RollupScreen() {
  return <PlannedScreen screen="rollup" />;
}
