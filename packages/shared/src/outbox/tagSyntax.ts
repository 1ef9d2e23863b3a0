/**
 * The template language, parsed once for validation and for rendering:
 * - `{{client.firstName}}` prints a value (spaces inside the braces are allowed);
 * - `{{#properties}}…{{/properties}}` repeats its content for each item of a list;
 * - `{{#message.text}}…{{/message.text}}` shows its content only when the value is present, and
 *   `{{^message.text}}…{{/message.text}}` only when it is absent.
 * Anything else between `{{` and `}}` is a syntax error rather than text, so a typo is reported
 * instead of being mailed to a client.
 */

export type TemplateNode =
  | { type: 'text'; value: string }
  | { type: 'tag'; name: string; offset: number; raw: string }
  | {
      type: 'section';
      name: string;
      inverted: boolean;
      offset: number;
      raw: string;
      children: TemplateNode[];
    };

export type SyntaxProblem =
  | { code: 'unterminatedTag'; offset: number }
  | { code: 'malformedTag'; offset: number; raw: string }
  | { code: 'unclosedBlock'; offset: number; name: string }
  | { code: 'unexpectedBlockClose'; offset: number; name: string; open: string | null };

export interface ParsedTemplate {
  nodes: TemplateNode[];
  problems: SyntaxProblem[];
}

const tagBody = /^([#^/]?)\s*([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*)$/;

type OpenSection = Extract<TemplateNode, { type: 'section' }>;

export function parseTemplate(source: string): ParsedTemplate {
  const root: TemplateNode[] = [];
  const stack: OpenSection[] = [];
  const problems: SyntaxProblem[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  const pushText = (value: string) => {
    if (value) current().push({ type: 'text', value });
  };

  let cursor = 0;
  while (cursor < source.length) {
    const start = source.indexOf('{{', cursor);
    if (start === -1) break;
    pushText(source.slice(cursor, start));
    const end = source.indexOf('}}', start + 2);
    if (end === -1) {
      problems.push({ code: 'unterminatedTag', offset: start });
      pushText(source.slice(start));
      cursor = source.length;
      break;
    }
    const nested = source.indexOf('{{', start + 2);
    if (nested !== -1 && nested < end) {
      // `{{ {{link}}`: the first pair of braces is the unclosed one, the tag after it is fine.
      problems.push({ code: 'unterminatedTag', offset: start });
      pushText(source.slice(start, nested));
      cursor = nested;
      continue;
    }
    const raw = source.slice(start, end + 2);
    cursor = end + 2;
    const match = tagBody.exec(source.slice(start + 2, end).trim());
    if (!match) {
      problems.push({ code: 'malformedTag', offset: start, raw });
      pushText(raw);
      continue;
    }
    const [, sigil, name = ''] = match;
    if (sigil === '#' || sigil === '^') {
      const section: OpenSection = {
        type: 'section',
        name,
        inverted: sigil === '^',
        offset: start,
        raw,
        children: [],
      };
      current().push(section);
      stack.push(section);
    } else if (sigil === '/') {
      const open = stack.at(-1);
      if (open?.name === name) stack.pop();
      else
        problems.push({
          code: 'unexpectedBlockClose',
          offset: start,
          name,
          open: open?.name ?? null,
        });
    } else {
      current().push({ type: 'tag', name, offset: start, raw });
    }
  }
  pushText(source.slice(cursor));
  for (const open of stack) {
    problems.push({ code: 'unclosedBlock', offset: open.offset, name: open.name });
  }
  return { nodes: root, problems };
}

export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based, counted in characters as a person sees them (an emoji counts once). */
  column: number;
  /** 0-based index in the JavaScript string, as editors (CodeMirror, textarea) expect it. */
  offset: number;
}

export function positionAt(source: string, offset: number): SourcePosition {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  return { line, column: Array.from(before.slice(lineStart)).length + 1, offset };
}
