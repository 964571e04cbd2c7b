/**
 * Default place and cause categories for incidents, in the style of the KIA summaries in the
 * board's SAM report (seed "06 Årlig uppföljning": 21 choices of place, 13 of cause/risk).
 * Incidents store the category text itself (schema: placeCategory/causeCategory, null = saknas),
 * so a chart can group by it without a lookup; an organisation may replace the lists.
 */
export const DEFAULT_PLACE_CATEGORIES = [
  'Kontor och arbetsrum',
  'Besöks- och samtalsrum',
  'Reception och entré',
  'Korridor och trappa',
  'Personalrum och kök',
  'Omklädningsrum och personaltoalett',
  'Brukarens bostad',
  'Brukarens rum på boendet',
  'Gemensamma utrymmen på boendet',
  'Badrum och hygienutrymme',
  'Tvättstuga',
  'Förråd och soprum',
  'Verkstad och aktivitetslokal',
  'Utemiljö, gård och parkering',
  'Gång- och cykelväg',
  'Bil eller annat fordon i tjänsten',
  'Kollektivtrafik',
  'Annan verksamhets lokaler (skola, vård, domstol)',
  'Allmän plats och stadsmiljö',
  'Distansarbete i hemmet',
  'Annan plats',
] as const;
export type PlaceCategory = (typeof DEFAULT_PLACE_CATEGORIES)[number];

export const DEFAULT_CAUSE_CATEGORIES = [
  'Fall, halka eller snubbling',
  'Lyft, förflyttning och belastning',
  'Våld eller hot om våld',
  'Hot eller trakasserier på distans (telefon, brev, nätet)',
  'Stick- eller skärskada',
  'Klämning, slag eller stöt',
  'Smitta och biologiska risker',
  'Kemiska ämnen',
  'Brand, rök eller utrymning',
  'Trafik och fordon',
  'Stress och arbetsbelastning',
  'Brister i lokaler, utrustning eller larm',
  'Annan orsak',
] as const;
export type CauseCategory = (typeof DEFAULT_CAUSE_CATEGORIES)[number];
