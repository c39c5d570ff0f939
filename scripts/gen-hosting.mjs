#!/usr/bin/env node
// Generates src/core/reference/hosting/generated/sublime-lists.ts from Sublime Security's static-files lists (MIT) copied in
// shared/lookalike/hosting. Entries are validated (lower-case hostnames only; malformed lines dropped and reported).
// `--check` regenerates in memory and exits 1 on drift.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDir, emit } from './gen-lib.mjs';

const dir = resolve(sharedDir(), 'lookalike', 'hosting');
const HOST = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;
const LISTS = [
  ['FREE_SUBDOMAIN_HOSTS', 'free_subdomain_hosts.txt'],
  ['FREE_FILE_HOSTS', 'free_file_hosts.txt'],
  ['URL_SHORTENERS', 'url_shorteners.txt'],
  ['SELF_SERVICE_PLATFORMS', 'self_service_creation_platform_domains.txt'],
  ['BULK_MAILER_URL_ROOTS', 'bulk_mailer_url_root_domains.txt'],
  ['SOCIAL_LANDING_HOSTS', 'social_landing_hosts.txt'],
  ['FREE_EMAIL_PROVIDERS', 'free_email_providers.txt'],
];
const out = [
  '// Auto-generated. Do not edit. Regenerate with `node scripts/gen-hosting.mjs` (check: --check).',
  '// Source: Sublime Security static-files (https://github.com/sublime-security/static-files), copied in',
  '// shared/lookalike/hosting. Licence: MIT. Copyright 2020 Sublime Security, Inc. Permission is hereby granted,',
  '// free of charge, to any person obtaining a copy of this software and associated documentation files, to deal in',
  '// the Software without restriction, subject to including the copyright and permission notice in all copies.',
  '// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.',
  '// Each list: lower-case hostnames joined by spaces, sorted, malformed entries dropped.',
];
for (const [name, file] of LISTS) {
  const seen = new Set();
  const bad = [];
  for (const line of readFileSync(resolve(dir, file), 'utf8').split('\n')) {
    const h = line.trim().toLowerCase().replace(/\.$/, '');
    if (!h) continue;
    if (HOST.test(h)) seen.add(h);
    else bad.push(h);
  }
  if (bad.length) process.stderr.write(`${file}: dropped ${bad.length} malformed: ${bad.slice(0, 5).join(' ')}\n`);
  out.push(`export const ${name} =\n  '${[...seen].sort().join(' ')}';`);
}
out.push('');
emit([['src/core/reference/hosting/generated/sublime-lists.ts', out.join('\n')]]);
