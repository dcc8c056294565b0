import type { z } from 'zod';
import type { ExternalDealIssue } from '../domain/deals/external-deal.js';
import type { Speaker } from '../i18n/translator.js';
import type { ListedDeal } from '../persistence/api-deals-repository.js';
import type { PendingDeal } from '../persistence/pending-deals-repository.js';
import { type ApiWaiting, type ApiWrite, majorUnits } from '../use-cases/api-deals.js';
import type { ApiPendingInput } from '../use-cases/fair-play.js';
import type { WaitingDeal } from '../use-cases/waiting-deals.js';
import type { ApiDeal, ApiPendingDeal, ApiWaitingDeal } from './deal-schemas.js';
import { type ProblemBody, problemBody } from './http.js';
import { issueDetail } from './issue-text.js';

/** What the API answers: deals as JSON, refusals as RFC 9457 problems with one entry per field. */
export function toApiDeal(deal: ListedDeal): ApiDeal {
  return {
    external_id: deal.externalId,
    amount: majorUnits(deal.amountCents, deal.currency),
    amount_minor: deal.amountCents,
    currency: deal.currency,
    customer: deal.customerName,
    owner: deal.memberId,
    closed_on: deal.closedOn,
    product: deal.productName,
    region: deal.regionName,
    note: deal.note,
    source: deal.source as ApiDeal['source'],
    new_customer: deal.isNewCustomer,
    created_at: deal.createdAt,
    updated_at: deal.updatedAt,
  };
}

/** A deal that waits (202): what it would be, and who decides. */
export function toApiPending({ waiting }: ApiWaiting, currency: string): ApiPendingDeal {
  const waitingFor = waiting.kind === 'confirm' ? [waiting.pending.memberId] : waiting.approverIds;
  const fields = pendingFields(waiting.pending, waitingFor, currency);
  return { ...fields, external_id: fields.external_id ?? '' };
}

/** A deal that waits as `GET /api/v1/deals?status=waiting` lists it, with since when. */
export function toApiWaiting(w: WaitingDeal, currency: string): ApiWaitingDeal {
  return { ...pendingFields(w.pending, w.waitingFor, currency), waiting_since: w.pending.createdAt };
}

function pendingFields(pending: PendingDeal, waitingFor: string[], currency: string) {
  // A Slack deal's input is a DealInput (note optional), an API deal's an ApiPendingInput.
  const input = pending.input as Pick<ApiPendingInput, 'customerName' | 'closedOn'> & {
    note?: string | null;
  };
  return {
    status: pending.kind === 'confirm' ? ('pending_confirmation' as const) : ('pending_approval' as const),
    external_id: pending.externalId,
    change: pending.editOf !== null,
    amount: majorUnits(pending.amountCents, currency),
    amount_minor: pending.amountCents,
    currency,
    customer: input.customerName,
    owner: pending.memberId,
    closed_on: input.closedOn,
    note: input.note ?? null,
    waiting_for: waitingFor,
  };
}

const pointer = (path: ReadonlyArray<PropertyKey>) => `/${path.map(String).join('/')}`;

/** Zod's complaints as one entry per field. */
export function zodProblem(error: z.ZodError, what = 'The request body'): ProblemBody {
  return problemBody(
    400,
    'invalid-request',
    'Invalid request',
    `${what} has fields that are missing or malformed.`,
    {
      errors: error.issues.map((issue) => ({
        pointer: pointer(issue.path),
        detail:
          issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
        code: issue.code,
      })),
    },
  );
}

/** The external-deal rules' issues: 400 for fields that are malformed, 422 for names Pacer does not know. */
export function issuesProblem(
  say: Speaker,
  refusal: {
    kind: 'invalid' | 'unknown';
    issues: ExternalDealIssue[];
    knownMembers?: Array<{ id: string; name: string }>;
  },
): ProblemBody {
  const errors = refusal.issues.map((issue) => ({
    pointer: `/${issue.field}`,
    detail: issueDetail(say, issue),
    code: issue.code,
  }));
  if (refusal.kind === 'invalid') {
    return problemBody(400, 'invalid-deal', 'Invalid deal', 'Some fields break the rules a deal follows.', {
      errors,
    });
  }
  const known: Record<string, string[]> = {};
  for (const issue of refusal.issues) {
    if (issue.field === 'owner') known.owner = (refusal.knownMembers ?? []).map((m) => `${m.id} (${m.name})`);
    if (issue.field === 'product' || issue.field === 'region') {
      const names = String(issue.params?.known ?? '');
      known[issue.field] = names ? names.split(', ') : [];
    }
  }
  return problemBody(
    422,
    'unknown-name',
    'Unknown member, product line or region',
    'Pacer does not know some of the names given.',
    {
      errors,
      known,
    },
  );
}

export function writeProblem(say: Speaker, result: Exclude<ApiWrite, { ok: true }>): ProblemBody {
  switch (result.kind) {
    case 'notFound':
      return problemBody(404, 'not-found', 'No such deal', 'No deal has this external_id.');
    case 'deleted':
      return problemBody(
        409,
        'deleted',
        'Deal deleted',
        'The deal with this external_id was deleted; it is not brought back.',
      );
    case 'declined':
      return problemBody(
        409,
        'declined',
        'Deal not logged',
        result.pending.decision === 'rejected'
          ? 'The deal with this external_id was rejected by a manager in Slack; it is not logged.'
          : result.pending.decision === 'expired'
            ? 'The deal with this external_id was not confirmed by its owner within 24 hours; it is not logged. Send it again under a new external_id if it is real.'
            : 'The deal with this external_id was cancelled by its owner in Slack; it is not logged.',
      );
    case 'waiting':
      return problemBody(
        409,
        'pending',
        'Deal waiting',
        'The deal with this external_id waits for confirmation or approval in Slack; change it once it counts.',
      );
    default:
      return issuesProblem(say, result);
  }
}
