import type { Identity, Level } from '@shared/schemas';

/** A level's name as the municipality calls it ("Verksamhet"), for headings and badges. */
export function levelName(identity: Identity, level: Level): string {
  return identity.levelNames[level - 1] ?? String(level);
}

/** The same name inside a sentence: "Lägg till enhet". */
export function levelNoun(identity: Identity, level: Level): string {
  return levelName(identity, level).toLocaleLowerCase('sv-SE');
}

/** The level directly below (where a node's children sit); null for a unit. */
export function levelBelow(level: Level): Level | null {
  switch (level) {
    case 4:
      return 3;
    case 3:
      return 2;
    case 2:
      return 1;
    case 1:
      return null;
  }
}

/** The level directly above (where a node's parent sits); null for the top. */
export function levelAbove(level: Level): Level | null {
  switch (level) {
    case 1:
      return 2;
    case 2:
      return 3;
    case 3:
      return 4;
    case 4:
      return null;
  }
}
