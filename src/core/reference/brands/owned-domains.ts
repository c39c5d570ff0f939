/**
 * Secondary domains that brands of the pack own besides those in brand-pack.ts (issue #12: "brand ownership knows
 * secondary domains"). Hand-kept, each from the company's own sites (the domain serves or redirects to the brand's
 * official site, or carries its own developer or customer services). Merged into BRANDS (reference/brands/index.ts), so
 * ownership, lookalike matching and the display-name checks all see them. Never add a domain anyone can rent space on
 * (blogspot.com, sharepoint.com): those are shared hosts (reference/hosting), where a tenant is not the brand.
 */
export const OWNED_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  // Apple's country sites redirect to apple.com/<country>.
  apple: ['apple.com.au', 'apple.co.uk', 'apple.ca', 'apple.de', 'apple.fr'],
  // KDDI's au one net (ISP mail and portal) and DION, KDDI's former ISP brand whose mail domain au one net took over.
  'au-kddi': ['auone-net.jp', 'kddi-research.jp', 'dion.ne.jp'],
  // Google's source hosting (android.googlesource.com) and country search sites.
  google: [
    'googlesource.com',
    'google.com.au',
    'google.com.br',
    'google.ca',
    'google.es',
    'google.it',
    'google.nl',
    'googleblog.com',
    'chromium.org',
  ],
  // Microsoft's services and mail senders.
  microsoft: ['microsoftstore.com', 'live.net', 'passport.net', 'microsoft.de'],
  // Amazon's country stores and services.
  amazon: ['amazon.com.tr', 'amazon.se', 'amazon.pl', 'amazon.sa', 'amazon.ae', 'amazonpay.com', 'audible.com', 'twitch.tv'],
  paypal: ['paypal-communication.com', 'paypal.com.br', 'venmo.com'],
};
