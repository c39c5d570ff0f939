/**
 * The one catalog of user-visible core messages (finding texts, check names, verdict words), merged from
 * each concern's own `messages.ts`. Add one import line per concern; a test checks keys are unique and
 * that both languages and a description are present for every key.
 */
import type { Catalog } from './format.js';
import { messages as common } from './common-messages.js';
import { messages as report } from './report-messages.js';
import { messages as analysis } from './analysis-messages.js';
import { messages as short } from './short-messages.js';
import { messages as dkim } from '../auth/dkim/messages.js';
import { messages as arc } from '../auth/arc/messages.js';
import { messages as links } from '../rules/links/messages.js';
import { messages as lures } from '../rules/lures/messages.js';
import { messages as senderFindings } from '../rules/sender/messages.js';
import { messages as spf } from '../auth/spf/messages.js';
import { messages as dmarc } from '../auth/dmarc/messages.js';
import { messages as network } from '../evidence/messages.js';
import { messages as lookalike } from '../rules/lookalike/messages.js';
import { messages as impersonation } from '../rules/impersonation/messages.js';
import { messages as scams } from '../rules/scams/messages.js';
import { messages as reputation } from '../report/reputation-messages.js';
import { messages as strength } from './strength-messages.js';
import { RULES } from '../rules/registry.js';
import { messages as plain } from './plain-messages.js';
import { messages as plainCauses } from './plain-causes.js';

const listed: ReadonlyArray<readonly [string, Catalog]> = [
  ['i18n/common', common],
  ['i18n/report', report],
  ['i18n/analysis', analysis],
  ['i18n/short', short],
  ['auth/dkim', dkim],
  ['auth/arc', arc],
  ['links', links],
  ['lures', lures],
  ['findings', senderFindings],
  ['auth/spf', spf],
  ['auth/dmarc', dmarc],
  ['network', network],
  ['lookalike', lookalike],
  ['impersonation', impersonation],
  ['scams', scams],
  ['i18n/plain', plain],
  ['i18n/plain-causes', plainCauses],
  ['report/reputation', reputation],
  ['i18n/strength', strength],
];

/** The listed catalogs plus those of registered rules not listed above (a new rule brings its texts with it). */
export const catalogParts: ReadonlyArray<readonly [string, Catalog]> = [
  ...listed,
  ...RULES.filter((r, i) => !listed.some(([, c]) => c === r.messages) && RULES.findIndex((x) => x.messages === r.messages) === i).map(
    (r) => [`rules/${r.id}`, r.messages] as const,
  ),
];
