import type { SiteProfile } from './types';

// boerse-online.de: the HSBC top/flop box on the home page and teaser boxes of issuers.
// Our own selectors, written from notes/ads.md and the sites' public markup; no filter-list rule is copied.
export const boerseOnline = {
  id: 'boerse-online',
  name: 'Börse Online',
  match: ['boerse-online.de'],
  lang: 'de',
  hide: [
    { selector: "[class*='hsbc_']", kind: 'leverage', why: "HSBC top/flop box" },
    { selector: "[class*='issuer-box'], [class*='partner-box']", kind: 'leverage', why: "issuer teaser box" },
  ],
} satisfies SiteProfile;
