/**
 * `unusual-port-link`: a link or button the reader clicks leads to a web server on an unusual port
 * (`http://oniline.us2k.net:6180/logon`, `http://65.100.9.155:81/...`, `https://mail.example.com:2080` cPanel webmail).
 * Organisations serve their pages on the default ports (RFC 9110 section 4.2: 80 for http, 443 for https); a kit on a
 * hacked server or a home router answers wherever it could bind. The registered alternate web ports (8080, 8000,
 * 8443, 8888: proxies, application servers of newsletters and intranets) are not counted, nor are URLs quoted in plain
 * text (source `text`: addresses people write about). Ports below 80 belong to other protocols (ftp, ssh, smtp) and
 * are no web page: such "links" are code references auto-linked by archives (`file.sv:50`, a file and line number).
 */
import type { Finding } from '../../model/finding.js';
import { hitsFinding, linkUrl } from './hits-finding.js';
import type { LinkInfo } from '../../model/link.js';

const ALTERNATE_WEB_PORTS = new Set(['80', '443', '8080', '8000', '8443', '8888']);

function portOf(url: string): string | null {
  try {
    const p = new URL(url).port;
    return p === '' ? null : p;
  } catch {
    return null;
  }
}

type PortHit = { link: LinkInfo; port: string };
// Made once, not per call: a closure per call costs its allocation (and a name helper under tsx).
const DESCRIBE = {
  params: (h: PortHit) => ({ host: h.link.host ?? '', port: h.port }),
  url: (h: PortHit) => linkUrl(h.link),
  label: (h: PortHit) => `port ${h.port}`,
};

export function unusualPortLinkFindings(links: readonly LinkInfo[]): Finding[] {
  const hits: PortHit[] = [];
  for (const l of links) {
    if (l.source === 'text') continue;
    const port = portOf(linkUrl(l));
    if (port && Number(port) > 80 && !ALTERNATE_WEB_PORTS.has(port)) hits.push({ link: l, port });
  }
  return hitsFinding({ id: 'unusual-port-link', severity: 'low' }, hits, DESCRIBE);
}
