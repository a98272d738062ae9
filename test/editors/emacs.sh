#!/usr/bin/env bash
# Emacs suite: headless Emacs (Debian's emacs-nox 28 + elpa-eglot) starts the OnRecord server through Eglot,
# once per way of passing settings (initializationOptions, workspace/configuration, .onrecord.json), and checks
# the pushed diagnostics and a hover (test/editors/eglot-check.el). Run from anywhere: bash test/editors/emacs.sh
# Needs `npm run build` first. As root it installs emacs-nox and elpa-eglot; otherwise it stops with the apt-get
# command. Prints "emacs: N passed, M failed"; exits non-zero on any failure.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PASS=0; FAIL=0
fail() { echo "emacs: $*" >&2; echo "emacs: $PASS passed, $((FAIL + 1)) failed"; exit 1; }

have_eglot() { command -v emacs >/dev/null 2>&1 && emacs --batch -Q --eval '(progn (require (quote package)) (add-to-list (quote package-directory-list) "/usr/share/emacs/site-lisp/elpa") (package-initialize) (require (quote eglot)))' >/dev/null 2>&1; }
if ! have_eglot; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "emacs: emacs or eglot missing; running apt-get update && apt-get install -y emacs-nox elpa-eglot" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq emacs-nox elpa-eglot; } >&2 \
      || fail "could not install emacs-nox elpa-eglot (apt-get install -y emacs-nox elpa-eglot failed)"
  else
    fail "emacs with eglot not found. Install it first: sudo apt-get update && sudo apt-get install -y emacs-nox elpa-eglot"
  fi
fi
have_eglot || fail "emacs still cannot (require 'eglot) after the install"
command -v git >/dev/null 2>&1 || fail "git is needed (Eglot finds the project through it): sudo apt-get install -y git"
[ -f "$ROOT/dist/cli.js" ] || fail "$ROOT/dist/cli.js is missing: run npm run build first"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/onrecord-emacs.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export HOME="$TMP/home"; mkdir -p "$HOME"   # keep Emacs' state out of the user's home

make_ws() { # $1: folder; $2: "file" to add .onrecord.json
  mkdir -p "$1/drafts" "$1/wire"
  printf '%s\n' '# Levee' '' '"Nobody knew."' '' '"The levee on the east side held longer than anyone expected," Mayor Ana Venn said.' >"$1/drafts/levee.md"
  printf '%s\n' 'Interview with Mayor Ana Venn.' '' 'MAYOR VENN: The levee on the east side held much longer than anyone expected, and that bought us the hours we needed.' >"$1/wire/venn.txt"
  [ "${2:-}" = file ] && echo '{"sourcesPath": "wire"}' >"$1/.onrecord.json"
  git -C "$1" init -q   # a project root for project.el
}

for mode in init config file; do
  WS="$TMP/ws-$mode"; make_ws "$WS" "$mode"
  timeout -k 5 90 env ONRECORD_CMD="node $ROOT/dist/cli.js lsp --stdio" ONRECORD_DRAFT="$WS/drafts/levee.md" ONRECORD_MODE="$mode" \
    emacs --batch -Q -l "$HERE/eglot-check.el" </dev/null >"$TMP/$mode.out" 2>"$TMP/$mode.err"
  RC=$?
  if [ $RC = 0 ] && grep -q '^ok$' "$TMP/$mode.out" && grep -q '^diag unattributed-quote 3 ' "$TMP/$mode.out" && grep -q '^diag quote-mismatch 5 eglot-error ' "$TMP/$mode.out"; then
    PASS=$((PASS + 1)); echo "  ok   eglot ($mode): diagnostics and hover"
  else
    FAIL=$((FAIL + 1)); echo "  FAIL eglot ($mode), exit $RC" >&2
    sed 's/^/       /' "$TMP/$mode.out" >&2; tail -20 "$TMP/$mode.err" | sed 's/^/       err: /' >&2
  fi
done
grep -h '^emacs ' "$TMP/init.out" | head -1
echo "emacs: $PASS passed, $FAIL failed"
[ "$FAIL" = 0 ]
