// Every supported site, one file each. The manifest's host permissions are checked against this list
// (test/sites.test.ts), so adding a site here without its permission fails the tests.
import type { SiteProfile } from './types';
import { boersennews } from './boersennews';

export const PROFILES: readonly SiteProfile[] = [boersennews];
