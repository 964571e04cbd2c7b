import { PlannedScreen } from '../../screens/PlannedScreen';

/** Skicka och ta emot (H6 replaces this). */
export function ExchangeScreen() {
  return <PlannedScreen screen="exchange" />;
}
