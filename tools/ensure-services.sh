#!/usr/bin/env bash
# Makes sure the local services the tests use are up: PostgreSQL on 127.0.0.1:5432, Redis on
# 127.0.0.1:6379 (Debian packages), Debian's chromium for Playwright and Debian's nginx for the local cluster.
# Starts what is down, installs what is missing.
set -euo pipefail

pg_up() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; }
redis_up() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

if ! pg_up; then
  echo "PostgreSQL is down: starting it"
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || { echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1; }
fi

if ! redis_up; then
  echo "Redis is down: starting it"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  for _ in $(seq 1 30); do redis_up && break; sleep 1; done
  redis_up || { echo "Redis did not come up on 127.0.0.1:6379" >&2; exit 1; }
fi

apt_install() {
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing: installing Debian's package"
  apt_install chromium
fi
# The local scale-out cluster (bench/cluster, its integration test and the benchmark smoke) puts Debian's nginx
# in front of the API processes; only the binary is used, with the cluster's own configuration.
if [ ! -x /usr/sbin/nginx ]; then
  echo "nginx is missing: installing Debian's package"
  apt_install nginx
fi
echo "services: PostgreSQL, Redis, chromium and nginx are ready"
