#!/usr/bin/env bash
# Neovim suite: headless Neovim is the LSP client for dist/server.js (test/nvim/check.lua), and
# test/nvim/assert.js checks what it recorded. Run from anywhere: bash test/nvim/run.sh
# Needs `npm run build` first. Exits non-zero on any failure.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

fail() { echo "nvim: $*" >&2; echo "nvim: 0 passed, 1 failed"; exit 1; }

if ! command -v nvim >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "nvim: not installed; running apt-get update && apt-get install -y neovim" >&2
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y neovim; } >&2 || fail "could not install neovim (apt-get install -y neovim failed)"
  else
    fail "nvim not found. Install it first: sudo apt-get update && sudo apt-get install -y neovim"
  fi
fi
command -v nvim >/dev/null 2>&1 || fail "nvim still not on PATH after install"
nvim --headless -u NONE -i NONE -n -c 'lua if vim.lsp and vim.lsp.start_client then vim.cmd("qa!") else vim.cmd("cquit 1") end' </dev/null >/dev/null 2>&1 \
  || fail "this nvim ($(nvim --version | head -1)) has no vim.lsp.start_client; need Neovim 0.7 or later"
[ -f "$ROOT/dist/server.js" ] || fail "$ROOT/dist/server.js is missing: run npm run build first"

TMP=$(mktemp -d "${TMPDIR:-/tmp}/onrecord-nvim.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/ws" "$TMP/state"
cp -R "$HERE/fixtures/workspace/." "$TMP/ws/"
WS=$(cd "$TMP/ws" && pwd -P)

export ONRECORD_ROOT="$ROOT" ONRECORD_WS="$WS" ONRECORD_DRAFT="$WS/drafts/ferry.md" ONRECORD_OUT="$TMP/result.json"
# keep Neovim's lsp.log and other state out of the user's home
export XDG_STATE_HOME="$TMP/state" XDG_CACHE_HOME="$TMP/state" XDG_DATA_HOME="$TMP/state"

# own process group, so a timeout also takes down the server nvim spawned
set -m
timeout -k 5 60 nvim --headless -u NONE -i NONE -n -c "luafile $HERE/check.lua" </dev/null >"$TMP/nvim.out" 2>"$TMP/nvim.err" &
PID=$!
set +m
wait "$PID"; RC=$?
kill -TERM -- "-$PID" 2>/dev/null || true

if [ "$RC" != 0 ]; then
  echo "nvim: driver exited with $RC" >&2
  [ "$RC" = 124 ] && echo "nvim: timed out after 60 s" >&2
  tail -n 20 "$TMP/nvim.err" >&2
fi
if [ ! -s "$ONRECORD_OUT" ]; then fail "the Lua driver wrote no result (exit $RC)"; fi
if [ -n "${ONRECORD_NVIM_KEEP:-}" ]; then cp "$ONRECORD_OUT" "$ONRECORD_NVIM_KEEP"; fi

node "$HERE/assert.js" "$ONRECORD_OUT"; ARC=$?
if [ "$ARC" != 0 ] || [ "$RC" != 0 ]; then
  LOG=$(ls "$TMP"/state/nvim/lsp.log "$TMP"/state/lsp.log 2>/dev/null | head -1)
  if [ -n "$LOG" ]; then echo "--- tail of nvim lsp.log ---" >&2; tail -n 15 "$LOG" >&2; fi
  exit 1
fi
exit 0
