import type { Incident, IncidentType } from '../schemas';
import { addDays, daysBetween, daysInMonth, isoDate, minDate, timestamp } from './dates';
import type { Random } from './prng';
import {
  INCIDENT_SCENARIOS,
  fitting,
  forKind,
  type IncidentScenario,
} from './texts/incident-scenarios';
import { KIND_PROFILES, UNIT_KINDS, type UnitKind } from './unit-kinds';

/** More events in autumn, fewer in summer (the seed's month table peaks September–November). */
const MONTH_WEIGHTS = [0.9, 0.85, 0.95, 0.85, 0.95, 0.8, 0.9, 0.85, 1.25, 1.35, 1.2, 1.0];
const WINTER_MONTHS = new Set([1, 2, 3, 11, 12]);
/** Types that are occupational injuries and go to Försäkringskassan. */
const INJURY_TYPES: ReadonlySet<IncidentType> = new Set([
  'olycksfall',
  'fardolycksfall',
  'arbetssjukdom',
]);

export interface IncidentUnit {
  id: string;
  kind: UnitKind;
}

export interface IncidentOptions {
  units: readonly IncidentUnit[];
  /** The calendar year the incidents happen in. */
  year: number;
  count: number;
  /** No incident lies on or after this day; statuses are as seen on it. */
  today: string;
  withTexts: boolean;
  /** How many of them are serious (reported to Arbetsmiljöverket), where a scenario allows. */
  serious: number;
  /** Share of incidents imported from KIA (with an externalId). */
  kiaShare: number;
  /** First KIA case number; numbers are consecutive, so ids never collide. */
  kiaStart: number;
}

/** An incident with the scenario it came from, so actions can refer to "repeated violence". */
export interface GeneratedIncident {
  incident: Incident;
  scenario: IncidentScenario;
  kind: UnitKind;
}

/** Picks an index with probability proportional to weights, by binary search on the sums. */
function cumulativePicker(random: Random, weights: readonly number[]): () => number {
  const sums: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    sums.push(total);
  }
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = sums.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sums[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  };
}

function scenarioPickers(random: Random): (kind: UnitKind) => IncidentScenario {
  const pickers = new Map(
    UNIT_KINDS.map((kind) => [
      kind,
      cumulativePicker(
        random,
        INCIDENT_SCENARIOS.map((scenario) => scenario.kinds[kind] ?? 0),
      ),
    ]),
  );
  return (kind) => {
    const index = pickers.get(kind)?.() ?? 0;
    const scenario = INCIDENT_SCENARIOS[index] ?? INCIDENT_SCENARIOS[0];
    if (!scenario) throw new Error('Inga händelsescenarier');
    return scenario;
  };
}

/** The scenario's types that have a description fitting the kind (all of them if none has). */
function typeWeights(
  scenario: IncidentScenario,
  kind: UnitKind,
): Partial<Record<IncidentType, number>> {
  const fit: Partial<Record<IncidentType, number>> = {};
  const all: Partial<Record<IncidentType, number>> = {};
  let any = false;
  for (const [type, variant] of Object.entries(scenario.byType)) {
    if (!isIncidentType(type)) continue;
    all[type] = variant.weight;
    if (fitting(variant.texts, kind).length > 0) {
      fit[type] = variant.weight;
      any = true;
    }
  }
  return any ? fit : all;
}

function isIncidentType(value: string): value is IncidentType {
  return ['riskobservation', 'tillbud', 'olycksfall', 'fardolycksfall', 'arbetssjukdom'].includes(
    value,
  );
}

function statusByAge(random: Random, age: number): Incident['status'] {
  if (age > 75) return random.weighted({ avslutad: 0.85, atgardad: 0.15 });
  if (age > 21) return random.weighted({ avslutad: 0.2, atgardad: 0.4, utreds: 0.4 });
  return random.weighted({ ny: 0.5, utreds: 0.5 });
}

const PENDING_INVESTIGATION = 'Utredning pågår tillsammans med skyddsombudet.';
const SERIOUS_INVESTIGATION =
  'Anmäld till Arbetsmiljöverket samma dag. Händelsen utredd av chef, skyddsombud och HR; åtgärderna följs upp i handlingsplanen.';

/**
 * Incidents for one calendar year across the given units: more at units whose kind has more
 * (boenden, hemtjänst), causes and places typical for the kind, more in autumn and, for halka and
 * traffic, in winter. Closed injuries carry their report to Försäkringskassan; serious ones their
 * report to Arbetsmiljöverket. A few lack a place or cause category (shown as "saknas").
 */
export function generateIncidents(random: Random, options: IncidentOptions): GeneratedIncident[] {
  const { year, today, units } = options;
  const first = isoDate(year, 1, 1);
  const last = minDate(isoDate(year, 12, 31), addDays(today, -1));
  if (last < first || options.count <= 0 || units.length === 0) return [];
  const lastMonth = Number(last.slice(5, 7));
  const lastDay = Number(last.slice(8, 10));

  const pickUnit = cumulativePicker(
    random,
    units.map((unit) => KIND_PROFILES[unit.kind].incidentRate),
  );
  const scenarioFor = scenarioPickers(random);
  const months = MONTH_WEIGHTS.slice(0, lastMonth);
  const pickMonth = cumulativePicker(random, months);
  const pickWinterMonth = cumulativePicker(
    random,
    months.map((weight, index) => (WINTER_MONTHS.has(index + 1) ? weight * 2 : weight)),
  );

  const drafts: GeneratedIncident[] = [];
  for (let i = 0; i < options.count; i++) {
    const unit = units[pickUnit()] ?? units[0];
    if (!unit) break;
    const scenario = scenarioFor(unit.kind);
    const type = random.weighted(typeWeights(scenario, unit.kind));
    const month = (scenario.winter ? pickWinterMonth() : pickMonth()) + 1;
    const maxDay = month === lastMonth ? lastDay : daysInMonth(year, month);
    const date = isoDate(year, month, random.int(1, maxDay));
    const [fromHour, toHour] = KIND_PROFILES[unit.kind].hours;
    const time = random.chance(0.85)
      ? `${String(random.int(fromHour, toHour - 1)).padStart(2, '0')}:${String(random.int(0, 11) * 5).padStart(2, '0')}`
      : null;
    const described = random.pick(forKind(scenario.byType[type]?.texts ?? [''], unit.kind));
    const status = statusByAge(random, daysBetween(date, today));
    const closed = status === 'avslutad' || status === 'atgardad';
    const texts = options.withTexts;
    drafts.push({
      scenario,
      kind: unit.kind,
      incident: {
        id: '',
        nodeId: unit.id,
        date,
        time,
        type,
        placeCategory: random.chance(0.03)
          ? null
          : (described.place ?? random.pick(forKind(scenario.places, unit.kind)).value),
        causeCategory: random.chance(0.03) ? null : scenario.cause,
        description: texts ? described.value : '',
        immediateMeasures: texts ? random.pick(scenario.measures) : '',
        investigation: !texts
          ? ''
          : closed
            ? random.pick(scenario.investigation)
            : status === 'utreds'
              ? PENDING_INVESTIGATION
              : '',
        serious: false,
        reportedToAV: null,
        reportedToFK:
          INJURY_TYPES.has(type) && status !== 'ny'
            ? minDate(addDays(date, random.int(0, 3)), today)
            : null,
        status,
        externalId: null,
        createdAt: timestamp(
          minDate(addDays(date, random.int(0, 2)), today),
          random.int(7, 16),
          random.int(0, 59),
        ),
      },
    });
  }

  markSerious(random, drafts, options);
  drafts.sort((a, b) =>
    a.incident.date === b.incident.date
      ? (a.incident.time ?? '').localeCompare(b.incident.time ?? '')
      : a.incident.date.localeCompare(b.incident.date),
  );
  let kiaNumber = options.kiaStart;
  drafts.forEach(({ incident }, index) => {
    incident.id = `inc-${year}-${String(index + 1).padStart(5, '0')}`;
    if (random.chance(options.kiaShare)) incident.externalId = `kia:${kiaNumber++}`;
  });
  return drafts;
}

/**
 * Makes `options.serious` incidents serious, spreading them over the different serious variants
 * (a knife threat, a fracture on ice, a car crash …) rather than repeating the commonest one.
 */
function markSerious(random: Random, drafts: GeneratedIncident[], options: IncidentOptions) {
  const pairs = random.shuffle(
    drafts.flatMap((draft) =>
      (draft.scenario.serious ?? [])
        .filter((variant) => variant.kinds.includes(draft.kind))
        .map((variant) => ({ draft, variant })),
    ),
  );
  const used = new Map<string, number>();
  const chosen = new Set<GeneratedIncident>();
  const picked: typeof pairs = [];
  for (let round = 0; picked.length < options.serious && round < options.serious; round++) {
    for (const pair of pairs) {
      if (picked.length >= options.serious) break;
      if (chosen.has(pair.draft) || (used.get(pair.variant.text) ?? 0) > round) continue;
      chosen.add(pair.draft);
      used.set(pair.variant.text, (used.get(pair.variant.text) ?? 0) + 1);
      picked.push(pair);
    }
  }
  for (const { draft, variant } of picked) {
    const { incident } = draft;
    const age = daysBetween(incident.date, options.today);
    incident.type = variant.type;
    incident.serious = true;
    incident.status = age > 60 ? 'avslutad' : 'utreds';
    incident.reportedToAV = incident.date;
    incident.reportedToFK = INJURY_TYPES.has(variant.type)
      ? minDate(addDays(incident.date, 1), options.today)
      : null;
    incident.placeCategory = variant.place;
    incident.causeCategory = draft.scenario.cause;
    if (options.withTexts) {
      incident.description = variant.text;
      incident.immediateMeasures = variant.measures;
      incident.investigation =
        incident.status === 'avslutad' ? SERIOUS_INVESTIGATION : PENDING_INVESTIGATION;
    }
  }
}
