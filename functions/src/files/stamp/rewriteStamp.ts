import {
  PDFArray,
  PDFContentStream,
  PDFDict,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
  type PDFRef,
} from '@cantoo/pdf-lib';
import { loadPdf } from './loadPdf.js';
import { placeText, visibleBox, type Box } from './placement.js';
import { StampError } from './refusals.js';
import {
  RESOURCE_NAMES,
  STAMP_OPACITY,
  actualTextFor,
  pageOperators,
  type StampResources,
} from './stampContent.js';
import { STAMP_FONT, type StampText } from './stampText.js';

/** Viewers treat a page without a usable MediaBox as US Letter. */
const LETTER: Box = { x: 0, y: 0, width: 612, height: 792 };

function readBox(read: () => Box | undefined): Box | undefined {
  try {
    const box = read();
    return box && box.width > 0 && box.height > 0 ? box : undefined;
  } catch {
    return undefined;
  }
}

function pageVisibleBox(page: PDFPage): Box {
  const mediaBox = readBox(() => page.node.MediaBox().asRectangle()) ?? LETTER;
  return visibleBox(
    mediaBox,
    readBox(() => page.node.CropBox()?.asRectangle()),
  );
}

/** Adds `ref` to the page's own resources, under a name the page does not use yet. */
function addResource(
  resources: PDFDict,
  category: 'Font' | 'ExtGState' | 'XObject',
  preferred: string,
  ref: PDFRef,
): PDFName {
  const existing = resources.context.lookupMaybe(resources.get(PDFName.of(category)), PDFDict);
  const dict = existing?.clone() ?? resources.context.obj({});
  let key = PDFName.of(preferred);
  for (let i = 1; dict.has(key) && dict.get(key) !== ref; i++) key = PDFName.of(`${preferred}${i}`);
  dict.set(key, ref);
  resources.set(PDFName.of(category), dict);
  return key;
}

/** Decoded bytes of a content stream, whether parsed from the file or added by pdf-lib. */
function decoded(stream: PDFObject | undefined): Uint8Array {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  if (stream instanceof PDFContentStream) return stream.getUnencodedContents();
  throw new Error('content is not a stream');
}

/**
 * The page's content as one form XObject with the page's resources (see pageOperators), or
 * nothing for a page without content. A single stream keeps its encoded bytes and filters.
 */
function contentAsForm(doc: PDFDocument, page: PDFPage, resources: PDFObject | undefined) {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => doc.context.lookup(ref))
      : [contents];
  if (contents === undefined || streams.length === 0) return undefined;
  const { x, y, width, height } = readBox(() => page.node.MediaBox().asRectangle()) ?? LETTER;
  const form = {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [x, y, x + width, y + height],
    Resources: resources ?? {},
  };
  const [only] = streams;
  if (streams.length === 1 && only instanceof PDFRawStream && !only.dict.has(PDFName.of('F'))) {
    const dict = only.dict.clone();
    dict.delete(PDFName.of('Length'));
    for (const [key, value] of Object.entries(form))
      dict.set(PDFName.of(key), doc.context.obj(value as never));
    return doc.context.register(PDFRawStream.of(dict, only.contents));
  }
  const parts = streams.flatMap((stream) => [decoded(stream), new Uint8Array([0x0a])]);
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((offset, part) => (joined.set(part, offset), offset + part.length), 0);
  return doc.context.register(doc.context.flateStream(joined, form));
}

/**
 * Widgets are drawn above page content, so a form field would cover the stamp: flattening turns
 * them into page content beneath it. XFA goes too, since XFA viewers draw it instead of the pages.
 */
function flattenForms(doc: PDFDocument): void {
  const acroForm = doc.catalog.getAcroForm();
  if (!acroForm) return;
  acroForm.dict.delete(PDFName.of('XFA'));
  doc.catalog.delete(PDFName.of('NeedsRendering'));
  doc.getForm().flatten();
}

async function stampDocument(doc: PDFDocument, pages: PDFPage[], text: StampText) {
  const font = await doc.embedFont(STAMP_FONT);
  const graphicsState = doc.context.register(
    doc.context.obj({ Type: 'ExtGState', ca: STAMP_OPACITY, CA: STAMP_OPACITY }),
  );
  const actualText = doc.context.obj(actualTextFor(text.text));
  // Pages of the same geometry share one content stream.
  const wrappers = new Map<string, PDFRef>();
  for (const page of pages) {
    const inherited = page.node.getInheritableAttribute(PDFName.of('Resources'));
    const resources = doc.context.lookupMaybe(inherited, PDFDict)?.clone() ?? doc.context.obj({});
    const names: StampResources = {
      font: addResource(resources, 'Font', RESOURCE_NAMES.font, font.ref),
      graphicsState: addResource(
        resources,
        'ExtGState',
        RESOURCE_NAMES.graphicsState,
        graphicsState,
      ),
    };
    let form: PDFRef | undefined;
    let append = false;
    try {
      form = contentAsForm(doc, page, inherited);
    } catch {
      // A filter pdf-lib cannot decode: the stamp follows the content instead, in q … Q.
      append = true;
    }
    if (form) names.content = addResource(resources, 'XObject', RESOURCE_NAMES.content, form);
    const placement = placeText(
      pageVisibleBox(page),
      page.getRotation().angle,
      text.width,
      text.height,
      'diagonal',
    );
    const operators = pageOperators(names, placement, text.encoded, actualText);
    const key = operators.join('\n');
    let wrapper = wrappers.get(key);
    if (!wrapper) {
      wrapper = doc.context.register(doc.context.contentStream(operators));
      wrappers.set(key, wrapper);
    }
    if (append) {
      page.node.normalize();
      page.node.addContentStream(wrapper);
    } else {
      page.node.set(PDFName.of('Contents'), wrapper);
    }
    page.node.set(PDFName.of('Resources'), resources);
  }
  // Object streams would make the file smaller but pdf-lib writes them 50× slower.
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: 2000 });
}

async function loadOrThrow(bytes: Uint8Array) {
  const loaded = await loadPdf(bytes);
  if (!loaded.ok) throw new StampError(loaded.code);
  return loaded;
}

/**
 * The stamp by pdf-lib, which parses the whole file and writes a new one: for what the
 * incremental path does not handle (encryption, forms to flatten, damaged cross-references
 * that pdf-lib rebuilds by scanning the file).
 */
export async function stampByRewriting(
  bytes: Uint8Array,
  text: StampText,
): Promise<{ bytes: Uint8Array; pages: number }> {
  let loaded = await loadOrThrow(bytes);
  try {
    flattenForms(loaded.doc);
  } catch {
    // A form pdf-lib cannot flatten is still stamped, its fields staying above the stamp;
    // the failed attempt may have half-changed the document, so start again from the bytes.
    loaded = await loadOrThrow(bytes);
  }
  try {
    return {
      bytes: await stampDocument(loaded.doc, loaded.pages, text),
      pages: loaded.pages.length,
    };
  } catch (error) {
    throw new StampError('pdf-stamp-failed', { cause: error });
  }
}
