import type { Language } from '../branding/brandingValues.js';
import { defaultTemplates } from './defaults/defaultTemplates.js';
import { listCatalogue, type EmailEvent, type ListName } from './events.js';
import {
  formatClockTime,
  formatDecimal,
  formatDuration,
  formatEuros,
  formatLongDate,
} from './format.js';
import { escapeHtml } from './layout.js';
import { parseTemplate, type TemplateNode } from './tagSyntax.js';
import type { TemplateIssue, TemplatePart } from './templateIssues.js';
import { isTagName, tagCatalogue, type TagKind } from './tags.js';
import type { EmailTemplate, RenderedEmail } from './templates.js';
import { validateTemplate } from './validateTemplate.js';

/** A Firestore `Timestamp` or anything else that knows its instant. */
export interface TimestampLike {
  toMillis(): number;
}
export type EventValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | Date
  | TimestampLike
  | EventData
  | readonly EventData[];
/**
 * The values behind an event's tags, raw: amounts as numbers of euros, instants as `Date`s (or
 * timestamps, epoch milliseconds, ISO strings), durations as milliseconds, lists as arrays of
 * items (`properties: [{ title, city, price, link }]`). Rendering formats them for the language.
 * A string is always shown as it is, so an already formatted value also works.
 */
export interface EventData {
  [key: string]: EventValue;
}

/** `outboxMessageSchema` accepts subjects of up to 300 characters; data may make one longer. */
export const RENDERED_SUBJECT_MAX = 300;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  typeof (value as Partial<TimestampLike>).toMillis !== 'function';

function lookup(data: unknown, path: string): unknown {
  let current = data;
  for (const key of path.split('.')) {
    if (!isPlainObject(current) || !Object.hasOwn(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

function toInstant(value: unknown): Date | null {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
  )
    return new Date(value);
  if (typeof value === 'object' && value !== null) {
    const millis = (value as Partial<TimestampLike>).toMillis;
    if (typeof millis === 'function') return new Date(millis.call(value));
  }
  return null;
}

/** Only web and mail links: a `javascript:` URL in data must never become a button. */
const isSafeUrl = (value: string) => /^(?:https?:\/\/|mailto:)/i.test(value.trim());

export function formatTagValue(kind: TagKind, value: unknown, language: Language): string {
  if (kind === 'flag') return '';
  if (kind === 'url') return typeof value === 'string' && isSafeUrl(value) ? value.trim() : '';
  if (typeof value === 'string') {
    if (kind !== 'date' && kind !== 'time') return value;
    const instant = toInstant(value);
    if (!instant) return value;
    return kind === 'date' ? formatLongDate(instant, language) : formatClockTime(instant, language);
  }
  if (kind === 'date' || kind === 'time') {
    const instant = toInstant(value);
    if (!instant) return '';
    return kind === 'date' ? formatLongDate(instant, language) : formatClockTime(instant, language);
  }
  if (typeof value !== 'number') return '';
  if (kind === 'money') return formatEuros(value, language);
  if (kind === 'duration') return formatDuration(value, language);
  return formatDecimal(value, language);
}

function isPresent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.length > 0;
  const instant = toInstant(value);
  if (instant) return Number.isFinite(instant.getTime());
  return isPlainObject(value) && Object.keys(value).length > 0;
}

interface Scope {
  data: EventData;
  language: Language;
  part: TemplatePart;
  item: { prefix: string; values: unknown } | null;
}

function valueOf(name: string, scope: Scope): unknown {
  const { item } = scope;
  if (item && name.startsWith(`${item.prefix}.`)) {
    return lookup(item.values, name.slice(item.prefix.length + 1));
  }
  const source = isTagName(name) ? (tagCatalogue[name].source ?? name) : name;
  return lookup(scope.data, source);
}

const oneLine = (value: string) => value.replace(/\s*[\r\n\t\f\v\u2028\u2029]+\s*/g, ' ');

function encode(name: string, scope: Scope): string {
  if (!isTagName(name)) return '';
  const { kind } = tagCatalogue[name];
  const value = formatTagValue(kind, valueOf(name, scope), scope.language);
  if (scope.part === 'subject') return oneLine(value);
  if (scope.part === 'text') return value;
  const escaped = escapeHtml(value);
  return kind === 'longText' ? escaped.replace(/\r?\n/g, '<br>') : escaped;
}

function renderNodes(nodes: readonly TemplateNode[], scope: Scope): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += scope.part === 'subject' ? oneLine(node.value) : node.value;
    else if (node.type === 'tag') out += encode(node.name, scope);
    else if (!scope.item && Object.hasOwn(listCatalogue, node.name)) {
      const items = lookup(scope.data, node.name);
      const list = Array.isArray(items) ? items.filter(isPlainObject) : [];
      if (node.inverted) {
        if (list.length === 0) out += renderNodes(node.children, scope);
        continue;
      }
      const { itemPrefix } = listCatalogue[node.name as ListName];
      for (const values of list) {
        out += renderNodes(node.children, { ...scope, item: { prefix: itemPrefix, values } });
      }
    } else if (isPresent(valueOf(node.name, scope)) !== node.inverted) {
      out += renderNodes(node.children, scope);
    }
  }
  return out;
}

function finishSubject(subject: string): string {
  const line = subject.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length <= RENDERED_SUBJECT_MAX
    ? line
    : `${chars
        .slice(0, RENDERED_SUBJECT_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

/** Optional sections leave empty lines behind: at most one blank line between paragraphs. */
const finishText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * Renders any template of the event, valid or not (the settings page previews a draft while it
 * is being typed): names the event does not offer render empty, syntax errors stay as text.
 */
export function renderEventTemplate(
  template: EmailTemplate,
  language: Language,
  data: EventData,
): RenderedEmail {
  const render = (part: TemplatePart) =>
    renderNodes(parseTemplate(template[part]).nodes, { data, language, part, item: null });
  return {
    subject: finishSubject(render('subject')),
    text: finishText(render('text')),
    html: render('html'),
  };
}

export interface ResolvedTemplate {
  template: EmailTemplate;
  /** True when the tenant's version is used; false when there was none or it was invalid. */
  overridden: boolean;
  /** Why a tenant's version was set aside: it may predate a renamed tag. Worth logging. */
  issues: TemplateIssue[];
}

/** The template to send: the tenant's edited parts over the default, if together they are valid. */
export function resolveEventTemplate(
  event: EmailEvent,
  language: Language,
  override?: Partial<EmailTemplate>,
): ResolvedTemplate {
  const fallback = defaultTemplates[language][event];
  const parts = Object.fromEntries(
    Object.entries(override ?? {}).filter(([, value]) => typeof value === 'string'),
  );
  if (Object.keys(parts).length === 0) return { template: fallback, overridden: false, issues: [] };
  const merged: EmailTemplate = { ...fallback, ...parts };
  const { valid, issues } = validateTemplate(event, merged);
  return valid
    ? { template: merged, overridden: true, issues: [] }
    : { template: fallback, overridden: false, issues };
}

/**
 * The e-mail of an event in a language, ready for the outbox: values formatted for the language
 * and escaped for HTML, the subject on one line. `override` is the tenant's edited template; one
 * that no longer validates is ignored in favour of the default rather than sent broken.
 * The HTML is the message body: `brandedEmail` wraps it in the tenant's layout.
 */
export function renderEvent(
  event: EmailEvent,
  language: Language,
  data: EventData,
  override?: Partial<EmailTemplate>,
): RenderedEmail {
  return renderEventTemplate(
    resolveEventTemplate(event, language, override).template,
    language,
    data,
  );
}
