#!/bin/sh
# Makes this folder's documents from Debian's packages (README.md says which): downloads them
# with apt-get, unpacks them into a temporary folder, and runs `examples/documents.rs` on their
# files. Run from anywhere, with `apt-get update` done once.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download libmariadb-dev=1:10.11.19-0+deb12u1 mariadb-server-core=1:10.11.19-0+deb12u1 \
    linux-libc-dev=6.1.192-3
for deb in *.deb; do
    dpkg-deb -x "$deb" unpacked
done
run() {
    cargo run --quiet --manifest-path "$here/../../Cargo.toml" --example documents -- "$@"
}
run mariadb unpacked/usr/include/mariadb/mysqld_error.h \
    unpacked/usr/share/mysql/english/errmsg.sys >"$here/mariadb_errors.txt"
run mariadb-zh unpacked/usr/include/mariadb/mysqld_error.h \
    unpacked/usr/share/mysql/english/errmsg.sys unpacked/usr/share/mysql/chinese/errmsg.sys \
    >"$here/mariadb_errors_zh.md"
run errno unpacked/usr/include/asm-generic/errno-base.h \
    unpacked/usr/include/asm-generic/errno.h >"$here/linux_errno.md"
