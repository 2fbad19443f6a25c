/**
 * Markup as a string, the same in every host: a rendered DOM (happy-dom's at
 * build, the reader's browser's on demand) written out by one function rather
 * than by each DOM's own outerHTML, whose escaping and attribute order differ
 * between implementations. Elements, attributes in their order, text; SVG
 * elements without children close themselves, so the output is both HTML
 * and, for an SVG root, XML.
 */
const XHTML = 'http://www.w3.org/1999/xhtml';
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function write(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(escapeText(node.nodeValue ?? ''));
    return;
  }
  if (node.nodeType === 11) {
    for (const child of Array.from(node.childNodes)) write(child, out);
    return;
  }
  if (node.nodeType !== 1) return; // comments and the like carry nothing a reader sees
  const el = node as Element;
  const html = el.namespaceURI === XHTML;
  // An HTML element's name is lower case; an SVG element keeps its case (clipPath).
  const name = html ? el.localName : el.tagName;
  out.push(`<${name}`);
  for (const attr of Array.from(el.attributes)) out.push(` ${attr.name}="${escapeAttribute(attr.value)}"`);
  const children =
    name === 'template' ? Array.from((el as HTMLTemplateElement).content.childNodes) : Array.from(el.childNodes);
  if (html && VOID.has(name)) {
    out.push('>');
    return;
  }
  if (!html && children.length === 0) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const child of children) write(child, out);
  out.push(`</${name}>`);
}

/** The node itself, as markup. */
export function serializeNode(node: Node): string {
  const out: string[] = [];
  write(node, out);
  return out.join('');
}

/** The node's children, as markup: what a container holds. */
export function serializeChildren(node: Node): string {
  const out: string[] = [];
  for (const child of Array.from(node.childNodes)) write(child, out);
  return out.join('');
}
