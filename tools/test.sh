#!/usr/bin/env bash
# `npm test`: every tier in one run — format, lint (module boundaries), type-check, unit tests, build,
# integration tests against real PostgreSQL + Redis, the migration drift check, the benchmark smoke and Playwright e2e in
# Debian's chromium. Each run uses its own databases and Redis prefixes. Exits non-zero if any step fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false FORCE_COLOR=0 CI="${CI:-false}"
REPORTS=dist/test-reports
rm -rf "$REPORTS" && mkdir -p "$REPORTS"

bash tools/ensure-services.sh || exit 1

failed=()
step() {
  local name=$1; shift
  local started=$SECONDS
  echo
  echo "=== $name"
  if "$@"; then
    echo "=== $name: ok ($((SECONDS - started)) s)"
  else
    echo "=== $name: FAILED ($((SECONDS - started)) s)"
    failed+=("$name")
  fi
}

# CI never reuses task results from an earlier run on the same machine.
NX_FLAGS=(--outputStyle=static)
[ "$CI" = "true" ] && NX_FLAGS+=(--skip-nx-cache)

step "format" npx nx format:check --all
# The module-boundary rule reads Nx's project graph, which `nx show projects` computes and caches.
step "lint" bash -c 'npx nx show projects >/dev/null && npx eslint . --max-warnings 0'
step "typecheck" npx nx run-many -t typecheck "${NX_FLAGS[@]}"
step "kubernetes manifests" node tools/validate-k8s.mjs
step "unit tests" npx jest -c jest.config.ts --ci --json --outputFile="$REPORTS/unit.json"
step "build" npx nx run-many -t build -p api worker web "${NX_FLAGS[@]}"
step "integration tests" npx jest -c jest.integration.config.ts --ci --json --outputFile="$REPORTS/integration.json"
step "migration drift check" node tools/drift-check.mjs
# Smoke versions of the benchmarks under bench/ with generous thresholds: a guard against big regressions only.
step "benchmark smoke" npm run -s bench:smoke
step "e2e (Playwright, chromium)" npx playwright test -c e2e/playwright.config.ts

node tools/test-summary.mjs "$REPORTS/unit.json" "$REPORTS/integration.json" dist/e2e/results.json
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed steps: ${failed[*]}"
  exit 1
fi
echo "All steps passed."
