import { describe, expect, it } from 'vitest';
import { rankScores, topWithCaller } from '../../src/domain/leaderboard.js';

const s = (memberId: string, name: string, num: number, den = 1) => ({ memberId, name, num, den });

describe('rankScores', () => {
  it('shares ranks on ties (1, 2, 2, 4) and orders ties by name', () => {
    const { ranked } = rankScores([
      s('U1', 'dan', 50),
      s('U2', 'Bea', 80),
      s('U3', 'ann', 80),
      s('U4', 'cy', 100),
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['cy', 1],
      ['ann', 2],
      ['Bea', 2],
      ['dan', 4],
    ]);
  });

  it('leaves members with nothing unranked', () => {
    const { ranked, unranked } = rankScores([s('U1', 'a', 0), s('U2', 'b', 5)]);
    expect(ranked.map((r) => r.memberId)).toEqual(['U2']);
    expect(unranked.map((r) => r.memberId)).toEqual(['U1']);
    expect(rankScores([]).ranked).toEqual([]);
  });

  it('compares attainment exactly, so a new hire with a small target can top it', () => {
    // 1/3 of a big target against 1,000,001/3,000,000: no float rounding decides it.
    const { ranked } = rankScores([
      s('U1', 'veteran', 100_000_000, 300_000_000),
      s('U2', 'new hire', 1_000_001, 3_000_000),
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['new hire', 1],
      ['veteran', 2],
    ]);
    const tie = rankScores([s('U1', 'a', 1, 3), s('U2', 'b', 2, 6)]).ranked;
    expect(tie.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('topWithCaller', () => {
  it('shows a tie on the last place whole', () => {
    const scores = Array.from({ length: 12 }, (_, i) => s(`U${i}`, `m${i}`, i < 9 ? 100 - i : 50));
    const view = topWithCaller(rankScores(scores).ranked, 'U0', 10);
    expect(view.top).toHaveLength(12);
    expect(view.top.slice(9).map((r) => r.rank)).toEqual([10, 10, 10]);
  });

  it('orders tied names with numbers as numbers', () => {
    const { ranked } = rankScores([s('U1', 'rep 10', 5), s('U2', 'rep 2', 5)]);
    expect(ranked.map((r) => r.name)).toEqual(['rep 2', 'rep 10']);
  });

  it('adds the caller when outside the top', () => {
    const { ranked } = rankScores(Array.from({ length: 15 }, (_, i) => s(`U${i}`, `m${i}`, 100 - i)));
    const view = topWithCaller(ranked, 'U14', 10);
    expect(view.top).toHaveLength(10);
    expect(view.caller?.rank).toBe(15);
    expect(topWithCaller(ranked, 'U3', 10).caller).toBeNull();
  });
});
