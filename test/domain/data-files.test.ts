import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, guardCell, parseExportRequest, unguardCell } from '../../src/domain/data-files.js';

describe('formula guard', () => {
  it("prefixes a cell that a spreadsheet would run with ', and nothing else", () => {
    for (const cell of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx', "'=x", "''@x"])
      expect(guardCell(cell)).toBe(`'${cell}`);
    for (const cell of ['Acme', "O'Brien", "'quoted'", '12500.50', '', '北京'])
      expect(guardCell(cell)).toBe(cell);
  });

  it('is undone exactly on import, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ') }), (text) => {
        expect(unguardCell(guardCell(text))).toBe(text);
        expect(guardCell(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('parseExportRequest', () => {
  it('reads a kind, a period, filters (quoted when spaced) and deleted', () => {
    const read = parseExportRequest('Deals 2026-Q4 region:"North America" product:Cloud deleted');
    expect(read).toMatchObject({
      ok: true,
      value: {
        kind: 'deals',
        period: { key: '2026-Q4' },
        region: 'North America',
        product: 'Cloud',
        includeDeleted: true,
      },
    });
    if (read.ok) expect(exportFileName(read.value)).toBe('pacer-deals-2026-Q4.csv');
    expect(parseExportRequest('kudos')).toMatchObject({ ok: true, value: { kind: 'kudos', period: null } });
  });

  it('refuses with a code what it cannot read', () => {
    const error = (text: string) => {
      const read = parseExportRequest(text);
      return read.ok ? null : read.error;
    };
    expect(error('')).toEqual({ code: 'noKind' });
    expect(error('sales')).toEqual({ code: 'unknownKind', word: 'sales' });
    expect(error('deals 2026-13')).toEqual({ code: 'unknownWord', word: '2026-13' });
    expect(error('deals 2026 2025')).toEqual({ code: 'twice', word: 'period' });
    expect(error('deals region:a region:b')).toEqual({ code: 'twice', word: 'region:' });
    expect(error('csat product:Cloud')).toEqual({ code: 'productOnlyForDeals' });
    expect(error('targets deleted')).toEqual({ code: 'deletedOnlyForDeals' });
  });
});
