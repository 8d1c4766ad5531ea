#!/usr/bin/env bash
# End-to-end tests of the web page: installs Debian's chromium and the npm packages when missing,
# builds the jar when stale, starts `unspin web` on a free port, runs e2e.mjs, and always stops
# the server. Exits non-zero on any failure.
#   web-tests/run.sh                      screenshot goes to web/target/web-e2e/
#   web-tests/run.sh --update-screenshot  screenshot replaces docs/web-screenshot.png
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$root/web/target/web-e2e"
screenshot="$out/web-screenshot.png"
case "${1:-}" in
  "") ;;
  --update-screenshot) screenshot="$root/docs/web-screenshot.png" ;;
  *) echo "usage: $0 [--update-screenshot]" >&2; exit 2 ;;
esac

if [ ! -x /usr/bin/chromium ]; then
  echo "web-tests: installing Debian's chromium..." >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
# npm ci installs exactly the lock file, and never a browser (playwright-core has no download step).
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

"$root/unspin" --version >/dev/null # builds cli/target/unspin.jar when missing or stale

mkdir -p "$out"
log="$out/server.log"
java -jar "$root/cli/target/unspin.jar" web --port 0 2>"$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT

url=""
for _ in $(seq 1 300); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$log" || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { echo "web-tests: the server stopped at start:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "web-tests: the server did not say where it listens within 30 s:" >&2; cat "$log" >&2; exit 1; }
echo "web-tests: server at $url" >&2

node "$here/e2e.mjs" "$url" "$screenshot"
