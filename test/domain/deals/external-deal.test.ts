import { describe, expect, it } from 'vitest';
import {
  dealFingerprint,
  type ExternalDealLookups,
  readExternalDeal,
  resolveExternalDeal,
} from '../../../src/domain/deals/external-deal.js';

const CONTEXT = { today: '2026-11-30', currency: 'USD' };
const GOOD = {
  external_id: 'crm-123',
  amount: '12500.00',
  currency: 'usd',
  customer: 'Acme Corp',
  owner: 'U123ABC',
  closed_on: '2026-11-30',
  product: 'Cloud',
  region: 'North',
  note: 'renewal',
};

const LOOKUPS: ExternalDealLookups = {
  ownerById: (id) =>
    ({
      U123ABC: { userId: 'U123ABC', active: true, regionId: 2 },
      ULEFT: { userId: 'ULEFT', active: false, regionId: null },
    })[id],
  ownerByEmail: (email) =>
    email === 'ana@example.com' ? { userId: 'U123ABC', active: true, regionId: 2 } : undefined,
  products: [{ id: 7, name: 'Cloud' }],
  regions: [
    { id: 1, name: 'North' },
    { id: 2, name: 'South' },
  ],
};

const codes = (record: Record<string, unknown>) => {
  const read = readExternalDeal(record, CONTEXT);
  return read.ok
    ? []
    : read.issues.map((i) => `${i.field}:${i.code}${i.problem ? `:${i.problem.code}` : ''}`);
};

describe('readExternalDeal', () => {
  it('reads the API example into minor units', () => {
    expect(readExternalDeal(GOOD, CONTEXT)).toEqual({
      ok: true,
      value: {
        externalId: 'crm-123',
        closedOn: '2026-11-30',
        owner: { kind: 'slack', userId: 'U123ABC' },
        customerName: 'Acme Corp',
        cents: 1_250_000,
        product: 'Cloud',
        region: 'North',
        note: 'renewal',
      },
    });
  });

  it('takes amounts as numbers or as /deal reads them, and owners by email or mention', () => {
    const read = (over: Record<string, unknown>) => readExternalDeal({ ...GOOD, ...over }, CONTEXT);
    expect(read({ amount: 12500.5 })).toMatchObject({ ok: true, value: { cents: 1_250_050 } });
    expect(read({ amount: '12,500' })).toMatchObject({ ok: true, value: { cents: 1_250_000 } });
    expect(read({ owner: 'Ana@Example.com' })).toMatchObject({
      value: { owner: { kind: 'email', email: 'ana@example.com' } },
    });
    expect(read({ owner: '<@W0ABC|ana>' })).toMatchObject({
      value: { owner: { kind: 'slack', userId: 'W0ABC' } },
    });
    expect(read({ external_id: '', product: ' ', region: null, note: undefined })).toMatchObject({
      ok: true,
      value: { externalId: null, product: null, region: null, note: null },
    });
  });

  it('names every problem of a record with its field, the same rules as /deal', () => {
    expect(codes({})).toEqual([
      'closed_on:required',
      'owner:required',
      'customer:required',
      'amount:required',
    ]);
    expect(
      codes({
        ...GOOD,
        amount: '-5',
        closed_on: '2026-12-01',
        currency: 'EUR',
        owner: 'ana',
        customer: 'x'.repeat(201),
        note: 'a\u0007b',
      }),
    ).toEqual([
      'closed_on:closedOn:closedOn.future',
      'owner:owner',
      'customer:customer:customer.tooLong',
      'currency:currency',
      'amount:amount:amount.notPositive',
      'note:note:note.control',
    ]);
    expect(codes({ ...GOOD, closed_on: 'yesterday', amount: 1e21, customer: 42 })).toEqual([
      'closed_on:closedOn',
      'customer:notText',
      'amount:amount:amount.exponent',
    ]);
    expect(codes({ ...GOOD, amount: '12.345', closed_on: '2026-02-30' })).toEqual([
      'closed_on:closedOn:closedOn.notOnCalendar',
      'amount:amount:amount.tooManyDecimals',
    ]);
    expect(codes({ ...GOOD, external_id: 'x'.repeat(201), product: 'p\u0000' })).toEqual([
      'external_id:externalIdTooLong',
      'product:name',
    ]);
  });
});

describe('resolveExternalDeal', () => {
  const read = (over: Record<string, unknown>) => {
    const r = readExternalDeal({ ...GOOD, ...over }, CONTEXT);
    if (!r.ok) throw new Error('test record should read');
    return r.value;
  };

  it('gives ids, and the owner region when the record has none', () => {
    expect(resolveExternalDeal(read({ region: '' }), LOOKUPS)).toMatchObject({
      ok: true,
      value: { memberId: 'U123ABC', productId: 7, regionId: 2 },
    });
    expect(resolveExternalDeal(read({ region: ' north ', product: 'CLOUD' }), LOOKUPS)).toMatchObject({
      value: { regionId: 1, productId: 7 },
    });
  });

  it('refuses unknown owners, products and regions, naming the known ones', () => {
    const r = resolveExternalDeal(
      read({ owner: 'bob@example.com', product: 'Hardware', region: 'East' }),
      LOOKUPS,
    );
    expect(r).toEqual({
      ok: false,
      issues: [
        { field: 'owner', code: 'ownerUnknown', params: { owner: 'bob@example.com' } },
        { field: 'product', code: 'productUnknown', params: { name: 'Hardware', known: 'Cloud' } },
        { field: 'region', code: 'regionUnknown', params: { name: 'East', known: 'North, South' } },
      ],
    });
  });

  it('allows a rep who has left only where history is imported', () => {
    const left = read({ owner: 'ULEFT' });
    expect(resolveExternalDeal(left, LOOKUPS)).toMatchObject({
      ok: false,
      issues: [{ code: 'ownerInactive' }],
    });
    expect(resolveExternalDeal(left, { ...LOOKUPS, allowInactiveOwner: true })).toMatchObject({ ok: true });
  });

  it('fingerprints the deal, not how the owner was written', () => {
    const byId = resolveExternalDeal(read({ external_id: '' }), LOOKUPS);
    const byEmail = resolveExternalDeal(
      read({ external_id: '', owner: 'ana@example.com', amount: '12,500' }),
      LOOKUPS,
    );
    const other = resolveExternalDeal(read({ external_id: '', amount: '12,501' }), LOOKUPS);
    if (!byId.ok || !byEmail.ok || !other.ok) throw new Error('should resolve');
    expect(dealFingerprint(byId.value)).toBe(dealFingerprint(byEmail.value));
    expect(dealFingerprint(other.value)).not.toBe(dealFingerprint(byId.value));
  });
});
