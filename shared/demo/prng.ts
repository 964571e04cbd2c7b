/**
 * A small seeded pseudo-random generator (mulberry32) with the few draws the generators need.
 * Synthetic data must be reproducible: the same seed gives the same municipality on every machine,
 * so tests, the demo and benchmarks can compare outputs byte for byte. Not for anything secret.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of the keys, with probability proportional to its (non-negative) weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream derived from this one and a label, so adding draws in one part of a
   * generator does not shift every value after it. */
  fork(label: string): Random;
}

/** 32-bit FNV-1a of a string: turns labels into seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick: tom lista');
      return item;
    },
    weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
      const entries: [K, number][] = [];
      let total = 0;
      for (const key in weights) {
        const weight = weights[key] ?? 0;
        if (weight > 0) {
          entries.push([key, weight]);
          total += weight;
        }
      }
      let remaining = next() * total;
      for (const [key, weight] of entries) {
        remaining -= weight;
        if (remaining < 0) return key;
      }
      const last = entries.at(-1);
      if (!last) throw new Error('weighted: inga vikter');
      return last[0];
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const a = copy[i];
        const b = copy[j];
        if (a === undefined || b === undefined) continue;
        copy[i] = b;
        copy[j] = a;
      }
      return copy;
    },
    fork(label) {
      return createRandom((Math.floor(next() * 4294967296) ^ hashString(label)) >>> 0);
    },
  };
  return random;
}

/**
 * Draws from a list without repeating until every item has been used, then starts over in a new
 * order: texts shared by many units then vary as much as the list allows.
 */
export function createDecks(random: Random): <T>(key: string, items: readonly T[]) => T {
  const decks = new Map<string, { order: number[]; at: number }>();
  return <T>(key: string, items: readonly T[]): T => {
    let deck = decks.get(key);
    if (!deck || deck.at >= deck.order.length || deck.order.length !== items.length) {
      deck = { order: random.shuffle(items.map((_, index) => index)), at: 0 };
      decks.set(key, deck);
    }
    const item = items[deck.order[deck.at] ?? 0];
    deck.at += 1;
    if (item === undefined) throw new Error(`deck ${key}: tom lista`);
    return item;
  };
}
