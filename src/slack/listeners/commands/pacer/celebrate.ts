import { parseAmount } from '../../../../domain/money.js';
import { CELEBRATE } from '../../../../services/deal-settings.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
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
  const say = memberSpeaker(deps, caller.userId);
  const money = (cents: number) => say.money(cents, currency);
  const [state = '', minWord, amountText] = tokenize(text).map((w) => w.toLowerCase());
  if (state === '') {
    return textReply(
      say.t('celebrate.state', {
        on: current.enabled ? 'yes' : 'no',
        hasMin: current.minCents ? 'yes' : 'no',
        amount: money(current.minCents),
        example: EXAMPLE,
      }),
    );
  }
  requireAdmin(deps, caller, 'celebrate');
  if (state !== 'on' && state !== 'off')
    throw new UserFacingError(say.t('celebrate.onOff', { example: EXAMPLE }));
  let minCents = current.minCents;
  if (minWord !== undefined) {
    const amount = minWord === 'min' && amountText ? parseAmount(amountText, currency) : null;
    if (!amount?.ok) throw new UserFacingError(say.t('celebrate.badMin', { example: EXAMPLE }));
    minCents = amount.cents;
  }
  const next = { enabled: state === 'on', minCents };
  changeSetting(deps, CELEBRATE, next, caller.userId);
  return textReply(
    next.enabled ? say.t('celebrate.on', { amount: money(next.minCents) }) : say.t('celebrate.off'),
  );
};
