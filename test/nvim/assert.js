// Assertions on the JSON that test/nvim/check.lua wrote. Usage: node test/nvim/assert.js RESULT.json
// Prints one line per check and a summary "nvim: N passed, M failed"; exits 1 on any failure.
'use strict';
const fs = require('fs');

const file = process.argv[2];
let r;
try {
  r = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`nvim: cannot read the driver's result ${file}: ${e.message}`);
  console.log('nvim: 0 passed, 1 failed');
  process.exit(1);
}

const results = [];
function check(name, fn) {
  try {
    fn();
    results.push({ name, ok: true });
  } catch (e) {
    results.push({ name, ok: false, why: e.message });
  }
}
function expect(cond, msg) { if (!cond) throw new Error(msg); }
const show = (x) => JSON.stringify(x === undefined ? null : x).slice(0, 600);

const arr = (x) => (Array.isArray(x) ? x : []); // json_encode writes an empty Lua table as []
const first = (r.firstDiagnostics && arr(r.firstDiagnostics.diagnostics)) || [];
const codes = first.map((d) => d.code);

check('driver ran every step without a Lua error', () => {
  expect(arr(r.errors).length === 0, `errors: ${show(r.errors)} after steps ${show(r.steps)}`);
  expect(arr(r.steps).includes('stopped') && arr(r.steps).includes('failure'), `steps reached: ${show(r.steps)}`);
});

check('diagnostics: unattributed quote and figure at the right ranges', () => {
  const q = first.find((d) => d.code === 'unattributed-quote');
  expect(q, `no unattributed-quote in ${show(codes)}`);
  expect(q.source === 'onrecord', `source ${q.source}`);
  expect(q.range.start.line === 2 && q.range.start.character === 0 && q.range.end.line === 2 && q.range.end.character === 14,
    `unattributed-quote range ${show(q.range)}`);
  const f = first.find((d) => d.code === 'unattributed-figure');
  expect(f, `no unattributed-figure in ${show(codes)}`);
  expect(f.range.start.line === 6 && f.range.start.character === 0 && f.range.end.character >= 13, `unattributed-figure range ${show(f.range)}`);
  expect(!first.some((d) => d.range.start.line === 8 && /^unattributed/.test(d.code)), `the attributed quote (line 8) was flagged: ${show(first)}`);
});

check('hover on the attributed quote names the speaker', () => {
  const h = r.hover;
  expect(h && h.kind === 'markdown', `hover ${show(h)}`);
  expect(/^\*\*OnRecord · Direct quote\*\*/.test(h.value), `hover heading: ${show(h.value)}`);
  expect(/- Speaker: \*\*Ana Venn\*\*/.test(h.value), `hover speaker: ${show(h.value)}`);
});

check('codeAction offers a versioned attribution quick fix', () => {
  const actions = arr(r.codeActions);
  const titles = actions.map((a) => a.title);
  const fix = actions.find((a) => /^(Insert attribution|Attribute to )/.test(a.title));
  expect(fix, `no attribution fix among ${show(titles)}`);
  expect(fix.kind === 'quickfix', `kind ${fix.kind}`);
  expect(titles.includes('Disable unattributed-quote for the next line'), `no suppression action among ${show(titles)}`);
  const dc = fix.edit && arr(fix.edit.documentChanges);
  expect(dc && dc.length === 1 && dc[0].textDocument, `documentChanges ${show(fix.edit)}`);
  expect(dc[0].textDocument.uri === r.uri, `edit uri ${dc[0].textDocument.uri}`);
  expect(dc[0].textDocument.version === r.bufferVersionBeforeFix, `edit version ${dc[0].textDocument.version} vs buffer ${r.bufferVersionBeforeFix}`);
});

check('applying the fix in Neovim clears the unattributed-quote diagnostic', () => {
  expect(/^"Nobody knew," \S.* said\.$/.test(r.lineAfterFix || ''), `line after fix: ${show(r.lineAfterFix)}`);
  const after = r.diagnosticsAfterFix;
  expect(after && after.version === r.bufferVersionAfterFix,
    `no publishDiagnostics for buffer version ${r.bufferVersionAfterFix}; publishes: ${show(arr(r.publishes).map((p) => ({ v: p.version, codes: arr(p.diagnostics).map((d) => d.code) })))}`);
  const c = arr(after.diagnostics).map((d) => d.code);
  expect(!c.includes('unattributed-quote'), `still reported: ${show(c)}`);
  expect(c.includes('unattributed-figure'), `the unrelated figure finding vanished: ${show(c)}`);
});

check('workspace/symbol "Venn" finds the claim; documentSymbol is non-empty', () => {
  const ws = arr(r.workspaceSymbols);
  const claim = ws.find((s) => /^Ana Venn: /.test(s.name) && s.name.includes('We will rebuild'));
  expect(claim, `workspace symbols: ${show(ws.map((s) => s.name))}`);
  expect(claim.location && claim.location.uri === r.uri && claim.location.range.start.line === 8, `location ${show(claim.location)}`);
  expect(arr(r.documentSymbols).length > 0, 'no document symbols');
});

check('onrecord/claims returns the claims JSON shape', () => {
  const res = r.claims;
  expect(res && typeof res.version === 'string' && arr(res.documents).length === 1, `claims ${show(res)}`);
  const doc = res.documents[0];
  for (const k of ['path', 'claims', 'figures', 'entities', 'diagnostics']) expect(k in doc, `document has no ${k}`);
  for (const c of arr(doc.claims)) {
    // a JSON null speaker/cue arrives in Lua as nil, so only the always-present keys are required here
    for (const k of ['kind', 'range', 'text', 'figures', 'sources']) expect(k in c, `claim without ${k}: ${show(c)}`);
  }
  const rebuild = arr(doc.claims).find((c) => (c.text || '').includes('We will rebuild'));
  expect(rebuild && rebuild.kind === 'direct' && rebuild.cue === 'said' && rebuild.speaker && rebuild.speaker.name === 'Ana Venn',
    `attributed claim ${show(rebuild)}`);
  expect(arr(rebuild.sources).some((s) => s.kind === 'passage' && /venn-call\.txt$/.test(s.uri || '')), `no source passage: ${show(rebuild.sources)}`);
  // after the fix the quote is attributed to the placeholder speaker
  const nobody = arr(doc.claims).find((c) => (c.text || '').startsWith('"Nobody knew,"'));
  expect(nobody && nobody.kind !== 'unattributed', `fixed quote ${show(nobody)}`);
});

check('a draft whose analysis throws (ONRECORD_TEST_THROW) gets one internal-error; requests answer an error; the next edit retries', () => {
  const f = r.failure;
  expect(f && f.first, `no failure scenario result; steps ${show(r.steps)}`);
  const ds = arr(f.first.diagnostics);
  expect(ds.length === 1 && ds[0].code === 'internal-error', `diagnostics ${show(ds)}`);
  const d = ds[0];
  expect(d.severity === 1 && d.range.start.line === 0 && d.range.start.character === 0, `severity/range ${show(d)}`);
  expect(/OnRecord could not analyse this draft \(injected failure in rule unattributed-quote/.test(d.message), `message ${show(d.message)}`);
  expect(/report it at https?:\/\/\S+ with the log line "\[onrecord\] internal error E\d+"/.test(d.message), `message ${show(d.message)}`);
  expect(f.hoverError && f.hoverError.code === -32603, `hover on the failing draft: ${show(f.hoverError)}`);
  const after = f.afterEdit;
  const codes2 = arr(after && after.diagnostics).map((x) => x.code);
  expect(after && after.version === f.editVersion, `no publish for version ${f.editVersion}: ${show(after)}`);
  expect(codes2.includes('unattributed-figure') && !codes2.includes('internal-error'), `after the edit: ${show(codes2)}`);
  expect(f.aliveAfter && f.exit && f.exit.code === 0, `server exit ${show(f.exit)}`);
});

check('server exits with code 0 after shutdown/exit', () => {
  expect(r.serverExit && r.serverExit.code === 0 && r.serverExit.signal === 0, `exit ${show(r.serverExit)}`);
});

let passed = 0, failed = 0;
for (const x of results) {
  if (x.ok) { passed++; console.log(`  ok    ${x.name}`); } else { failed++; console.log(`  FAIL  ${x.name}\n        ${x.why}`); }
}
console.log(`nvim: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
