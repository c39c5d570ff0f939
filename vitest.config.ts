import { defineConfig } from 'vitest/config';

/**
 * Three projects:
 *  - unit: hermetic (tests/helpers/deny-network.ts fails any test that touches the network), TZ=UTC.
 *  - integration: real servers on 127.0.0.1 started by the tests (unbound DoH, misbehaving DoH stubs).
 *  - e2e: real Thunderbird / Chromium + Roundcube on loopback (slow; run after `npm run build`).
 */
export default defineConfig({
  test: {
    globals: true,
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/conformance/**/*.test.ts', 'tests/fuzz/**/*.test.ts'],
          setupFiles: ['tests/helpers/deny-network.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
