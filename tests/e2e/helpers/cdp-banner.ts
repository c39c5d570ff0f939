/**
 * Reaches the banner's CLOSED shadow root in a real page from the test (Chromium DevTools protocol: DOM.getDocument
 * with pierce lists closed shadow roots too) and runs a self-contained function on it. Test-only: pages and the
 * message cannot do this; the extension's code is unchanged.
 */
import type { Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findBanner(n: CdpNode): CdpNode | null {
  if (n.nodeName === 'SENDER-LENS-BANNER' && n.shadowRoots?.length) return n.shadowRoots[0]!;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? []), ...(n.contentDocument ? [n.contentDocument] : [])]) {
    const found = findBanner(c);
    if (found) return found;
  }
  return null;
}

/** Calls `fn(shadowRoot)` in the page for the first banner found and returns its JSON result. */
export async function callOnBannerShadow<T>(page: Page, fn: (shadow: ShadowRoot) => T): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findBanner(root);
    if (!shadow) throw new Error('no banner shadow root in the page');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    const res = (await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: `function (fnSource) { const __name = (f) => f; return (0, eval)('(' + fnSource + ')')(this); }`,
      objectId: object.objectId,
      arguments: [{ value: fn.toString() }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (res.exceptionDetails) throw new Error(`in page: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
