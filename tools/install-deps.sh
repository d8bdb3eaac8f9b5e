#!/bin/sh
# Installs what tally needs to build and test on Debian 12, and only what is missing.
set -e
pkgs="build-essential cmake pkg-config liblua5.4-dev lua5.4 libicu-dev libpcre2-dev libedit-dev libsqlite3-dev zlib1g-dev sqlite3 python3-jieba python3-distributed python3 tmux valgrind time"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "installing:$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
