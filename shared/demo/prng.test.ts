import { describe, expect, it } from 'vitest';
import { createDecks, createRandom, hashString } from './prng';

describe('seeded random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps int() within its inclusive bounds and reaches both ends', () => {
    const random = createRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(random.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('never picks a zero weight and follows the weights roughly', () => {
    const random = createRandom(1);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[random.weighted({ a: 3, b: 1, c: 0 })] += 1;
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = createRandom(3).shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it('forks independent, reproducible streams', () => {
    const a = createRandom(9).fork('x');
    const b = createRandom(9).fork('x');
    const c = createRandom(9).fork('y');
    expect(a.next()).toBe(b.next());
    expect(createRandom(9).fork('x').next()).not.toBe(c.next());
    expect(hashString('x')).not.toBe(hashString('y'));
  });

  it('decks use every item once before repeating one', () => {
    const draw = createDecks(createRandom(5));
    const items = ['a', 'b', 'c', 'd'];
    const first = Array.from({ length: 4 }, () => draw('k', items));
    expect([...first].sort()).toEqual(items);
    const second = Array.from({ length: 4 }, () => draw('k', items));
    expect([...second].sort()).toEqual(items);
  });
});
