import { parse, type HTMLElement } from 'node-html-parser';
import { parseJson } from './values.js';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

export function looksLikeHtml(body: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<script|<div)/i.test(body);
}

/** Next.js pages (LeBonCoin) carry their data in `<script id="__NEXT_DATA__">`. */
export function readNextData(document: HTMLElement): unknown {
  const script = document.querySelector('script#__NEXT_DATA__');
  return script === null ? undefined : parseJson(script.rawText);
}

const JSON_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

/** `JSON.parse("…")` holds a JS string literal; JSON reads it once JS-only escapes are rewritten. */
function decodeJsStringLiteral(literal: string): string | undefined {
  let json = '';
  for (let i = 0; i < literal.length; i++) {
    const character = literal[i]!;
    if (character === '"') json += '\\"';
    else if (character !== '\\') json += character;
    else {
      const escaped = literal[++i] ?? '';
      if (JSON_ESCAPES.has(escaped)) json += `\\${escaped}`;
      else if (escaped === 'x') {
        json += `\\u00${literal.slice(i + 1, i + 3)}`;
        i += 2;
      } else if (escaped !== '\n') json += escaped;
    }
  }
  const decoded = parseJson(`"${json}"`);
  return typeof decoded === 'string' ? decoded : undefined;
}

/**
 * Pages of the Aviv group (SeLoger) assign their state as
 * `window["__UFRN_FETCHER__"]=JSON.parse("…")`; returns the parsed state of `name`, if any.
 */
export function readJsonParseAssignment(document: HTMLElement, name: string): unknown {
  for (const script of document.querySelectorAll('script')) {
    const text = script.rawText;
    const at = text.indexOf(name);
    if (at === -1) continue;
    const call = text.indexOf('JSON.parse(', at);
    if (call === -1) {
      // Some pages assign the object literal itself: `window.__NAME__ = {…};`.
      const open = text.indexOf('{', at);
      const close = text.lastIndexOf('}');
      if (
        open !== -1 &&
        close > open &&
        /^["'\]\s]*=\s*$/.test(text.slice(at + name.length, open))
      ) {
        const state = parseJson(text.slice(open, close + 1));
        if (state !== undefined) return state;
      }
      continue;
    }
    let start = call + 'JSON.parse('.length;
    while (/\s/.test(text[start] ?? '')) start++;
    const quote = text[start];
    if (quote !== '"' && quote !== "'") continue;
    let end = start + 1;
    while (end < text.length && text[end] !== quote) end += text[end] === '\\' ? 2 : 1;
    const decoded = decodeJsStringLiteral(text.slice(start + 1, end));
    if (decoded !== undefined) return parseJson(decoded);
  }
  return undefined;
}

export function pageTitle(document: HTMLElement): string {
  return document.querySelector('title')?.textContent.trim() ?? '';
}
