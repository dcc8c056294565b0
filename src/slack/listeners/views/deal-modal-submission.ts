import type { ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../../app-deps.js';
import { validateCustomerName } from '../../../domain/customers.js';
import { resolveClosedOn } from '../../../domain/deals/closed-on.js';
import { noteProblem } from '../../../domain/deals/deal-command.js';
import { parseAmount } from '../../../domain/money.js';
import { type Problem, type ProblemCode, ProblemError, problem } from '../../../domain/problem.js';
import { localDateAt } from '../../../domain/time.js';
import type { Speaker } from '../../../i18n/translator.js';
import { memberSpeaker } from '../../../services/language-settings.js';
import { CURRENCY, TIMEZONE } from '../../../services/settings-service.js';
import { type DealInput, editDeal, logDeal } from '../../../use-cases/deals.js';
import { type DealGate, gateDealEdit, gateNewDeal } from '../../../use-cases/fair-play.js';
import { VIEWS } from '../../ids.js';
import { checkAchievementsSoon } from '../../notifications/achievements.js';
import { cannotSaveAnswer } from '../../notifications/database-alert.js';
import { celebrateDeal, refreshCelebration } from '../../notifications/deal-celebration.js';
import { refusalText } from '../../problem-text.js';
import { DEAL_FIELDS, type DealField } from '../../views/deals/deal-modal.js';
import { truncatePlain } from '../../views/fit.js';
import { gateReply } from '../commands/deal/gate-reply.js';
import { loggedReply } from '../commands/deal/logged-reply.js';
import type { ListenerRouter } from '../listener-router.js';
import { readViewMetadata } from './view-metadata.js';

const metadataSchema = z.object({ channelId: z.string(), dealId: z.number().int().optional() });

type StateValues = ViewSubmitAction['view']['state']['values'];
type Errors = Record<string, string>;

function field(values: StateValues, block: string) {
  return values[block]?.value;
}

/**
 * Which field a refusal from the use case belongs on, said per code: the owner's for who-may-log
 * rules, the list's own for an unknown product line or region. A code not named here (the deal
 * gone meanwhile, the caller unknown) goes on the first field, the one always shown.
 */
const FIELD_OF: Partial<Record<ProblemCode, DealField>> = {
  'deal.forOthersNotAllowed': DEAL_FIELDS.owner,
  'deal.notTheirReport': DEAL_FIELDS.owner,
  'deal.ownerInactive': DEAL_FIELDS.owner,
  'deal.moveToSelf': DEAL_FIELDS.owner,
  'deal.gone': DEAL_FIELDS.amount,
  'deal.goneNothingChanged': DEAL_FIELDS.amount,
  'deal.notYours': DEAL_FIELDS.amount,
  'caller.unknown': DEAL_FIELDS.amount,
  'form.outOfDate': DEAL_FIELDS.amount,
};

export function fieldOf(refused: Problem): DealField {
  if (refused.code === 'catalog.unknown')
    return refused.params?.kind === 'product' ? DEAL_FIELDS.product : DEAL_FIELDS.region;
  return FIELD_OF[refused.code] ?? DEAL_FIELDS.amount;
}

/** Slack shows at most 150 characters of an inline error. */
const fieldError = (say: Speaker, refused: Problem) => truncatePlain(refusalText(say, refused), 150);

/** Reads the modal; every problem is reported on its own field, as Slack shows inline errors. */
function readDealForm(
  deps: AppDeps,
  values: StateValues,
  say: Speaker,
): { input?: DealInput; errors: Errors } {
  const errors: Errors = {};
  const currency = deps.settings.get(CURRENCY);
  const today = localDateAt(deps.clock.now(), deps.settings.get(TIMEZONE));
  const amount = parseAmount(field(values, DEAL_FIELDS.amount)?.value ?? '', currency);
  if (!amount.ok) errors[DEAL_FIELDS.amount] = fieldError(say, amount.problem);
  const customerName = (field(values, DEAL_FIELDS.customer)?.value ?? '').trim();
  const customerError = validateCustomerName(customerName);
  if (customerError) errors[DEAL_FIELDS.customer] = fieldError(say, customerError);
  // The same rules as the command: no future dates, nothing before 2000, notes in plain text.
  const picked = field(values, DEAL_FIELDS.closedOn)?.selected_date ?? '';
  const closed = picked ? resolveClosedOn(picked, today) : null;
  if (!closed) errors[DEAL_FIELDS.closedOn] = fieldError(say, problem('form.closedOnEmpty'));
  else if (!closed.ok) errors[DEAL_FIELDS.closedOn] = fieldError(say, closed.problem);
  const note = field(values, DEAL_FIELDS.note)?.value ?? undefined;
  const badNote = note ? noteProblem(note) : null;
  if (badNote) errors[DEAL_FIELDS.note] = fieldError(say, badNote);
  if (Object.keys(errors).length > 0 || !amount.ok || !closed?.ok) return { errors };
  const productId = field(values, DEAL_FIELDS.product)?.selected_option?.value;
  const regionId = field(values, DEAL_FIELDS.region)?.selected_option?.value;
  return {
    errors,
    input: {
      cents: amount.cents,
      customerName,
      product: productId ? deps.products.byId(Number(productId))?.name : undefined,
      region: regionId ? deps.regions.byId(Number(regionId))?.name : undefined,
      closedOn: closed.date,
      forUserId: field(values, DEAL_FIELDS.owner)?.selected_user ?? undefined,
      note,
    },
  };
}

/**
 * The deal modal's submission. Validation and the write happen before the ack so errors show inline;
 * the view id is the idempotency key, so a double submission logs one deal.
 */
export function registerDealModal(router: ListenerRouter, deps: AppDeps): void {
  router.view<ViewSubmitAction>(VIEWS.dealModal, async ({ ack, body, view, client }) => {
    // The form was opened in the caller's language; its errors are said in it too.
    const say = memberSpeaker(deps, body.user.id);
    const refuse = (refused: Problem) =>
      ack({ response_action: 'errors', errors: { [fieldOf(refused)]: fieldError(say, refused) } });
    const metadata = readViewMetadata(view.private_metadata, metadataSchema);
    if (!metadata) {
      await refuse(problem('form.outOfDate'));
      return;
    }
    const { input, errors } = readDealForm(deps, view.state.values, say);
    if (!input) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    let deal: Awaited<ReturnType<typeof logDeal>>['deal'] | undefined;
    let gate: DealGate = { kind: 'log' };
    let created = true;
    const caller = await deps.directory.ensure(body.user.id);
    if (!caller) {
      await refuse(problem('caller.unknown'));
      return;
    }
    try {
      if (metadata.dealId) {
        gate = await gateDealEdit(deps, caller, metadata.dealId, input);
        if (gate.kind === 'log') deal = await editDeal(deps, caller, metadata.dealId, input);
      } else {
        gate = await gateNewDeal(deps, caller, input);
        if (gate.kind === 'log') ({ deal, created } = await logDeal(deps, caller, input, `view:${view.id}`));
      }
    } catch (error) {
      const cannotSave = cannotSaveAnswer(error, say);
      if (cannotSave) {
        // Shown on the form, which stays open: nothing was saved, and the rep can retry later.
        await ack({ response_action: 'errors', errors: { [DEAL_FIELDS.amount]: cannotSave } });
        return;
      }
      if (!(error instanceof ProblemError)) throw error;
      await refuse(error.problem);
      return;
    }
    await ack();
    const to = { channel: metadata.channelId, user: caller.userId };
    if (gate.kind !== 'log') {
      // Nothing counts yet: the rep answers "Are you sure?", or learns who must approve it.
      const reply = gateReply(deps, caller.userId, gate);
      await client.chat.postEphemeral({ ...to, text: reply.text, blocks: reply.blocks ?? [] });
      return;
    }
    if (!created || !deal) return;
    checkAchievementsSoon(deps, deal.memberId, deal.closedOn);
    if (!metadata.dealId) void celebrateDeal(deps, deal);
    else void refreshCelebration(deps, deal);
    const reply = loggedReply(deps, deal, caller.userId, metadata.dealId !== undefined);
    try {
      await client.chat.postEphemeral({ ...to, text: reply.text, blocks: reply.blocks ?? [] });
    } catch (error) {
      // The deal is stored: an error now would tell the rep nothing was saved, so say it plainly.
      deps.logger.error(`Slack refused the confirmation of deal ${deal.id}; sending plain text`, error);
      try {
        await client.chat.postEphemeral({ ...to, text: reply.fallback ?? reply.text });
      } catch (plainError) {
        deps.logger.error(`could not confirm deal ${deal.id} to ${caller.userId}`, plainError);
      }
    }
  });
}
