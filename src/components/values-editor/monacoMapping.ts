import type { CompletionResult } from '../../domain/schema/completion';
import { yamlScalarText } from '../../domain/schema/describeSchema';
import type { HoverInfo } from '../../domain/schema/hover';
import type { Diagnostic, Position, Range } from '../../domain/schema/types';
import { codeSpan, escapeMarkdown } from './markdown';
import type { Monaco, MonacoRange } from './monacoTypes';

export const toMonacoRange = ({ start, end }: Range): MonacoRange => ({
  startLineNumber: start.line,
  startColumn: start.column,
  endLineNumber: end.line,
  endColumn: end.column,
});

export const atPosition = (position: Position): MonacoRange =>
  toMonacoRange({ start: position, end: position });

const markerSeverity = (monaco: Monaco, severity: Diagnostic['severity']) =>
  severity === 'error'
    ? monaco.MarkerSeverity.Error
    : severity === 'warning'
      ? monaco.MarkerSeverity.Warning
      : monaco.MarkerSeverity.Info;

/** A diagnostic as a Monaco marker, with the translated text. */
export const toMarker = (monaco: Monaco, diagnostic: Diagnostic, text: string, source: string) => ({
  ...toMonacoRange(diagnostic.range),
  severity: markerSeverity(monaco, diagnostic.severity),
  message: text,
  code: diagnostic.code,
  source,
});

/** Domain suggestions as a Monaco completion list; continuation lines are inserted as written. */
export const toCompletionList = (monaco: Monaco, result: CompletionResult) => {
  const { CompletionItemKind, CompletionItemInsertTextRule, CompletionItemTag } = monaco.languages;
  const range = toMonacoRange(result.range);
  return {
    suggestions: result.items.map((item) => ({
      label: { label: item.label, description: item.type },
      kind:
        item.kind === 'property'
          ? CompletionItemKind.Property
          : item.type === 'boolean'
            ? CompletionItemKind.Value
            : CompletionItemKind.EnumMember,
      detail: item.detail,
      ...(item.documentation
        ? { documentation: { value: escapeMarkdown(item.documentation) } }
        : {}),
      insertText: item.insertText,
      insertTextRules: CompletionItemInsertTextRule.KeepWhitespace,
      range,
      sortText: item.sortText,
      ...(item.isDefault ? { preselect: true } : {}),
      ...(item.deprecated ? { tags: [CompletionItemTag.Deprecated] } : {}),
    })),
  };
};

export type HoverLabels = { deprecated: string; allowed: string; default: string };

/** What the schema says about a key, as Monaco hover markdown (schema text escaped). */
export const toHover = (info: HoverInfo, labels: HoverLabels) => {
  const head = `${codeSpan(info.path)} ${codeSpan(info.type)}${
    info.deprecated ? ` — **${escapeMarkdown(labels.deprecated)}**` : ''
  }`;
  const parts = [head];
  if (info.description) parts.push(escapeMarkdown(info.description));
  if (info.enum?.length) {
    const values = info.enum.map((v) => codeSpan(yamlScalarText(v))).join(', ');
    parts.push(`${escapeMarkdown(labels.allowed)}: ${values}`);
  }
  if (info.default !== undefined) {
    parts.push(`${escapeMarkdown(labels.default)}: ${codeSpan(JSON.stringify(info.default))}`);
  }
  return {
    range: toMonacoRange(info.range),
    contents: parts.map((value) => ({ value, isTrusted: false, supportHtml: false })),
  };
};
