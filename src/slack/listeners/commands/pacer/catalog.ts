import type { AppDeps } from '../../../../app-deps.js';
import type { CatalogRepository } from '../../../../persistence/catalog-repository.js';
import { addCatalogEntry, removeCatalogEntry } from '../../../../use-cases/team-setup.js';
import { tokenize } from '../../../command-text.js';
import { escapeMrkdwn } from '../../../mrkdwn.js';
import { UserFacingError } from '../../../user-facing-error.js';
import { textReply } from '../../../views/blocks.js';
import type { CommandHandler } from '../../command-listener.js';
import { requireAdmin } from './admin-guard.js';

/** `/pacer region …` and `/pacer product …`: the same three verbs over two lists. */
export function catalogCommand(pick: (deps: AppDeps) => CatalogRepository): CommandHandler {
  return async ({ caller, text }, deps) => {
    const catalog = pick(deps);
    const kind = catalog.kind;
    const label = kind === 'region' ? 'Regions' : 'Product lines';
    const addExample = `\`/pacer ${kind} add ${kind === 'region' ? 'North' : 'Cloud Suite'}\``;
    const [verb = 'list', ...rest] = tokenize(text);
    const name = rest.join(' ');
    switch (verb.toLowerCase()) {
      case 'list': {
        const names = catalog.list().map((e) => escapeMrkdwn(e.name));
        return textReply(
          names.length
            ? `*${label}:* ${names.join(', ')}`
            : `No ${label.toLowerCase()} yet. Add one: ${addExample}`,
        );
      }
      case 'add': {
        requireAdmin(deps, caller, kind === 'region' ? 'addRegion' : 'addProduct');
        if (!name) throw new UserFacingError(`Name it, e.g. ${addExample}.`);
        const { entry, created } = addCatalogEntry(deps, catalog, name, caller.userId);
        return textReply(
          created
            ? `Added ${kind} *${escapeMrkdwn(entry.name)}*.`
            : `*${escapeMrkdwn(entry.name)}* already exists.`,
        );
      }
      case 'remove': {
        requireAdmin(deps, caller, kind === 'region' ? 'removeRegion' : 'removeProduct');
        if (!name) throw new UserFacingError(`Name it, e.g. \`/pacer ${kind} remove North\`.`);
        const entry = removeCatalogEntry(deps, catalog, name, caller.userId);
        return textReply(
          `Removed ${kind} *${escapeMrkdwn(entry.name)}*. Past deals keep it in their history.`,
        );
      }
      default:
        throw new UserFacingError(
          `Use \`/pacer ${kind} add|list|remove <name>\`, e.g. \`/pacer ${kind} add North\`.`,
        );
    }
  };
}
