#!/bin/sh
# Copies this folder's headers out of Debian's packages (README.md says which): downloads them
# with apt-get and unpacks them into a temporary folder. Run from anywhere, with `apt-get
# update` done once.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download linux-libc-dev=6.1.192-3 libgit2-dev=1.5.1+ds-1+deb12u2 mingw-w64-common=10.0.0-3
for deb in *.deb; do
    dpkg-deb -x "$deb" unpacked
done
cp unpacked/usr/include/asm-generic/errno-base.h "$here/asm-generic/"
cp unpacked/usr/include/git2/errors.h unpacked/usr/include/git2/common.h "$here/git2/"
cp unpacked/usr/share/mingw-w64/include/winerror.h \
    unpacked/usr/share/mingw-w64/include/fltwinerror.h "$here/"
