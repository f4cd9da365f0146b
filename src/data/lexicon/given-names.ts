// Given names (first names) common in German and English finance and general news, plus frequent names from other
// languages that appear in international coverage. Written for this project from general knowledge; kept as one
// whitespace-separated string per group so the bundle stays small and the Set is built once, lazily.
// A given name alone never makes a person: the recogniser also needs a capitalised surname after it.

const GERMAN = `
Alexander Alexandra Alfred Andrea Andreas Angela Anja Anke Anna Anne Annegret Annette Antje Anton Armin Arnd Arndt
Axel Barbara Bastian Beate Benedikt Benjamin Bernd Bernhard Bertram Bettina Birgit Björn Bodo Boris Brigitte Britta
Burkhard Carola Carsten Caspar Christa Christian Christiane Christina Christine Christoph Claudia Claus Cem Clemens
Cornelia Dagmar Daniel Daniela Detlef Dieter Dietmar Dirk Dominik Doris Dorothee Edmund Egon Ekkehard Elke Elmar
Emil Erich Erika Ernst Erwin Eva  Fabian Felix Florian Frank Franz Franziska Friedrich Friedrich-Wilhelm Fritz
Gabriele Georg Gerd Gerda Gerhard Gernot Gerold Gert Gesine Gisela Gottfried Gregor Gudrun Guido Günter Günther
Gustav Hagen Hannelore Hannes Hans Hans-Dietrich Hans-Jürgen Hans-Peter Hans-Werner Harald Hartmut Heidi Heike
Heiko Heiner Heinrich Heinz Helga Helge Helmut Hendrik Henning Herbert Hermann Hildegard Holger Horst Hubert Hubertus
Ilse Ina Ines Ingo Ingrid Irene Iris Jan Jana Jens Joachim Jochen Johann Johanna Johannes Jörg Jürgen Julia Julian
Jutta Kai Karin Karl Karl-Heinz Karl-Theodor Karsten Katarina Katharina Kathrin Katja Katrin Kerstin Klaus Konrad
Kristina Kurt Lars Leonie Lothar Ludwig Lukas Luisa Lutz Magnus Maik Malte Manfred Manuel Manuela Marcel Marco Marcus
Margarete Marianne Mario Marion Markus Marlene Martin Martina Mathias Matthias Max Maximilian Meike Michael Michaela
Mirko Monika Nadine Nicole Niklas Nikolaus Nils Nina Norbert Olaf Oliver Ortwin Oskar Otto Patrick Paul Peer Peter
Petra Philipp Rainer Ralf Ralph Regina Reiner Reinhard Reinhold Renate Rene René Richard Robert Roland Rolf Roman
Rüdiger Rudolf Ruth Sabine Sahra Sandra Sascha Sebastian Siegfried Sigmar Sigrid Silke Simon Simone Sonja Stefan
Stefanie Steffen Stephan Stephanie Susanne Svenja Sven Tanja Theo Theodor Thomas Thorsten Tilman Tim Timo Tobias
Torsten Udo Ulf Ulla Ulrich Ulrike Ursula Uta Ute Uwe Valentin Verena Volker Walter Waltraud Werner Wilfried Wilhelm
Willi Willy Winfried Wolf Wolfgang Wolf-Dieter Yvonne Jörn Knut Kuno Lorenz Leopold Joschka Olaf Annalena Friedrich
Christel Hubertus Markus Cansel Reem Aydan Serpil Kevin Dennis Marvin Jonas Leon Finn Luca Lena Hanna Lea Mia Emma
Ole Till Moritz Jakob Jacob Henrik Hendrikje Gunnar Sönke Arne Malu Kristin Birte Wiebke Frauke Gesa Heidrun
`;

const ENGLISH = `
Aaron Abigail Adam Adrian Aidan Alan Albert Alex Alexis Alfred Alice Alison Allan Allen Alvin Amanda Amy Andrew Andy
Angela Angus Ann Anna Anne Annie Anthony Antonio Arthur Ashley Austin Barbara Barry Ben Benjamin Bernard Beth Betty
Bill Billy Blake Bob Bobby Brad Bradley Brandon Brenda Brendan Brett Brian Bridget  Bruce Bryan Byron Caitlin
Calvin Cameron Carl Carla Carlos Carol Caroline Carolyn Carrie Catherine Cathy Charles Charlie Charlotte Chad Chelsea
Cheryl Chris Christina Christine Christopher Chuck Cindy Claire Clara Colin Connor Craig Cynthia Dale Dan Dana Daniel
Danielle Danny Darren Dave David  Deborah Debra Denise Dennis Derek Diana Diane Dominic Don Donald Donna Doug
Douglas Duncan Dustin Dylan Earl Ed Eddie Edgar Edward Elaine Eleanor Elizabeth Ellen Elon Emily Emma Eric Erica Erin
Ethan Eugene Evan Fiona Frances Francis Frank Fred Frederick Gail Gary Gavin  George Georgia Gerald Gilbert Gina
Glen Glenn Gordon  Graham Grant Greg Gregory Hannah Harold Harriet Harry Harvey Hazel Heather Helen Henry Herbert
 Holly Howard Hugh Hugo Ian Isaac Isabel Jack Jackie Jacob Jacqueline Jake James Jamie Jane Janet Janice Jared
  Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jill Jim Jimmy Jo Joan Joanna Joanne Joe
Joel John Johnny Jon Jonathan Jordan Joseph Josh Joshua  Joyce Judith Judy Julia Julian Julie Justin Karen Kate
Katherine Kathleen Kathy Katie Keith Kelly Ken Kenneth Kerry Kevin  Kimberly Kirk Kyle Larry Laura Lauren Lawrence
Leah  Leo Leonard Leslie Linda Lindsay  Lisa Liz Lloyd Logan Lori Louis Louise Lucas Lucy Luke Lynn
 Mandy Marc Marcus Margaret Maria Marie Marilyn Mark Marsha Martha Martin Marty Mary Matt Matthew Maureen Megan
Melanie Melissa Michael Michele Michelle Mick Mike Miles Mitch Mitchell Molly Monica Morgan Nancy Natalie Nathan
Neil  Nicholas Nick Nicola Nicole Noah Norman Oliver Olivia Oscar Owen Paddy Pamela Pat Patricia Patrick Paul
Paula Pauline Penny Perry Pete Peter Phil Philip Phillip  Rachel Ralph Randall Randy Ray Raymond Rebecca
 Reginald  Rhys Richard Rick Ricky Rob Robert Robin Rod Rodney Roger Ron Ronald Rory  Ross Roy Russell
Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah Scott Sean Seth Shane Shannon Sharon Shaun Shawn Sheila
Shelley Sheryl Shirley Simon Sophie Stacy Stanley Stephanie Stephen Steve Steven Stewart Stuart Sue Susan Suzanne
Sylvia Tamara Tammy Ted Teresa Terence Terry Theresa Thomas Tiffany Tim Timothy Tina Todd Tom Tommy Toni Tony Tracy
Travis Trevor Troy Tyler Valerie Vanessa Vernon Veronica Victor Victoria Vince Vincent Virginia Walter Warren Wayne
Wendy Wesley Whitney  William Willie Wilson Zachary Zach Ellie Abbie Janet Jerome Kristen Kristin Lachlan Hamish
Barack Tony Rishi Keir Theresa Boris Kamala Jerome Janet Lael Lisa Elizabeth Christine Jamie Warren Sundar Satya
Marissa Reid Larry Sergey Jensen Lael Ruth Gwynne Cathie Ray Kenneth Dara Brian Bernard Tobi Evan  Jack Demis
Mustafa Ilya  Dario Daniela Jensen Safra Lip-Bu Pat Lisa Andy Jassy Marc Shantanu Arvind Ginni Indra Mary
Abby Tucker Preston   Spencer Clint Clifford Curtis  Garrett Heath Jeb Marco Ted Mitt Newt Nikki
`;

// Other languages that are frequent in international business coverage.
const INTERNATIONAL = `
Ahmed Ali Amir Omar Mohammed Mohamed Muhammad Hassan Hussein Khalid Karim Tarek Yusuf Youssef Fatima Layla Salman
Recep Tayyip Ekrem Mehmet Mustafa Emre Murat Burak Cem Deniz Aylin Elif Ayşe Ahmet Hakan
Vladimir Dmitri Dmitry Sergei Sergey Alexei Alexey Mikhail Igor Oleg Olga Natalia Tatiana Yulia Viktor Volodymyr
Yuri Ivan Nikolai Andrei Boris Elvira Anatoly Gennady Roman Arkady Vitali Vitaly Wolodymyr Sergej Dmitrij Alexej
Jean-Claude Jean-Pierre Jean-Luc Jean-Marie Jean-Paul Pierre Jacques François Francois Emmanuel Nicolas Christine
Bruno Thierry Olivier Laurent Sébastien Sebastien Stéphane Stephane Gérard Gerard Philippe Ségolène Marine Valérie
Patrick Benoît  Bernard Mathieu Antoine Arnaud Xavier Yves Didier Hervé Herve Édouard Edouard Agnès Brigitte
Giuseppe Giovanni Giorgio Giorgia Matteo Mario Marco Luigi Paolo Enrico Silvio Sergio Carlo Claudio Fabio Roberto
Alessandro Andrea Francesco Lorenzo Massimo Stefano Federico Luca Gianluca Antonio  Ignazio Beppe Elisabetta
José Jose Juan Luis Carlos Pedro Pablo Miguel Javier Jorge Alberto Fernando Rafael Raúl Raul Manuel Mariano Santiago
Alejandro Ana Carmen Isabel Lucía Elena Ricardo Eduardo Gustavo Luiz Inácio Dilma Jair Andrés Andres Felipe Gabriel
Xi           Jinping Keqiang Qiang Jack Pony Lei Ren Zhengfei Jun Wei Ming Hui
Shinzo Fumio Yoshihide Haruhiko Kazuo Masayoshi Akio Hiroshi Takeshi Kenji Yuki Koji Taro Shigeru Junichiro Kazuhiro
Narendra Rahul Sonia  Nirmala Raghuram Mukesh Gautam Ratan Anil Sunil Vijay Ajay Amit Rajiv Sanjay Shashi Nandan
Azim  Sachin Anand Ravi Lakshmi Priya Deepak Suresh Ramesh Rajesh Vikram Piyush Shaktikanta Urjit Manmohan
    Jae-yong Jae-in  Suk-yeol    
Johan Jan Lars Anders Henrik Nils Erik Ola Ole Magnus Mats Jens Mette Stefan Ulf Sven Björn Bjorn Jonas  Gustav Ingrid
Astrid Karin Kristian Mads Morten Rasmus Søren Soren Thorbjørn Jens Jyrki Sauli Juha Antti Mika Mario Klaas Mark
Wopke Jeroen Jan-Willem  Ruud Maarten Pieter Willem Geert Frans Ursula Margrethe Valdis Paschal Wolfgang Kristalina
Josep Joaquín Yanis Alexis Kyriakos Antonis Andrzej Donald Mateusz Jarosław Viktor Mirek Andrej Zuzana Robert Tomáš
Klaus Werner Aleksandr  Andriy Dmytro Petro Yevgeny Yevgeniy Mikheil Bidzina Ilham Nursultan Kassym-Jomart
`;


// More names from international coverage: sports, politics, culture (German transliterations included).
const MORE = `
 Jurij  Sergej Wladimir Michail  Jelena Swetlana Natalja Olga Irina Marina Ljudmila Galina Anastasia
Alexej Andrej Nikolaj Pawel Pjotr Wiktor Wassili Wjatscheslaw Dmitri Jewgeni Boris Konstantin Anatoli Maxim Denis
Ilja Oleksandr Wolodymyr Witali Wladimir Julia Kateryna Oksana Bogdan Taras Arseni Petro Leonid Grigori Timur Ruslan
 Jari Kimi Mika Sami Jussi Pekka Matti Timo Heikki Juha Antero Aki Jani Valtteri Esa Tuomas Aino Sanna Minna
Kalle Lasse Nils Sven Per Pär Tore Rune Odd Knut Stig Lennart Gunnar Ingvar Ingemar Ulrika Annika Sofia Agneta Stina
Pieter Henk Joost Ruud Arjen Robin Wesley Rafael Frank Edwin Clarence Patrick Dennis Marco Louis Guus Bert Wim Hans
 Gianni Pietro Dino Enzo Luciano Gianfranco Gianluigi Filippo Daniele Alessio Simone Vincenzo Salvatore Leonardo
Cristiano Luís Nuno Rui João Joao Tiago Diogo Bruno Ronaldo Rivaldo Ronaldinho Kaká Neymar Lionel Diego Sergio Xavi
Iker Fernando Raúl Cesc Gerard Carles Jordi Pep Rafa Emilio  Gonzalo Mauricio Marcelo Ricardo Rodrigo Julio
Ramón Francisco Joaquín Hugo Esteban Óscar Ignacio Guillermo Víctor Alfredo Arturo Enrique Jesús Mateo Sebastián
Didier Samuel Michael Yaya Kolo Emmanuel Jay-Jay Nwankwo Jean Patrice Thierry Zinédine Franck Karim Hatem Mesut Ilkay
Sami Serdar Nuri Hamit Halil Kerem Ozan Selim Tarkan Orhan Ismail Ibrahim Abdullah Mahmoud Walid Nabil Samir Rami
Grzegorz Krzysztof Piotr Tomasz Marek Łukasz Lukas Jakub Wojciech Ewa Agnieszka Katarzyna Jerzy Lech Bronisław 
Václav Pavel Petr Jiří Milan Zdeněk Radek Marián Róbert Zoltán László Ferenc Gábor Attila Viktor Péter István Mihai
Ion Nicolae Traian Klaus Ilie Gheorghe Dragan Zoran Goran Slobodan Novak Nemanja Dejan Vladimir Aleksandar Ivica
Luka Davor Darko Mladen Milorad Hashim Ivo Ante Stjepan Alen Edin Dzeko Vahid Halid Mirsad Besnik Xherdan Granit
Shinji Keisuke Makoto Hidetoshi Naoki Masahiro Toshio Hideki Ichiro Akira Yoshiro    Haruki
Amitabh Shah Rukh Aamir Salman Priyanka Aishwarya Virat Mahendra Rohit Ratan Kishore   
Kofi Kwame Nana  Jomo Raila Cyril Jacob Thabo  Desmond Ellen Goodluck Muhammadu Olusegun Yoweri Paul
Jacinda Scott Anthony Julia Kevin  Joe Penny  Tanya Chloe Amelia Isla Ava Mia Harper Madison Avery
Mitch Rand Ron Rick Ted  Marco Nancy Chuck Mitch Kevin Liz Pete Beto Bernie Kirsten Amy Cory Tulsi Andrew
Elizabeth Rupert Lachlan James Kerry Clive Gina Twiggy Sundar Satya Tim Jensen Lip-Bu Safra Sheryl Marissa Meg
Jamie Brian Jane Larry Sergey Jeff MacKenzie Evan Bobby Reed Drew Dara Travis Garrett Sam Greg Demis Mustafa Yann
Geoffrey Yoshua Fei-Fei Andrej Ilya Dario Daniela Arthur Aidan Noam  Lucy Mira Emad Mistral Guillaume Timothée
Xavier Niel Vincent Bernard Arnaud Françoise Delphine Stéphanie Ségolène Rachida Najat Manon Chloé Camille Léa
Fritz Gerd Uli Jupp Hennes Mehmet  Lukas Bastian Manuel Toni Thomas Mats Jérôme Leroy Serge Joshua Kai
Jamal Leon Niklas Timo Marc-André Ilkay Antonio Robin Julian Jonathan Florian Kevin Mario Marco Ralf Oliver Jens
Lothar Jürgen Rudi Berti Franz Sepp Uwe Horst Günter Hansi Joachim Hans-Dieter Karl-Heinz Heinz-Harald Hans-Joachim
Wolf-Dieter Dirk Olaf Norbert Heiko Sahra Alice Tino Björn Katja Kevin Lars Ricarda Omid Cem Robert Anton Hubertus
Marie-Agnes Karl Hubert Markus Hendrik Bärbel Renate Sigmar Ralf Kurt Gerhard Helmut Walter Roman Richard Joschka
Ole Peer Hannelore Malu Tarek Boris Winfried Volker Armin Kai Bodo Reiner Dietmar Manuela Daniela Svenja Nancy Lisa
 Rita Gesine Claudia Bettina Carmen Jasmin Janine Melanie Nadja Tamara Vanessa Saskia Jessica Yvonne Mandy Peggy
Enrico Ronny Rico Sandro Silvio Steffi Sabrina Tatiana Cornelius Ferdinand Frederik Henrike Jost Ortrun Veit Wendelin
Hedwig Irmgard Gertrud Ilse Hilde Lieselotte Elfriede Annemarie Rosemarie Wilhelmine Adolf Alois Anselm Balthasar
Christoph Eberhard Ferdinand Gottlieb Ignaz Kaspar Korbinian Leonhard Quirin Sebastian Severin Vinzenz Xaver 
Chiara Giulia Elisa Francesca Valentina Martina Sara Federica Ilaria Alessia Laura Paola Roberta Silvia Carla Rosa
`;

// Further frequent given names (German, French, Dutch, Nordic, Slavic, Southern European, Anglo-American, Turkish,
// Arabic, African, Asian) so that unknown surnames after them are found.
const FURTHER = `
      Till      Miriam Myriam   Adrian Adriana
Agathe Albrecht Aleksander Alexa Alina Alois Amadeus Ambros Amelie Anastasia Andreea Angelika Anita Anneliese Annika
Antje Apollonia Arnold Artur Astrid Babette Balduin Benno Berit Bernadette Bernward Berthold Bianca Bruno Burghard
Carina Carmen Caroline Cäcilie Celine Charlotte Chantal Christof Clara Corinna Cosima Damian Danica Daria David Delia
Detlev Diana Dietrich Dominika Dora Edda Edgar Edith Eduard Egbert Eike Elfriede Elias Elisabeth Ella Ellen Elmar
Emanuel Emily Engelbert Erhard Erik Erna Esther Eveline Fabienne Falk Felicitas Felix Ferdinand Florentine Frida
Frieda Friederike Gabriel Gebhard Georgia Gerlinde Germar Gertrud Gerwin Gisbert Gitta Godehard Gottlob Götz Grete
Gunda Gunter Gunther Hanno Hans-Georg Hans-Ulrich Harry Hartwig Hedda Heidemarie Heinrich Helene Helmuth Henner
Henriette Henry Herta Hilmar Horst-Dieter Ida Ignaz Ilka Ilona Inga Inge Ingeborg Insa Isabell Isabelle Isolde Ivo
Jacqueline Janina Jannik Jasper Joana Jochen Johann-Georg Jolanda Jonathan Josef Joseph Josefine Judith Jule Julius
Justus Karla Karoline Kasimir Kerstin Kilian Klara Klemens Konstantin Kora Kornelia Lambert Laurenz Lea Lena Leni
Leonhard Levin Liane Lilli Linus Lisa-Marie Lotte Luca Ludger Luise Lydia Magdalena Maja Mareike Margot Margit Mariele
Marietta Marit Marius Marko Marlies Mathilde Matthäus Mechthild Meinhard Melchior Merle Michel Mila Mirjam Natascha
Nele Nikolai Nora Odo Olga Ottilie Pascal Paulina Philippa Pia Quirin Raffael Raimund Ralph Raphael Rebekka Reimund
Reinhild Robin Romy Rosa Rosemarie Rupert Sabina Sabrina Salome Selma Sibylle Siegmund Sieglinde Sigurd Silvio Sophia
Sophie Stella Stephanus Susann Swantje Sybille Tabea  Thea Theresa Thilo Tilo Tom Torben Traudl Ulrich Urs
Ursel Valerie Veit Vera Veronika Viktoria Vincent Viola Volkmar Waldemar Wenzel Wiebke Wiltrud Winfriede Wolfram
Xenia Yannick Yasmin Zoe Zoé
Aaliyah Abel Abraham Ada Addison Agnes Al Alastair Alec Alfie Alistair Alyssa Amber Ambrose Andrea Angus Annabel
Archie Ariel Arnie Ashton Audrey Barney Beatrice Becky Bella Benedict Bernadette Bertie Bethany Bill Blaine Bonnie
Boyd Bradford Brent Brianna Brooke Bryce Callum Calum Candice Carey Carmel Casey Cecil Cecilia Cedric Clarence Claude
Clay Clayton Cliff Clyde Cole Colleen Conor Corey Courtney Crispin Dallas Damon Darcy Darrell Darryl Declan Deirdre
Delia Dermot Desmond Devin Dominique Dorothy Drew Dwight Eamon Eamonn Edmund Edwin Eileen Elijah Eliot Elliot Ellis
Elsie Emmett Ernest Esther Ewan Faye Felicity Fergus Finlay Floyd Forrest Freddie Gareth Garry Geraldine Gideon
Giles Gillian Glenda Godfrey Gus Gwen Hal Hank Hayden Hector Heidi Herman Hilary Homer Hugh Ingrid Irving Isaiah Ivan
Ivor Jason Jasper Jeanne Jeannette Jed Jemima Jethro Joan Jody Johanna Jolene Josie Judd Jules Kathryn Kay Keira Kendall
Kenny Kieran Kirsty Kit Lance Lara Leif Len Lenny Lionel Lois Lorna Lorraine Lucinda Luther Lyle Mabel Mackenzie
Maggie Marcia Marian Marion Marlon Maxine Merle Mervyn Micah Mildred Millie Milton Miranda Moira Monty Morris Murray
Myles Nadia Naomi Nathaniel Ned Nigel Noel Nora Norma Olive Ollie Orla Oswald Otis  Patsy Percy Phoebe Piers
Quentin Quinn Rachael Ralph Rebekah Reggie Rhonda Rita Roderick Rodger Roland Rosalind Rosemary Rowan Roxanne Rufus
Rupert Russ Sadie Sasha Seamus Selina Shelby Sheldon Sidney Silas Sinead Stan Sterling Stuart Sybil Tabitha Tara
Terrence Thelma Theo Thomasina Tobias Toby Trent Tristan Trudy Ursula Vaughn Vera Vic Viv Vivian Wallace Walt Ward
Wilbur Wilfred Winston Wyatt Yvette Zara Zoe
Abdel Abdul Abdulaziz Abdulrahman Adel Adnan Ahmad Aisha Akram Amal Amin Amina Anwar Ashraf Aziz Bashar Bilal Dalia
Ehsan Emine Faisal Farid Farouk Fatih Fuad Gamal Habib Hadi Hamid Hamza Hani Haruka Hatice Hüseyin Ilhan Imran Ismet
Jamila Jawad Kamal Kemal Leyla Mahmut Malik Mansour  Marwan Mehdi Melek Mohamad Mohammad Mounir Nadim Naveed Nour
Osman Özlem Rashid Reza Rıza Saad Sabri Said Saleh Salim Sevim Sinan Suleiman Süleyman Tamer Tariq Ufuk Umut Volkan
Yasin Yasser Yildiz Zafer Zainab Zeynep Ziya
Akinwumi Abiy Ama Chinua Chimamanda Jomo Julius Kwesi Lupita Ngozi Nkosazana Olu Oluwaseun Tunde Wole Yaw Yemi
Anh Bao Chen-Yu Cheng Hiroki Hitoshi Hyun-woo Jae-hyun Jia Jie Jing Jun-ho  Kenichi Kentaro Lan Masato
Megumi Ming-Chi Naoko Noriko Ryo Ryota Sakura Satoshi Shigeru Shun Sun-young Takashi Takeshi Tetsuya Toshiro Wen Xiao
Yoko Yong Yoshi Yu Yuan Yui Yuko Yusuke Zhiwei
Aleksandra Alenka Alja Bogdana Borislav Branko Dagmara Danuta Dariusz Dawid Elżbieta Goran Halina Hanna Irena Ivana
Jadwiga Janusz Jelena Jovan Kamil Kazimierz Ladislav Lidia Lubomir Ludmila Maciej Małgorzata Marta Milena Milos Miloš
Mirela Miroslava Monika Nada Nikola Ondřej Pavol Přemysl Radoslav Radosław Renata Rostislav Ryszard Sławomir Stanislav
Stanisław Svetlana Teodor Urszula Vesna Vlado Wiesław Włodzimierz Zbigniew Zdenka Zofia Zuzanna
`;

let cache: Set<string> | null = null;

/** All given names, exact case as written (title case). */
export function givenNames(): Set<string> {
  if (!cache) cache = new Set(`${GERMAN} ${ENGLISH} ${INTERNATIONAL} ${MORE} ${FURTHER}`.split(/\s+/).filter(Boolean));
  return cache;
}
