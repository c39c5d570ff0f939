/** SOURCE → the right reader: an imaps:// URL, a Maildir (has cur/ and new/), another directory (.eml files), or an mbox file. */
import { readFile, stat } from 'node:fs/promises';
import { UsageError } from '../../args.js';
import { InputError } from '../../../platform/node/read-input.js';
import type { MessageSource } from '../types.js';
import { isMaildir, openMaildir } from './maildir.js';
import { openEmlDir } from './eml-dir.js';
import { openMbox } from './mbox.js';
import { openImap, parseImapUrl } from './imap.js';
import { ImapRefused } from './imap-client.js';

export const PASSWORD_ENV = 'SENDER_LENS_IMAP_PASSWORD';

export interface SourceOptions {
  passwordFile: string | undefined;
  env: Record<string, string | undefined>;
  imapCa: string | undefined;
  timeoutMs: number;
  maxBytes: number;
}

export interface OpenedSource {
  source: MessageSource;
  kind: 'maildir' | 'eml-dir' | 'mbox' | 'imap';
  reconnects: () => number;
}

async function imapPassword(opts: SourceOptions): Promise<string> {
  if (opts.passwordFile) {
    const text = await readFile(opts.passwordFile, 'utf8').catch((e: Error) => {
      throw new InputError(`--password-file ${opts.passwordFile}: ${e.message}`);
    });
    return text.replace(/\r?\n$/, '');
  }
  const env = opts.env[PASSWORD_ENV];
  if (env) return env;
  throw new UsageError(
    `an IMAP source needs a password: --password-file FILE or the ${PASSWORD_ENV} environment variable (never on the command line)`,
  );
}

export async function openSource(source: string, opts: SourceOptions): Promise<OpenedSource> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    const target = parseImapUrl(source);
    if ('error' in target) throw new UsageError(target.error);
    const password = await imapPassword(opts);
    const ca = opts.imapCa
      ? await readFile(opts.imapCa, 'utf8').catch((e: Error) => {
          throw new InputError(`--imap-ca ${opts.imapCa}: ${e.message}`);
        })
      : undefined;
    try {
      const imap = await openImap(target, {
        password,
        ...(ca ? { ca } : {}),
        timeoutMs: opts.timeoutMs,
        maxLiteral: opts.maxBytes,
        retryPauseMs: 500,
      });
      return { source: imap, kind: 'imap', reconnects: () => imap.reconnects() };
    } catch (e) {
      throw new InputError(`${source}: ${e instanceof ImapRefused ? e.message : `cannot connect: ${(e as Error).message}`}`);
    }
  }
  let st;
  try {
    st = await stat(source);
  } catch {
    throw new InputError(`${source}: no such file or directory`);
  }
  const none = (): number => 0;
  if (st.isDirectory()) {
    if (await isMaildir(source)) return { source: await openMaildir(source), kind: 'maildir', reconnects: none };
    const dir = await openEmlDir(source);
    if (dir.total() === 0) throw new InputError(`${source}: no Maildir (cur/, new/) and no .eml files in it`);
    return { source: dir, kind: 'eml-dir', reconnects: none };
  }
  return { source: await openMbox(source), kind: 'mbox', reconnects: none };
}
