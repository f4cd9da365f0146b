// Every supported site, one file each. The manifest's host permissions are checked against this list
// (test/sites.test.ts), so adding a site here without its permission fails the tests.
import type { SiteProfile } from './types';
import { boersennews } from './boersennews';
import { finanzen } from './finanzen';
import { onvista } from './onvista';
import { ariva } from './ariva';
import { wallstreetOnline } from './wallstreet-online';
import { finanznachrichten } from './finanznachrichten';
import { boerseDe } from './boerse';
import { boerseOnline } from './boerse-online';
import { deraktionaer } from './deraktionaer';
import { fourInvestors } from './fourinvestors';
import { handelsblatt } from './handelsblatt';
import { ntv } from './ntv';
import { managerMagazin } from './manager-magazin';
import { investing } from './investing';
import { marketwatch } from './marketwatch';
import { cnbc } from './cnbc';
import { reuters } from './reuters';
import { yahooFinance } from './yahoo-finance';
import { seekingalpha } from './seekingalpha';
import { fool } from './fool';
import { businessinsider } from './businessinsider';

export const PROFILES: readonly SiteProfile[] = [
  boersennews, finanzen, onvista, ariva, wallstreetOnline, finanznachrichten, boerseDe, boerseOnline, deraktionaer, fourInvestors, handelsblatt, ntv, managerMagazin, investing, marketwatch, cnbc, reuters, yahooFinance, seekingalpha, fool, businessinsider,
];
