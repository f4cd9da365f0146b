// Signals that a capitalised name is a company or an organisation, German and English, written for this project.

/** Legal forms after a name ("Markets Inside Media GmbH", "Uber Technologies Inc"), tokenised without dots. */
export const LEGAL_FORMS: string[][] = [
  ['GmbH', '&', 'Co', 'KGaA'], ['GmbH', '&', 'Co', 'KG'], ['AG', '&', 'Co', 'KGaA'], ['SE', '&', 'Co', 'KGaA'],
  ['AG'], ['SE'], ['KGaA'], ['GmbH'], ['gGmbH'], ['KG'], ['OHG'], ['eG'], ['UG'], ['Inc'], ['Incorporated'], ['Corp'],
  ['Corporation'], ['Co'], ['Company'], ['Ltd'], ['Limited'], ['plc'], ['PLC'], ['Plc'], ['LLC'], ['LLP'], ['LP'],
  ['L', 'P'], ['N', 'V'], ['NV'], ['S', 'A'], ['SA'], ['S', 'p', 'A'], ['SpA'], ['S', 'A', 'S'], ['SAS'], ['B', 'V'],
  ['BV'], ['AB'], ['ASA'], ['A', 'S'], ['Oyj'], ['Pty'], ['Pty', 'Ltd'], ['Bhd'], ['Tbk'], ['SAB', 'de', 'CV'], ['Co', 'Ltd'],
  ['Holdings'], ['Holding'],
];

/** English legal forms that news mention after the name but that are not part of the name span. */
export const TRAILING_FORMS_NOT_IN_NAME = new Set([
  'Inc', 'Incorporated', 'Corp', 'Ltd', 'Limited', 'plc', 'PLC', 'Plc', 'LLC', 'LLP', 'LP', 'Co', 'Pty', 'Bhd', 'Tbk', 'Oyj',
]);

/** Last words of an organisation's name: a capitalised run ending in one of these is an organisation. */
export const ORG_HEAD_WORDS_EN: string[] = [
  'Bank', 'Bancorp', 'Bancshares', 'Group', 'Holdings', 'Holding', 'Capital', 'Partners', 'Technologies',
  'Technology', 'Systems', 'Labs', 'Laboratories', 'Association', 'Institute', 'University', 'College', 'Commission',
  'Council', 'Ministry', 'Agency', 'Authority', 'Fund', 'Foundation', 'Bureau', 'Committee', 'Party', 'Corporation',
  'Airlines', 'Airways', 'Motors', 'Pharmaceuticals', 'Pharma', 'Therapeutics', 'Biosciences', 'Energy', 'Resources',
  'Mining', 'Minerals', 'Petroleum', 'Oil', 'Gas', 'Services', 'Networks', 'Media', 'News', 'Insurance', 'Securities',
  'Investments', 'Investment', 'Management', 'Advisors', 'Advisers', 'Associates', 'Ventures', 'Exchange', 'Reserve',
  'Trust', 'Federation', 'Union', 'Organisation', 'Organization', 'Department', 'Office', 'Board', 'Court', 'Police',
  'Army', 'Telecom', 'Communications', 'Software', 'Solutions', 'Industries', 'Enterprises', 'Brands', 'Foods',
  'Stores', 'Motor', 'Electric', 'Electronics', 'Semiconductor', 'Semiconductors', 'Financial', 'Finance', 'Capital',
  'Realty', 'Properties', 'REIT', 'Airline', 'Railways', 'Railway', 'Shipping', 'Logistics', 'Steel', 'Chemicals',
  'Cement', 'Healthcare', 'Health', 'Hospital', 'Clinic', 'Studios', 'Pictures', 'Entertainment', 'Records',
  'Magazine', 'Times', 'Journal', 'Post', 'Herald', 'Tribune', 'Gazette', 'Telegraph', 'Guardian', 'Press', 'Wire',
  'Daily', 'Review', 'Club', 'Society', 'Alliance', 'Coalition', 'Network', 'Consulting', 'Research', 'Analytics',
  'Dynamics', 'Robotics', 'Automotive', 'Aerospace', 'Defense', 'Defence', 'Mobile', 'Wireless', 'Broadcasting',
  'Television', 'Radio', 'AI', 'Bancorporation', 'Lending', 'Credit', 'Mortgage', 'Asset', 'Assets', 'Equity',
  'Equities', 'Markets', 'Trading', 'Brewery', 'Breweries', 'Distillers', 'Apparel', 'Retail', 'Restaurants',
  'Hotels', 'Resorts', 'Casinos', 'Gaming', 'Games', 'Cosmetics', 'Industries', 'Products', 'Tobacco', 'Water',
  'Utilities', 'Power', 'Grid', 'Infrastructure', 'Construction', 'Engineering', 'Biotech', 'Genomics', 'Medical',
  'Diagnostics', 'Devices', 'Instruments', 'Materials', 'Metals', 'Gold', 'Silver', 'Copper', 'Platinum', 'Coal',
  'Chamber', 'Embassy', 'Consulate', 'Assembly', 'Tribunal', 'Directorate', 'Secretariat', 'Administration',
  'Service', 'Forces', 'Navy', 'School', 'Academy', 'Centre', 'Center', 'Museum', 'Observatory', 'Inc', 'Corp',
];

export const ORG_HEAD_WORDS_DE: string[] = [
  'Bank', 'Gruppe', 'Holding', 'Werke', 'Verband', 'Verein', 'Stiftung', 'Partei', 'Kammer', 'Institut', 'Ministerium',
  'Bundesamt', 'Amt', 'Behörde', 'Gewerkschaft', 'Universität', 'Hochschule', 'Zeitung', 'Rundschau',
  'Zeitschrift', 'Versicherung', 'Versicherungen', 'Sparkasse', 'Volksbank', 'Landesbank', 'Kasse',
  'Krankenkasse', 'Bahn', 'Airlines', 'Motorenwerke', 'Brauerei', 'Klinikum', 'Akademie', 'Gesellschaft', 'Agentur',
  'Kommission', 'Rat', 'Senat', 'Gericht', 'Bundesgerichtshof', 'Fraktion', 'Bündnis', 'Union', 'Konzern', 'Energie',
  'Stadtwerke', 'Immobilien', 'Technologies', 'Group', 'Capital', 'Systems', 'Labs', 'Media', 'Medien', 'Verlag',
  'Bundesanstalt', 'Landesamt', 'Ministerium', 'Team', 'Club', 'Orchester', 'Theater', 'Museum',
];

/** Nouns that introduce a company name after them ("das Startup DeepSeek", "the lender HSBC"), lower-cased.
 *  Also matched as the last part of a German compound ("Chip-Startup", "Datenplattform", "Autohersteller"). */
export const COMPANY_CUES_DE: string[] = [
  'startup', 'start-up', 'unternehmen', 'firma', 'konzern', 'hersteller', 'anbieter', 'plattform', 'versicherer',
  'zulieferer', 'rivale', 'konkurrent', 'konkurrenten', 'tochter', 'mutterkonzern', 'labor', 'bank', 'händler',
  'dienstleister', 'betreiber', 'entwickler', 'produzent', 'autobauer', 'chipkonzern', 'softwarehaus', 'versandhändler',
  'modekonzern', 'discounter', 'vermögensverwalter', 'finanzinvestor', 'investor', 'fonds', 'emittent', 'broker',
  'onlinebroker', 'fintech', 'reederei', 'fluggesellschaft', 'airline', 'biotechfirma', 'pharmakonzern', 'energieversorger',
  'versorger', 'mischkonzern', 'medienkonzern', 'technologiekonzern', 'techkonzern', 'tech-riese', 'riese', 'gigant',
  'marktführer', 'lieferdienst', 'zahlungsdienstleister', 'finanzdienstleister', 'vermieter', 'wohnungskonzern',
];
export const COMPANY_CUES_EN: string[] = [
  'company', 'firm', 'startup', 'start-up', 'lender', 'insurer', 'rival', 'maker', 'chipmaker', 'carmaker', 'automaker',
  'group', 'bank', 'retailer', 'giant', 'conglomerate', 'operator', 'provider', 'developer', 'producer', 'manufacturer',
  'supplier', 'miner', 'brokerage', 'broker', 'unit', 'subsidiary', 'parent', 'owner', 'competitor', 'peer', 'airline',
  'carrier', 'utility', 'drugmaker', 'automaker', 'distributor', 'fund', 'investor', 'platform', 'lab', 'asset manager',
  'hedge fund', 'private equity firm', 'investment bank', 'outfit', 'chain', 'builder', 'exchange', 'startup',
];
