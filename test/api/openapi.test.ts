import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/api/openapi.js';
import { api, createKey } from '../helpers/api-client.js';
import { ADMIN, REP, TestPacer } from '../helpers/test-pacer.js';

// The parts of the OpenAPI 3.1 document model a client generator relies on (the full meta-schema
// is not available offline): version, info, operations with responses that each have a description.
const OPENAPI_SHAPE = {
  type: 'object',
  required: ['openapi', 'info', 'paths', 'components'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.\\d+$' },
    info: { type: 'object', required: ['title', 'version'] },
    components: { type: 'object' },
    paths: {
      type: 'object',
      propertyNames: { pattern: '^/' },
      additionalProperties: {
        type: 'object',
        patternProperties: {
          '^(get|put|post|delete|patch)$': {
            type: 'object',
            required: ['responses', 'operationId'],
            properties: {
              responses: {
                type: 'object',
                minProperties: 1,
                propertyNames: { pattern: '^[1-5]\\d\\d$' },
                additionalProperties: { type: 'object', required: ['description'] },
              },
            },
          },
        },
      },
    },
  },
};

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, found);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

/** Ajv with every component schema registered under the document's own $ref paths. */
function validatorFor(doc: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  // `components` is no JSON Schema keyword: declared so strict mode lets the wrapper through.
  ajv.addKeyword('components');
  addFormats.default(ajv);
  ajv.addSchema({ $id: 'pacer-openapi', components: (doc as { components: unknown }).components });
  return (name: string, data: unknown) => {
    const validate = ajv.getSchema(`pacer-openapi#/components/schemas/${name}`)!;
    const ok = validate(data);
    return ok ? null : validate.errors;
  };
}

describe('the OpenAPI document', () => {
  const doc = openApiDocument('1.0.0');

  it('is an OpenAPI 3.1 document whose schemas are valid JSON Schema 2020-12 and whose $refs resolve', () => {
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.validate(OPENAPI_SHAPE, doc), JSON.stringify(ajv.errors)).toBe(true);
    const schemas = (doc as { components: { schemas: Record<string, object> } }).components.schemas;
    // Strict: an unknown keyword or a malformed schema throws when compiled (refs resolved).
    const check = validatorFor(doc);
    for (const name of Object.keys(schemas)) expect(() => check(name, {}), name).not.toThrow();
    for (const ref of refsIn(doc))
      expect(Object.keys(schemas)).toContain(ref.replace('#/components/schemas/', ''));
    expect(Object.keys(doc.paths as object)).toEqual(['/api/v1/deals', '/api/v1/deals/{external_id}']);
  });

  it('documents the example deal of the README as valid, and a bad one as not', () => {
    const check = validatorFor(doc);
    const example = {
      external_id: 'crm-123',
      amount: '12500.00',
      currency: 'USD',
      customer: 'Acme Corp',
      owner: 'U123ABC',
      closed_on: '2026-11-30',
      product: 'Cloud',
      region: 'North',
      note: '…',
    };
    expect(check('NewDeal', example)).toBeNull();
    expect(check('NewDeal', { ...example, amount: true, extra: 1 })).not.toBeNull();
  });
});

describe('answers over HTTP match the document', () => {
  let t: TestPacer;
  beforeEach(async () => {
    t = await TestPacer.start({ now: '2026-11-25T15:00:00Z' });
  });
  afterEach(async () => {
    await t.stop();
  });

  it('serves it at /api/v1/openapi.json without a key, and every answer fits its schema', async () => {
    const served = await api(t, 'GET', '/api/v1/openapi.json', { key: null });
    expect(served.status).toBe(200);
    expect(served.body).toEqual(JSON.parse(JSON.stringify(openApiDocument('1.0.0'))));
    const check = validatorFor(served.body);

    await t.command(ADMIN.id, '/pacer', `member <@${REP.id}> role:rep`);
    const key = await createKey(t, ADMIN.id, 'docs');
    const json = {
      external_id: 'd-1',
      amount: 10,
      customer: 'Doc Co',
      owner: REP.id,
      closed_on: '2026-11-25',
    };
    const created = await api(t, 'POST', '/api/v1/deals', { key, json });
    expect(created.status).toBe(201);
    expect(check('Deal', created.body)).toBeNull();
    const page = await api(t, 'GET', '/api/v1/deals', { key });
    expect(check('DealPage', page.body)).toBeNull();
    for (const refused of [
      await api(t, 'POST', '/api/v1/deals', { key: null, json }),
      await api(t, 'POST', '/api/v1/deals', { key, json: { ...json, external_id: 'd-2', amount: 'x' } }),
      await api(t, 'POST', '/api/v1/deals', { key, json: { ...json, external_id: 'd-3', owner: 'UGHOST1' } }),
      await api(t, 'DELETE', '/api/v1/deals/none', { key }),
    ]) {
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(check('Problem', refused.body), JSON.stringify(refused.body)).toBeNull();
    }
  });
});
