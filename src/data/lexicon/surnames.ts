// Surnames that mean a person on their own in news: frequent German surnames that are not also common nouns, and
// surnames of widely covered public figures (politics, central banks, business, sport, history). Written for this
// project from general knowledge. A listed surname alone makes a person mention ("sagte Merkel", "Musks Pläne").

const GERMAN_COMMON = `
Müller Schmidt Schneider Fischer Weber Meyer Meier Mayer Maier Wagner Becker Schulz Schulze Hoffmann Hofmann Schäfer
 Neumann Zimmermann Krüger Hartmann Schmitt Schmitz Krause Lehmann Schmid  Herrmann Huber Peters Scholz
Möller Weiß Schubert Friedrich Günther Berger Winkler Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Kraus
Schumacher Krämer Vogt Seidel Brandt Haas Schreiber Schulte Dietrich Ziegler Kuhn Kühn Pohl Bergmann Voigt Pfeiffer
Wolff Kaufmann Hauser Heinemann Ernst Jansen Janßen Thiel Lindner Busch Brinkmann Stahl Sander Kern Hermann Kramer
Kessler Keßler Mertens Ebert Lindemann Nowak Kowalski Schuler Brückner Mohr Schütz Wendt Hübner Schilling Kirchner
Adam Beyer Beier Barth Gerlach Marx Wegner Fuhrmann Reuter Reinhardt Petersen Nielsen Hansen Christensen Jacobs
Dreyer Maurer Stein Haase Rieger Fiedler Gebhardt Lehner Buchholz Ulrich Engelhardt Kühne Rausch Nagel Ott Böttcher
`;

const PUBLIC_FIGURES = `
 Scholz Schäuble  Gauck Wulff Kohl Adenauer Erhard Genscher Westerwelle Steinbrück Gabriel Nahles
Seehofer Söder  Laschet Merz Lindner Habeck Baerbock Lauterbach Faeser Pistorius Kubicki Wagenknecht Weidel
Gysi Lafontaine Trittin Özdemir Kretschmann Wüst Dobrindt Spahn Altmaier Maas Guttenberg Gysi Esken Klingbeil
Kühnert Chrupalla Höcke Giffey Wegner Schwesig Woidke Weil Tschentscher Ramsauer Brüderle Rösler Zypries Clement
Eichel Waigel Lambsdorff Schily Fischer Trump Biden   Bush Reagan Nixon Kennedy Roosevelt Lincoln Harris
Pence Pelosi McConnell Schumer Sanders Warren Cruz Rubio DeSantis Haley Vance Blinken Rubio Kerry Mnuchin Bessent
Lutnick Navarro Putin Medwedew Medvedev Lawrow Lavrov Selenskyj Zelensky Selensky Poroschenko Timoschenko Gorbatschow
Gorbachev Jelzin Yeltsin Chruschtschow  Lenin Hitler Mussolini Napoleon Bismarck Churchill Thatcher 
Cameron Sunak Starmer Truss Corbyn Farage Macron Sarkozy Hollande Chirac Mitterrand Lepen Mélenchon 
Draghi Meloni Renzi Prodi Monti Conte Salvini Sánchez Rajoy Zapatero Orbán Orban Tusk Kaczyński Erdoğan Erdogan
Netanjahu Netanyahu Modi Gandhi Nehru Xi Jinping Mao Deng Kishida Abe Trudeau Albanese Lula Bolsonaro Milei Maduro
Chávez Chavez Castro Mandela Ramaphosa Juncker Barroso   Lagarde Draghi Trichet Weidmann Nagel
Schnabel Powell Yellen Bernanke Greenspan Volcker Carney Bailey Kuroda Ueda Jordan Nabiullina Georgieva Guterres
Stoltenberg Rutte Leyen Michel Borrell Costa Kallas Musk Bezos  Gates Buffett Munger Dimon Nadella Pichai
Altman Amodei Hassabis Suleyman Sutskever LeCun Hinton Nvidia Huang Jobs Wozniak Ellison Dorsey Page Brin Sandberg
Dell Icahn Soros Ackman Dalio Fink Solomon Blankfein Gorman Fraser Moynihan Scharf  Chesky Kalanick
Khosrowshahi Benioff Jassy Cook Bloomberg Murdoch Branson Arnault Pinault Bettencourt Slim Ambani Adani Tata Ma
Son Masayoshi Bolloré Agnelli Elkann Marchionne Tavares Ackermann Sewing Achleitner Kaeser Busch Diess Blume Müller
Zetsche Källenius Winterkorn Piëch Quandt Klatten Schaeffler Oetker Otto Plattner Hopp Klein Höttges Obermann
Löscher Kengeter Theodor Weimer Bäte Diekmann Wenning Baumann Bulling Hainer Rorsted Gulden Spohr Russwurm
 Klinsmann Löw Flick Nagelsmann Klopp Tuchel Heynckes  Hoeneß Hoeness Kahn Neuer Ballack
Matthäus Völler Schweinsteiger Lahm Podolski Klose Messi Ronaldo Neymar Mbappé Zidane Maradona Pelé Guardiola
Mourinho Ancelotti Wenger Ferguson Schumacher Vettel Hamilton Verstappen Alonso Federer Nadal Djokovic Williams
Bolt Phelps Jordan Woods Ali Tyson Klitschko   Schiller Luther Einstein Mozart Beethoven Bach Wagner
Kant Hegel Nietzsche Freud Darwin Newton Shakespeare Picasso Gandhi Mandela Castro Keynes Friedman Smith
`;

// Surnames that are also ordinary words or frequent company names; never taken alone.
// German nouns and trades ("Koch", "Richter", "Bauer") and English words ("Major", "Post") added for the people list.
export const AMBIGUOUS = new Set(
  'Fischer Busch Stein Ernst Otto Klein Nagel Weil Page Brown Cook Bloomberg Ali Son Ma Xi Mao Deng Abe Michel Costa Jordan Slim Smith Harris Warren Bailey Carney Fraser Solomon Adam Marx Kern Stahl Haas Sander Hopp Dell Tata Conte Weiß Nvidia Jinping Masayoshi Hermann Theodor Adani Wegner Baumann Koch Richter Bauer Kaiser König Graf Jäger Meister Wolf Fuchs Vogel Hahn Engel Sommer Winter Horn Post Major King Long Short Love Best Good Young Strong Small Rich Gross Groß Lange Lang Kurz Klein Schwarz Braun Weiß Jung Frei Stark Hart Scharf Wild Jordan Chase Rose Pope Bishop Church Hall Park Green White Black Gray Grey Wood Woods Hill Field Stone Bell Moon Ford Morgan Walton Hilton Marriott Disney Boeing Porsche Bosch Siemens Merck Benz Daimler Krupp Thyssen Springer Mohn Burda Sun Song He Li Lu Wu Hu Ma Oh Ko Le Ho Better Blessing Diamond Pick Swan Winners Quick Kind Lake Sweet Cable Champagne Pill Prince Stern Singer Spiegel Buch Lies Grass Mann Hesse Kent Fox Pen Pol Min Ban Hun Pan Lay XVI Bock Ritter Hofer Bär Holz Freund Storch Laden Cos Meo Hood Sen Sachs Dürr Mensch Sinn Herzog Krieger Jobs Havel Hudson Tiger'.split(' '),
);

let cache: Set<string> | null = null;

export function knownSurnames(): Set<string> {
  if (!cache) {
    cache = new Set(`${GERMAN_COMMON} ${PUBLIC_FIGURES}`.split(/\s+/).filter((w) => w && !AMBIGUOUS.has(w)));
  }
  return cache;
}
