#!/usr/bin/env bash
# Sets up the Docker engine lockstep needs, idempotently: on Debian as root it installs
# docker.io, mmdebstrap and docker-registry at exact versions, holds them, and starts dockerd
# when its socket does not answer. Anywhere else it changes nothing and says what is needed.
set -euo pipefail

readonly PACKAGES=(
  "docker.io=20.10.24+dfsg1-1+deb12u1+b6"
  "mmdebstrap=1.3.5-7"
  "docker-registry=2.8.2+ds1-1"
)
readonly SOCKET=/var/run/docker.sock
readonly PIDFILE=/var/run/docker.pid
readonly LOG=/var/log/lockstep-dockerd.log

say() { printf 'engine: %s\n' "$*" >&2; }

engine_answers() {
  [ -S "$SOCKET" ] && curl -fsS --max-time 2 --unix-socket "$SOCKET" http://localhost/_ping >/dev/null 2>&1
}

is_debian_root() {
  [ "$(id -u)" = 0 ] && [ -r /etc/debian_version ] && command -v apt-get >/dev/null
}

missing_packages() {
  local spec name want have
  for spec in "${PACKAGES[@]}"; do
    name=${spec%%=*}
    want=${spec#*=}
    have=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)
    # Once held, dpkg says "hold ok installed"; both mean the exact version is in place.
    case "$have" in
      "install ok installed $want" | "hold ok installed $want") ;;
      *) printf '%s\n' "$spec" ;;
    esac
  done
}

install_packages() {
  local missing
  mapfile -t missing < <(missing_packages)
  if [ "${#missing[@]}" -eq 0 ]; then
    say "packages already installed: ${PACKAGES[*]}"
    return
  fi
  say "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    --allow-change-held-packages "${missing[@]}" >/dev/null
  apt-mark hold "${PACKAGES[@]%%=*}" >/dev/null
  say "installed and held ${missing[*]}"
}

start_dockerd() {
  if engine_answers; then
    say "dockerd already answers on $SOCKET"
    return
  fi
  if pgrep -x dockerd >/dev/null; then
    say "a dockerd process runs but $SOCKET does not answer yet; waiting for it"
  else
    # A killed dockerd leaves its pid file behind and the next one refuses to start.
    [ -e "$PIDFILE" ] && rm -f "$PIDFILE" && say "removed stale $PIDFILE"
    say "starting dockerd (log: $LOG)"
    nohup /usr/sbin/dockerd >"$LOG" 2>&1 &
  fi
  local tries
  for tries in $(seq 1 120); do
    if engine_answers; then
      say "dockerd answers on $SOCKET after $((tries / 4)).$(((tries % 4) * 25))s"
      return
    fi
    sleep 0.25
  done
  say "dockerd did not answer within 30 s; last lines of $LOG:"
  tail -n 20 "$LOG" >&2 || true
  exit 3
}

# lockstep talks to the engine DOCKER_HOST names; this script starts only the local dockerd, so
# an engine named elsewhere must already answer.
check_docker_host() {
  case "${DOCKER_HOST:-}" in
    "" | "unix://$SOCKET") return 0 ;;
    unix://*) curl -fsS --max-time 2 --unix-socket "${DOCKER_HOST#unix://}" http://localhost/_ping ;;
    tcp://*) curl -fsS --max-time 2 "http://${DOCKER_HOST#tcp://}/_ping" ;;
    *) false ;;
  esac >/dev/null 2>&1 && {
    say "the engine DOCKER_HOST names ($DOCKER_HOST) answers; nothing to do"
    exit 0
  }
  say "DOCKER_HOST=$DOCKER_HOST does not answer. This script starts only the local dockerd on"
  say "$SOCKET: unset DOCKER_HOST to use it, or start the engine DOCKER_HOST names"
  exit 3
}

main() {
  check_docker_host
  if ! is_debian_root; then
    if engine_answers; then
      say "a Docker engine answers on $SOCKET; nothing to do"
      exit 0
    fi
    say "not Debian as root, so nothing was changed. lockstep needs a Docker engine"
    say "(DOCKER_HOST or $SOCKET), mmdebstrap and docker-registry: install them and start dockerd"
    exit 3
  fi
  install_packages
  start_dockerd
}

main "$@"
