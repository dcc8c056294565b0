import type { ExternalDealRecord } from '../../domain/deals/external-deal.js';
import { localDateAt } from '../../domain/time.js';

/**
 * What Pacer reads from a HubSpot workflow's "Send a webhook" action (ADR 23). Pacer cannot call
 * HubSpot, so the request must carry everything: either the customised body (keys as below, the
 * values HubSpot's property values), or "include all properties" (`{"objectId", "properties":
 * {"amount": {"value": …}}}`), which is read the same way. Owner email and company are not deal
 * properties: the workflow adds them as `owner_email` and `company`.
 */
export interface HubspotDeal {
  objectId: string | null;
  stage: string | null;
  record: ExternalDealRecord;
}

type Flat = Record<string, unknown>;

function flatten(body: Flat): Flat {
  const properties = body.properties;
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return body;
  const flat: Flat = { ...body };
  for (const [key, value] of Object.entries(properties as Flat)) {
    flat[key] =
      value && typeof value === 'object' && 'value' in value ? (value as { value: unknown }).value : value;
  }
  return flat;
}

const str = (value: unknown): string | null =>
  typeof value === 'string'
    ? value.trim() || null
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : null;

/** HubSpot's closedate: epoch milliseconds (as a number or digits), or an ISO date or instant. */
export function hubspotCloseDate(value: unknown, timezone: string): string | null {
  const text = str(value);
  if (text === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const instant = /^\d{9,15}$/.test(text) ? new Date(Number(text)) : new Date(text);
  return Number.isNaN(instant.getTime()) ? text : localDateAt(instant, timezone);
}

export function readHubspotDeal(body: unknown, timezone: string): HubspotDeal | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const flat = flatten(body as Flat);
  const objectId = str(flat.hs_object_id) ?? str(flat.objectId) ?? str(flat.dealId);
  const record: ExternalDealRecord = {
    external_id: objectId === null ? null : `hubspot-${objectId}`,
    amount: typeof flat.amount === 'number' ? flat.amount : str(flat.amount),
    currency: str(flat.deal_currency_code),
    customer: str(flat.company) ?? str(flat.dealname),
    owner: str(flat.owner_email) ?? str(flat.hubspot_owner_email),
    closed_on: hubspotCloseDate(flat.closedate, timezone),
  };
  return { objectId, stage: str(flat.dealstage), record };
}
