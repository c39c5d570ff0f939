export { mountBanner, BANNER_TAG, type BannerOptions, type MountedBanner } from './mount.js';
export { buildHeadline, topFindings, findingText, findingPhrase } from './headline.js';
