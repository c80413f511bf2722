# Sourced by the scripts that drive Debian's Chromium (html-check.sh, screenshots.sh): installs
# `chromium` (with `fonts-noto-cjk` for the seeds' Chinese) with apt-get (as root) when
# /usr/bin/chromium is missing, and playwright-core, which drives it, from npm into
# $CODES_HTML_TOOLS (default: TARGET_DIR/html-tools), where it stays. Nothing downloads a
# browser of its own. Sets `target` (cargo's target directory) and `tools` (the directory to
# give the .mjs scripts as HTML_CHECK_TOOLS).

PLAYWRIGHT_CORE=1.65.2

target=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
tools=${CODES_HTML_TOOLS:-$target/html-tools}
mkdir -p "$tools"
tools=$(cd "$tools" && pwd)

if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null || true

if [ "$(cat "$tools/pins" 2>/dev/null)" != "playwright-core@$PLAYWRIGHT_CORE" ]; then
    rm -rf "$tools/node_modules"
    # playwright-core has no browser of its own to download; the variable says so again.
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$tools" --no-save --no-audit \
        --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_CORE"
    echo "playwright-core@$PLAYWRIGHT_CORE" >"$tools/pins"
fi
