import type { AppDeps } from '../../../../app-deps.js';
import type { TargetScope } from '../../../../domain/entities/target.js';
import { refuse } from '../../../../domain/targets/target-problem.js';
import type { Speaker } from '../../../../i18n/translator.js';
import { scopeEntry } from '../../../../use-cases/targets.js';
import { parseUserMention } from '../../../mentions.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';

/** A scope as typed, with what names it: `kind` and `name` go to the catalog's `target.who`. */
export interface NamedScope {
  scope: TargetScope;
  who: { kind: 'you' | 'team' | 'member' | 'region' | 'product'; name: string; mention?: string };
}

/** `team`, `<@U…>`, `region:<name>` or `product:<name>`; null when the word is none of them. */
export function parseScope(
  word: string,
  deps: Pick<AppDeps, 'regions' | 'products' | 'members'>,
): NamedScope | null {
  if (word.toLowerCase() === 'team')
    return { scope: { kind: 'team', id: '' }, who: { kind: 'team', name: '' } };
  const userId = parseUserMention(word);
  if (userId) {
    const name = deps.members.get(userId)?.name ?? userId;
    return { scope: { kind: 'member', id: userId }, who: { kind: 'member', name, mention: `<@${userId}>` } };
  }
  if (word.startsWith('@')) throw refuse('scope.typedName', { typed: word.trim() });
  const m = /^(region|product):(.+)$/i.exec(word);
  if (!m) return null;
  const kind = m[1]!.toLowerCase() as 'region' | 'product';
  const entry = scopeEntry(kind === 'region' ? deps.regions : deps.products, m[2]!);
  return { scope: { kind, id: String(entry.id) }, who: { kind, name: entry.name } };
}

export const you = (userId: string): NamedScope => ({
  scope: { kind: 'member', id: userId },
  who: { kind: 'you', name: '' },
});

/** The scope for mrkdwn (a member as a mention, names escaped) or for a plain-text header. */
export function whoText(named: NamedScope, say: Speaker, form: 'mrkdwn' | 'plain'): string {
  const { kind, name, mention } = named.who;
  if (form === 'mrkdwn' && mention) return mention;
  const text = say.t('target.who', { kind, name });
  return form === 'mrkdwn' ? escapeMrkdwn(text) : text;
}
