import { describe, expect, it } from 'vitest';
import { splitOptions, tokenize } from '../../src/slack/command-text.js';

describe('tokenize', () => {
  it('keeps quoted values and Slack mentions whose label has spaces as one word', () => {
    expect(tokenize('set <@U1|Rick Rep> 2026-11 50k')).toEqual(['set', '<@U1|Rick Rep>', '2026-11', '50k']);
    expect(tokenize('member <@U1|Rick Rep> manager:<@U2|Maria Manager> region:"North America"')).toEqual([
      'member',
      '<@U1|Rick Rep>',
      'manager:<@U2|Maria Manager>',
      'region:North America',
    ]);
    expect(tokenize('"Acme Corp" 5 great')).toEqual(['Acme Corp', '5', 'great']);
  });

  it('still reads a lone < as an ordinary word', () => {
    expect(tokenize('Acme <3 5')).toEqual(['Acme', '<3', '5']);
  });

  it('leaves mentions out of the options', () => {
    const { options, rest } = splitOptions(tokenize('Acme 5 for:<@U1|Rick Rep> <@U2|Sara S>'));
    expect(options.get('for')).toBe('<@U1|Rick Rep>');
    expect(rest).toEqual(['Acme', '5', '<@U2|Sara S>']);
  });
});
