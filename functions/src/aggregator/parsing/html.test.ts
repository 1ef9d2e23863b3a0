import { describe, expect, it } from 'vitest';
import { parseHtml, readJsonParseAssignment, readNextData } from './html.js';

describe('readJsonParseAssignment', () => {
  it('reads a double-quoted JSON.parse literal with escapes', () => {
    const state = JSON.stringify(JSON.stringify({ title: 'Pièce "vue"', path: 'a\\b', n: 1 }));
    const page = parseHtml(`<script>window["__STATE__"]=JSON.parse(${state});</script>`);
    expect(readJsonParseAssignment(page, '__STATE__')).toEqual({
      title: 'Pièce "vue"',
      path: 'a\\b',
      n: 1,
    });
  });

  it('reads single-quoted literals with JS-only escapes', () => {
    const page = parseHtml(
      `<script>window.__STATE__ = JSON.parse('{"city":"L\\'Ha\\xFF-les-Roses","n":2}')</script>`,
    );
    expect(readJsonParseAssignment(page, '__STATE__')).toEqual({ city: "L'Haÿ-les-Roses", n: 2 });
  });

  it('reads a literal on the line after the call, as formatted code has it', () => {
    const page = parseHtml(
      `<script>\n  window['__STATE__'] = JSON.parse(\n    '{"a":1}',\n  );\n</script>`,
    );
    expect(readJsonParseAssignment(page, '__STATE__')).toEqual({ a: 1 });
  });

  it('reads an object literal assigned directly', () => {
    const page = parseHtml('<script>window.__STATE__ = {"a":{"b":[1,2]}};</script>');
    expect(readJsonParseAssignment(page, '__STATE__')).toEqual({ a: { b: [1, 2] } });
  });

  it('gives nothing when the name is absent', () => {
    const page = parseHtml('<script>window.__OTHER__=JSON.parse("{}")</script>');
    expect(readJsonParseAssignment(page, '__STATE__')).toBeUndefined();
  });
});

describe('readNextData', () => {
  it('reads the __NEXT_DATA__ script and ignores pages without it', () => {
    const page = parseHtml(
      '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"x":1}}}</script>',
    );
    expect(readNextData(page)).toEqual({ props: { pageProps: { x: 1 } } });
    expect(readNextData(parseHtml('<p>rien</p>'))).toBeUndefined();
  });
});
