/** A glob's body as a regular expression's source, without anchors. */
function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    const rest = pattern.slice(i);
    if (rest.startsWith('/**/')) {
      out += '(?:/.*)?/';
      i += 3;
    } else if (rest === '/**') {
      out += '(?:/.*)?';
      i += 2;
    } else if (rest.startsWith('**/')) {
      out += '(?:.*/)?';
      i += 2;
    } else if (rest.startsWith('**')) {
      out += '.*';
      i += 1;
    } else if (char === '*') {
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '{' || (char === '@' && pattern[i + 1] === '(')) {
      const brace = char === '{';
      const start = brace ? i + 1 : i + 2;
      const end = pattern.indexOf(brace ? '}' : ')', start);
      if (end < 0) throw new Error(`unclosed alternative in ${pattern}`);
      const options = pattern.slice(start, end).split(brace ? ',' : '|');
      out += `(?:${options.map(translate).join('|')})`;
      i = end;
    } else {
      out += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return out;
}

/**
 * Firebase Hosting's glob patterns (`source` of rewrites and headers, `ignore`) as regular
 * expressions: `**` any path, `*` and `?` within one segment, `{a,b}` and `@(a|b)` alternatives.
 * Paths are compared with a leading slash, as Hosting compares the request's path.
 */
export function globToRegExp(glob: string): RegExp {
  const pattern = glob.startsWith('/') || glob.startsWith('**') ? glob : `/${glob}`;
  return new RegExp(`^${translate(pattern)}$`);
}

export function matchesGlob(path: string, glob: string): boolean {
  return globToRegExp(glob).test(path.startsWith('/') ? path : `/${path}`);
}
