/** @jest-environment node */
import { codeSpan, escapeMarkdown } from './markdown';

describe('escapeMarkdown', () => {
  it('keeps schema text from turning into HTML, links or emphasis', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)> *bold* [a](b) &amp;')).toBe(
      '\\<img src=x onerror=alert\\(1\\)\\> \\*bold\\* \\[a\\]\\(b\\) \\&amp;',
    );
  });

  it('keeps the line breaks of a description', () => {
    expect(escapeMarkdown('one\ntwo')).toBe('one  \ntwo');
  });
});

describe('codeSpan', () => {
  it('fences text that contains backticks with a longer run', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('pilot.env[0]')).toBe('`pilot.env[0]`');
  });
});
