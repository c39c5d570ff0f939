// `npm run build [-- target...]`: the CLI and the extension for every target (thunderbird, chrome, firefox).
import { existsSync } from 'node:fs';
import { buildCli } from './build/cli.mjs';

const ALL = ['cli', 'thunderbird', 'chrome', 'firefox'];
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
for (const t of targets)
  if (!ALL.includes(t)) {
    console.error(`unknown build target ${t} (one of ${ALL.join(', ')})`);
    process.exit(3);
  }

const started = Date.now();
for (const target of targets) {
  const t0 = Date.now();
  if (target === 'cli') await buildCli();
  else {
    const ext = new URL('./build/extension.mjs', import.meta.url);
    if (!existsSync(ext)) {
      console.error(`build: scripts/build/extension.mjs missing, cannot build ${target}`);
      process.exit(1);
    }
    const { buildExtension } = await import(ext.href);
    await buildExtension(target);
  }
  console.log(`built ${target} in ${Date.now() - t0} ms`);
}
console.log(`build done in ${Date.now() - started} ms`);
