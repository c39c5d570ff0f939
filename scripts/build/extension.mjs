/**
 * Builds one extension target into dist/<target>/ (and dist/sender-lens-<target>.xpi when the target packs):
 * each entry of scripts/build/targets.mjs through Vite's JS API (one IIFE per entry, not minified), public/
 * copied as is, and manifest.json merged with manifests/<target>.json.
 */
import { build } from 'vite';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TARGETS } from './targets.mjs';
import { mergeManifest } from './manifest.mjs';
import { zipFiles } from './zip.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** @param {string} name */
const globalName = (name) => name.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c) => (c ? c.toUpperCase() : ''));

/** @param {string} dir @returns {Promise<string[]>} */
async function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const ent of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

/**
 * @param {'thunderbird' | 'chrome' | 'firefox'} target
 * @param {{ vite?: import('vite').InlineConfig }} [options] extra Vite config merged into every entry build
 * @returns {Promise<void>}
 */
export async function buildExtension(target, options = {}) {
  const spec = TARGETS[target];
  if (!spec) throw new Error(`unknown extension target: ${target}`);
  const outDir = join(root, 'dist', target);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  for (const entry of spec.entries) {
    await build({
      ...options.vite,
      configFile: join(root, 'vite.config.ts'),
      root,
      build: {
        outDir,
        lib: {
          entry: join(root, entry.src),
          formats: ['iife'],
          name: globalName(`senderLens-${entry.name}`),
          fileName: () => `${entry.name}.js`,
        },
      },
    });
  }

  await cp(join(root, 'public'), outDir, { recursive: true });
  const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const overlay = JSON.parse(await readFile(join(root, spec.manifest), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const manifest = /** @type {Record<string, unknown>} */ (mergeManifest(base, overlay));
  manifest.version = pkg.version;
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  if (spec.pack === 'xpi' || spec.pack === 'zip') {
    const files = [];
    for (const file of await listFiles(outDir)) {
      files.push({ path: relative(outDir, file).split(sep).join('/'), data: await readFile(file) });
    }
    await writeFile(join(root, 'dist', `sender-lens-${target}.${spec.pack}`), zipFiles(files));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const targets = process.argv.slice(2);
  for (const t of targets.length ? targets : Object.keys(TARGETS)) {
    await buildExtension(/** @type {'thunderbird' | 'chrome' | 'firefox'} */ (t));
    console.log(`built dist/${t}`);
  }
}
