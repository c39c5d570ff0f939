#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine with Node >= 20.19: installs the Debian packages the real
# test components need (as root, or through sudo), the npm dependencies (npm ci), then runs `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -eq 0 ]; then bash .ci/install-system-deps.sh; else sudo bash .ci/install-system-deps.sh; fi
npm ci --no-audit --no-fund
npm test -- "$@"
