#!/usr/bin/env bash
# Installs code-server 4.100.3 (= VS Code 1.100.3) into a cache folder outside the repo,
# without network downloads other than the npm registry. Idempotent.
# code-server's own postinstall fetches ripgrep from the internet, so we install with
# --ignore-scripts and perform the postinstall steps ourselves.
# Prints the path of code-server's entry.js on stdout.
set -euo pipefail
VERSION=4.100.3
CACHE=${ONRECORD_CODE_SERVER_CACHE:-$HOME/.cache/onrecord/code-server-$VERSION}
say() { echo "[code-server] $*" >&2; }
need_apt=()
for p in libkrb5-dev ripgrep python3 make g++; do dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p"); done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "missing system packages: run: sudo apt-get install -y ${need_apt[*]}" >&2; exit 1; fi
  say "apt-get install ${need_apt[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
ENTRY="$CACHE/node_modules/code-server/out/node/entry.js"
if [ -f "$CACHE/.complete" ] && [ -f "$ENTRY" ]; then echo "$ENTRY"; exit 0; fi
mkdir -p "$CACHE"; cd "$CACHE"
[ -f package.json ] || echo '{"name":"onrecord-code-server-cache","private":true}' > package.json
say "npm install code-server@$VERSION (scripts off)"
npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2
npm rebuild argon2 --loglevel=error >&2
VS="$CACHE/node_modules/code-server/lib/vscode"
say "installing VS Code server dependencies"
(cd "$VS" && npm install --unsafe-perm --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
GYP=$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js
for m in kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog @vscode/deviceid; do
  say "building native module $m"
  (cd "$VS/node_modules/$m" && node "$GYP" rebuild --nodedir=/usr -j 2 >"$CACHE/gyp.log" 2>&1) || { tail -20 "$CACHE/gyp.log" >&2; exit 1; }
done
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
ln -sf /usr/bin/rg "$VS/node_modules/@vscode/ripgrep/bin/rg"
[ -L "$VS/node_modules.asar" ] || { rm -rf "$VS/node_modules.asar"; ln -sfn node_modules "$VS/node_modules.asar"; }
(cd "$VS/bin/remote-cli" && ln -sf code-linux.sh code-server)
(cd "$VS/bin/helpers" && ln -sf browser-linux.sh browser.sh)
say "installing built-in extensions' dependencies"
(cd "$VS/extensions" && npm install --unsafe-perm --omit=dev --no-audit --no-fund --loglevel=error >&2)
(cd "$VS" && node -e 'for (const m of ["node-pty","@parcel/watcher","@vscode/spdlog","kerberos"]) require(m)')
touch "$CACHE/.complete"
echo "$ENTRY"
