import { describe, expect, it } from 'vitest';
import {
  boardOf,
  defaultMemo,
  keyFigures,
} from '../../../renderer/src/features/report/export/memo';
import { memoSchema } from '../../../renderer/src/data/memo-repo';
import { Q2, exportFixture, plain } from './fixture';

describe('the cover memo proposal', () => {
  const model = exportFixture();

  it('reads the key figures from the model', () => {
    const figures = keyFigures(model);
    expect(figures.questions).toBe(2);
    expect(figures.answers).toBe(28 + 27);
    expect(figures.ja).toBe(15 + 10);
    expect(figures.weakest?.text).toBe(Q2);
    expect(figures.weakest?.share).toBeCloseTo(10 / 27, 10);
    expect(figures.incidents).toBe(101);
    expect(figures.ti).toBe(78);
    expect(figures.hme).toBe(81);
    expect(figures.plannedActions).toBe(2);
    expect(figures.previousActions).toEqual({ total: 2, handled: 1 });
  });

  it('fills every heading from the report and passes its own schema', () => {
    const memo = defaultMemo(model);
    expect(memoSchema.safeParse(memo).success).toBe(true);
    expect(memo.board).toBe('Socialnämnden');
    expect(memo.date).toBe('2026-03-15');
    expect(memo.proposal).toBe(
      'Socialnämnden godkänner den årliga uppföljningen av det systematiska arbetsmiljöarbetet 2026 för Socialförvaltningen.',
    );
    expect(plain(memo.summary)).toContain('Lägst andel Ja har frågan ”' + Q2 + '” (37,04 %).');
    expect(plain(memo.summary)).toContain('totalindex (TI) 78 och HME 81');
    expect(memo.matter).toContain('- Steg 1, enhet:');
    expect(memo.matter).toContain('Underlag: 28 av 30 enheter har rapporterat');
    expect(memo.basis.split('\n')).toEqual([
      'Tjänsteskrivelse – Årlig uppföljning av systematiskt arbetsmiljöarbete (SAM) 2026 Socialförvaltningen',
      'Årlig uppföljning av det systematiska arbetsmiljöarbetet (SAM) 2026 – Socialförvaltningen',
    ]);
    expect(memo.sendTo.split('\n')).toContain('Kommunstyrelsen');
  });

  it('names the board after the administration where it can', () => {
    expect(boardOf('Socialförvaltningen')).toBe('Socialnämnden');
    expect(boardOf('Barn- och utbildningsförvaltningen')).toBe('Barn- och utbildningsnämnden');
    expect(boardOf('Verksamhet Vuxen')).toBe('Nämnden');
  });
});
