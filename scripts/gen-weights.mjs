// Generator hook for `npm run gen` / `npm run gen:check`: runs `npm run train` (scripts/train.mjs), which regenerates
// (or with --check verifies) src/core/verdict/generated/weights.ts from ../shared/corpus.
await import('./train.mjs');
