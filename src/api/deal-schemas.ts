import { z } from 'zod';
import { MAX_EXTERNAL_ID } from '../domain/deals/external-deal.js';

/**
 * The REST API's JSON, as zod schemas: requests are checked with them and the OpenAPI document is
 * generated from them (openapi.ts), so the two cannot drift. Shapes only: amounts, dates, names and
 * people are checked by the same rules as `/deal` (src/domain/deals/external-deal.ts).
 */
const text = (description: string) => z.string().describe(description);
const optionalText = (description: string) => z.string().nullable().optional().describe(description);

export const amountSchema = z
  .union([z.string(), z.number()])
  .describe('In major units: "12500.00", "12,500" or 12500. Decimals as many as the currency has.')
  .meta({ examples: ['12500.00'] });

const fields = {
  amount: amountSchema,
  currency: optionalText("ISO 4217 code; must be the team's currency when given.").meta({
    examples: ['USD'],
  }),
  customer: text('The customer (company) name; the same name in any case is the same customer.').meta({
    examples: ['Acme Corp'],
  }),
  owner: text('Who closed it: a Slack member ID (U…/W…) or the email of their Slack account.').meta({
    examples: ['U123ABC'],
  }),
  closed_on: text('YYYY-MM-DD, in the team timezone; not in the future.')
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ examples: ['2026-11-30'] }),
  product: optionalText('A product line Pacer knows (`/pacer product list`).').meta({ examples: ['Cloud'] }),
  region: optionalText("A region Pacer knows; without one, the owner's region.").meta({
    examples: ['North'],
  }),
  note: optionalText('Free text, up to 2,000 characters.'),
};

export const createDealSchema = z
  .object({
    external_id: z
      .string()
      .min(1)
      .max(MAX_EXTERNAL_ID)
      .describe("Your system's id for the deal. The same id again is the same deal (idempotent).")
      .meta({ examples: ['crm-123'] }),
    ...fields,
    celebrate: z.boolean().optional().describe('false: do not celebrate it in the channel. Default true.'),
  })
  .strict()
  .describe('A deal to log.');

export const patchDealSchema = z
  .object({
    amount: fields.amount.optional(),
    currency: fields.currency,
    customer: fields.customer.optional(),
    owner: fields.owner.optional(),
    closed_on: fields.closed_on.optional(),
    product: fields.product,
    region: fields.region,
    note: fields.note,
  })
  .strict()
  .describe(
    "Only the fields given change; null clears product or note, and region null means the owner's region.",
  );

export const dealSchema = z
  .object({
    external_id: z.string().nullable(),
    amount: z.string().describe('Major units, exact: "12500.00".'),
    amount_minor: z.number().int().describe('Minor units (cents), as Pacer stores it.'),
    currency: z.string(),
    customer: z.string(),
    owner: z.string().describe('Slack member ID.'),
    closed_on: z.string(),
    product: z.string().nullable(),
    region: z.string().nullable(),
    note: z.string().nullable(),
    source: z.enum(['slack', 'import', 'api', 'hubspot']).describe('Where the deal came from.'),
    new_customer: z.boolean().describe("This deal is its customer's first."),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .describe('A deal as Pacer stores it.');

export const pendingDealSchema = z
  .object({
    status: z
      .enum(['pending_confirmation', 'pending_approval'])
      .describe(
        "pending_confirmation: far above the owner's normal deals, so the owner is asked in Slack first; pending_approval: over the team's approval amount, so the owner's manager (or an admin) decides in Slack.",
      ),
    external_id: z.string(),
    change: z
      .boolean()
      .describe('true: a change to a live deal, which keeps counting as it was until confirmed or approved.'),
    amount: z.string().describe('Major units, exact: "12500.00".'),
    amount_minor: z.number().int(),
    currency: z.string(),
    customer: z.string(),
    owner: z.string().describe('Slack member ID.'),
    closed_on: z.string(),
    note: z.string().nullable(),
    waiting_for: z
      .array(z.string())
      .describe('Slack member IDs who decide: the owner (confirmation) or the approvers.'),
  })
  .describe(
    'A deal (or a change) that does not count yet (fair play): it counts nowhere and is not celebrated until its owner confirms it or a manager approves it in Slack. Sending the same external_id again answers this again; a deal rejected or cancelled in Slack answers 409.',
  );

export const waitingDealSchema = pendingDealSchema
  .extend({
    external_id: z
      .string()
      .nullable()
      .describe('The id the API was sent it with; null for a deal typed in Slack (`/deal`, the form).'),
    waiting_since: z.string().describe('When it began to wait (ISO 8601, UTC).'),
  })
  .describe(
    'A deal (or a change) that waits (fair play), as `GET /api/v1/deals?status=waiting` lists it: it counts nowhere until decided in Slack. An unanswered confirmation expires after 24 hours; an approval is reminded after two working days and escalated to the admins after two more.',
  );

export const waitingPageSchema = z
  .object({
    deals: z.array(waitingDealSchema),
    next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last.'),
  })
  .describe('A page of deals that wait (`status=waiting`), oldest first.');

export const dealPageSchema = z
  .object({
    deals: z.array(dealSchema),
    next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last.'),
  })
  .describe('A page of deals, oldest first.');

export const listQuerySchema = z
  .object({
    owner: z.string().optional().describe('Slack member ID or email.'),
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('closed_on on or after (YYYY-MM-DD).'),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('closed_on on or before (YYYY-MM-DD).'),
    product: z.string().optional(),
    region: z.string().optional(),
    source: z.enum(['slack', 'import', 'api', 'hubspot']).optional(),
    status: z
      .enum(['counted', 'waiting'])
      .default('counted')
      .describe(
        "counted (default): deals that count. waiting: deals and changes that wait for their owner's confirmation or a manager's approval (a WaitingDealPage); only owner, from, to, cursor and limit apply.",
      ),
    cursor: z
      .string()
      .regex(/^\d{1,15}$/)
      .optional()
      .describe('`next_cursor` of the previous page.'),
    limit: z.coerce.number().int().min(1).max(500).default(100).describe('Deals per page, 1 to 500.'),
  })
  .strict();

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z
      .array(
        z.object({
          pointer: z.string().describe('JSON Pointer to the field, e.g. /amount.'),
          detail: z.string(),
          code: z.string().optional(),
        }),
      )
      .optional(),
    known: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('For 422: the names Pacer knows, per field (owner, product, region).'),
    retry_after: z.number().int().optional(),
  })
  .describe('RFC 9457 problem details.');

export type CreateDealBody = z.infer<typeof createDealSchema>;
export type PatchDealBody = z.infer<typeof patchDealSchema>;
export type ApiPendingDeal = z.infer<typeof pendingDealSchema>;
export type ApiWaitingDeal = z.infer<typeof waitingDealSchema>;
export type ApiDeal = z.infer<typeof dealSchema>;
