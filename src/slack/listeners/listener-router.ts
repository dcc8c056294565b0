import type {
  App,
  Middleware,
  SlackAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackViewAction,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

type CommandListener = Middleware<SlackCommandMiddlewareArgs>;
type ActionListener<A extends SlackAction = SlackAction> = Middleware<SlackActionMiddlewareArgs<A>>;
type ViewListener<V extends SlackViewAction = SlackViewAction> = Middleware<SlackViewMiddlewareArgs<V>>;

function exactly(names: Iterable<string>): RegExp {
  const escaped = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^(?:${escaped.join('|')})$`);
}

/**
 * Collects Pacer's commands, buttons and forms and gives Bolt one listener per kind (ADR 8). Bolt runs
 * the middleware chain of every registered listener on every request; with a listener per command,
 * button and form that was 17 chains (and their argument copies) per `/deal`. Here a request costs one
 * chain and a map lookup by command name, action_id or callback_id. Listeners keep Bolt's signature.
 */
export class ListenerRouter {
  readonly #commands = new Map<string, CommandListener>();
  readonly #actions = new Map<string, ActionListener>();
  readonly #views = new Map<string, ViewListener>();

  command(name: string, listener: CommandListener): void {
    this.#add(this.#commands, name, listener);
  }

  action<A extends SlackAction = SlackAction>(actionId: string, listener: ActionListener<A>): void {
    this.#add(this.#actions, actionId, listener as unknown as ActionListener);
  }

  view<V extends SlackViewAction = SlackViewAction>(callbackId: string, listener: ViewListener<V>): void {
    this.#add(this.#views, callbackId, listener as unknown as ViewListener);
  }

  /** Registers the dispatchers; anything not registered stays unmatched, as Bolt would leave it. */
  install(app: App): void {
    const commands = this.#commands;
    const actions = this.#actions;
    const views = this.#views;
    if (commands.size)
      app.command(exactly(commands.keys()), (args) => commands.get(args.command.command)!(args));
    if (actions.size) {
      app.action({ type: 'block_actions', action_id: exactly(actions.keys()) }, (args) =>
        actions.get(args.action.action_id)!(args as Parameters<ActionListener>[0]),
      );
    }
    if (views.size) app.view(exactly(views.keys()), (args) => views.get(args.view.callback_id)!(args));
  }

  #add<L>(map: Map<string, L>, key: string, listener: L): void {
    if (map.has(key)) throw new Error(`two listeners for ${key}`);
    map.set(key, listener);
  }
}
