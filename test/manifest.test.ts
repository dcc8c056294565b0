import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allHelp } from '../src/slack/listeners/index.js';

const root = join(import.meta.dirname, '..');
// Slack's schema (slackapi/manifest-schema, MIT) is kept in the repo so a clone tests on its own; the
// workplace's reference copy beside the checkout, when there, must be the same file.
const schemaPath = join(root, 'test', 'fixtures', 'slack', 'manifest.schema.1.0.0.json');
const referencePath = join(root, '..', 'shared', 'slack', 'manifest.schema.1.0.0.json');

interface Manifest {
  features: { slash_commands: Array<{ command: string; should_escape?: boolean; url?: string }> };
  settings: { interactivity: { request_url?: string } };
}

const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it("validates against Slack's official manifest schema", () => {
    if (existsSync(referencePath))
      expect(readFileSync(schemaPath, 'utf8')).toBe(readFileSync(referencePath, 'utf8'));
    // The schema uses a non-standard `regex` keyword beside `pattern`; declare it so strict mode accepts it.
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(manifest);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('declares exactly the slash commands Pacer answers, escaped so mentions arrive as IDs', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    const handled = [...new Set(allHelp.map((h) => h.usage.split(' ')[0]))].sort();
    expect(declared).toEqual(handled);
    for (const command of manifest.features.slash_commands) {
      expect(command.should_escape, command.command).toBe(true);
      expect(command.url).toMatch(/\/slack\/events$/);
    }
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
  });
});
