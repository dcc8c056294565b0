import type { CatalogKind } from '../../../../domain/entities/catalog.js';
import { memberSpeaker } from '../../../../services/language-settings.js';
import { addCatalogEntry, listCatalog, removeCatalogEntry } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

/** `/pacer region …` and `/pacer product …`: the same three verbs over two lists. */
export function catalogCommand(kind: CatalogKind): CommandHandler {
  return async ({ caller, text }, deps) => {
    const say = memberSpeaker(deps, caller.userId);
    const addExample = `\`/pacer ${kind} add ${kind === 'region' ? 'North' : 'Cloud Suite'}\``;
    const [verb = 'list', ...rest] = tokenize(text);
    const name = rest.join(' ');
    switch (verb.toLowerCase()) {
      case 'list': {
        const names = listCatalog(deps, kind).map((e) => escapeMrkdwn(e.name));
        return textReply(
          names.length
            ? say.t('catalog.list', { kind, names: names.join(', ') })
            : say.t('catalog.empty', { kind, example: addExample }),
        );
      }
      case 'add': {
        requireAdmin(deps, caller, kind === 'region' ? 'addRegion' : 'addProduct');
        if (!name) throw new UserFacingError(say.t('catalog.nameIt', { example: addExample }));
        const { entry, created } = addCatalogEntry(deps, kind, name, caller.userId);
        const named = { kind, name: escapeMrkdwn(entry.name) };
        return textReply(say.t(created ? 'catalog.added' : 'catalog.exists', named));
      }
      case 'remove': {
        requireAdmin(deps, caller, kind === 'region' ? 'removeRegion' : 'removeProduct');
        if (!name)
          throw new UserFacingError(say.t('catalog.nameIt', { example: `\`/pacer ${kind} remove North\`` }));
        const entry = removeCatalogEntry(deps, kind, name, caller.userId);
        return textReply(say.t('catalog.removed', { kind, name: escapeMrkdwn(entry.name) }));
      }
      default:
        throw new UserFacingError(say.t('catalog.usage', { kind }));
    }
  };
}
