import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Docker does not run here: the files are held to their structure and to what they copy. */
describe('container and service files', () => {
  const lines = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages = lines.filter((l) => l.startsWith('FROM '));
  const runtime = lines.slice(lines.indexOf(stages.at(-1)!));

  it('builds in one Node 24 slim stage and runs in another, as a non-root user with a /data volume', () => {
    expect(stages).toEqual(['FROM node:24-slim AS build', 'FROM node:24-slim AS runtime']);
    expect(runtime).toContain('USER node');
    expect(runtime.some((l) => /^VOLUME \["\/data"\]$/.test(l))).toBe(true);
    expect(runtime.find((l) => l.startsWith('HEALTHCHECK'))).toMatch(/\/healthz/);
    expect(runtime.at(-1)).toBe('CMD ["node", "--enable-source-maps", "dist/main.js"]');
    // The runtime stage gets no compiler and no sources, only what the build stage produced.
    expect(runtime.join('\n')).not.toMatch(/g\+\+|COPY src|tsx/);
    expect(
      lines.filter((l) => l.startsWith('RUN npm ci')).every((l) => l.includes('--strict-allow-scripts')),
    ).toBe(true);
  });

  it('copies only files that exist, and .dockerignore keeps none of them out', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
    for (const line of lines.filter((l) => l.startsWith('COPY ') && !l.includes('--from='))) {
      const parts = line.split(/\s+/).filter((p) => !p.startsWith('--'));
      for (const source of parts.slice(1, -1)) {
        expect(existsSync(join(root, source)), `${source} exists`).toBe(true);
        expect(ignored, `${source} is not in .dockerignore`).not.toContain(source);
      }
    }
    expect(ignored).toEqual(expect.arrayContaining(['.env', 'node_modules', 'data', '.git']));
  });

  it('compose runs one Pacer with its data on a volume; the systemd unit runs the build', () => {
    const compose = parse(read('compose.yaml')) as {
      services: Record<string, { build: string; volumes: string[]; env_file: string }>;
    };
    expect(Object.keys(compose.services)).toEqual(['pacer']);
    expect(compose.services.pacer?.volumes).toContain('pacer-data:/data');
    const unit = read('deploy/pacer.service');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node --enable-source-maps dist\/main\.js$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
    expect(unit).toMatch(/^User=pacer$/m);
  });
});
