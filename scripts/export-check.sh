#!/usr/bin/env bash
# `codes export` checked by each language's own toolchain (`.ci/run`'s step "export: other
# languages"). Installs the toolchains from their registries, exports the nine tables of the
# seven seeds (seeds/src: SQLSTATE's and S3's of string codes among them), those of
# codetable-cli/tests/export/tricky.rs (codes shown in hex, string codes that need escaping
# among them), MariaDB's 1 218 server errors
# (codetable-cli/tests/imported/mariadb_errors.rs) and a generated table of 30 000
# rows with sections, aliases, two languages and columns to every format with the built `codes`,
# and checks each export:
#
#   json        jsonschema (PyPI) against codetable-cli/schema/codes-export-v1.schema.json; read back
#               by `codes import`
#   markdown    read back by `codes import`
#   typescript  tsc --strict (npm `typescript`), then node's test runner
#   go          gofmt -l, go vet, go test (Debian `golang-go`)
#   python      mypy --strict (PyPI), then unittest
#   openapi     openapi-spec-validator (PyPI), then unittest
#
# Each language's test (codetable-cli/tests/export/LANGUAGE/) checks that the export agrees with
# the compiled Rust tables on every row, in every language and by every alias:
# codetable-cli/examples/compiled_rows.rs prints what the compiled enums give (each language's
# message, the aliases `MARKDOWN` lists and `from_name` takes), and the crate
# codetable-cli/tests/export/generated the generated table's source and rows: it compiles
# `codetable_bench_gen::scale::export_table` of CODES_EXPORT_ROWS rows (here 30 000 unless
# set), so that a format whose toolchain stops scaling fails here (BENCHMARKS.md, "Exports at
# scale"). The Rust tests
# (codetable-cli/tests/export.rs) hold the json and markdown exports to the same tables after
# `codes import`.
#
# The npm and PyPI tools go to $CODES_EXPORT_TOOLS (default: TARGET_DIR/export-tools) and stay
# there: a second run installs nothing. Go comes from Debian (apt-get, as root) unless `go` is
# on PATH. Prints the tools' versions, and how long each step took.
set -euo pipefail
cd "$(dirname "$0")/.."

TYPESCRIPT=5.9.3
NODE_TYPES=20.19.43
MYPY=2.4.1
OPENAPI_SPEC_VALIDATOR=0.9.0
JSONSCHEMA=4.26.0
PYYAML=6.0.4

target=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
tools=${CODES_EXPORT_TOOLS:-$target/export-tools}
mkdir -p "$tools"
tools=$(cd "$tools" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

timings=()
# timed NAME COMMAND...: runs the command, and notes how long it took.
timed() {
    local name=$1 start
    shift
    printf '\n--> %s\n' "$name"
    start=$(date +%s.%N)
    "$@"
    timings+=("$(awk -v name="$name" -v start="$start" -v end="$(date +%s.%N)" \
        'BEGIN { printf "%-44s %7.1f s", name, end - start }')")
}

install_go() {
    if command -v go >/dev/null; then
        return
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends golang-go >/dev/null
}

install_node_tools() {
    local pins="typescript@$TYPESCRIPT @types/node@$NODE_TYPES"
    if [ "$(cat "$tools/node/pins" 2>/dev/null)" = "$pins" ]; then
        return
    fi
    rm -rf "$tools/node"
    mkdir -p "$tools/node"
    # shellcheck disable=SC2086 # the pins are words
    npm install --prefix "$tools/node" --no-save --no-audit --no-fund --loglevel=error $pins
    echo "$pins" >"$tools/node/pins"
}

install_python_tools() {
    local pins="mypy==$MYPY openapi-spec-validator==$OPENAPI_SPEC_VALIDATOR jsonschema==$JSONSCHEMA PyYAML==$PYYAML"
    if [ "$(cat "$tools/venv/pins" 2>/dev/null)" = "$pins" ]; then
        return
    fi
    rm -rf "$tools/venv"
    python3 -m venv "$tools/venv"
    # shellcheck disable=SC2086 # the pins are words
    "$tools/venv/bin/pip" install --quiet --disable-pip-version-check $pins
    echo "$pins" >"$tools/venv/pins"
}

timed "install Go (Debian golang-go)" install_go
timed "install TypeScript (npm)" install_node_tools
timed "install mypy, validators (PyPI)" install_python_tools
python="$tools/venv/bin/python"
tsc="$tools/node/node_modules/.bin/tsc"
printf '\n--> versions\n'
go version
node --version
echo "tsc $("$tsc" --version)"
"$python" --version
"$tools/venv/bin/mypy" --version
"$python" -m pip list --disable-pip-version-check 2>/dev/null |
    grep -Ei '^(openapi-spec-validator|jsonschema|PyYAML) '

export_all() {
    cargo build --quiet -p codetable-cli --bin codes --example compiled_rows
    CODES_EXPORT_ROWS=$generated_rows cargo build --quiet -p codetable-export-generated
    "$target/debug/codetable-export-generated" source >"$work/generated.rs"
    "$target/debug/codetable-export-generated" rows >"$work/generated-rows.json"
    "$target/debug/examples/compiled_rows" >"$work/seed-rows.json"
    # One file of every table's rows: the seeds', tricky.rs's, then the generated table's.
    python3 -c 'import json, sys
tables = [table for path in sys.argv[1:] for table in json.load(open(path))["tables"]]
json.dump({"tables": tables}, sys.stdout, ensure_ascii=False)' \
        "$work/seed-rows.json" "$work/generated-rows.json" >"$work/rows.json"
    cp -r codetable-cli/tests/export/{json,typescript,go,python,openapi} "$work/"
    local format out
    for format in json markdown typescript go python openapi; do
        case $format in
            json) out=json/codes.json ;;
            markdown) out=codes.md ;;
            typescript) out=typescript/codes.ts ;;
            go) out=go/codes.go ;;
            python) out=python/codes.py ;;
            openapi) out=openapi/codes.yaml ;;
        esac
        "$target/debug/codes" export --format "$format" -o "$work/$out" \
            "${seeds[@]}" codetable-cli/tests/export/tricky.rs \
            codetable-cli/tests/imported/mariadb_errors.rs "$work/generated.rs"
        printf '%-12s %s: %s lines, %s bytes\n' "$format" "$out" "$(wc -l <"$work/$out")" \
            "$(wc -c <"$work/$out")"
    done
}
generated_rows=${CODES_EXPORT_ROWS:-30000}
# The seeds, as tests/export.rs names them: seeds/src/sqlstate.rs includes its table from
# sqlstate/table.rs.
seeds=(seeds/src/cos_v4.rs seeds/src/daemon.rs seeds/src/dsp.rs seeds/src/legacy_cos.rs seeds/src/pcs.rs
    seeds/src/s3.rs seeds/src/sqlstate/table.rs)
timed "export every table to every format" export_all
export CODES_ROWS="$work/rows.json"

check_json_and_markdown() {
    (cd "$work/json" &&
        CODES_SCHEMA="$OLDPWD/codetable-cli/schema/codes-export-v1.schema.json" CODES_JSON=codes.json \
            "$python" -m unittest --verbose test_schema)
    "$target/debug/codes" import "$work/json/codes.json" >/dev/null
    "$target/debug/codes" import "$work/codes.md" >/dev/null
    echo "codes import reads the json and markdown exports back without a problem"
}
timed "json: schema; json, markdown: codes import" check_json_and_markdown

check_typescript() {
    ln -s "$tools/node/node_modules" "$work/typescript/node_modules"
    (cd "$work/typescript" && "$tsc" --project . && node --test out/agree.test.js)
}
timed "typescript: tsc --strict, node --test" check_typescript

check_go() {
    (
        cd "$work/go"
        unformatted=$(gofmt -l .)
        if [ -n "$unformatted" ]; then
            echo "not as gofmt formats it: $unformatted" >&2
            gofmt -d . >&2
            exit 1
        fi
        export GOFLAGS=-mod=mod GOPROXY=off
        go vet ./...
        go test -count=1 -v ./...
    )
}
timed "go: gofmt, go vet, go test" check_go

check_python() {
    (cd "$work/python" && "$tools/venv/bin/mypy" --strict codes.py test_agree.py &&
        "$python" -m unittest --verbose test_agree)
}
timed "python: mypy --strict, unittest" check_python

check_openapi() {
    "$tools/venv/bin/openapi-spec-validator" "$work/openapi/codes.yaml"
    (cd "$work/openapi" && CODES_OPENAPI=codes.yaml "$python" -m unittest --verbose test_agree)
}
timed "openapi: openapi-spec-validator, unittest" check_openapi

# Rows with arguments: codetable-cli/tests/export/arguments.rs's tables (every type and spec)
# and MariaDB's (tests/imported/mariadb_errors_zh.rs: 1 218 rows, 702 with arguments, in English
# and Chinese), exported to every format in $work/args. Each language's test
# (codetable-cli/tests/export/arguments/LANGUAGE/) calls every row's argument function, typed and
# from its arguments as strings, and holds its message in each language to what the compiled
# Rust tables build (codetable-cli/examples/compiled_args.rs); OpenAPI's describes each row's
# arguments.
args_sources=(codetable-cli/tests/export/arguments.rs codetable-cli/tests/imported/mariadb_errors_zh.rs)
export_arguments() {
    cargo build --quiet -p codetable-cli --bin codes --example compiled_args
    mkdir -p "$work/args"
    cp -r codetable-cli/tests/export/arguments/{typescript,go,python,openapi} "$work/args/"
    "$target/debug/examples/compiled_args" >"$work/args/args.json"
    local format out
    for format in json markdown typescript go python openapi; do
        case $format in
            json) out=codes.json ;;
            markdown) out=codes.md ;;
            typescript) out=typescript/codes.ts ;;
            go) out=go/codes.go ;;
            python) out=python/codes.py ;;
            openapi) out=openapi/codes.yaml ;;
        esac
        "$target/debug/codes" export --format "$format" -o "$work/args/$out" "${args_sources[@]}"
    done
    wc -l "$work/args"/*/codes.* "$work/args"/codes.*
}
timed "arguments: export every format" export_arguments

check_arguments() {
    local args="$work/args"
    "$python" - codetable-cli/schema/codes-export-v1.schema.json "$args/codes.json" <<'PY'
import json, sys
from jsonschema import Draft202012Validator
schema, export = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:])
errors = [error.message for error in Draft202012Validator(schema).iter_errors(export)]
assert not errors, errors
rows = sum(1 for table in export["tables"] for row in table["rows"] if "arguments" in row)
assert rows > 700, rows
print(f"json: valid against its schema, {rows} rows with arguments")
PY
    "$target/debug/codes" import "$args/codes.json" >/dev/null
    "$target/debug/codes" import "$args/codes.md" >/dev/null
    ln -s "$tools/node/node_modules" "$args/typescript/node_modules"
    (cd "$args/typescript" && "$tsc" --project . &&
        CODES_ARGS="$args/args.json" node --test out/arguments.test.js)
    (
        cd "$args/go"
        unformatted=$(gofmt -l .)
        if [ -n "$unformatted" ]; then
            echo "not as gofmt formats it: $unformatted" >&2
            exit 1
        fi
        export GOFLAGS=-mod=mod GOPROXY=off
        go vet ./...
        CODES_ARGS="$args/args.json" go test -count=1 -v ./...
    )
    (cd "$args/python" && "$tools/venv/bin/mypy" --strict codes.py test_arguments.py &&
        CODES_ARGS="$args/args.json" "$python" -m unittest --verbose test_arguments)
    "$tools/venv/bin/openapi-spec-validator" "$args/openapi/codes.yaml"
    (cd "$args/openapi" && CODES_OPENAPI=codes.yaml CODES_ARGS="$args/args.json" \
        "$python" -m unittest --verbose test_arguments)
}
timed "arguments: json, markdown, typescript, go, python, openapi" check_arguments

printf '\n--> times\n'
printf '%s\n' "${timings[@]}"
