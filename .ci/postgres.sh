#!/usr/bin/env bash
# A throwaway PostgreSQL server for the database tests and benchmarks (HospitalDomain.EntityFrameworkCore).
#
#   .ci/postgres.sh start DIR   initdb into DIR, start the server on a free loopback port (its socket in DIR too),
#                               print the Npgsql connection string on standard output
#   .ci/postgres.sh stop DIR    stop the server and remove DIR
#
# The server binaries are Debian's (package postgresql); they are installed with apt-get when missing and
# this runs as root. As root the server runs as the `postgres` user, as initdb refuses root. Nothing is
# kept: no fsync, trust authentication on loopback only, and DIR is removed at the end.
set -uo pipefail

log() { printf '%s\n' "$*" >&2; }

find_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_owner() {
  # Runs a command as the owner of the data folder: postgres when we are root, ourselves otherwise.
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local dir=$1 bin port
  if ! bin=$(find_bin); then
    if [ "$(id -u)" -ne 0 ]; then
      log "PostgreSQL's server binaries (initdb, pg_ctl) are not installed; install Debian's package postgresql."
      return 1
    fi
    log "installing Debian's postgresql with apt-get"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2 || { log "apt-get install postgresql failed"; return 1; }
    bin=$(find_bin) || { log "no initdb or pg_ctl after installing postgresql"; return 1; }
  fi
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres || return 1
    chown postgres "$dir" || return 1
  fi
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  for port in $(seq 54320 54399); do
    port_is_free "$port" || continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
        start >&2; then
      log "PostgreSQL ($("$bin/postgres" --version)) listening on 127.0.0.1:$port, data in $dir"
      echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true"
      return 0
    fi
    tail -n 5 "$dir/server.log" >&2
  done
  log "no free port from 54320 to 54399 for PostgreSQL"
  return 1
}

stop() {
  local dir=$1 bin
  [ -d "$dir" ] || return 0
  if [ -f "$dir/data/postmaster.pid" ] && bin=$(find_bin); then
    # Quiet: this runs from .ci/run's exit trap, after its closing line, which must stay the last one.
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || log "pg_ctl stop failed (see $dir/server.log)"
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) [ -n "${2:-}" ] && [ -d "$2" ] || { log "usage: $0 start DIR (an existing, empty folder)"; exit 2; }; start "$2" ;;
  stop) [ -n "${2:-}" ] || { log "usage: $0 stop DIR"; exit 2; }; stop "$2" ;;
  *) log "usage: $0 start|stop DIR"; exit 2 ;;
esac
