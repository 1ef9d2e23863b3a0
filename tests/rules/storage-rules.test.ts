// storage.rules cannot be evaluated by the local stack (fake-gcs-server reads no rules, and the
// official Storage emulator is not part of it), so this checks what can be checked offline: the
// file is well formed, and every staff rule decides from the member document, as firestore.rules
// does (status, role and user pool read from tenants/{t}/members/{uid}, not from the token).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync('storage.rules', 'utf8');
/** The rules without their comments (a comment must not satisfy a check). */
const code = source.replace(/\/\/[^\n]*/g, '');

interface Block {
  header: string;
  body: string;
}

/** The file's `function` and `match` blocks, each with its own body (nested blocks included). */
function blocks(text: string, keyword: 'function' | 'match'): Block[] {
  const found: Block[] = [];
  // A match's path has braces of its own (`/tenants/{t}`): its block opens after the path.
  const start =
    keyword === 'match' ? /\bmatch\s+(\/(?:[^\s{]|\{[^}\s]*\})*)\s*\{/g : /\bfunction\s+([^{]+)\{/g;
  for (const match of text.matchAll(start)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < text.length) {
      if (text[end] === '{') depth++;
      if (text[end] === '}') depth--;
      end++;
    }
    found.push({
      header: match[1]!.trim(),
      body: text.slice(match.index + match[0].length, end - 1),
    });
  }
  return found;
}

const functions = new Map(
  blocks(code, 'function').map((block) => [block.header.replace(/\(.*$/, ''), block.body]),
);
/** The innermost matches: those that hold rules rather than other matches. */
const leafMatches = blocks(code, 'match').filter((block) => !/\bmatch\b/.test(block.body));
/** Each `allow` statement of a match, up to its semicolon. */
const allows = (body: string) => [...body.matchAll(/\ballow\s+[^;]+;/g)].map((m) => m[0]);

/** Whether a function calls `target`, itself or through the functions it calls. */
function reaches(name: string, target: string, seen = new Set<string>()): boolean {
  if (name === target) return true;
  if (seen.has(name)) return false;
  seen.add(name);
  const body = functions.get(name) ?? '';
  return [...functions.keys()].some(
    (other) => new RegExp(`\\b${other}\\s*\\(`).test(body) && reaches(other, target, seen),
  );
}

describe('storage.rules', () => {
  it('is well formed: version 2, one storage service, balanced braces and parentheses', () => {
    expect(code).toMatch(/^\s*rules_version\s*=\s*'2'\s*;/);
    expect(code.match(/\bservice\s+firebase\.storage\s*\{/g)).toHaveLength(1);
    for (const [open, close] of [
      ['{', '}'],
      ['(', ')'],
      ['[', ']'],
    ]) {
      let depth = 0;
      for (const char of code) {
        if (char === open) depth++;
        if (char === close) depth--;
        expect(depth).toBeGreaterThanOrEqual(0);
      }
      expect(depth, `${open}${close}`).toBe(0);
    }
    // Every allow is `allow <operations>: if <condition>;` with known operations.
    for (const match of leafMatches) {
      for (const allow of allows(match.body)) {
        expect(allow).toMatch(
          /^allow\s+(read|write|get|list|create|update|delete)(\s*,\s*\w+)*\s*:\s*if\s+\S/,
        );
      }
    }
  });

  it('reads the member document for staff: active status, role from the document, the pool', () => {
    const member = functions.get('memberDoc') ?? '';
    expect(member).toContain(
      'firestore.get(/databases/(default)/documents/tenants/$(t)/members/$(request.auth.uid))',
    );
    const staff = functions.get('staffMember') ?? '';
    expect(staff).toMatch(/memberDoc\(t\)\.status\s*==\s*'active'/);
    expect(staff).toMatch(/memberDoc\(t\)\.role\s+in\s+roles/);
    expect(staff).toMatch(/memberDoc\(t\)\.get\('authTenantId',\s*''\)\s*==\s*tokenPool\(\)/);
    expect(staff).toMatch(/tokenPool\(\)\s*!=\s*''/);
    expect(functions.get('tokenPool')).toMatch(/request\.auth\.token\.firebase\.get\('tenant'/);
    // The claims are checked too (tenant, staff role, not an impersonation token).
    const claims = functions.get('claimsStaffOf') ?? '';
    expect(claims).toMatch(/request\.auth\.token\.tenantId\s*==\s*t/);
    expect(claims).toContain("!('impersonatedBy' in request.auth.token)");
    // Both role checks go through it, the admin one with the document's role.
    expect(functions.get('isStaff')).toMatch(
      /staffMember\(t,\s*\['owner',\s*'admin',\s*'collaborator'\]\)/,
    );
    expect(functions.get('isAdmin')).toMatch(/staffMember\(t,\s*\['owner',\s*'admin'\]\)/);
  });

  it('has every rule of a tenant path either public or decided by the member document', () => {
    expect(leafMatches.length).toBeGreaterThan(0);
    const helpers = [...functions.keys()].filter((name) => reaches(name, 'memberDoc'));
    expect(helpers).toEqual(expect.arrayContaining(['staffMember', 'isStaff', 'isAdmin']));
    for (const match of leafMatches) {
      expect(match.header).toMatch(/^\/tenants\/\{t\}\//);
      for (const allow of allows(match.body)) {
        const condition = allow.replace(/^allow[^:]+:\s*if\s+/, '');
        if (/^true\s*;$/.test(condition)) {
          // Public reads only, never a public write.
          expect(allow, match.header).toMatch(/^allow\s+read\s*:/);
          continue;
        }
        // The helper is the condition's first conjunct: nothing opens the path without it.
        const first = new RegExp(`^(${helpers.join('|')})\\(t\\)\\s*(&&|;)`);
        expect(condition, `${match.header}: ${allow}`).toMatch(first);
      }
    }
  });

  it('keeps client documents away from clients: no rule reads a client claim', () => {
    expect(code).not.toMatch(/token\.role\s*==\s*'client'/);
    expect(code).not.toMatch(/token\.clientId/);
  });
});
