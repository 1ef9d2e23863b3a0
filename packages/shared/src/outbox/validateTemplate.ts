import { emailEventCatalogue, eventTags, listCatalogue, type EmailEvent } from './events.js';
import { suggestTag } from './suggestTag.js';
import { parseTemplate, positionAt, type TemplateNode } from './tagSyntax.js';
import {
  templateIssueMessage,
  templateParts,
  type TemplateIssue,
  type TemplatePart,
} from './templateIssues.js';
import { isTagName, tagCatalogue, type TagName } from './tags.js';
import type { EmailTemplate } from './templates.js';

export const TEMPLATE_LIMITS = {
  /** Characters of the subject as written (tags included): longer ones are cut by mail apps. */
  subjectMaxLength: 200,
  /** UTF-8 bytes of each body: Gmail clips messages past about 100 kB, layout included. */
  bodyMaxBytes: 50_000,
  /** A pasted document full of mistakes gets the first ones, not thousands. */
  issuesPerPart: 20,
} as const;

export interface TemplateValidation {
  valid: boolean;
  issues: TemplateIssue[];
}

function utf8Length(value: string): number {
  let bytes = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** `href={{link}}`: an unquoted attribute lets a value with a space add attributes of its own. */
function inUnquotedAttribute(html: string, offset: number): boolean {
  const open = html.lastIndexOf('<', offset);
  if (open <= html.lastIndexOf('>', offset)) return false;
  return /=\s*$/.test(html.slice(open, offset));
}

type IssueDraft = Omit<TemplateIssue, 'message' | 'part' | 'line' | 'column' | 'offset'> & {
  offset?: number;
  /** Computed only for the issues reported: a guess compares with every candidate. */
  suggest?: () => string | null;
};

/** Checks one part's tags and blocks against what the event offers, in their context. */
function checkTags(event: EmailEvent, part: TemplatePart, source: string) {
  const definition = emailEventCatalogue[event];
  const topLevel = new Set<string>(eventTags(event));
  const lists = new Set<string>(definition.lists);
  const used = new Set<string>();
  const drafts: IssueDraft[] = [];
  const parsed = parseTemplate(source);

  for (const problem of parsed.problems) {
    if (problem.code === 'unterminatedTag') drafts.push(problem);
    else if (problem.code === 'malformedTag')
      drafts.push({ code: problem.code, offset: problem.offset, tag: problem.raw });
    else if (problem.code === 'unclosedBlock')
      drafts.push({ code: problem.code, offset: problem.offset, tag: problem.name });
    else
      drafts.push({
        code: problem.code,
        offset: problem.offset,
        tag: problem.name,
        ...(problem.open ? { block: problem.open } : {}),
      });
  }

  const itemTags = (list: string | null): readonly string[] =>
    list ? listCatalogue[list as keyof typeof listCatalogue].itemTags : [];
  const inScope = (name: string, list: string | null) =>
    topLevel.has(name) || itemTags(list).includes(name);
  const printable = (list: string | null) =>
    [...topLevel, ...itemTags(list)].filter(
      (name) => tagCatalogue[name as TagName].kind !== 'flag',
    );
  const owningList = (name: string) =>
    definition.lists.find((list) => itemTags(list).includes(name));

  /** A name that is not usable here: why, and what was probably meant. */
  const misplaced = (name: string, offset: number, list: string | null, asBlock: boolean) => {
    const owner = owningList(name);
    if (owner) return drafts.push({ code: 'tagOutsideBlock', offset, tag: name, block: owner });
    const candidates = asBlock ? [...lists, ...topLevel, ...itemTags(list)] : printable(list);
    const code = asBlock ? 'unknownBlock' : isTagName(name) ? 'tagUnavailable' : 'unknownTag';
    drafts.push({ code, offset, tag: name, suggest: () => suggestTag(name, candidates) });
  };

  const walk = (nodes: readonly TemplateNode[], list: string | null) => {
    for (const node of nodes) {
      if (node.type === 'text') continue;
      if (node.type === 'tag') {
        used.add(node.name);
        if (lists.has(node.name))
          drafts.push({ code: 'blockAsTag', offset: node.offset, tag: node.name });
        else if (!inScope(node.name, list)) misplaced(node.name, node.offset, list, false);
        else if (tagCatalogue[node.name as TagName].kind === 'flag')
          drafts.push({ code: 'conditionOnlyTag', offset: node.offset, tag: node.name });
        else if (part === 'html' && inUnquotedAttribute(source, node.offset))
          drafts.push({ code: 'unquotedAttribute', offset: node.offset, tag: node.name });
        continue;
      }
      if (lists.has(node.name)) {
        if (list)
          drafts.push({ code: 'nestedList', offset: node.offset, tag: node.name, block: list });
        walk(node.children, node.name);
      } else {
        if (!inScope(node.name, list)) misplaced(node.name, node.offset, list, true);
        walk(node.children, list);
      }
    }
  };
  walk(parsed.nodes, null);

  if (part !== 'subject') {
    for (const name of definition.required) {
      if (!used.has(name)) drafts.push({ code: 'missingRequiredTag', tag: name });
    }
  }
  drafts.sort((a, b) => (a.offset ?? Infinity) - (b.offset ?? Infinity));
  return drafts;
}

function sizeIssues(part: TemplatePart, source: string): IssueDraft[] {
  if (part === 'subject') {
    const length = Array.from(source).length;
    if (!source.trim()) return [{ code: 'subjectEmpty' }];
    const issues: IssueDraft[] = [];
    if (/[\r\n]/.test(source)) issues.push({ code: 'subjectMultiline' });
    if (length > TEMPLATE_LIMITS.subjectMaxLength)
      issues.push({
        code: 'subjectTooLong',
        limit: TEMPLATE_LIMITS.subjectMaxLength,
        actual: length,
      });
    return issues;
  }
  if (!source.trim()) return [{ code: 'bodyEmpty' }];
  const bytes = utf8Length(source);
  return bytes > TEMPLATE_LIMITS.bodyMaxBytes
    ? [{ code: 'bodyTooLong', limit: TEMPLATE_LIMITS.bodyMaxBytes, actual: bytes }]
    : [];
}

/**
 * Everything that would make the event's e-mail wrong, part by part: tags the event does not
 * offer (with the nearest one it does), blocks left open or misused, sizes. A template with no
 * issue renders with no tag left over.
 */
export function validateTemplate(event: EmailEvent, template: EmailTemplate): TemplateValidation {
  const issues: TemplateIssue[] = [];
  for (const part of templateParts) {
    const source = template[part];
    const sized = sizeIssues(part, source);
    // An oversized part is refused whatever its tags: checking them would only cost time.
    const tooBig = sized.some((issue) => issue.code.endsWith('TooLong'));
    const drafts = tooBig ? sized : [...sized, ...checkTags(event, part, source)];
    for (const { suggest, ...draft } of drafts.slice(0, TEMPLATE_LIMITS.issuesPerPart)) {
      const position = draft.offset === undefined ? {} : positionAt(source, draft.offset);
      const suggestion = suggest?.();
      const issue = { ...draft, ...(suggestion ? { suggestion } : {}), part, ...position };
      issues.push({ ...issue, message: templateIssueMessage(issue) });
    }
  }
  return { valid: issues.length === 0, issues };
}
