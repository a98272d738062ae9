/**
 * Security: workspace text reaches hover cards only escaped, with no command:, javascript: or data: links, and
 * links only to http(s) URLs from metadata or file: URIs of sources inside the workspace. The server has no
 * network code at all.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { claimHover, figureHover } from '../../server/src/core/hover';
import { Project, DEFAULT_SETTINGS } from '../../server/src/sources/project';

const ROOT = path.resolve(__dirname, '..', '..');
const EVIL =
  '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> # Heading [x](javascript:alert(1)) ![i](data:text/html,x) <script>alert(1)</script> `code` *em* https://evil.example/(x)';

/** markdown links and autolinks in a hover: [text](target) and <scheme:...> */
function links(md: string): string[] {
  const out: string[] = [];
  for (const m of md.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) out.push(m[1]);
  for (const m of md.matchAll(/(?<!\\)<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)) out.push(m[1]);
  return out;
}

describe('reliability: hover cards built from an untrusted source', () => {
  let dir: string;
  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'onrecord-sec-')));
    fs.mkdirSync(path.join(dir, 'sources'));
    const quote = `We will rebuild every home ${EVIL} before winter comes`;
    fs.writeFileSync(
      path.join(dir, 'sources', 'evil.md'),
      `---\ntitle: "Evil [t](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>"\nurl: "command:workbench.action.terminal.new"\ndate: "<b>2026</b>"\n---\n\n# Heading\n\nMAYOR VENN: "${quote}," the mayor said.\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'sources', 'refs.json'),
      JSON.stringify([
        { id: 'evil', title: 'T [x](command:workbench.action.terminal.new)', URL: 'javascript:alert(1)' },
        { id: 'good', title: 'Good', URL: 'https://example.org/report' },
      ]),
    );
    fs.writeFileSync(path.join(dir, 'draft.md'), '');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function hoverFor(draft: string) {
    const p = new Project(dir, DEFAULT_SETTINGS);
    p.loadSources();
    const r = p.analyze(`file://${dir}/draft.md`, draft, 'markdown', 1, dir);
    return r.analysis.claims.map((c) => ({ c, md: claimHover(c, r.analysis) }));
  }
  function assertSafe(md: string) {
    assert.ok(!/\]\((?:command|javascript|data|vscode):/i.test(md), 'no command/javascript/data link');
    assert.ok(!/(?<!\\)<(?:img|script|b)\b/i.test(md), 'no raw HTML');
    assert.ok(!/^#/m.test(md), 'no heading from workspace text');
    for (const l of links(md)) {
      assert.ok(
        /^https?:\/\//.test(l) || (l.startsWith('file:///') && decodeURIComponent(l).startsWith('file://' + dir + '/')),
        `link ${l} must be http(s) or a file inside the workspace`,
      );
    }
  }

  it('a claim linked to the evil source: passage, title and excerpt are escaped; no command link', () => {
    const hs = hoverFor(`"We will rebuild every home ${EVIL} before winter comes," Mayor Venn said.\n`);
    const h = hs.find((x) => x.c.sources.some((s) => s.kind === 'passage'));
    assert.ok(h, 'the claim is linked to the source passage: ' + JSON.stringify(hs.map((x) => x.c.sources)));
    assert.ok(h.md.includes('onerror=alert') || h.md.includes('onerror\\=alert'), 'the text is shown, escaped');
    assertSafe(h.md);
    for (const x of hs) assertSafe(x.md);
  });
  it('bibliography titles and URLs: only http(s) becomes a link', () => {
    const hs = hoverFor('"We held," Mayor Venn said [@evil]. "We rebuilt," Venn said [@good].\n');
    const all = hs.map((x) => x.md).join('\n');
    assertSafe(all);
    assert.ok(all.includes('](https://example.org/report)'), 'the https link from metadata is kept');
    assert.ok(!all.includes('javascript:alert'), 'the javascript: URL is dropped');
  });
  it('links in the draft itself: a command: link is never a hover link', () => {
    const hs = hoverFor(
      '"We held," Mayor Venn said, [according to this](command:workbench.action.terminal.new). About 3,000 people left, [the office said](https://example.org/x).\n',
    );
    for (const x of hs) assertSafe(x.md);
    const fig = figureHover({
      start: 0,
      end: 1,
      text: '<img src=x onerror=alert(1)> [a](command:x)',
      value: 1,
      valueTo: null,
      unit: '<b>',
      hedge: '# h',
      kind: 'count',
    } as never);
    assertSafe(fig);
  });
  it('the server and CLI bundles and sources contain no network code', () => {
    const re =
      /require\((['"])(?:node:)?(?:https?|net|tls|dgram|http2|dns)\1\)|from (['"])(?:node:)?(?:https?|net|tls|dgram|http2|dns)\2|\bfetch\(|XMLHttpRequest|WebSocket\(/;
    const files: string[] = [];
    const walkDir = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const f = path.join(d, e.name);
        if (e.isDirectory()) walkDir(f);
        else if (f.endsWith('.ts')) files.push(f);
      }
    };
    walkDir(path.join(ROOT, 'server', 'src'));
    for (const f of files)
      assert.ok(!re.test(fs.readFileSync(f, 'utf8')), `${path.relative(ROOT, f)} must not do network I/O`);
  });
});
