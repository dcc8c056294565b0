import { z } from 'zod';
import {
  createDealSchema,
  dealPageSchema,
  dealSchema,
  listQuerySchema,
  patchDealSchema,
  pendingDealSchema,
  problemSchema,
  waitingDealSchema,
  waitingPageSchema,
} from './deal-schemas.js';

const json = (schema: object) => ({ 'application/json': { schema } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of one schema, its named parts as $refs. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
}

/** A named schema without its `$schema` key (components share the document's dialect). */
function component(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _s, id: _id, ...rest } = schemaOf(schema, io);
  return rest;
}

/** Query parameters, one per key of the list schema. */
function queryParameters() {
  const shape = listQuerySchema.shape;
  return Object.entries(shape).map(([name, schema]) => {
    const { $schema: _s, ...rest } = schemaOf(schema as z.ZodType, 'input');
    return {
      name,
      in: 'query',
      required: false,
      schema: rest,
      description: (schema as z.ZodType).description,
    };
  });
}

const auth = {
  401: problem('No key, a key Pacer does not know, or a revoked key.'),
  429: {
    ...problem('Too many requests for this key; wait Retry-After seconds.'),
    headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } },
  },
};

/** The OpenAPI 3.1 document of the REST API, generated from the zod schemas the API checks with. */
export function openApiDocument(version: string): Record<string, unknown> {
  const externalId = {
    name: 'external_id',
    in: 'path',
    required: true,
    schema: { type: 'string', minLength: 1, maxLength: 200 },
    description: 'The id the deal was created with.',
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pacer REST API',
      version,
      description:
        'Deals from a CRM or an automation tool. Authenticate with `Authorization: Bearer pacer_…` (keys: `/pacer api-key create <name>` in Slack). Errors are RFC 9457 problem details.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths: {
      '/api/v1/deals': {
        post: {
          operationId: 'createDeal',
          summary: 'Log a deal (idempotent by external_id)',
          requestBody: { required: true, content: json(ref('NewDeal')) },
          responses: {
            201: { description: 'Logged; the stored deal.', content: json(ref('Deal')) },
            200: {
              description: 'A deal with this external_id was logged before; that deal.',
              content: json(ref('Deal')),
            },
            202: {
              description:
                "Accepted but not counted (fair play): far above the owner's normal deals (status pending_confirmation: the owner is asked in Slack) or over the approval amount (pending_approval: the manager decides in Slack). It counts nowhere and is not celebrated until then; the same external_id again answers this again.",
              content: json(ref('PendingDeal')),
            },
            400: problem('A field is missing or malformed; `errors` names each.'),
            ...auth,
            409: problem(
              'A deal with this external_id was deleted, or rejected or cancelled in Slack; it is not brought back.',
            ),
            413: problem('The body is over 10 MB.'),
            415: problem('The body is not application/json.'),
            422: problem(
              'An owner, product line or region Pacer does not know; `known` lists those it does.',
            ),
          },
        },
        get: {
          operationId: 'listDeals',
          summary: 'List deals (oldest first), filtered, a page at a time',
          parameters: queryParameters(),
          responses: {
            200: {
              description:
                'A page of deals that count, or with `status=waiting` a page of deals that wait (fair play).',
              content: json({ oneOf: [ref('DealPage'), ref('WaitingDealPage')] }),
            },
            400: problem('A filter is malformed, or does not apply with `status=waiting`.'),
            ...auth,
            422: problem('A product line or region Pacer does not know.'),
          },
        },
      },
      '/api/v1/deals/{external_id}': {
        parameters: [externalId],
        patch: {
          operationId: 'updateDeal',
          summary: 'Change a deal',
          requestBody: { required: true, content: json(ref('DealChange')) },
          responses: {
            200: { description: 'The changed deal.', content: json(ref('Deal')) },
            202: {
              description:
                'The change makes the deal unusual or crosses the approval amount: it waits for the owner or the manager in Slack, and the deal counts as it was until then (`change: true`).',
              content: json(ref('PendingDeal')),
            },
            400: problem('A field is malformed.'),
            ...auth,
            404: problem('No deal with this external_id.'),
            409: problem('The deal was deleted, or still waits for confirmation or approval.'),
            413: problem('The body is over 10 MB.'),
            422: problem('An owner, product line or region Pacer does not know.'),
          },
        },
        delete: {
          operationId: 'deleteDeal',
          summary: 'Delete a deal (it stops counting everywhere)',
          responses: {
            200: { description: 'The deal as it was.', content: json(ref('Deal')) },
            ...auth,
            404: problem('No live deal with this external_id.'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A Pacer API key (pacer_…).' },
      },
      schemas: {
        NewDeal: component(createDealSchema, 'input'),
        DealChange: component(patchDealSchema, 'input'),
        Deal: component(dealSchema, 'output'),
        PendingDeal: component(pendingDealSchema, 'output'),
        DealPage: replaceDealRef(component(dealPageSchema, 'output')),
        WaitingDeal: component(waitingDealSchema, 'output'),
        WaitingDealPage: replaceDealRef(component(waitingPageSchema, 'output'), 'WaitingDeal'),
        Problem: component(problemSchema, 'output'),
      },
    },
  };
}

/** A page inlines its deals; point it at the shared component instead. */
function replaceDealRef(page: Record<string, unknown>, item = 'Deal'): Record<string, unknown> {
  const properties = page.properties as Record<string, unknown>;
  return { ...page, properties: { ...properties, deals: { type: 'array', items: ref(item) } } };
}
