/** Composition root of the Thunderbird background: real messenger API, fetch DoH transport, clock, WebCrypto. */
import { analyzeMessage } from '../core/analyze.js';
import type { CryptoLike } from '../core/deps.js';
import { createDepsFactory } from '../platform/extension/analyze-deps.js';
import { createFetchDohTransport } from '../platform/extension/doh-fetch.js';
import { createFetchRdapFetch } from '../platform/extension/rdap-fetch.js';
import { createPostJson } from '../platform/shared/post-json.js';
import { createBrowserQrDecoder } from '../platform/extension/qr-raster.js';
import { startThunderbirdBackground } from '../platform/thunderbird/background.js';
import type { MessengerApi } from '../platform/thunderbird/messenger-api.js';

const api = (globalThis as unknown as { messenger: MessengerApi }).messenger;
const depsFor = createDepsFactory({
  transport: createFetchDohTransport(fetch.bind(globalThis)),
  rdapFetch: createFetchRdapFetch(fetch.bind(globalThis)),
  postJson: createPostJson(fetch.bind(globalThis)),
  now: () => Date.now(),
  crypto: crypto as unknown as CryptoLike,
  findQrCodes: createBrowserQrDecoder(() => Date.now()),
});

startThunderbirdBackground({
  api,
  analyze: (raw, settings, contacts) => analyzeMessage(raw, depsFor(settings, contacts)),
  log: { info: (...a) => console.info(...a), error: (...a) => console.error(...a) },
});
