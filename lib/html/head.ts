/**
 * A page's <base> belongs in its <head> (the HTML standard allows it nowhere
 * else), but Next has no metadata field for it and React does not hoist it,
 * so an embed renders `<base target="_blank">` in its body (every link of an
 * embed opens a new tab, the citation cards it fetches included). The build
 * moves it into the head, right after the charset declaration.
 */
const BASE = /<base\b[^>]*\/?>/;
const CHARSET = /<meta charSet="utf-8"\/?>|<meta charset="utf-8"\/?>/i;

export function hoistBaseIntoHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  const base = BASE.exec(html);
  if (!base || headEnd === -1 || base.index < headEnd) return html;
  const without = html.slice(0, base.index) + html.slice(base.index + base[0].length);
  const charset = CHARSET.exec(without);
  const at = charset ? charset.index + charset[0].length : without.indexOf('>', without.indexOf('<head')) + 1;
  return without.slice(0, at) + base[0] + without.slice(at);
}
