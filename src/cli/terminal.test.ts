import { sanitizeForTerminal } from './terminal.js';

describe('sanitizeForTerminal', () => {
  it('neutralizes escapes and bidi overrides but keeps newlines', () => {
    expect(sanitizeForTerminal('a\u001b[31mb\u202ec\nd\te')).toBe('a\\u{1b}[31mb\\u{202e}c\nd\te');
  });
});
