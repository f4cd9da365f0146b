// Organisations that are not companies: regulators, central banks, exchanges, ministries, parliaments, media and news
// agencies, unions, parties, international bodies, sports bodies. Written for this project.
// One line per organisation: `id|Display name|alias|alias...`. Ids are prefixed "o:" by the loader.
// Aliases are case-sensitive surface forms; only forms that mean the organisation on their own. A `de:` prefix marks
// an entry that is only read in German text ("die Union" is CDU/CSU there, not in English).

const ORGS = `
bafin|BaFin|Bundesanstalt für Finanzdienstleistungsaufsicht
ecb|EZB|Europäische Zentralbank|ECB|European Central Bank
fed|Federal Reserve|Fed|US-Notenbank|Federal Reserve Board|Federal Reserve System|FOMC|Federal Open Market Committee
bundesbank|Bundesbank|Deutsche Bundesbank
boe|Bank of England|BoE|BOE
boj|Bank of Japan|BoJ|BOJ
snb|Schweizerische Nationalbank|SNB|Swiss National Bank
pboc|People's Bank of China|PBOC|PBoC|chinesische Zentralbank
rbi|Reserve Bank of India|RBI
rba|Reserve Bank of Australia|RBA
boc|Bank of Canada
oenb|Oesterreichische Nationalbank|OeNB
sec|Securities and Exchange Commission|SEC|US-Börsenaufsicht
ftc|Federal Trade Commission|FTC
fca|Financial Conduct Authority|FCA
cftc|Commodity Futures Trading Commission|CFTC
finra|FINRA
fdic|FDIC|Federal Deposit Insurance Corporation
cfpb|CFPB|Consumer Financial Protection Bureau
doj|Department of Justice|Justice Department|DOJ
treasury|US Treasury|Treasury Department|Treasury|US-Finanzministerium
esma|ESMA|European Securities and Markets Authority
eba|EBA|European Banking Authority
finma|FINMA|Finma
fma|FMA
bmf|Bundesfinanzministerium|Finanzministerium|BMF
bmwk|Bundeswirtschaftsministerium|Wirtschaftsministerium|BMWK|BMWi
kartellamt|Bundeskartellamt|Kartellamt
bnetza|Bundesnetzagentur
destatis|Statistisches Bundesamt|Destatis
ifo|Ifo-Institut|Ifo|ifo Institut|Ifo Institut
zew|ZEW
diw|DIW
iw|Institut der deutschen Wirtschaft
imf|Internationaler Währungsfonds|IWF|IMF|International Monetary Fund
worldbank|Weltbank|World Bank
oecd|OECD
wto|Welthandelsorganisation|WTO|World Trade Organization
who|Weltgesundheitsorganisation|WHO|World Health Organization
un|Vereinte Nationen|UN|UNO|United Nations
nato|NATO|Nato
eu|Europäische Union|EU|European Union
eu-commission|EU-Kommission|Europäische Kommission|European Commission|Brüsseler Kommission
eu-parliament|Europäisches Parlament|EU-Parlament|European Parliament
eurogroup|Eurogruppe|Eurogroup
esm|ESM|Euro-Rettungsschirm
bis|Bank für Internationalen Zahlungsausgleich|BIZ|Bank for International Settlements|BIS
opec|OPEC|Opec|Opec+|OPEC+
iea|Internationale Energieagentur|IEA|International Energy Agency
g7|G7
g20|G20
bundestag|Bundestag
bundesrat|Bundesrat
bundesregierung|Bundesregierung
bverfg|Bundesverfassungsgericht
bgh|Bundesgerichtshof|BGH
eugh|EuGH|Europäischer Gerichtshof
congress|US-Kongress|Congress|Kongress
senate|US-Senat|Senate
house|House of Representatives|Repräsentantenhaus|House
white-house|White House|Weißes Haus
parliament|Parliament
nyse|New York Stock Exchange|NYSE
nasdaq|Nasdaq|NASDAQ
lse|London Stock Exchange|LSE
deutsche-boerse-exchange|Frankfurter Wertpapierbörse|Frankfurter Börse
xetra|Xetra|XETRA
six|SIX Swiss Exchange|SIX
euronext|Euronext
cboe|Cboe|CBOE
cme|CME|Chicago Mercantile Exchange
hkex|Hong Kong Stock Exchange|HKEX
tse|Tokyo Stock Exchange
sse|Shanghai Stock Exchange
bse|Bombay Stock Exchange|BSE
nse|National Stock Exchange|NSE
asx|ASX|Australian Securities Exchange
tsx|Toronto Stock Exchange|TSX
jse|Johannesburg Stock Exchange|JSE
wiener-boerse|Wiener Börse
gettex|gettex
tradegate|Tradegate
reuters|Reuters|Thomson Reuters
bloomberg|Bloomberg|Bloomberg News|Bloomberg TV
dpa|dpa|dpa-AFX|Deutsche Presse-Agentur|DPA
afp|AFP|Agence France-Presse
ap|AP|Associated Press
dow-jones-newswires|Dow Jones Newswires
cnbc|CNBC
cnn|CNN
bbc|BBC
ft|Financial Times|FT
wsj|Wall Street Journal|WSJ
nyt|New York Times|NYT
wapo|Washington Post
economist|The Economist
forbes|Forbes
fortune|Fortune-Magazin|Fortune magazine
barrons|Barron's
marketwatch|MarketWatch
business-insider|Business Insider
the-information|The Information
techcrunch|TechCrunch
motley-fool|Motley Fool|The Motley Fool
seeking-alpha|Seeking Alpha
nikkei|Nikkei|Nikkei Asia
handelsblatt|Handelsblatt
faz|FAZ|Frankfurter Allgemeine Zeitung|Frankfurter Allgemeine
sz|Süddeutsche Zeitung|SZ
spiegel|Spiegel|Der Spiegel|Spiegel Online
zeit|Die Zeit|Zeit Online
welt|Die Welt|Welt am Sonntag
bild|Bild-Zeitung|Bild am Sonntag|BamS|BILD
focus|Focus Online|Focus-Magazin
stern|Stern-Magazin
tagesspiegel|Tagesspiegel
taz|taz
wiwo|Wirtschaftswoche|WirtschaftsWoche|WiWo
boersen-zeitung|Börsen-Zeitung
manager-magazin|Manager Magazin|manager magazin
ard|ARD
zdf|ZDF
ntv|n-tv|ntv
rtl-news|RTL
orf|ORF
srf|SRF
nzz|NZZ|Neue Zürcher Zeitung
bbg|Bloomberg Intelligence
igmetall|IG Metall
verdi|Verdi|Ver.di|ver.di
dgb|DGB|Deutscher Gewerkschaftsbund
igbce|IG BCE
gdl|GDL
evg|EVG
bdi|BDI|Bundesverband der Deutschen Industrie
dihk|DIHK
vda|VDA|Verband der Automobilindustrie
bitkom|Bitkom
vdma|VDMA
bdb|Bankenverband
afl-cio|AFL-CIO
cdu|CDU
de:union-cdu-csu|Union|Unionsparteien|Unionsfraktion|CDU/CSU
champions-league|Champions League|UEFA Champions League
europa-league|Europa League
european-council|Europäischer Rat|European Council
csu|CSU
spd|SPD
fdp|FDP
gruene|Grüne|Grünen|Bündnis 90/Die Grünen
linke|Linke|Die Linke|Linkspartei|Linken
afd|AfD
bsw|BSW
oevp|ÖVP
spoe|SPÖ
fpoe|FPÖ
svp|SVP
democrats|Democrats|Democratic Party|Demokraten
republicans|Republicans|Republican Party|GOP|Republikaner
labour|Labour|Labour Party
tories|Tories|Conservative Party|Conservatives
liberals|Liberal Party|Liberal Democrats
fifa|FIFA|Fifa
uefa|UEFA|Uefa
dfb|DFB
dfl|DFL
ioc|IOC
nba|NBA
nfl|NFL
mit|MIT|Massachusetts Institute of Technology
harvard|Harvard|Harvard University
stanford|Stanford|Stanford University
oxford|Oxford University|University of Oxford
cambridge|Cambridge University|University of Cambridge
fraunhofer|Fraunhofer|Fraunhofer-Gesellschaft
max-planck|Max-Planck-Gesellschaft|Max-Planck-Institut
tuev|TÜV
adac|ADAC
kfw|KfW|KfW Bankengruppe
eib|EIB|Europäische Investitionsbank|European Investment Bank
ebrd|EBRD|Osteuropabank
moodys|Moody's|Moody’s
sp-ratings|Standard & Poor's|S&P Global Ratings
fitch|Fitch|Fitch Ratings
scope|Scope Ratings
pentagon|Pentagon
cia|CIA
fbi|FBI
nasa|NASA|Nasa
esa|ESA
kremlin|Kreml|Kremlin
hamas|Hamas
hisbollah|Hisbollah|Hezbollah
taliban|Taliban
red-cross|Rotes Kreuz|Red Cross
greenpeace|Greenpeace
wef|Weltwirtschaftsforum|World Economic Forum|WEF
prosieben|ProSieben|Pro Sieben|ProSiebenSat.1
sat1|Sat.1|SAT.1
vox|VOX
sky|Sky Deutschland|Sky News
cbs|CBS
nbc|NBC
abc-news|ABC News
fox-news|Fox News|Fox Business
ap-dj|Dow Jones Newswires
yahoo-finance|Yahoo Finance
guardian|The Guardian|Guardian
telegraph|The Telegraph|Daily Telegraph
times-london|The Times
independent|The Independent
daily-mail|Daily Mail
sun|The Sun
le-monde|Le Monde
figaro|Le Figaro
corriere|Corriere della Sera
el-pais|El País
asahi|Asahi Shimbun
xinhua|Xinhua
tass|Tass|TASS
interfax|Interfax
ria|RIA Nowosti|RIA Novosti
kyodo|Kyodo
yonhap|Yonhap
aljazeera|Al Jazeera|Al-Dschasira
deutsche-welle|Deutsche Welle|DW
mdr|MDR
ndr|NDR
wdr|WDR
swr|SWR
br|Bayerischer Rundfunk
hr|Hessischer Rundfunk
rbb|RBB|rbb
dlf|Deutschlandfunk
epd|epd
kna|KNA
sid|SID
fc-bayern|FC Bayern München|FC Bayern|Bayern München
bvb|Borussia Dortmund|BVB
schalke|FC Schalke 04|Schalke 04|Schalke
werder|Werder Bremen|SV Werder Bremen|Werder
hsv|Hamburger SV|HSV
vfb|VfB Stuttgart
leverkusen|Bayer Leverkusen|Bayer 04 Leverkusen
gladbach|Borussia Mönchengladbach|Mönchengladbach|Gladbach
wolfsburg|VfL Wolfsburg
frankfurt-eintracht|Eintracht Frankfurt
hertha|Hertha BSC
koeln|1. FC Köln
union-berlin|Union Berlin|1. FC Union Berlin
rb-leipzig|RB Leipzig
hoffenheim|TSG Hoffenheim|TSG 1899 Hoffenheim
freiburg|SC Freiburg
mainz|FSV Mainz 05|Mainz 05
real-madrid|Real Madrid
barcelona|FC Barcelona|Barça
atletico|Atlético Madrid|Atletico Madrid
man-utd|Manchester United|Man United
man-city|Manchester City|Man City
liverpool-fc|FC Liverpool|Liverpool FC
chelsea|FC Chelsea|Chelsea FC
arsenal|FC Arsenal|Arsenal
tottenham|Tottenham Hotspur|Tottenham
juventus|Juventus Turin|Juventus
ac-milan|AC Mailand|AC Milan
inter|Inter Mailand|Inter Milan
psg|Paris Saint-Germain|Paris St. Germain|PSG
ajax|Ajax Amsterdam
benfica|Benfica Lissabon|Benfica
porto|FC Porto
galatasaray|Galatasaray
celtic|Celtic Glasgow
olympiakos|Olympiakos Piräus|Olympiakos|Olympiacos
fenerbahce|Fenerbahçe Istanbul|Fenerbahçe|Fenerbahce
scientology|Scientology|Scientology-Kirche|Church of Scientology
unesco|UNESCO|Unesco
caritas|Caritas|Deutscher Caritasverband
diakonie|Diakonie|Diakonisches Werk
amnesty|Amnesty International
`;

export interface OrgEntry {
  id: string;
  name: string;
  aliases: string[];
  /** Only in text of this language. */
  lang?: 'de' | 'en';
}

let cache: OrgEntry[] | null = null;

export function organizations(): OrgEntry[] {
  if (!cache)
    cache = ORGS.trim()
      .split('\n')
      .map((line) => {
        const [rawId, name, ...aliases] = line.split('|');
        const lang = /^(de|en):/.exec(rawId)?.[1] as 'de' | 'en' | undefined;
        return { id: `o:${rawId.replace(/^(de|en):/, '')}`, name, aliases, ...(lang ? { lang } : {}) };
      });
  return cache;
}
