/** Markdown helpers for editor hovers and suggestion docs: schema text is shown as text, never markup. */

// Everything CommonMark gives a meaning to, plus `<` and `&` so nothing reads as HTML or an entity.
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** Text that renders exactly as written, with line breaks kept. */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(SPECIAL, (ch) => `\\${ch}`)
    .split(/\r?\n/)
    .join('  \n');

/** Inline code for any text: the fence is longer than the longest run of backticks inside. */
export const codeSpan = (text: string): string => {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || text === '' ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n/g, ' ')}${pad}${fence}`;
};
