import { describe, expect, it } from 'vitest';
import { type ContestSpec, checkContest, parseContestLine } from '../../../src/domain/contests/contest.js';

const base: ContestSpec = {
  name: 'December hunt',
  metric: 'revenue',
  productName: null,
  startsOn: '2026-12-01',
  endsOn: '2026-12-31',
  mode: 'individual',
  goal: null,
  prize: null,
  standings: 'weekly',
  teams: [],
};

describe('parseContestLine', () => {
  it('reads the example of the issue, the prize taking the rest of the line', () => {
    const r = parseContestLine(
      '"December hunt" new-customers 2026-12-01 2026-12-31 teams:region prize:Team dinner',
      'USD',
    );
    expect(r).toEqual({
      ok: true,
      value: { ...base, metric: 'new-customers', mode: 'region', prize: 'Team dinner' },
    });
  });

  it('reads a product line, a money goal and daily standings', () => {
    const r = parseContestLine(
      '“Cloud push” product:Cloud 2026-12-01 2026-12-15 goal:50k standings:daily',
      'USD',
    );
    expect(r.ok && r.value).toMatchObject({
      name: 'Cloud push',
      metric: 'product',
      productName: 'Cloud',
      goal: 5_000_000,
      standings: 'daily',
    });
    expect(parseContestLine('Q attainment 2026-12-01 2026-12-15 goal:120%', 'USD')).toMatchObject({
      ok: true,
      value: { goal: 120 },
    });
  });

  it('says what is wrong, as a code', () => {
    expect(parseContestLine('"x" revenue 2026-12-01', 'USD')).toMatchObject({ problem: { code: 'usage' } });
    expect(parseContestLine('"x" smiles 2026-12-01 2026-12-02', 'USD')).toMatchObject({
      problem: { code: 'metric', params: { typed: 'smiles' } },
    });
    expect(parseContestLine('"x" deals 2026-02-30 2026-03-02', 'USD')).toMatchObject({
      problem: { code: 'date' },
    });
    expect(parseContestLine('"x" deals 2026-12-01 2026-12-02 goal:12%', 'USD')).toMatchObject({
      problem: { code: 'goal' },
    });
    expect(parseContestLine('"x" deals 2026-12-01 2026-12-02 teams:hats', 'USD')).toMatchObject({
      problem: { code: 'option' },
    });
  });
});

describe('checkContest', () => {
  it('accepts a good contest and tidies its name', () => {
    expect(checkContest({ ...base, name: '  December   hunt ' }, '2026-11-20')).toEqual({
      ok: true,
      value: base,
    });
  });
  it('refuses bad dates, names, prizes and teams', () => {
    const code = (spec: Partial<ContestSpec>, today = '2026-11-20') => {
      const r = checkContest({ ...base, ...spec }, today);
      return r.ok ? 'ok' : r.problem.code;
    };
    expect(code({ endsOn: '2026-11-30' })).toBe('endsBeforeStart');
    expect(code({ endsOn: '2028-01-01' })).toBe('tooLong');
    expect(code({}, '2027-01-01')).toBe('endedAlready');
    expect(code({ name: '' })).toBe('name.empty');
    expect(code({ name: 'x'.repeat(41) })).toBe('name.tooLong');
    expect(code({ name: 'a\u0000b' })).toBe('name.control');
    expect(code({ prize: 'p'.repeat(151) })).toBe('prize.tooLong');
    expect(code({ mode: 'teams', teams: [{ name: 'A', memberIds: ['U1'] }] })).toBe('teams.tooFew');
    expect(
      code({
        mode: 'teams',
        teams: [
          { name: 'A', memberIds: ['U1'] },
          { name: 'B', memberIds: ['U1'] },
        ],
      }),
    ).toBe('teams.memberTwice');
    expect(
      code({
        mode: 'teams',
        teams: [
          { name: '', memberIds: ['U1'] },
          { name: 'B', memberIds: ['U2'] },
        ],
      }),
    ).toBe('teams.name');
  });
});
