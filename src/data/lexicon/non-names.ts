// Capitalised words that are not company or person names: places, nationalities, months and days, frequent
// sentence starters, and acronyms that name things, not organisations. Written for this project. They stop a
// capitalised run from becoming a candidate name (places are not highlighted: the product has no LOC type).

const PLACES = `
Afghanistan Afrika Africa Ägypten Egypt Albanien Albania Algerien Algeria America Amerika Angola Argentinien Argentina
Armenien Armenia Asien Asia Athen Athens Äthiopien Ethiopia Australien Australia Austria Österreich Bangladesch
Bangladesh Belgien Belgium Bolivien Bolivia Bosnien Bosnia Brasilien Brazil Bulgarien Bulgaria Chile China Costa
Dänemark Denmark Deutschland Germany Ecuador Estland Estonia Europa Europe Finnland Finland Frankreich France
Georgien Georgia Ghana Griechenland Greece Großbritannien Britain England Schottland Scotland Wales Irland Ireland
Indien India Indonesien Indonesia Irak Iraq Iran Island Iceland Israel Italien Italy Japan Jemen Yemen Jordanien
Jordan Kanada Canada Kasachstan Kazakhstan Katar Qatar Kenia Kenya Kolumbien Colombia Korea Kroatien Croatia Kuba
Cuba Kuwait Lettland Latvia Libanon Lebanon Libyen Libya Litauen Lithuania Luxemburg Luxembourg Malaysia Mali Malta
Marokko Morocco Mexiko Mexico Moldau Moldova Mongolei Mongolia Nepal Neuseeland Zealand Niederlande Netherlands
Holland Nigeria Norwegen Norway Pakistan Palästina Palestine Peru Philippinen Philippines Polen Poland Portugal
Rumänien Romania Russland Russia Ruanda Rwanda Sambia Zambia Saudi-Arabien Arabia Schweden Sweden Schweiz
Switzerland Senegal Serbien Serbia Singapur Singapore Slowakei Slovakia Slowenien Slovenia Somalia Spanien Spain
Sudan Südafrika Syrien Syria Taiwan Tansania Tanzania Thailand Tschechien Czechia Tunesien Tunisia Türkei Turkey
Uganda Ukraine Ungarn Hungary Uruguay USA US U.S. UK EU-Staaten Venezuela Vietnam Weißrussland Belarus Zypern Cyprus
Simbabwe Zimbabwe Emirate Emirates UAE VAE Hongkong Hong Kong Macau Nahost Mideast Lateinamerika Nordamerika
Südamerika Osteuropa Westeuropa Skandinavien Scandinavia Balkan Baltikum Eurozone Euroraum Asia-Pacific Pacific
Atlantic Atlantik Arctic Arktis Antarctica Antarktis Mittelmeer Mediterranean Golf Gulf Sahara Silicon Valley
Berlin Hamburg München Munich Köln Cologne Frankfurt Stuttgart Düsseldorf Dortmund Essen Leipzig Bremen Dresden
Hannover Nürnberg Nuremberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Karlsruhe Mannheim Augsburg Wiesbaden
Mainz Kiel Rostock Wolfsburg Ingolstadt Walldorf Herzogenaurach Leverkusen Ludwigshafen Darmstadt Heidelberg Freiburg
Potsdam Erfurt Magdeburg Saarbrücken Brandenburg Bayern Bavaria Baden-Württemberg Hessen Sachsen Thüringen
Niedersachsen Nordrhein-Westfalen NRW Rheinland-Pfalz Saarland Schleswig-Holstein Mecklenburg-Vorpommern
Sachsen-Anhalt Wien Vienna Graz Linz Salzburg Innsbruck Zürich Zurich Genf Geneva Basel Bern Lausanne Zug Paris Lyon
Marseille London Manchester Birmingham Liverpool Edinburgh Glasgow Dublin Amsterdam Rotterdam Brüssel Brussels
Antwerpen Antwerp Madrid Barcelona Lissabon Lisbon Rom Rome Mailand Milan Turin Neapel Naples Warschau Warsaw Prag
Prague Budapest Bukarest Bucharest Sofia Belgrad Belgrade Kiew Kyiv Kiev Moskau Moscow Petersburg Minsk Istanbul
Ankara Teheran Tehran Bagdad Baghdad Damaskus Damascus Beirut Jerusalem Tel Aviv Kairo Cairo Riad Riyadh Dubai Doha
Abu Dhabi Delhi Mumbai Bombay Bangalore Bengaluru Chennai Kolkata Karachi Islamabad Kabul Peking Beijing Shanghai
Shenzhen Guangzhou Wuhan Tokio Tokyo Osaka Seoul Pjöngjang Pyongyang Taipeh Taipei Manila Jakarta Bangkok Hanoi
Sydney Melbourne Brisbane Perth Canberra Auckland Wellington Toronto Montreal Vancouver Ottawa Washington York
Chicago Boston Houston Dallas Austin Atlanta Miami Seattle Denver Detroit Phoenix Philadelphia Pittsburgh Cleveland
Francisco Angeles Diego Vegas Orleans Jersey Texas California Kalifornien Florida Ohio Michigan Illinois Virginia
Carolina Dakota Pennsylvania Massachusetts Arizona Nevada Oregon Colorado Utah Kentucky Tennessee Alabama Louisiana
Mississippi Missouri Iowa Kansas Nebraska Minnesota Wisconsin Indiana Delaware Maryland Connecticut Vermont Maine
Alaska Hawaii Idaho Montana Wyoming Oklahoma Arkansas Mexico Nairobi Lagos Accra Johannesburg Kapstadt Cape Town
Durban Pretoria Addis Abeba Ababa Kampala Kigali Dakar Luanda Harare Lusaka Mombasa Mexiko-Stadt Bogotá Bogota Lima
Santiago Buenos Aires Caracas Havanna Havana Rio Janeiro Paulo Brasília Brasilia Quebec Ontario Alberta Columbia
Queensland Victoria Scotland Bavaria Catalonia Katalonien Sizilien Sicily Krim Crimea Donbass Gaza Westjordanland
Hollywood Manhattan Brooklyn Wall Street Westminster Whitehall Downing Brexit Wallstreet
`;

const DEMONYMS = `
American Americans German Germans British Briton Britons English French Italian Italians Spanish Chinese Japanese
Korean Koreans Indian Indians Russian Russians Ukrainian Ukrainians European Europeans Asian African Africans
Canadian Canadians Australian Australians Mexican Brazilian Swiss Austrian Dutch Belgian Swedish Norwegian Danish
Finnish Polish Czech Hungarian Greek Greeks Turkish Israeli Israelis Iranian Iraqi Saudi Emirati Egyptian Nigerian
Kenyan Kenyans Ghanaian South Southern North Northern East Eastern West Western Central Irish Scottish Welsh Arab
Arabic Muslim Muslims Christian Christians Jewish Catholic Protestant Western Latin Hispanic Asian-Pacific Global
International National Federal Republican Democratic Democrat Conservative Liberal Socialist Communist
Deutsche Deutschen Deutscher Deutsches Europäische Europäischen Europäischer Amerikaner Amerikanische Amerikanischen
US-amerikanische Chinesische Chinesischen Französische Französischen Britische Britischen Russische Russischen
Japanische Japanischen Italienische Italienischen Spanische Österreichische Schweizer Bayerische Bayerischen
`;

const CALENDAR = `
January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug
Sep Sept Oct Nov Dec Januar Februar März Mai Juni Juli Oktober Dezember Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Easter Christmas Ostern
Weihnachten Q1 Q2 Q3 Q4 H1 H2 FY Today Yesterday Tomorrow Heute Gestern Morgen
`;

// Words that start sentences or headlines in English and are never names here.
const FUNCTION_WORDS_EN = `
The A An And But Or Nor For So Yet If Then Than When While Where Why How What Which Who Whom Whose This That These
Those There Here It Its It's I We You He She They Me Us Him Her Them My Our Your His Their Mine In On At By From To
Of With Without Within Into Onto Over Under About Above Below After Before Since Until During Through Across Against
Among Between Beyond Despite Following Including According Amid As Also Still Even Just Only Not No Yes All Any Some
Many Much More Most Less Least Few Several Each Every Both Either Neither Other Another Such Same New Old Last Next
First Second Third Top Big Small Large High Low Meanwhile However Moreover Furthermore Although Though Because Once
Now Then Today Currently Recently Earlier Later Overall Instead Indeed Perhaps Maybe Please Thanks Thank Do Does Did
Is Are Was Were Be Been Being Has Have Had Can Could Will Would Shall Should May Might Must Let Get Got Make Made Take
Read See Click Sign Share Tweet Email Print Related Advertisement Sponsored Photo Image Video Source Sources Reporting
Editing Writing Additional Copyright Mr Mrs Ms Dr Inc Corp Ltd Co Chief Executive Officer President Chairman
Director Minister Secretary Governor Senator Prime Analyst Analysts Economist Shares Stock Stocks Market Markets
Investors Investor Company Companies Group Bank Banks Year Years Quarter Week Month Day Time Report Reports Data
News Update Updated Breaking Exclusive Analysis Opinion Comment Editorial Summary Key Points Highlights Net Total Revenue
Sales Profit Earnings Income Growth Price Prices Rate Rates Tax Trade Deal Deals Plan Plans Budget Economy Government
Index Indices Fund Funds Dollar Euro Pound Yen Sterling Gold Oil Bitcoin Street Avenue Road House Office Department
`;

// English nouns that end or follow a capitalised run but are never part of a person's name: places and events
// ("Uhuru Highway", "Entrepreneurship Summit"), prizes, commodities, and frequent headline/sentence openers that
// otherwise glue onto a byline name ("by Jane Doe Foreign investors...").
const NOT_NAME_NOUNS_EN = `
Summit Highway Boulevard County Award Awards Prize Crude Super Designs Depot Mansion Foreign Comments Intellectual
Inside Follow Know
`;

// German function words and frequent capitalised sentence starters (German nouns are always capitalised, so the
// recogniser never takes a single unknown capitalised German word as a name; this list covers multi-word runs).
const FUNCTION_WORDS_DE = `
Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Und Oder Aber Doch Denn Wenn Weil Als Wie Wo Was Wer Wen
Wem Wessen Warum Welche Welcher Welches Dieser Diese Dieses Jener Jene Es Er Sie Wir Ihr Ich Man Sein Seine Ihre Unser
Im In Am An Auf Aus Bei Beim Ins Mit Nach Von Vom Vor Zu Zum Zur Über Unter Für Gegen Ohne Um Durch Seit Bis Während Trotz
Laut Nachdem Bevor Damit Dass Ob Auch Noch Schon Nur Nicht Kein Keine Alle Viele Mehr Einige Jetzt Dann Danach
Zudem Außerdem Dabei Dafür Dazu Deshalb Daher Derzeit Zuletzt Zuvor Bereits Insgesamt Allerdings Trotzdem Gleichzeitig
Währenddessen Sowohl Weder Neben Hier Dort Heute Gestern Morgen So Ja Nein Doch Herr Frau Dr Prof Aktie Aktien Kurs
Börse Anleger Analysten Unternehmen Konzern Chef CEO Euro Dollar Prozent Milliarden Millionen Jahr Jahres Quartal
Umsatz Gewinn Ergebnis Markt Märkte Handel Index Bild Foto Quelle Werbung Anzeige Mehr Weitere Weiter Lesen Fazit
`;

// Acronyms that are not organisations (all-caps tokens are otherwise organisation candidates in English).
const NON_ORG_ACRONYMS = `
CEO CFO COO CTO CIO CSO CMO CEOs AI KI AGI LLM LLMs GenAI IT IPO IPOs ETF ETFs GDP BIP EPS PE P/E ROE ROI EBIT EBITDA ESG M&A USD EUR GBP
JPY CHF CNY INR AUD CAD HKD US USA UK EU UAE VAE UN NYC LA DC OK TV PC PCs CD CDs DNA RNA HIV COVID SUV SUVs EV EVs
API APIs CPU GPU GPUs SaaS IoT VR AR PR HR R&D Q&A FAQ PDF URL HTML USB LED LCD LNG CO2 PM AM GMT UTC CET MEZ EST PST
ET BST No Nr ID VIP YTD YoY QoQ FY H1 H2 Q1 Q2 Q3 Q4 ADR ADRs ISIN WKN SPAC NFT NFTs OTC CDS MBS ABS ICO AGM EGM
III II IV VI VII VIII IX XI XII OF THE AND FOR IN ON TO AT BY A I LLC INC PLC LTD CORP AG SE GMBH KGAA NV SA CO
UPDATE REFILE RPT CORRECTED WRAPUP FOCUS ANALYSIS EXCLUSIVE BREAKING NEWS VIDEO PHOTO MARKETS STOCKS HOT DJ DJIA
NASDAQ NYSE ETR XETRA LON TSX ASX TYO HKG FRA SWX OTCMKTS PINK AMEX BATS NYSEARCA EPA BIT AMS BME STO CPH HEL OSL
MSCI DAX MDAX SDAX TECDAX TecDAX TecDax MDax SDax GTX GPL GNU ATX SMI FTSE CAC IBEX PSI AEX OMX STOXX TOPIX KOSPI NIFTY SENSEX VIX S&P
WM EM SMS MMS PKW LKW Pkw Lkw NÖ OÖ DVD PS MwSt TÜV-geprüft FC SC SV TSV VfB VfL TSG AS AC BC FK SK EDT EST PDT PST CDT CST BST CEST ESP MP MPs IR HSA CPA PEG UV SOC ULIP PIN SIP RESP RESPs CFA CFP MBA PhD CRM ERP BI DW EDW MSRP MSRPs GST VAT EEG MRI CT ICU GPS SMS SEO CEO's FDI NPA NPAs SME SMEs B2B B2C DIY FAQ HQ PIN ATM ATMs POS ROI KPI KPIs RSS PPF EMI NAV AUM IRR NPV EBT GAAP IFRS PMI CPI PPI HICP VPI ISM NFP FOMC QE QT BPS bps KW MW GW KWh MWh GWh TWh UMTS LTE WLAN WiFi
`;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

let places: Set<string> | null = null;
let common: Set<string> | null = null;
let acronyms: Set<string> | null = null;

let demonymSet: Set<string> | null = null;
/** Nationality and scope adjectives that may open an organisation's name ("Australian Hotels Association"). */
export function orgAdjectives(): Set<string> {
  return (demonymSet ??= new Set([...words(DEMONYMS), 'Royal', 'United', 'General', 'Standard', 'First', 'New', 'Old']));
}

export function placeWords(): Set<string> {
  return (places ??= new Set(words(PLACES)));
}
/** Capitalised words that never start or continue a name on their own. */
export function commonCapitalised(): Set<string> {
  return (common ??= new Set([...words(DEMONYMS), ...words(CALENDAR), ...words(FUNCTION_WORDS_EN), ...words(NOT_NAME_NOUNS_EN), ...words(FUNCTION_WORDS_DE)]));
}
export function nonOrgAcronyms(): Set<string> {
  return (acronyms ??= new Set(words(NON_ORG_ACRONYMS)));
}
