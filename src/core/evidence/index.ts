export {
  gatherNetworkEvidence,
  MAX_LINK_HOSTS,
  type NetworkEvidence,
  type NetworkEvidenceInput,
  type NetworkEvidenceContext,
  type LinkHostInfo,
} from './evidence.js';
export { parseOriginTxt, parseAsNameTxt, cymruOriginName } from './cymru.js';
