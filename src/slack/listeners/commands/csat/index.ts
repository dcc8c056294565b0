import type { AppDeps } from '../../../../app-deps.js';
import { parseSatisfaction } from '../../../../domain/satisfaction.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { recordSatisfaction } from '../../../../use-cases/recognition.js';
import { splitOptions, tokenize } from '../../../command-text.js';
import type { HelpEntry } from '../../../help-entry.js';
import { readUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import { truncateMrkdwn } from '../../../views/fit.js';
import { type CommandHandler, registerCommand } from '../../command-listener.js';
import type { ListenerRouter } from '../../listener-router.js';

const EXAMPLE = '`/csat "Acme Corp" 5 quick onboarding`';
/** Each suggested customer name is cut to this (escaped), so three fit beside what was typed. */
const SUGGESTION_MAX = 200;

export const help: HelpEntry[] = [
  {
    usage: '/csat <customer> <1-5> [comment] [for:<@user>]',
    example: '/csat "Acme Corp" 5 quick onboarding',
    descriptionKey: 'help.csat.record',
  },
];

const PARSE = {
  no_customer: 'csat.noCustomer',
  no_score: 'csat.noScore',
  bad_score: 'csat.badScore',
} as const;
const CREDIT = {
  no_owner: 'csat.noOwner',
  credit_moved_by_rep: 'csat.creditMovedByRep',
  not_their_customer: 'csat.notTheirCustomer',
  credit_to_self: 'csat.creditToSelf',
  not_their_report: 'csat.notTheirReport',
} as const;

/** Parse the customer, score, comment and for:, record through the use case, answer privately. */
const handleCsat: CommandHandler = async ({ caller, text }, deps) => {
  const say = memberSpeaker(deps, caller.userId);
  const { options, rest } = splitOptions(tokenize(text));
  const parsed = parseSatisfaction(rest);
  if (!parsed.ok) {
    throw new UserFacingError(
      parsed.seen
        ? say.t('csat.notAScore', { typed: escapeMrkdwn(parsed.seen) })
        : say.t(PARSE[parsed.error]),
    );
  }
  const forWord = options.get('for');
  let forUserId: string | null = null;
  if (forWord !== undefined) {
    const mention = readUserMention(forWord, `${EXAMPLE} for:@ana`, say);
    if (!mention.ok) throw new UserFacingError(mention.error);
    forUserId = mention.id;
  }
  const result = await recordSatisfaction(deps, caller, {
    customer: parsed.customer,
    score: parsed.score,
    comment: parsed.comment,
    forUserId,
  });
  if (!result.ok) {
    switch (result.error) {
      case 'comment_too_long':
        throw new UserFacingError(say.t('csat.commentTooLong'));
      case 'for_inactive':
        throw new UserFacingError(say.t('csat.forInactive'));
      case 'unknown_customer': {
        // What was typed may be a whole 4,000-character command: quoted, but cut to fit one section.
        const customer = truncateMrkdwn(escapeMrkdwn(result.typed), SUGGESTION_MAX * 5);
        throw new UserFacingError(
          result.suggestions.length
            ? say.t('csat.unknownCustomer', {
                customer,
                names: result.suggestions
                  .map((n) => `“${truncateMrkdwn(escapeMrkdwn(n), SUGGESTION_MAX)}”`)
                  .join(', '),
              })
            : say.t('csat.unknownCustomerNone', { customer }),
        );
      }
      default:
        throw new UserFacingError(
          say.t(CREDIT[result.error], { customer: escapeMrkdwn(result.customerName) }),
        );
    }
  }
  const recorded = say.t('csat.recorded', {
    score: result.score,
    customer: escapeMrkdwn(result.customerName),
    member: result.memberId,
  });
  if (!result.selfReported) return textReply(recorded);
  const counts = result.selfReportedCounts ? 'yes' : 'no';
  return textReply(`${recorded}\n${say.t('csat.selfReported', { counts })}`);
};

export function registerCsat(router: ListenerRouter, deps: AppDeps): void {
  registerCommand(router, deps, '/csat', handleCsat);
}
