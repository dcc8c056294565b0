import { readFileSync } from 'node:fs';

export interface CommandHint {
  command: string;
  description: string;
  usageHint: string;
}

/**
 * Pacer's slash commands with their descriptions and usage hints, read from manifest.yml so the
 * composer suggests exactly what Slack would show. The manifest's slash_commands entries are flat
 * `key: value` lines, so a line reader is enough here.
 */
export function readManifestCommands(path: string): CommandHint[] {
  const out: CommandHint[] = [];
  let current: Partial<CommandHint> | null = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const entry = /^\s*-\s*command:\s*(\S+)/.exec(line);
    if (entry) {
      current = { command: entry[1]!, description: '', usageHint: '' };
      out.push(current as CommandHint);
      continue;
    }
    if (!current) continue;
    const field = /^\s+(description|usage_hint):\s*(.*)$/.exec(line);
    if (!field) continue;
    const value = unquote(field[2]!.trim());
    if (field[1] === 'description') current.description = value;
    else current.usageHint = value;
  }
  return out;
}

function unquote(value: string): string {
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}
