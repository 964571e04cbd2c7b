import type { Random } from '../prng';

const FIRST_NAMES = [
  'Anna',
  'Maria',
  'Karin',
  'Sara',
  'Lena',
  'Emma',
  'Johanna',
  'Sofia',
  'Malin',
  'Helena',
  'Linda',
  'Elin',
  'Camilla',
  'Jenny',
  'Ida',
  'Hanna',
  'Fatima',
  'Amira',
  'Leila',
  'Åsa',
  'Ingrid',
  'Eva',
  'Ulrika',
  'Josefin',
  'Rebecka',
  'Therese',
  'Petra',
  'Sanna',
  'Nadia',
  'Mirjam',
  'Erik',
  'Lars',
  'Anders',
  'Johan',
  'Mikael',
  'Per',
  'Karl',
  'Magnus',
  'Fredrik',
  'Daniel',
  'Jonas',
  'Mattias',
  'Ahmed',
  'Ali',
  'Omar',
  'Nils',
  'Oskar',
  'Ulf',
  'Björn',
  'Goran',
];

const LAST_NAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Hansson',
  'Bengtsson',
  'Lindberg',
  'Lindqvist',
  'Lundgren',
  'Bergström',
  'Sandberg',
  'Forsberg',
  'Holm',
  'Engström',
  'Ekström',
  'Hassan',
  'Yilmaz',
  'Nikolić',
  'Virtanen',
  'Lindholm',
  'Sjöberg',
  'Wallin',
  'Åberg',
  'Öberg',
  'Nyström',
  'Dahl',
  'Hedlund',
  'Björk',
  'Abdi',
  'Rahimi',
  'Mäkinen',
  'Kovač',
];

/**
 * Draws full names (first + last) without repeating one, so that no two people in a generated
 * organisation share a name. Fictional: any likeness to a real person is chance.
 */
export function createNamePool(random: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    // More people than combinations: add a middle initial rather than fail.
    const name = `${random.pick(FIRST_NAMES)} ${String.fromCharCode(65 + random.int(0, 25))}. ${random.pick(LAST_NAMES)}`;
    used.add(name);
    return name;
  };
}
