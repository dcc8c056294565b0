import type { AppDeps } from '../../../../app-deps.js';
import { closestNames } from '../../../../domain/customers.js';
import { parseSatisfaction, scoreCredit } from '../../../../domain/satisfaction.js';
import { hasControlCharacters } from '../../../../domain/text.js';
import { localDateAt } from '../../../../domain/time.js';
import { inTransaction } from '../../../../persistence/database.js';
import type { Member } from '../../../../persistence/members-repository.js';
import { TIMEZONE } from '../../../../services/settings-service.js';
import { splitOptions, tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { readUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';

const EXAMPLE = '`/csat "Acme Corp" 5 quick onboarding`';

export const help: HelpEntry[] = [
  {
    usage: '/csat <customer> <1-5> [comment] [for:<@user>]',
    example: '/csat "Acme Corp" 5 quick onboarding',
    description:
      "record a customer's satisfaction; it counts for the rep who owns the customer's latest deal",
  },
];

const MESSAGES = {
  no_customer: `Name the customer first, then a score from 1 to 5, e.g. ${EXAMPLE}.`,
  no_score: `Give a score from 1 to 5 after the customer, e.g. ${EXAMPLE}.`,
  bad_score: `A score is a whole number from 1 (unhappy) to 5 (delighted), e.g. ${EXAMPLE}.`,
};

const handleCsat: CommandHandler = async ({ caller, text }, deps) => {
  const { options, rest } = splitOptions(tokenize(text));
  const parsed = parseSatisfaction(rest);
  if (!parsed.ok) {
    throw new UserFacingError(
      parsed.seen
        ? `“${escapeMrkdwn(parsed.seen)}” is not a score. ${MESSAGES.bad_score}`
        : MESSAGES[parsed.error],
    );
  }
  if (parsed.comment && (hasControlCharacters(parsed.comment) || parsed.comment.length > 1_000)) {
    throw new UserFacingError(`Keep the comment to plain text of at most 1,000 characters. E.g. ${EXAMPLE}.`);
  }
  const customer = deps.deals.findCustomer(parsed.customer);
  if (!customer) {
    const known = closestNames(parsed.customer, deps.deals.customerNames());
    throw new UserFacingError(
      `I don't know the customer “${escapeMrkdwn(parsed.customer)}”.` +
        (known.length
          ? ` Did you mean ${known.map((n) => `“${escapeMrkdwn(n)}”`).join(', ')}?`
          : ' Log a deal with them first.'),
    );
  }
  const repId = deps.deals.latestOwnerOf(customer.id);
  const forWord = options.get('for');
  let named: Member | null = null;
  if (forWord !== undefined) {
    const mention = readUserMention(forWord, `${EXAMPLE} for:@ana`);
    if (!mention.ok) throw new UserFacingError(mention.error);
    named = await deps.directory.ensure(mention.id);
    if (!named || named.deleted || named.isBot)
      throw new UserFacingError(`for: needs an active member, e.g. ${EXAMPLE} for:@ana.`);
  }
  const credit = scoreCredit({
    caller,
    admins: deps.config.admins,
    customerRep: repId ? (deps.directory.get(repId) ?? { userId: repId, managerId: null }) : null,
    named,
  });
  if (!credit.ok) {
    throw new UserFacingError(
      {
        no_owner: `“${escapeMrkdwn(customer.name)}” has no deal to credit. Add for:@someone.`,
        credit_moved_by_rep: `Only managers and admins credit a score to someone else; a score goes to the rep of the customer's latest deal. E.g. ${EXAMPLE}.`,
        not_their_customer: `Scores for another rep's customer come from them, their manager or an admin.`,
        credit_to_self: `A score counts for the rep who serves the customer, not for you: leave for: out, or name one of your reports, e.g. ${EXAMPLE} for:@ana.`,
        not_their_report: `You can credit a score only to one of your reports (admins: to anyone). E.g. ${EXAMPLE} for:@ana.`,
      }[credit.error],
    );
  }
  const memberId = credit.memberId;
  const now = deps.clock.now();
  inTransaction(deps.db, () => {
    deps.recognition.addScore({
      customerId: customer.id,
      memberId,
      score: parsed.score,
      comment: parsed.comment,
      recordedBy: caller.userId,
      recordedAt: now,
      recordedOn: localDateAt(now, deps.settings.get(TIMEZONE)),
    });
  });
  return textReply(
    `Recorded ${parsed.score}/5 for *${escapeMrkdwn(customer.name)}*, credited to <@${memberId}>.`,
  );
};

export function registerCsat(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/csat', handleCsat);
}
