// People most covered in German and English political, business and financial news 1995-2025, written for this
// project from general knowledge (not from any evaluation data). One full name per entry, separated by ";" or a
// line break; German transliterations are listed as their own entries ("Wladimir Putin"). A leading "^" marks a
// family-name-first name ("^Xi Jinping"): its first word is the surname. The recogniser takes a listed full name as
// a person, and the surname alone ("Merkel sagte", "Musks Pläne") unless the word is ambiguous (see people-index).

const GERMANY = `
Angela Merkel; Olaf Scholz; Friedrich Merz; Gerhard Schröder; Helmut Kohl; Helmut Schmidt; Willy Brandt; Konrad Adenauer
Frank-Walter Steinmeier; Joachim Gauck; Christian Wulff; Horst Köhler; Johannes Rau; Roman Herzog; Richard von Weizsäcker
Wolfgang Schäuble; Peer Steinbrück; Hans Eichel; Theo Waigel; Oskar Lafontaine; Christian Lindner; Robert Habeck
Annalena Baerbock; Karl Lauterbach; Nancy Faeser; Boris Pistorius; Hubertus Heil; Svenja Schulze; Volker Wissing
Marco Buschmann; Bettina Stark-Watzinger; Cem Özdemir; Steffi Lemke; Klara Geywitz; Wolfgang Schmidt; Lars Klingbeil
Saskia Esken; Kevin Kühnert; Norbert Walter-Borjans; Andrea Nahles; Martin Schulz; Sigmar Gabriel; Frank Müntefering
Franz Müntefering; Kurt Beck; Matthias Platzeck; Rudolf Scharping; Hans-Jochen Vogel; Björn Engholm; Jens Spahn
Peter Altmaier; Ursula von der Leyen; Annegret Kramp-Karrenbauer; Armin Laschet; Markus Söder; Horst Seehofer
Edmund Stoiber; Alexander Dobrindt; Andreas Scheuer; Dorothee Bär; Ilse Aigner; Joachim Herrmann; Hubert Aiwanger
Thomas de Maizière; Karl-Theodor zu Guttenberg; Ronald Pofalla; Volker Kauder; Ralph Brinkhaus; Carsten Linnemann
Paul Ziemiak; Hermann Gröhe; Julia Klöckner; Anja Karliczek; Helge Braun; Heiko Maas; Olaf Lies; Stephan Weil
Manuela Schwesig; Dietmar Woidke; Malu Dreyer; Alexander Schweitzer; Anke Rehlinger; Peter Tschentscher; Andreas Bovenschulte
Franziska Giffey; Kai Wegner; Michael Müller; Klaus Wowereit; Winfried Kretschmann; Hendrik Wüst; Daniel Günther
Boris Rhein; Volker Bouffier; Roland Koch; Michael Kretschmer; Reiner Haseloff; Bodo Ramelow; Mario Voigt; Stanislaw Tillich
Kurt Biedenkopf; Guido Westerwelle; Philipp Rösler; Rainer Brüderle; Wolfgang Kubicki; Hans-Dietrich Genscher
Otto Graf Lambsdorff; Alexander Graf Lambsdorff; Marie-Agnes Strack-Zimmermann; Johannes Vogel; Bijan Djir-Sarai
Joschka Fischer; Jürgen Trittin; Claudia Roth; Renate Künast; Katrin Göring-Eckardt; Anton Hofreiter; Ricarda Lang
Omid Nouripour; Franziska Brantner; Felix Banaszak; Britta Haßelmann; Katharina Dröge; Gregor Gysi; Sahra Wagenknecht
Dietmar Bartsch; Katja Kipping; Bernd Riexinger; Janine Wissler; Martin Schirdewan; Jan van Aken; Ines Schwerdtner
Heidi Reichinnek; Alice Weidel; Tino Chrupalla; Björn Höcke; Alexander Gauland; Jörg Meuthen; Frauke Petry; Beatrix von Storch
Bernd Lucke; Maximilian Krah; Thilo Sarrazin; Hans-Georg Maaßen; Wolfgang Bosbach; Norbert Röttgen;
Jens Weidmann; Joachim Nagel; Axel Weber; Ernst Welteke; Hans Tietmeyer; Karl Otto Pöhl; Sabine Lautenschläger
Claudia Buch; Isabel Schnabel; Andreas Dombret; Johannes Beermann; Burkhard Balz; Sabine Mauderer; Mark Branson
Felix Hufeld; Jochen Sanio; Elke König; Werner Hoyer; Klaus Regling; Jörg Kukies; Werner Gatzer; Steffen Kampeter
Wolfgang Clement; Werner Müller; Michael Glos; Karl-Theodor Guttenberg; Rainer Brüderle; Brigitte Zypries
Ulla Schmidt; Ursula Schmidt; Otto Schily; Herta Däubler-Gmelin; Renate Schmidt; Edelgard Bulmahn; Hans Eichel
Franz Josef Jung; Thomas Oppermann; Rolf Mützenich; Achim Post; Matthias Miersch; Dirk Wiese; Bärbel Bas
Wolfgang Thierse; Norbert Lammert; Rita Süssmuth; Julia Klöckner; Reiner Hoffmann; Yasmin Fahimi; Frank Werneke
Michael Vassiliadis; Jörg Hofmann; Christiane Benner; Siegfried Russwurm; Dieter Kempf; Ingo Kramer; Rainer Dulger
Peter Adrian; Eric Schweitzer; Martin Wansleben; Marcel Fratzscher; Clemens Fuest; Hans-Werner Sinn; Michael Hüther
Monika Schnitzer; Veronika Grimm; Lars Feld; Peter Bofinger; Achim Truger; Isabella Weber; Jens Südekum; Gabriel Felbermayr
Moritz Schularick; Christoph Schmidt; Bert Rürup; Karl Lamers; Heinrich Bedford-Strohm; Reinhard Marx
Georg Bätzing; Rainer Maria Woelki; Joseph Ratzinger; Kai Diekmann; Mathias Döpfner; Friede Springer; Julian Reichelt
Markus Lanz; Anne Will; Sandra Maischberger; Maybrit Illner; Frank Plasberg; Louis Klamroth; Günther Jauch; Thomas Gottschalk
Christian Drosten; Lothar Wieler; Hendrik Streeck; Karl-Josef Laumann; Jens Spahn; Daniel Bahr; Philipp Amthor
Jan Marsalek; Markus Braun; Burkhard Ley; Carsten Maschmeyer; Frank Thelen; Ralf Dümmel; Judith Williams
Dagmar Wöhrl; Georg Kofler; Nico Rosberg; Karl Marx; Otto von Bismarck; Adolf Hitler; Erich Honecker; Walter Ulbricht
Egon Krenz; Hans Modrow; Lothar de Maizière; Günter Schabowski; Helmut Kohl; Ludwig Erhard; Kurt Georg Kiesinger
Heinrich Lübke; Theodor Heuss; Walter Scheel; Karl Carstens; Gustav Heinemann; Wolfgang Ischinger; Christoph Heusgen
Jürgen Habermas; Günter Grass; Martin Walser; Herta Müller; Daniel Kehlmann; Juli Zeh; Richard David Precht
Luisa Neubauer; Carla Reemtsma; Greta Thunberg; Kai Gniffke; Tom Buhrow; Patricia Schlesinger
Thorsten Frei; Carsten Schneider; Reem Alabali-Radovan; Serap Güler; Wolfram Weimer; Katherina Reiche; Karin Prien
Johann Wadephul; Dorothee Bär; Alois Rainer; Patrick Schnieder; Nina Warken; Verena Hubertz; Stefanie Hubig
Lars Klingbeil; Jens Spahn; Matthias Miersch; Alexander Hoffmann; Stefan Kornelius; Christian Dürr; Marco Wanderwitz
Serpil Midyatli; Ralf Stegner; Nils Schmid; Michael Roth; Christine Lambrecht; Anne Spiegel; Lisa Paus; Rüdiger Grube
Annette Schavan; Thomas de Maiziere; Ursula Heinen-Esser; Svenja Schulze; Barbara Hendricks; Gerd Müller; Dirk Niebel
Sebastian Edathy; Karl-Heinz Funke; Renate Künast; Jürgen Möllemann; Klaus Kinkel; Theo Zwanziger; Wolfgang Niersbach
`;

const AUSTRIA_SWITZERLAND = `
Sebastian Kurz; Karl Nehammer; Christian Stocker; Alexander Schallenberg; Alexander Van der Bellen; Heinz Fischer
Thomas Klestil; Wolfgang Schüssel; Alfred Gusenbauer; Werner Faymann; Christian Kern; Brigitte Bierlein; Reinhold Mitterlehner
Michael Spindelegger; Josef Pröll; Wilhelm Molterer; Hans Jörg Schelling; Gernot Blümel; Magnus Brunner; Markus Marterbauer
Heinz-Christian Strache; Norbert Hofer; Herbert Kickl; Jörg Haider; Pamela Rendi-Wagner; Andreas Babler; Hans Peter Doskozil
Michael Ludwig; Werner Kogler; Leonore Gewessler; Alma Zadić; Beate Meinl-Reisinger; Ewald Nowotny; Robert Holzmann
Martin Kocher; Klaus Liebscher; Gabriel Felbermayr; Johanna Mikl-Leitner; Thomas Stelzer; Wilfried Haslauer; Karoline Edtstadler
René Benko; Dietrich Mateschitz; Frank Stronach; Didi Mateschitz; Hannes Androsch; Niki Lauda; Arnold Schwarzenegger
Christoph Blocher; Ueli Maurer; Alain Berset; Karin Keller-Sutter; Ignazio Cassis; Viola Amherd; Guy Parmelin
Simonetta Sommaruga; Doris Leuthard; Micheline Calmy-Rey; Didier Burkhalter; Eveline Widmer-Schlumpf; Pascal Couchepin
Moritz Leuenberger; Johann Schneider-Ammann; Beat Jans; Elisabeth Baume-Schneider; Martin Pfister; Albert Rösti
Thomas Jordan; Martin Schlegel; Philipp Hildebrand; Jean-Pierre Roth; Fritz Zurbrügg; Antoine Martin; Petra Tschudin
Sergio Ermotti; Ralph Hamers; Axel Weber; Colm Kelleher; Oswald Grübel; Marcel Ospel; Peter Wuffli; Brady Dougan
Tidjane Thiam; Thomas Gottstein; Ulrich Körner; Urs Rohner; Axel Lehmann; António Horta-Osório; Walter Kielholz
Paul Bulcke; Mark Schneider; Laurent Freixe; Peter Brabeck-Letmathe; Severin Schwan; Thomas Schinecker; Vas Narasimhan
Joseph Jimenez; Daniel Vasella; Jörg Reinhardt; Giovanni Caforio; Christoph Franz; Björn Rosengren; Ulrich Spiesshofer
Peter Voser; Jan Jenisch; Miguel Ángel López; Mario Greco; Nick Hayek; Nicolas Hayek; Johann Rupert; Roger Federer
Sepp Blatter; Gianni Infantino; Michel Platini; Urs Schaeppi; Christoph Aeschlimann; Gilbert Achermann; Philipp Rickenbacher
`;

const EU_INTERNATIONAL = `
Ursula von der Leyen; Jean-Claude Juncker; José Manuel Barroso; Romano Prodi; Jacques Santer; Jacques Delors
Donald Tusk; Charles Michel; António Costa; Herman Van Rompuy; Roberta Metsola; David Sassoli; Martin Schulz
Antonio Tajani; Josep Borrell; Kaja Kallas; Federica Mogherini; Catherine Ashton; Javier Solana; Margrethe Vestager
Thierry Breton; Frans Timmermans; Valdis Dombrovskis; Paolo Gentiloni; Pierre Moscovici; Olli Rehn; Michel Barnier
Maroš Šefčovič; Mairead McGuinness; Phil Hogan; Cecilia Malmström; Günther Oettinger; Neelie Kroes; Joaquín Almunia
Mario Monti; Karel De Gucht; Stella Kyriakides; Ylva Johansson; Teresa Ribera; Henna Virkkunen; Stéphane Séjourné
Wopke Hoekstra; Magnus Brunner; Maria Luís Albuquerque; Dubravka Šuica; Margaritis Schinas; Věra Jourová
Andrius Kubilius; Piotr Serafin; Valdis Dombrovskis; Jeroen Dijsselbloem; Paschal Donohoe;
Mario Draghi; Christine Lagarde; Jean-Claude Trichet; Wim Duisenberg; Luis de Guindos; Vítor Constâncio; Philip Lane
Peter Praet; Benoît Cœuré; Yves Mersch; Frank Elderson; Piero Cipollone; Fabio Panetta; Andrea Enria; Claudia Buch
François Villeroy de Galhau; Ignazio Visco; Klaas Knot; Pablo Hernández de Cos; Gabriel Makhlouf; Robert Holzmann
Mārtiņš Kazāks; Madis Müller; Boris Vujčić; Gediminas Šimkus; Olli Rehn; Pierre Wunsch; Mario Centeno; Fabio Panetta
Kristalina Georgieva; Christine Lagarde; Dominique Strauss-Kahn; Rodrigo Rato; Horst Köhler; Michel Camdessus
Gita Gopinath; Olivier Blanchard; Pierre-Olivier Gourinchas; Kenneth Rogoff; Raghuram Rajan; Maurice Obstfeld
Ajay Banga; David Malpass; Jim Yong Kim; Robert Zoellick; Paul Wolfowitz; James Wolfensohn; Ngozi Okonjo-Iweala
Roberto Azevêdo; Pascal Lamy; Angel Gurría; Mathias Cormann; Agustín Carstens; Jaime Caruana; Pablo Hernández de Cos
Mark Carney; Werner Hoyer; Nadia Calviño; Odile Renaud-Basso; Suma Chakrabarti; Jens Stoltenberg; Mark Rutte
Anders Fogh Rasmussen; Javier Solana; Kofi Annan; ^Ban Ki-moon; António Guterres; Boutros Boutros-Ghali
Tedros Adhanom Ghebreyesus; Margaret Chan; Rafael Grossi; Yukiya Amano; Mohamed ElBaradei; Fatih Birol
Haitham al-Ghais; Mohammed Barkindo; Klaus Schwab; Børge Brende; Thomas Bach; Jacques Rogge; Kirsty Coventry
Aleksander Čeferin; Joseph Blatter; Volker Türk; Michelle Bachelet; Filippo Grandi; Karim Khan; Sebastian Coe
`;

const UNITED_STATES = `
Donald Trump; Joe Biden; Barack Obama; George W. Bush; George H. W. Bush; Bill Clinton; Ronald Reagan; Jimmy Carter
Kamala Harris; Mike Pence; JD Vance; J.D. Vance; Dick Cheney; Al Gore; Hillary Clinton; Michelle Obama; Melania Trump
Ivanka Trump; Jared Kushner; Donald Trump Jr.; Eric Trump; Hunter Biden; Jill Biden; Doug Emhoff; Tim Walz
Nancy Pelosi; Mike Johnson; Kevin McCarthy; Paul Ryan; John Boehner; Newt Gingrich; Hakeem Jeffries; Chuck Schumer
Mitch McConnell; John Thune; Harry Reid; Bernie Sanders; Elizabeth Warren; Alexandria Ocasio-Cortez; Ted Cruz; Marco Rubio
Rand Paul; Lindsey Graham; Mitt Romney; John McCain; Liz Cheney; Marjorie Taylor Greene; Matt Gaetz; Jim Jordan
Ron DeSantis; Nikki Haley; Vivek Ramaswamy; Chris Christie; Gavin Newsom; Josh Shapiro; Gretchen Whitmer; Pete Buttigieg
Andrew Cuomo; Kathy Hochul; Eric Adams; Zohran Mamdani; Bill de Blasio; Michael Bloomberg; Rudy Giuliani; Greg Abbott
Antony Blinken; Mike Pompeo; Rex Tillerson; John Kerry; Condoleezza Rice; Colin Powell; Madeleine Albright
Lloyd Austin; Pete Hegseth; Mark Esper; Jim Mattis; Robert Gates; Donald Rumsfeld; Jake Sullivan; John Bolton
Michael Waltz; H.R. McMaster; Susan Rice; Janet Yellen; Steven Mnuchin; Scott Bessent; Timothy Geithner; Tim Geithner
Henry Paulson; Hank Paulson; Jack Lew; Lawrence Summers; Larry Summers; Robert Rubin; Gina Raimondo; Howard Lutnick
Wilbur Ross; Katherine Tai; Robert Lighthizer; Jamieson Greer; Peter Navarro; Larry Kudlow; Gary Cohn; Kevin Hassett
Lael Brainard; Brian Deese; Jared Bernstein; Cecilia Rouse; Stephen Miran; Russell Vought; Elon Musk; Vivek Ramaswamy
Merrick Garland; William Barr; Jeff Sessions; Pam Bondi; Eric Holder; Loretta Lynch; Kash Patel; Christopher Wray
James Comey; Robert Mueller; Tulsi Gabbard; Marco Rubio; Kristi Noem; Alejandro Mayorkas; Robert F. Kennedy Jr.
Robert Kennedy; John F. Kennedy; Xavier Becerra; Anthony Fauci; Rochelle Walensky; Tom Homan; Stephen Miller
Steve Bannon; Karoline Leavitt; Jen Psaki; Karine Jean-Pierre; Sean Spicer; Sarah Huckabee Sanders; Kellyanne Conway
Jerome Powell; Ben Bernanke; Alan Greenspan; Paul Volcker; Janet Yellen; Philip Jefferson; Michelle Bowman; Christopher Waller
Lisa Cook; Adriana Kugler; Michael Barr; Randal Quarles; Richard Clarida; Stanley Fischer; Lael Brainard; Kevin Warsh
John Williams; William Dudley; Timothy Geithner; Neel Kashkari; James Bullard; Raphael Bostic; Loretta Mester
Mary Daly; Charles Evans; Eric Rosengren; Patrick Harker; Esther George; Robert Kaplan; Thomas Barkin; Austan Goolsbee
Lorie Logan; Jeffrey Schmid; Alberto Musalem; Beth Hammack; Susan Collins; Anna Paulson; Kevin Warsh; Judy Shelton
Gary Gensler; Paul Atkins; Jay Clayton; Mary Schapiro; Mary Jo White; Hester Peirce; Lina Khan; Andrew Ferguson
Rohit Chopra; Martin Gruenberg; Sheila Bair; Jelena McWilliams; Rostin Behnam; Brendan Carr; Jessica Rosenworcel
Ajit Pai; Jonathan Kanter; Gail Slater; Sonia Sotomayor; John Roberts; Clarence Thomas; Samuel Alito; Brett Kavanaugh
Amy Coney Barrett; Neil Gorsuch; Elena Kagan; Ketanji Brown Jackson; Ruth Bader Ginsburg; Antonin Scalia
Anthony Kennedy; Stephen Breyer; Jack Smith; Alvin Bragg; Letitia James; Fani Willis; Juan Merchan; Aileen Cannon
`;

const UNITED_KINGDOM_IRELAND = `
Keir Starmer; Rishi Sunak; Liz Truss; Boris Johnson; Theresa May; David Cameron; Gordon Brown; Tony Blair; John Major
Margaret Thatcher; Rachel Reeves; Jeremy Hunt; Kwasi Kwarteng; Nadhim Zahawi; Sajid Javid; Philip Hammond; George Osborne
Alistair Darling; Angela Rayner; David Lammy; Yvette Cooper; Wes Streeting; Ed Miliband; David Miliband; Pat McFadden
Peter Mandelson; Jonathan Reynolds; Peter Kyle; Shabana Mahmood; Bridget Phillipson; Darren Jones; Lisa Nandy
Kemi Badenoch; Suella Braverman; Priti Patel; Dominic Raab; Michael Gove; Grant Shapps; James Cleverly; Penny Mordaunt
Ben Wallace; Matt Hancock; Jacob Rees-Mogg; Nigel Farage; Richard Tice; Jeremy Corbyn; Keir Starmer; Ed Davey
Nick Clegg; Vince Cable; Nicola Sturgeon; Alex Salmond; Humza Yousaf; John Swinney; Anas Sarwar; Mark Drakeford
Dominic Cummings; Andrew Bailey; Mark Carney; Mervyn King; Eddie George; Huw Pill; Sarah Breeden; Ben Broadbent
Dave Ramsden; Catherine Mann; Swati Dhingra; Jonathan Haskel; Megan Greene; Andy Haldane; Silvana Tenreyro
Nikhil Rathi; Andrew Griffith; Sadiq Khan; Andy Burnham; Charles III; King Charles; Queen Elizabeth; Prince William
Prince Harry; Prince Andrew; Meghan Markle; Kate Middleton; Leo Varadkar; Micheál Martin; Simon Harris; Enda Kenny
Bertie Ahern; Mary Lou McDonald; Gerry Adams; Michelle O'Neill; Paschal Donohoe; Michael McGrath; Jack Chambers
`;

const FRANCE_BENELUX = `
Emmanuel Macron; François Hollande; Nicolas Sarkozy; Jacques Chirac; François Mitterrand; Brigitte Macron
Édouard Philippe; Edouard Philippe; Jean Castex; Élisabeth Borne; Elisabeth Borne; Gabriel Attal; Michel Barnier
François Bayrou; Sébastien Lecornu; Manuel Valls; Bernard Cazeneuve; Jean-Marc Ayrault; François Fillon; Dominique de Villepin
Jean-Pierre Raffarin; Lionel Jospin; Alain Juppé; Bruno Le Maire; Gérald Darmanin; Jean-Yves Le Drian; Catherine Colonna
Stéphane Séjourné; Jean-Noël Barrot; Éric Lombard; Eric Lombard; Antoine Armand; Roland Lescure; Marine Le Pen
Jean-Marie Le Pen; Marion Maréchal; Jordan Bardella; Éric Zemmour; Eric Zemmour; Jean-Luc Mélenchon; Raphaël Glucksmann
Valérie Pécresse; Laurent Wauquiez; Anne Hidalgo; Olivier Faure; Ségolène Royal; Christine Lagarde; Pierre Moscovici
François Villeroy de Galhau; Christian Noyer; Jean-Claude Trichet; Thierry Breton; Jacques Attali; Thomas Piketty
Esther Duflo; Jean Tirole; Mark Rutte; Dick Schoof; Jan Peter Balkenende; Wopke Hoekstra; Geert Wilders; Frans Timmermans
Klaas Knot; Olaf Sleijpen; Charles Michel; Alexander De Croo; Bart De Wever; Elio Di Rupo; Guy Verhofstadt; Herman Van Rompuy
Luc Frieden; Xavier Bettel; Jean-Claude Juncker; Pierre Wunsch; King Willem-Alexander; King Philippe
`;

const SOUTHERN_EUROPE = `
Giorgia Meloni; Mario Draghi; Giuseppe Conte; Matteo Renzi; Paolo Gentiloni; Enrico Letta; Mario Monti; Silvio Berlusconi
Romano Prodi; Massimo D'Alema; Matteo Salvini; Antonio Tajani; Giancarlo Giorgetti; Elly Schlein; Sergio Mattarella
Giorgio Napolitano; Luigi Di Maio; Beppe Grillo; Roberto Gualtieri; Giulio Tremonti; Daniele Franco; Ignazio Visco
Fabio Panetta; Pope Francis; Papst Franziskus; Pope Leo; Benedict XVI; Pope Benedict; John Paul II
Pedro Sánchez; Mariano Rajoy; José Luis Rodríguez Zapatero; José María Aznar; Felipe González; Alberto Núñez Feijóo
Santiago Abascal; Pablo Iglesias; Yolanda Díaz; Nadia Calviño; Carlos Cuerpo; Luis de Guindos; Pablo Hernández de Cos
José Luis Escrivá; Carles Puigdemont; Isabel Díaz Ayuso; King Felipe; Felipe VI; Juan Carlos; António Costa; Luís Montenegro
Marcelo Rebelo de Sousa; Pedro Passos Coelho; José Sócrates; Mário Centeno; Kyriakos Mitsotakis; Alexis Tsipras
Yanis Varoufakis; Antonis Samaras; George Papandreou; Evangelos Venizelos; Yannis Stournaras; Robert Abela
Nikos Christodoulides; Nicos Anastasiades; Recep Tayyip Erdoğan; Recep Tayyip Erdogan; Ahmet Davutoğlu; Binali Yıldırım
Mehmet Şimşek; Mehmet Simsek; Berat Albayrak; Naci Ağbal; Şahap Kavcıoğlu; Hafize Gaye Erkan; Fatih Karahan
Kemal Kılıçdaroğlu; Özgür Özel; Ekrem İmamoğlu; Ekrem Imamoglu; Hakan Fidan; Mevlüt Çavuşoğlu; Abdullah Gül
`;

const NORTH_AND_EAST_EUROPE = `
Mette Frederiksen; Lars Løkke Rasmussen; Helle Thorning-Schmidt; Anders Fogh Rasmussen; Ulf Kristersson; Magdalena Andersson
Stefan Löfven; Fredrik Reinfeldt; Carl Bildt; Jonas Gahr Støre; Erna Solberg; Jens Stoltenberg; Sanna Marin; Petteri Orpo
Alexander Stubb; Sauli Niinistö; Juha Sipilä; Kristrún Frostadóttir; Kaja Kallas; Kristen Michal; Alar Karis
Gitanas Nausėda; Ingrida Šimonytė; Evika Siliņa; Krišjānis Kariņš; Edgars Rinkēvičs; Donald Tusk; Mateusz Morawiecki
Beata Szydło; Jarosław Kaczyński; Lech Kaczyński; Andrzej Duda; Karol Nawrocki; Rafał Trzaskowski; Radosław Sikorski
Lech Wałęsa; Adam Glapiński; Andrzej Domański; Petr Fiala; Andrej Babiš; Petr Pavel; Miloš Zeman; Václav Havel
Václav Klaus; Robert Fico; Zuzana Čaputová; Peter Pellegrini; Viktor Orbán; Viktor Orban; Péter Magyar; Katalin Novák
Tamás Sulyok; Péter Szijjártó; Mihály Varga; György Matolcsy; Klaus Iohannis; Nicușor Dan; Marcel Ciolacu; Ilie Bolojan
Rumen Radev; Boyko Borisov; Andrej Plenković; Zoran Milanović; Aleksandar Vučić; Aleksandar Vucic; Robert Golob
Edi Rama; Maia Sandu; Milorad Dodik; Slobodan Milošević; Radovan Karadžić; Ratko Mladić; Josip Broz Tito
`;

const RUSSIA_UKRAINE = `
Vladimir Putin; Wladimir Putin; Dmitry Medvedev; Dmitri Medwedew; Mikhail Mishustin; Michail Mischustin; Sergei Lavrov
Sergej Lawrow; Sergei Shoigu; Sergej Schoigu; Andrei Belousov; Valery Gerasimov; Dmitry Peskov; Dmitri Peskow
Maria Zakharova; Maria Sacharowa; Elvira Nabiullina; Elwira Nabiullina; Anton Siluanov; Anton Siluanow; Alexei Kudrin
Igor Sechin; Igor Setschin; Alexei Miller; Alexej Miller; Vagit Alekperov; Oleg Deripaska; Roman Abramovich
Roman Abramowitsch; Alisher Usmanov; Mikhail Fridman; Michail Fridman; Vladimir Potanin; Gennady Timchenko
Yevgeny Prigozhin; Jewgeni Prigoschin; Ramzan Kadyrov; Ramsan Kadyrow; Alexei Navalny; Alexej Nawalny; Yulia Navalnaya
Julia Nawalnaja; Mikhail Khodorkovsky; Michail Chodorkowski; Boris Yeltsin; Boris Jelzin; Mikhail Gorbachev
Michail Gorbatschow; Viktor Chernomyrdin; Yevgeny Primakov; Boris Nemtsov; Sergei Skripal; Alexander Lukashenko
Alexander Lukaschenko; Swjatlana Zichanouskaja; Sviatlana Tsikhanouskaya; Volodymyr Zelensky; Volodymyr Zelenskyy
Wolodymyr Selenskyj; Petro Poroshenko; Petro Poroschenko; Viktor Yanukovych; Viktor Janukowitsch; Viktor Yushchenko
Yulia Tymoshenko; Julia Timoschenko; Vitali Klitschko; Wladimir Klitschko; Dmytro Kuleba; Andriy Sybiha; Denys Shmyhal
Denys Schmyhal; Yulia Svyrydenko; Andriy Yermak; Andrij Jermak; Oleksii Reznikov; Rustem Umerov; Valerii Zaluzhnyi
Walerij Saluschnyj; Oleksandr Syrskyi; Kyrylo Budanov; Serhiy Marchenko; Andriy Pyshnyy; Ihor Kolomoisky; Rinat Akhmetov
`;

const ASIA_PACIFIC = `
^Xi Jinping; ^Li Qiang; ^Li Keqiang; ^Wen Jiabao; ^Hu Jintao; ^Jiang Zemin; ^Zhu Rongji; ^Deng Xiaoping; ^Mao Zedong
^Wang Yi; ^Wang Qishan; ^Han Zheng; ^Ding Xuexiang; ^He Lifeng; ^Liu He; ^Cai Qi; ^Zhao Leji; ^Wang Huning; ^Li Xi
^Yi Gang; ^Pan Gongsheng; ^Zhou Xiaochuan; ^Lan Fo'an; ^Liu Kun; ^Qin Gang; ^Wang Wentao; ^Li Shangfu; ^Dong Jun
^Xie Zhenhua; ^Wu Qing; ^Yi Huiman; ^Guo Shuqing; ^Bo Xilai; ^Zhou Yongkang; ^Zhang Youxia; ^Peng Liyuan
^Ma Ying-jeou; ^Tsai Ing-wen; ^Lai Ching-te; ^Chen Shui-bian; ^Han Kuo-yu; ^Ko Wen-je; John Lee; Carrie Lam
^Leung Chun-ying; ^Jimmy Lai; ^Joshua Wong; ^Lee Hsien Loong; ^Lawrence Wong; ^Lee Kuan Yew; ^Goh Chok Tong
Shinzo Abe; Shinzō Abe; Fumio Kishida; Yoshihide Suga; Shigeru Ishiba; Sanae Takaichi; Junichiro Koizumi; Yoshihiko Noda
Naoto Kan; Yukio Hatoyama; Taro Aso; Tarō Asō; Toshimitsu Motegi; Katsunobu Kato; Shunichi Suzuki; Yoshimasa Hayashi
Taro Kono; Shinjiro Koizumi; Kazuo Ueda; Haruhiko Kuroda; Masaaki Shirakawa; Toshihiko Fukui; Ryozo Himino
Shinichi Uchida; Masato Kanda; Atsushi Mimura; Emperor Naruhito; Emperor Akihito; ^Yoon Suk-yeol; ^Moon Jae-in
^Lee Jae-myung; ^Park Geun-hye; ^Lee Myung-bak; ^Roh Moo-hyun; ^Kim Dae-jung; ^Han Duck-soo; ^Choi Sang-mok; ^Rhee Chang-yong
^Lee Ju-yeol; ^Kim Jong Un; ^Kim Jong-un; ^Kim Jong Il; ^Kim Il Sung; ^Kim Yo Jong; Narendra Modi; Manmohan Singh
Rahul Gandhi; Sonia Gandhi; Indira Gandhi; Rajiv Gandhi; Jawaharlal Nehru; Mahatma Gandhi; Amit Shah
Nirmala Sitharaman; Arun Jaitley; Piyush Goyal; Subrahmanyam Jaishankar; Rajnath Singh; Arvind Kejriwal; Yogi Adityanath
Shaktikanta Das; Sanjay Malhotra; Urjit Patel; Raghuram Rajan; Duvvuri Subbarao; Imran Khan; Nawaz Sharif; Shehbaz Sharif
Benazir Bhutto; Pervez Musharraf; Asif Ali Zardari; Sheikh Hasina; Muhammad Yunus; Joko Widodo; Prabowo Subianto
Sri Mulyani Indrawati; Anwar Ibrahim; Mahathir Mohamad; Najib Razak; Ferdinand Marcos; Bongbong Marcos; Rodrigo Duterte
Sara Duterte; Prayut Chan-o-cha; Srettha Thavisin; Paetongtarn Shinawatra; Thaksin Shinawatra; Yingluck Shinawatra
Aung San Suu Kyi; ^Min Aung Hlaing; ^Hun Sen; ^Hun Manet; ^To Lam; ^Nguyen Phu Trong; ^Pham Minh Chinh; Anthony Albanese
Scott Morrison; Malcolm Turnbull; Tony Abbott; Kevin Rudd; Julia Gillard; John Howard; Peter Dutton; Jim Chalmers
Josh Frydenberg; Penny Wong; Michele Bullock; Philip Lowe; Glenn Stevens; Jacinda Ardern; Chris Hipkins; Christopher Luxon
Adrian Orr; Nicola Willis; Grant Robertson; John Key
`;

const AMERICAS_MIDDLE_EAST_AFRICA = `
Justin Trudeau; Mark Carney; Stephen Harper; Pierre Poilievre; Chrystia Freeland; Jagmeet Singh; Doug Ford; Danielle Smith
Tiff Macklem; Stephen Poloz; Mélanie Joly; François-Philippe Champagne; Andrés Manuel López Obrador; Claudia Sheinbaum
Enrique Peña Nieto; Felipe Calderón; Vicente Fox; Marcelo Ebrard; Luiz Inácio Lula da Silva; Lula da Silva; Jair Bolsonaro
Dilma Rousseff; Michel Temer; Fernando Henrique Cardoso; Fernando Haddad; Paulo Guedes; Roberto Campos Neto; Gabriel Galípolo
Javier Milei; Alberto Fernández; Cristina Fernández de Kirchner; Cristina Kirchner; Néstor Kirchner; Mauricio Macri
Luis Caputo; Sergio Massa; Gabriel Boric; Sebastián Piñera; Michelle Bachelet; Gustavo Petro; Iván Duque; Álvaro Uribe
Nicolás Maduro; Hugo Chávez; Juan Guaidó; María Corina Machado; Edmundo González; Daniel Ortega; Nayib Bukele
Dina Boluarte; Pedro Castillo; Rafael Correa; Daniel Noboa; Evo Morales; Luis Arce; Fidel Castro; Raúl Castro
Miguel Díaz-Canel; Benjamin Netanyahu; Benjamin Netanjahu; Naftali Bennett; Yair Lapid; Benny Gantz; Ehud Olmert
Ariel Sharon; Ehud Barak; Shimon Peres; Yitzhak Rabin; Isaac Herzog; Reuven Rivlin; Yoav Gallant; Israel Katz
Itamar Ben-Gvir; Bezalel Smotrich; Ron Dermer; Amir Yaron; Mahmoud Abbas; Yasser Arafat; Ismail Haniyeh; Yahya Sinwar
Hassan Nasrallah; Naim Qassem; Ali Khamenei; Ruhollah Khomeini; Hassan Rouhani; Ebrahim Raisi; Masoud Pezeshkian
Mahmoud Ahmadinejad; Mohammad Khatami; Abbas Araghchi; Javad Zarif; Qassem Soleimani; Mohammed bin Salman
Mohammed bin Zayed; Mohammed bin Rashid Al Maktoum; King Salman; Abdulaziz bin Salman; Faisal bin Farhan; Yasir Al-Rumayyan
Amin Nasser; Sultan Al Jaber; Tamim bin Hamad Al Thani; Bashar al-Assad; Ahmed al-Sharaa; Saddam Hussein
Muammar al-Gaddafi; Muammar Gaddafi; Hosni Mubarak; Mohamed Morsi; Abdel Fattah el-Sisi; Abdel Fattah al-Sisi
King Abdullah; Osama bin Laden; Abu Bakr al-Baghdadi; Ayman al-Zawahiri; Hamid Karzai; Ashraf Ghani; Nouri al-Maliki
Mohammed Shia al-Sudani; Masrour Barzani; Nelson Mandela; Jacob Zuma; Cyril Ramaphosa; Thabo Mbeki; Lesetja Kganyago
Enoch Godongwana; Bola Tinubu; Muhammadu Buhari; Goodluck Jonathan; Olusegun Obasanjo; Godwin Emefiele; Olayemi Cardoso
William Ruto; Uhuru Kenyatta; Raila Odinga; Abiy Ahmed; Paul Kagame; Yoweri Museveni; Robert Mugabe; Emmerson Mnangagwa
Nana Akufo-Addo; John Mahama; Macky Sall; Bassirou Diomaye Faye; Alassane Ouattara; Félix Tshisekedi; Kais Saied
Abdelmadjid Tebboune; Mohammed VI; Akinwumi Adesina; Aliko Dangote; Strive Masiyiwa; Patrice Motsepe
`;

const BUSINESS_GERMAN_SPEAKING = `
Christian Sewing; Josef Ackermann; Anshu Jain; John Cryan; Jürgen Fitschen; Rolf Breuer; Hilmar Kopper; Paul Achleitner
Alexander Wynaendts; James von Moltke; Manuela Better; Martin Blessing; Klaus-Peter Müller; Martin Zielke; Manfred Knof
Bettina Orlopp; Jens Weidmann; Michael Diederich; Andrea Orcel; Oliver Bäte; Michael Diekmann; Henning Schulte-Noelle
Nikolaus von Bomhard; Joachim Wenning; Markus Rieß; Thomas Wellauer; Torsten Jeworrek; Jean-Jacques Henchoz
Ola Källenius; Dieter Zetsche; Jürgen Schrempp; Edzard Reuter; Harald Wilhelm; Martin Daum; Karin Rådström
Oliver Zipse; Harald Krüger; Norbert Reithofer; Milan Nedeljković; Joachim Milberg; Bernd Pischetsrieder; Stefan Quandt
Susanne Klatten; Johanna Quandt; Herbert Quandt; Oliver Blume; Herbert Diess; Matthias Müller; Martin Winterkorn
Ferdinand Piëch; Wolfgang Porsche; Hans Dieter Pötsch; Bernd Osterloh; Daniela Cavallo; Arno Antlitz; Thomas Schäfer
Markus Duesmann; Gernot Döllner; Hildegard Wortmann; Rupert Stadler; Ferdinand Porsche; Wendelin Wiedeking; Holger Härter
Lutz Meschke; Michael Leiters; Frank Witter; Ralf Brandstätter; Thomas Ulbrich; Elmar Degenhart; Nikolai Setzer
Wolfgang Reitzle; Christian Kötz; Roland Busch; Joe Kaeser; Peter Löscher; Heinrich von Pierer; Klaus Kleinfeld
Gerhard Cromme; Jim Hagemann Snabe; Christian Bruch; Michael Sen; Bernd Montag; Timotheus Höttges; René Obermann
Kai-Uwe Ricke; Ron Sommer; Srini Gopalan; Christian Klein; Bill McDermott; Jennifer Morgan; Hasso Plattner; Dietmar Hopp
Henning Kagermann; Léo Apotheker; Jim Snabe; Klaus Tschira; Markus Krebber; Rolf Martin Schmitz; Johannes Teyssen
Leonhard Birnbaum; Jürgen Großmann; Wulf Bernotat; Frank Mastiaux; Georg Stamatelopoulos; Klaus-Dieter Maubach
Michael Lewis; Martin Brudermüller; Markus Kamieth; Kurt Bock; Jürgen Hambrecht; Werner Baumann; Bill Anderson
Marijn Dekkers; Werner Wenning; Stefan Oelrich; Wolfgang Plischke; Belén Garijo; Stefan Oschmann; Frank Stangenberg-Haverkamp
Carsten Knobel; Kasper Rorsted; Hans Van Bylen; Björn Gulden; Herbert Hainer; Adi Dassler; Rudolf Dassler; Arne Freundt
Frank Appel; Tobias Meyer; Klaus Zumwinkel; Carsten Spohr; Jürgen Weber; Wolfgang Mayrhuber; Christoph Franz
Richard Lutz; Rüdiger Grube; Hartmut Mehdorn; Evelyn Palla; Sigrid Nikutta; Volker Wissing; Miguel López; Heinrich Hiesinger
Guido Kerkhoff; Martina Merz; Ekkehard Schulz; Berthold Beitz; Dennis Grimm; Andreas Renschler; Sabine Maaßen
Rolf Buch; Tom Enders; Guillaume Faury; Louis Gallois; Thomas Enders; Armin Papperger; Theodor Weimer
Werner Brandt; Christian Ohlsen; Carsten Kengeter; Reto Francioni; Stephan Leithner; Ralf Thomas; Anja Hendel
Carsten Rasner; Bodo Uebber; Stefan Hartung; Franz Fehrenbach; Volkmar Denner; Reinhold Würth; Bettina Würth
Theo Albrecht; Karl Albrecht; Dieter Schwarz; Klaus Gehrig; Gerd Chrzanowski; Michael Otto; Alexander Otto
Reinhard Mohn; Liz Mohn; Thomas Rabe; Christoph Mohn; Mathias Döpfner; Hubert Burda; Stefan Winners
Georg Schaeffler; Maria-Elisabeth Schaeffler-Thumann; Klaus Rosenfeld; Heinz Hermann Thiele; Jan-Marco Leimann
Dirk Roßmann; Raoul Roßmann; Götz Werner; Christoph Werner; Erich Harsch; Jan Gerd Oelkers; Lionel Souque
Markus Mosa; Alain Caparros; Rüdiger Grube; Rolf Habben Jansen; Lars Hinrichs; Oliver Samwer
Marc Samwer; Alexander Samwer; Robert Gentz; David Schneider; Rubin Ritter; Niklas Östberg; Alexander Rittweger
Valentin Stalf; Maximilian Tayenthal; Christian Hecker; Erik Podzuweit; Florian Prucker; Alexander Rinke; Bastian Nominacher
Martin Klenk; Jonas Andrulis; Torben Reichert; Niklas Köhler; Gundbert Scherf; Daniel Krauss; Johannes Reck; Markus Villig
Ralf Wintergerst; Kurt Bock; Hubertus von Grünberg; Eckhard Cordes; Thomas Middelhoff; Klaus Esser; Helmut Maucher
`;

const BUSINESS_INTERNATIONAL = `
Elon Musk; Jeff Bezos; Andy Jassy; Bill Gates; Paul Allen; Steve Ballmer; Satya Nadella; Brad Smith; Amy Hood
Tim Cook; Steve Jobs; Steve Wozniak; Jony Ive; Luca Maestri; Kevan Parekh; John Ternus; Craig Federighi; Jeff Williams
Sundar Pichai; Larry Page; Sergey Brin; Eric Schmidt; Ruth Porat; Anat Ashkenazi; Susan Wojcicki; Neal Mohan
Demis Hassabis; Mustafa Suleyman; Shane Legg; Mark Zuckerberg; Sheryl Sandberg; Susan Li; Javier Olivan
Chris Cox; Andrew Bosworth; Yann LeCun; Alexandr Wang; Nat Friedman; Daniel Gross; Sam Altman; Greg Brockman
Ilya Sutskever; Mira Murati; Sarah Friar; Brad Lightcap; Jakub Pachocki; Fidji Simo; Dario Amodei; Daniela Amodei
Jared Kaplan; Jack Clark; Mike Krieger; Arthur Mensch; Aravind Srinivas; Aidan Gomez; Emad Mostaque; David Holz
Jensen Huang; Colette Kress; Lisa Su; Pat Gelsinger; Lip-Bu Tan; Bob Swan; Brian Krzanich; Paul Otellini; Andy Grove
Gordon Moore; Robert Noyce; Hock Tan; Cristiano Amon; Steve Mollenkopf; Sanjay Mehrotra; Morris Chang; C.C. Wei
Mark Liu; Peter Wennink; Christophe Fouquet; Rene Haas; Masayoshi Son; Michael Dell; Larry Ellison
Safra Catz; Mark Hurd; Marc Benioff; Jensen Huang; Arvind Krishna; Ginni Rometty; Sam Palmisano; Lou Gerstner
Chuck Robbins; John Chambers; Antonio Neri; Meg Whitman; Carly Fiorina; Shantanu Narayen; Reed Hastings; Ted Sarandos
Greg Peters; Bob Iger; Bob Chapek; Michael Eisner; David Zaslav; Brian Roberts; John Stankey; Randall Stephenson
Hans Vestberg; Marcelo Claure; Mike Sievert; Rupert Murdoch; Lachlan Murdoch; James Murdoch; Shari Redstone
Sumner Redstone; Jeff Bewkes; Jack Dorsey; Parag Agrawal; Linda Yaccarino; Evan Spiegel; Kevin Systrom; Adam Mosseri
Travis Kalanick; Dara Khosrowshahi; Brian Chesky; Logan Green; Daniel Ek; Patrick Collison; John Collison; Max Levchin
Peter Thiel; Alex Karp; Palmer Luckey; Marc Andreessen; Ben Horowitz; Reid Hoffman; Vinod Khosla; John Doerr
Chamath Palihapitiya; David Sacks; Michael Moritz; Doug Leone; Masayoshi Son; Rajeev Misra; Jack Ma; Joseph Tsai
Daniel Zhang; Eddie Wu; Pony Ma; ^Ma Huateng; Robin Li; Richard Liu; ^Lei Jun; ^Zhang Yiming; ^Liang Rubo; Shou Zi Chew
Colin Huang; ^Wang Xing; William Li; ^He Xiaopeng; ^Li Bin; ^Wang Chuanfu; ^Zeng Yuqun; ^Ren Zhengfei; ^Meng Wanzhou
Terry Gou; ^Liang Wenfeng; ^Li Ka-shing; ^Zhong Shanshan; ^Lee Kun-hee; ^Lee Jae-yong; Jay Y. Lee; ^Chung Eui-sun
^Chey Tae-won; ^Koo Kwang-mo; Akio Toyoda; Koji Sato; Tadashi Yanai; Kenichiro Yoshida; Hiroki Totoki; Shuntaro Furukawa
Carlos Ghosn; Makoto Uchida; Toshihiro Mibe; Takeshi Uchiyamada; Hiroto Saikawa; Mukesh Ambani; Anil Ambani
Gautam Adani; Ratan Tata; Natarajan Chandrasekaran; Cyrus Mistry; Azim Premji; Narayana Murthy; Nandan Nilekani
Salil Parekh; Kumar Mangalam Birla; Uday Kotak; Lakshmi Mittal; Aditya Mittal; Anil Agarwal; Vijay Mallya
Warren Buffett; Charlie Munger; Greg Abel; Ajit Jain; Todd Combs; Ted Weschler; Jamie Dimon; Marianne Lake
Jeremy Barnum; Daniel Pinto; Mary Erdoes; Lloyd Blankfein; David Solomon; Gary Cohn; John Waldron; Denis Coleman
James Gorman; Ted Pick; John Mack; Brian Moynihan; Alastair Borthwick; Charles Scharf; John Stumpf; Tim Sloan
Jane Fraser; Michael Corbat; Vikram Pandit; Sandy Weill; Chuck Prince; Mark Mason; Larry Fink; Rob Kapito
Stephen Schwarzman; Jon Gray; Henry Kravis; George Roberts; Scott Nuttall; Joseph Bae; David Rubenstein; Bill Conway
Marc Rowan; Leon Black; Josh Harris; Ray Dalio; Ken Griffin; Steve Cohen; Steven Cohen; Bill Ackman; Carl Icahn
David Einhorn; Dan Loeb; Paul Singer; John Paulson; George Soros; Stanley Druckenmiller; Paul Tudor Jones; Bill Gross
Mohamed El-Erian; Jeffrey Gundlach; Cathie Wood; Michael Burry; Jim Chanos; Nelson Peltz; Jim Simons; David Tepper
Chase Coleman; Michael Saylor; Brian Armstrong; Changpeng Zhao; Sam Bankman-Fried; Caroline Ellison; Vitalik Buterin
Satoshi Nakamoto; Justin Sun; Richard Teng; Jesse Powell; Paolo Ardoino; Charles Hoskinson; Do Kwon; Adam Neumann
Adam Neumann; Elizabeth Holmes; Bernie Madoff; Bernard Madoff; Jeffrey Skilling; Kenneth Lay; Dick Fuld; Richard Fuld
Jeffrey Epstein; Harvey Weinstein; Sean Combs; Abigail Johnson; Ned Johnson; Tim Buckley; Salim Ramji; Jack Bogle
Mary Barra; Jim Farley; Bill Ford; Carlos Tavares; Antonio Filosa; John Elkann; Sergio Marchionne
Luca de Meo; François Provost; Jean-Dominique Senard; Bernard Arnault; Delphine Arnault; Antoine Arnault; François-Henri Pinault
François Pinault; Françoise Bettencourt Meyers; Liliane Bettencourt; Nicolas Hieronimus; Jean-Paul Agon; Axel Dumas
Patrick Pouyanné; Christophe de Margerie; Catherine MacGregor; Jean-Pierre Clamadieu; Paul Hermelin; Aiman Ezzat
Vincent Bolloré; Yannick Bolloré; Arnaud Lagardère; Xavier Niel; Patrick Drahi; Martin Bouygues; Stéphane Richard
Christel Heydemann; Frédéric Oudéa; Slawomir Krupa; Jean-Laurent Bonnafé; Philippe Brassac; Thomas Buberl; Henri de Castries
Guillaume Faury; Tom Enders; Ben Smith; Anne Rigail; Paul Hudson; Olivier Brandicourt; Jean-Pascal Tricoire; Peter Herweck
Alexandre Ricard; Carlos Slim; Jorge Paulo Lemann; Marcel Telles; Roberto Setúbal; Mike Wirth; Darren Woods; Rex Tillerson
Ryan Lance; Vicki Hollub; Wael Sawan; Ben van Beurden; Bernard Looney; Murray Auchincloss; Bob Dudley; Tony Hayward
John Browne; Claudio Descalzi; Josu Jon Imaz; Anders Opedal; Amin Nasser; Doug McMillon; John Furner; Sam Walton
Rob Walton; Jim Walton; Alice Walton; Brian Cornell; Brian Niccol; Howard Schultz; Laxman Narasimhan; Kevin Johnson
Chris Kempczinski; Steve Easterbrook; James Quincey; Muhtar Kent; Ramon Laguarta; Indra Nooyi; Jon Moeller; David Taylor
Alan Jope; Hein Schumacher; Fernando Fernandez; Paul Polman; Ulf Mark Schneider; Mark Schneider; Dave Lewis; Ken Murphy
Stuart Rose; Simon Wolfson; Archie Norman; Stuart Machin; Kelly Ortberg; Dave Calhoun; Dennis Muilenburg; Jim McNerney
Greg Hayes; Chris Calio; Jim Taiclet; Marillyn Hewson; Phebe Novakovic; Kathy Warden; Larry Culp; Jeff Immelt; Jack Welch
John Flannery; David Cote; Vimal Kapur; Jim Umpleby; Joe Creed; John May; Albert Bourla; Robert Davis; Ken Frazier
Joaquin Duato; Alex Gorsky; David Ricks; Stéphane Bancel; Ugur Sahin; Uğur Şahin; Özlem Türeci; Emma Walmsley; Luke Miels
Pascal Soriot; Lars Fruergaard Jørgensen; Maziar Mike Doustdar; Vas Narasimhan; Andrew Witty; Brian Thompson
Noel Quinn; Georges Elhedery; Stuart Gulliver; Mark Tucker; Bill Winters; C. S. Venkatakrishnan; Jes Staley; Bob Diamond
Charlie Nunn; António Horta-Osório; Alison Rose; Paul Thwaite; Ana Botín; Emilio Botín; Héctor Grisi; Carlos Torres Vila
Onur Genç; Gonzalo Gortázar; José Ignacio Goirigolzarri; Andrea Orcel; Carlo Messina; Philippe Donnet; Alberto Nagel
Mario Greco; Thomas Buberl; Ralph Hamers; Steven van Rijswijk; Robert Swaak; Marguerite Bérard; Sebastian Siemiatkowski
Nikolay Storonsky; Tom Blomfield; Kristo Käärmann; Stephen Hester; Peter Voser; Mads Nipper; Henrik Poulsen
Börje Ekholm; Pekka Lundmark; Justin Hotard; Risto Siilasmaa; Stephen Elop; Jorma Ollila; Olof Persson; Jim Rowan
Håkan Samuelsson; ^Li Shufu; Jacob Wallenberg; Marcus Wallenberg; Mikael Damberg; Vincent Clerc; Søren Skou
Ingvar Kamprad; Jesper Brodin; Helena Helmersson; Daniel Ervér; Stefan Persson; Karl-Johan Persson; Daniel Ek
Jean-Marc Ollagnier; Julie Sweet; Mike Roman; Bill Brown; Jim Fitterling; Ed Breen; Lori Ryerkerk; Tim Sweeney
Andy Jassy; Matt Garman; Adam Selipsky; Dave Limp; Panos Panay; Phil Spencer; Bobby Kotick; Andrew Wilson; Strauss Zelnick
Yuki Tsunoda; Kevin Mayer; Chris Wright; Doug Burgum; Tom Steyer; Michael Milken; Rupert Stadler; Nicolas Sarkozy
`;

const ECONOMISTS_MEDIA = `
Paul Krugman; Joseph Stiglitz; Nouriel Roubini; Robert Shiller; Jeremy Siegel; Richard Thaler; Daniel Kahneman
Milton Friedman; John Maynard Keynes; Friedrich Hayek; Adam Smith; Karl Marx; Joseph Schumpeter; Ludwig von Mises
Thomas Piketty; Gabriel Zucman; Emmanuel Saez; Daron Acemoglu; Simon Johnson; James Robinson; Claudia Goldin
Ben Bernanke; Douglas Diamond; Philip Dybvig; Abhijit Banerjee; Esther Duflo; Michael Kremer; Paul Romer; William Nordhaus
Angus Deaton; Jean Tirole; Eugene Fama; Lars Peter Hansen; Robert Solow; Gary Becker; Jeffrey Sachs; Mariana Mazzucato
Adam Posen; Barry Eichengreen; Nicholas Stern; Martin Wolf; Mohamed El-Erian; Jason Furman; Glenn Hubbard; Greg Mankiw
Gregory Mankiw; John Taylor; Alan Blinder; Carmen Reinhart; Janet Currie; Ed Yardeni; Jan Hatzius; Torsten Slok
Ian Shepherdson; Diane Swonk; Mark Zandi; Holger Schmieding; Jörg Krämer; Carsten Brzeski; Ulrich Kater; Jens-Oliver Niklasch
Thomas Gitzel; Alexander Krüger; Friedrich Heinemann; Achim Wambach; Guntram Wolff; Daniela Schwarzer; Henrik Müller
Gabor Steingart; Stefan Aust; Giovanni di Lorenzo; Jim Cramer; Maria Bartiromo; Andrew Ross Sorkin; Becky Quick
Joe Kernen; Tucker Carlson; Sean Hannity; Megyn Kelly; Bill O'Reilly; Roger Ailes; Joe Rogan; Oprah Winfrey
Anderson Cooper; Christiane Amanpour; Bob Woodward; Carl Bernstein; Julian Assange; Edward Snowden; Chelsea Manning
`;

const SPORTS_CULTURE = `
Franz Beckenbauer; Uli Hoeneß; Uli Hoeness; Karl-Heinz Rummenigge; Oliver Kahn; Herbert Hainer; Jan-Christian Dreesen
Max Eberl; Christoph Freund; Hasan Salihamidžić; Julian Nagelsmann; Joachim Löw; Jürgen Klinsmann; Hansi Flick
Jürgen Klopp; Thomas Tuchel; Jupp Heynckes; Pep Guardiola; José Mourinho; Carlo Ancelotti; Arsène Wenger; Alex Ferguson
Xabi Alonso; Vincent Kompany; Niko Kovač; Ralf Rangnick; Felix Magath; Otto Rehhagel; Ottmar Hitzfeld; Rudi Völler
Bernd Neuendorf; Reinhard Grindel; Fritz Keller; Manuel Neuer; Thomas Müller; Joshua Kimmich; Leon Goretzka
Jamal Musiala; Florian Wirtz; Kai Havertz; İlkay Gündoğan; Ilkay Gündogan; Toni Kroos; Mesut Özil; Bastian Schweinsteiger
Philipp Lahm; Miroslav Klose; Lukas Podolski; Michael Ballack; Lothar Matthäus; Gerd Müller; Harry Kane; Robert Lewandowski
Erling Haaland; Kylian Mbappé; Lionel Messi; Cristiano Ronaldo; Neymar Jr.; Mohamed Salah; Kevin De Bruyne; Luka Modrić
Zinédine Zidane; Diego Maradona; David Beckham; Wayne Rooney; Jude Bellingham; Vinícius Júnior; Lamine Yamal
Hans-Joachim Watzke; Lars Ricken; Sebastian Kehl; Nuri Şahin; Edin Terzić; Mario Götze; Marco Reus; Clemens Tönnies
Dietmar Hopp; Martin Kind; Fredi Bobic; Oliver Bierhoff; Rudi Assauer; Michael Schumacher; Mick Schumacher
Sebastian Vettel; Nico Rosberg; Nico Hülkenberg; Lewis Hamilton; Max Verstappen; Fernando Alonso; Charles Leclerc
Lando Norris; Oscar Piastri; George Russell; Toto Wolff; Christian Horner; Bernie Ecclestone; Stefano Domenicali
Roger Federer; Rafael Nadal; Novak Djokovic; Andy Murray; Carlos Alcaraz; Jannik Sinner; Alexander Zverev; Boris Becker
Steffi Graf; Angelique Kerber; Serena Williams; Venus Williams; Maria Sharapova; Iga Świątek; Aryna Sabalenka
Naomi Osaka; Coco Gauff; Tiger Woods; Rory McIlroy; Scottie Scheffler; LeBron James; Michael Jordan; Kobe Bryant
Stephen Curry; Dirk Nowitzki; Dennis Schröder; Franz Wagner; Tom Brady; Patrick Mahomes; Travis Kelce; Usain Bolt
Michael Phelps; Simone Biles; Katarina Witt; Magdalena Neuner; Felix Neureuther; Marcel Hirscher; Lindsey Vonn
Mikaela Shiffrin; Muhammad Ali; Mike Tyson; Wladimir Klitschko; Henry Maske; Dirk Nowitzki; Taylor Swift; Beyoncé Knowles
Kanye West; Kim Kardashian; Lady Gaga; Elton John; Paul McCartney; Mick Jagger; Bob Dylan; Bruce Springsteen
Leonardo DiCaprio; Tom Cruise; Tom Hanks; Brad Pitt; Angelina Jolie; George Clooney; Johnny Depp; Meryl Streep
Steven Spielberg; Quentin Tarantino; Christopher Nolan; Martin Scorsese; Til Schweiger; Matthias Schweighöfer
Helene Fischer; Herbert Grönemeyer; Udo Lindenberg; Dieter Bohlen; Heidi Klum; Thomas Gottschalk; Stefan Raab
Jan Böhmermann; Harald Schmidt; Joko Winterscheidt; Klaas Heufer-Umlauf; Barbara Schöneberger; Daniel Brühl
Christoph Waltz; Diane Kruger; Sandra Hüller; Wim Wenders; Werner Herzog; Michael Haneke; J. K. Rowling; Stephen King
Salman Rushdie; Dan Brown; Yuval Noah Harari; Albert Einstein; Stephen Hawking; Sigmund Freud; Charles Darwin
Martin Luther King; Martin Luther; Johann Wolfgang von Goethe; Friedrich Schiller; Ludwig van Beethoven; Wolfgang Amadeus Mozart
Johann Sebastian Bach; Richard Wagner; Pablo Picasso; Vincent van Gogh; Andy Warhol; Gerhard Richter; Anselm Kiefer
Joseph Beuys; William Shakespeare; Franz Kafka; Thomas Mann; Bertolt Brecht; Hermann Hesse; Heinrich Heine
Immanuel Kant; Georg Wilhelm Friedrich Hegel; Friedrich Nietzsche; Arthur Schopenhauer; Hannah Arendt; Isaac Newton
Winston Churchill; Charles de Gaulle; Napoleon Bonaparte; Abraham Lincoln; George Washington; Franklin D. Roosevelt
Theodore Roosevelt; Richard Nixon; Gerald Ford; Lyndon B. Johnson; Dwight D. Eisenhower; Harry S. Truman; Woodrow Wilson
Joseph Stalin; Josef Stalin; Wladimir Lenin; Vladimir Lenin; Leo Trotzki; Leon Trotsky; Benito Mussolini; Francisco Franco
Che Guevara; ^Mao Tse-tung; ^Ho Chi Minh; ^Pol Pot; Jassir Arafat; Anwar el-Sadat; Anwar Sadat; Golda Meir; David Ben-Gurion
Indira Gandhi; Margaret Thatcher; Olof Palme; Václav Havel; Lech Walesa; Mikhail Gorbachev; Helmut Schmidt
`;

// Politicians, central bankers and executives much in the news around 2010-2016 (general knowledge).
const MORE_2010S = `
Bill Shorten; Joe Hockey; Julie Bishop; Wayne Swan; Barnaby Joyce; Clive Palmer; Gina Rinehart; Andrew Forrest; Christopher Pyne
Pravin Gordhan; Trevor Manuel; Tito Mboweni; Julius Malema; Mmusi Maimane; Jacob Lew; Penny Pritzker; Richard Cordray
Jeb Bush; Scott Walker; Ben Carson; John Kasich; Rahm Emanuel; Jerry Brown; Ed Balls; Euclid Tsakalotos; Danièle Nouy
Pier Carlo Padoan; Michel Sapin; Akira Amari; ^Lou Jiwei; Ahmet Davutoglu; Ahmet Davutoğlu; Mohammad Javad Zarif; Joaquim Levy
Guido Mantega; Jim Flaherty; Bill Morneau; Douglas Flint; Antony Jenkins; Mark Cutifani; Andrew Mackenzie
Jean-Sébastien Jacques; Marius Kloppers; Tom Albanese; Mick Davis; Marissa Mayer; Alan Mulally; Peter Terium; Clemens Börsig
Daniel Loeb; Laurence Fink; Jimmy Cayne; Jon Corzine; Ken Lewis; John Thain; Chanda Kochhar; Arundhati Bhattacharya; Dick Costolo
`;

/** Every listed full name as written (family-first names keep their "^" marker). */
export const PEOPLE_GROUPS = [
  GERMANY, AUSTRIA_SWITZERLAND, EU_INTERNATIONAL, UNITED_STATES, UNITED_KINGDOM_IRELAND, FRANCE_BENELUX, SOUTHERN_EUROPE,
  NORTH_AND_EAST_EUROPE, RUSSIA_UKRAINE, ASIA_PACIFIC, AMERICAS_MIDDLE_EAST_AFRICA, BUSINESS_GERMAN_SPEAKING,
  BUSINESS_INTERNATIONAL, ECONOMISTS_MEDIA, SPORTS_CULTURE, MORE_2010S,
];

let cache: string[] | null = null;

/** All full names, deduplicated. */
export function peopleNames(): string[] {
  if (!cache) cache = [...new Set(PEOPLE_GROUPS.join('\n').split(/[;\n]/).map((s) => s.trim()).filter(Boolean))];
  return cache;
}
