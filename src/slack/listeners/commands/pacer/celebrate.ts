import { formatMoney, parseAmount } from '../../../../domain/money.js';
import { CELEBRATE } from '../../../../services/deal-settings.js';
import { CURRENCY } from '../../../../services/settings-service.js';
import { changeSetting } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

const EXAMPLE = '`/pacer celebrate on min 5,000`';

/** `/pacer celebrate on|off [min <amount>]`: deal celebrations in the announce channel. */
export const celebrate: CommandHandler = async ({ caller, text }, deps) => {
  const current = deps.settings.get(CELEBRATE);
  const currency = deps.settings.get(CURRENCY);
  const [state = '', minWord, amountText] = tokenize(text).map((w) => w.toLowerCase());
  if (state === '') {
    return textReply(
      `Deal celebrations are *${current.enabled ? 'on' : 'off'}*` +
        (current.minCents ? `, from ${formatMoney(current.minCents, currency)}` : '') +
        `. Change with ${EXAMPLE}.`,
    );
  }
  requireAdmin(deps, caller, 'celebrate');
  if (state !== 'on' && state !== 'off') throw new UserFacingError(`Say on or off, e.g. ${EXAMPLE}.`);
  let minCents = current.minCents;
  if (minWord !== undefined) {
    const amount = minWord === 'min' && amountText ? parseAmount(amountText, currency) : null;
    if (!amount?.ok) throw new UserFacingError(`Give the minimum as an amount, e.g. ${EXAMPLE}.`);
    minCents = amount.cents;
  }
  const next = { enabled: state === 'on', minCents };
  changeSetting(deps, CELEBRATE, next, caller.userId);
  return textReply(
    next.enabled
      ? `Deals of ${formatMoney(next.minCents, currency)} or more are now celebrated in the announce channel.`
      : 'Deal celebrations are off.',
  );
};
