/**
 * Image-sharing sites where anyone uploads a picture without an account or with a throwaway one, and gets a public
 * address to hot-link (hand-kept, sorted, lower-case; a test checks order and format). Source: each service's own
 * description of itself as free/anonymous image hosting or screenshot sharing (imgur.com, imgbb.com/ibb.co,
 * postimages.org/postimg.cc, zupimages.net, imgchest.com, imgbox.com, imagebam.com, imagevenue.com, pixhost.to,
 * freeimage.host, funkyimg.com, gyazo.com, prnt.sc (Lightshot), imageshack.com) and Discord's and Reddit's public
 * attachment hosts (cdn.discordapp.com, media.discordapp.net, i.redd.it).
 *
 * Not listed on purpose: social networks' media hosts that newsletters embed with a quoted post (pbs.twimg.com),
 * general cloud storage (reference/hosting CLOUD_APP_HOSTS, the cloud-hosted-link rule) and the image CDNs of
 * mail services (their customers' own pictures).
 */
export const IMAGE_SHARING_HOSTS: readonly string[] = [
  'cdn.discordapp.com',
  'freeimage.host',
  'funkyimg.com',
  'gyazo.com',
  'i.redd.it',
  'ibb.co',
  'imagebam.com',
  'imageshack.com',
  'imageshack.us',
  'imagevenue.com',
  'imgbb.com',
  'imgbox.com',
  'imgchest.com',
  'imgur.com',
  'media.discordapp.net',
  'pixhost.to',
  'postimages.org',
  'postimg.cc',
  'prnt.sc',
  'zupimages.net',
];

/** Organisations whose own mail shows pictures from their own sharing site (From registrable domain -> listed hosts). */
export const IMAGE_HOST_OWNERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['discord.com', ['cdn.discordapp.com', 'media.discordapp.net']],
  ['gyazo.com', ['gyazo.com']],
  ['imgur.com', ['imgur.com']],
  ['reddit.com', ['i.redd.it']],
  ['redditmail.com', ['i.redd.it']],
]);

const LISTED = new Set(IMAGE_SHARING_HOSTS);

/** The listed image-sharing host `host` belongs to (itself or a parent), or null. */
export function imageSharingHost(host: string): string | null {
  let h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h || h.length > 253) return null;
  for (;;) {
    if (LISTED.has(h)) return h;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
}
