#!/usr/bin/env bash
# Packaging test: `npm pack` must ship what `npx onrecord …` needs (dist/cli.js, dist/check-worker.js, dist/server.js, schema/, README.md)
# and nothing from examples/, test/ or the build's leftovers; installed from the tarball in a clean temp folder,
# `npx onrecord check` must work with no other dependency. Run from anywhere: bash test/editors/pack.sh
# Builds first when dist/ is missing. Prints "pack: N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PASS=0; FAIL=0
ok() { PASS=$((PASS + 1)); echo "  ok   $1"; }
ko() { FAIL=$((FAIL + 1)); echo "  FAIL $1" >&2; [ $# -gt 1 ] && printf '%s\n' "$2" | head -20 | sed 's/^/       /' >&2; }
finish() { echo "pack: $PASS passed, $FAIL failed"; [ "$FAIL" = 0 ]; exit $?; }

export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false npm_config_loglevel=warn
cd "$ROOT"
if [ ! -f dist/cli.js ] || [ ! -f dist/server.js ]; then
  echo "pack: dist/ is missing; running npm run build" >&2
  npm run build >&2 || { ko "npm run build"; finish; }
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/onrecord-pack.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
VERSION=$(node -p "require('./package.json').version")

# 1. the tarball's contents
if ! npm pack --json --pack-destination "$TMP" >"$TMP/pack.json" 2>"$TMP/pack.err"; then ko "npm pack" "$(cat "$TMP/pack.err")"; finish; fi
TGZ="$TMP/$(node -p "require('$TMP/pack.json')[0].filename")"
[ -f "$TGZ" ] && ok "npm pack wrote $(basename "$TGZ") ($(du -k "$TGZ" | cut -f1) KB)" || { ko "npm pack wrote no tarball" "$(cat "$TMP/pack.json")"; finish; }
tar tzf "$TGZ" | sed 's#^package/##' | sort >"$TMP/files.txt"
for f in package.json README.md dist/cli.js dist/check-worker.js dist/server.js schema/report.schema.json; do
  grep -qx "$f" "$TMP/files.txt" && ok "ships $f" || ko "ships $f" "$(cat "$TMP/files.txt")"
done
JUNK=$(grep -E '^(examples|test|out|bench|eval|server|client/src|node_modules|test-results|scripts|\.ci|docs)/|\.map$|\.vsix$|\.tgz$|\.ts$|(^|/)\.' "$TMP/files.txt" || true)
[ -z "$JUNK" ] && ok "ships no examples, tests, sources, source maps or dotfiles" || ko "ships junk" "$JUNK"
SIZE=$(du -k "$TGZ" | cut -f1)
[ "$SIZE" -lt 10240 ] && ok "tarball is under 10 MB" || ko "tarball is ${SIZE} KB"

# 2. install it in a clean folder, with nothing else around
APP="$TMP/app"
mkdir -p "$APP/drafts" "$APP/sources"
echo '{"name":"pack-test","version":"1.0.0","private":true}' >"$APP/package.json"
if (cd "$APP" && npm install --no-audit --no-fund --prefer-offline "$TGZ" >"$TMP/install.log" 2>&1); then ok "npm install <tarball> in a clean folder"; else ko "npm install <tarball>" "$(cat "$TMP/install.log")"; finish; fi
EXTRA=$(ls "$APP/node_modules" | grep -vx -e onrecord -e .bin -e .package-lock.json || true)
[ -z "$EXTRA" ] && ok "installs no runtime dependencies (the bundles are self-contained)" || ko "installed extra packages" "$EXTRA"

printf '%s\n' '"Nobody knew."' '' 'Officials expect the river to crest on Tuesday [@reo2062].' '' '"We are ready," Ana Venn said.' >"$APP/drafts/story.md"
echo '[{"id":"reo2026","type":"report","title":"Damage assessment"}]' >"$APP/sources/refs.json"
cd "$APP"
OUT=$(npx onrecord --version 2>&1); [ "$OUT" = "$VERSION" ] && ok "npx onrecord --version" || ko "npx onrecord --version" "$OUT"
OUT=$(npx onrecord check 2>&1); RC=$?
{ [ $RC = 1 ] && grep -q 'drafts/story.md:1:1: warning unattributed-quote' <<<"$OUT" && grep -q 'error unresolved-citation .*@reo2026' <<<"$OUT"; } \
  && ok "npx onrecord check finds the findings and exits 1" || ko "npx onrecord check (exit $RC)" "$OUT"
OUT=$(node_modules/.bin/onrecord check drafts --fail-on none --format sarif 2>&1); RC=$?
node -e 'const j=JSON.parse(require("fs").readFileSync(0,"utf8")); if (j.version!=="2.1.0"||!j.runs[0].results.length) process.exit(1)' <<<"$OUT" && [ $RC = 0 ] \
  && ok "npx onrecord check --format sarif" || ko "npx onrecord check --format sarif (exit $RC)" "$OUT"
OUT=$(node_modules/.bin/onrecord check --format github 2>&1)
grep -q '^::error file=drafts/story.md,line=3,' <<<"$OUT" && ok "npx onrecord check --format github" || ko "npx onrecord check --format github" "$OUT"
# the JSON report validates against the schema that ships in the package (ajv from the repository's devDependencies)
node_modules/.bin/onrecord check --format json --fail-on none >"$TMP/report.json" 2>"$TMP/report.err"
OUT=$(cd "$ROOT" && node -e '
  const Ajv = require("ajv"); const fs = require("fs");
  const v = new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(process.argv[1], "utf8")));
  const r = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  if (!v(r) || !r.documents.length) { console.log(JSON.stringify(v.errors || r)); process.exit(1); }' \
  "$APP/node_modules/onrecord/schema/report.schema.json" "$TMP/report.json" 2>&1)
[ $? = 0 ] && ok "--format json validates against the shipped schema/report.schema.json" || ko "shipped schema validation" "$OUT$(cat "$TMP/report.err")"
OUT=$(node_modules/.bin/onrecord check --only nope 2>&1); RC=$?
[ $RC = 2 ] && grep -q 'Valid codes:' <<<"$OUT" && ok "usage errors exit 2" || ko "usage error (exit $RC)" "$OUT"

# 3. the language server from the package answers initialize, both ways of starting it
lsp_init() { # $@: command; prints the initialize result's serverInfo or fails
  node -e '
    const { spawn } = require("child_process");
    const p = spawn(process.argv[1], process.argv.slice(2), { stdio: ["pipe", "pipe", "inherit"] });
    const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
    p.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    let buf = ""; const t = setTimeout(() => { console.log("timeout: " + buf); p.kill(); process.exit(1); }, 15000);
    p.stdout.on("data", (d) => { buf += d; const m = /\{.*"id":1.*\}/s.exec(buf);
      if (m && /"capabilities"/.test(m[0])) { clearTimeout(t); console.log("initialized"); p.kill(); process.exit(0); } });
    p.on("exit", (c) => { if (!/capabilities/.test(buf)) { console.log("exited " + c + ": " + buf); process.exit(1); } });' "$@"
}
OUT=$(lsp_init node node_modules/onrecord/dist/server.js --stdio 2>&1) && ok "node dist/server.js --stdio answers initialize" || ko "dist/server.js --stdio" "$OUT"
OUT=$(lsp_init node_modules/.bin/onrecord lsp --stdio 2>&1) && ok "onrecord lsp --stdio answers initialize" || ko "onrecord lsp --stdio" "$OUT"
finish
