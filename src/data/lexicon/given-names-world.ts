// More given names, by language, written for this project from general knowledge: so that an unknown surname after
// them is found ("Yusuf Demirci", "Agnieszka Kowalczyk"). Words that are also ordinary capitalised words or places
// ("Will", "Rose", "Florence") are dropped when the lexicon is built (lexicon-index.ts filters against non-names).

const GERMAN_AUSTRIAN_SWISS = `
Achim Adolf Agnes Albert Albrecht Alois Amelie Andrej Anneliese Annemarie Ansgar Antonia Arno Arnold Astrid August
Barbara Beat Benno Berthold Bettina Bianca Brigitta Bruno Burghard Carina Carmen Caroline Charlotte Christof Christopher
Clara Claudius Corinna Cordula Dana Denise Diana Dietrich Dominika Eberhard Eckart Eckhard Edeltraud Edith Eduard Elfriede
Elias Elisabeth Ella Elmar Else Emilia Emma Engelbert Erhard Erik Erna Ernestine Eugen Evelyn Ewald Fabienne Falk Felicitas
Ferdinand Finn Frieda Friederike Gabi Gebhard Gerlinde Gerrit Gerti Gertrud Gottlieb Gunda Gundula Gunther Hanna
Hannah Hanne Hansjörg Hans-Georg Hans-Joachim Hans-Ulrich Harro Hedwig Heidemarie Heinrich Helene Helmuth Henriette Henry
Herta Hertha Hilde Horst Hugo Ida Ilka Ilona Ina Inge Ingeborg Ingolf Irmgard Isabel Isabell Jannik Jasmin Jennifer
Joachim Jochen Johanna Jonathan Josef Josefine Judith Jule Juliane Jürgen Justus Karla Karoline Kaspar Kilian Kirsten
Klara Knut Konstantin Korbinian Lara Laura Leni Leo Leonhard Liane Lieselotte Lilli Linus Lisa Luca Ludger Luise
Lutz Magdalena Maja Manfred Mareike Margit Margot Marianne Marie-Luise Marina Marita Marko Marlies Martha Mathilde Mattis
Maximiliane Melanie Merle Michaela Mila Miriam Nele Nicolas Nora Olga Ottmar Paula Pauline Philippa
Raimund Ralph Rebecca Regine Reinhilde Rita Robin Rosemarie Rosi Ruprecht Ruth Sabina Sabrina Samuel Sara Sarah Silvia
Sophia Sophie Stefanie Susann Sybille Sylvia Tabea Thea Thilo Thorben Tilo Tom Toni Traudl Ulla Urs Ursel Ute Vera
Viktoria Vincent Walburga Waldemar Wendelin Wiebke Wilma Wolfram Xaver Yannick Yvonne Zoe Beatrix Heinz-Christian Hanspeter
Hansruedi Ueli Reto Beat Jürg Ruedi Köbi Urs Dölf Fritz Sepp Hansjakob Peterli Vreni Heidi Regula Doris Esther Hanni
`;

const TURKISH_ARABIC_PERSIAN = `
Ahmet Mehmet Mustafa Ali Hasan Hüseyin Ibrahim İbrahim Ismail İsmail Osman Yusuf Murat Ömer Omer Emre Burak Cem Deniz
Ece Elif Emine Esra Fatma Hatice Ayşe Ayse Zeynep Merve Büşra Seda Selin Sibel Songül Tülay Derya Dilek Gül Gülsen Hülya
Kemal Erdal Ercan Erkan Ertan Fatih Gökhan Hakan Kaan Kerem Levent Metin Necati Orhan Özgür Ozan Recep Serkan Sinan Tarık
Tolga Tuncay Uğur Ugur Volkan Yasin Yavuz Bülent Cengiz Erol Halil Nihat Süleyman Tayyip Turgut Abdullah Ahmed
Ahmad Mohammed Mohammad Muhammad Mohamed Mahmoud Mahmud Khalid Khaled Omar Umar Hamza Hassan Hussein Husain Karim Rashid
Saeed Samir Tarek Tariq Walid Youssef Yousef Ziad Amir Ayman Bashar Faisal Fahad Nabil Nasser Rami Sami Salim
Jamal Jamil Ibrahim Mustafa Adel Anwar Bilal Farid Hamid Hani Hisham Imad Issa Jalal Kamal Majid Marwan Mounir Nadir
Nizar Osama Rafik Raed Riad Wael Yasser Zaid Aisha Amal Amina Dalia Fatima Hanan Hala Huda Jamila Layla Leila
Lina Mariam Maryam Nadia Noor Nour Rania Rana Reem Salma Samira Sara Yasmin Yasmina Zainab Zahra Dana Farah Hiba
Mohsen Hossein Hosein Reza Ali-Reza Alireza Mahmoud Masoud Javad Mehdi Saeed Hamid Parisa Shirin Mina Golnaz Navid Omid
Bijan Cyrus Dariush Kian Babak Behrouz Farhad Kaveh Nima Payam Ramin Afshin Nargess
`;

const SLAVIC_BALTIC_HUNGARIAN = `
Agnieszka Aleksandra Andrzej Anna Barbara Bartosz Beata Bogdan Bogusław Dariusz Dorota Elżbieta Ewa Grzegorz Halina
Iwona Jacek Jadwiga Jakub Jan Janusz Jarosław Jerzy Joanna Józef Kamil Karol Katarzyna Kazimierz Krzysztof Lech Łukasz
Maciej Małgorzata Marek Mariusz Mateusz Michał Mirosław Monika Paweł Piotr Radosław Rafał Robert Ryszard Sławomir
Stanisław Szymon Tadeusz Tomasz Urszula Wiesław Witold Władysław Wojciech Zbigniew Zofia Zuzanna Alexei Alexej Aleksei
Anatoly Anatoli Andrei Andrej Arkady Boris Denis Dmitry Dmitri Dmitrij Evgeny Jewgeni Fyodor Gennady Grigory Igor Ilya
Ivan Iwan Konstantin Leonid Maxim Mikhail Nikolai Nikolaj Oleg Pavel Pawel Pjotr Roman Ruslan Sergei Sergey Stanislav
Valentin Valery Walerij Vasily Viktor Vitaly Vitali Vladimir Vladislav Wladislaw Yaroslav Yevgeny Yuri Juri Alla Anastasia
Darya Daria Ekaterina Jekaterina Elena Jelena Galina Inna Irina Ksenia Larisa Lyudmila Natalia Natalya Nadezhda Oksana
Olga Polina Svetlana Tatiana Tatjana Valentina Veronika Yulia Julija Zoya Volodymyr Wolodymyr Oleksandr Oleksiy Olexij
Andriy Andrij Bohdan Dmytro Mykola Mychajlo Mykhailo Petro Serhiy Serhij Taras Vasyl Yuriy Yulia Iryna Olena Khrystyna
Václav Jiří Jaroslav Miloš Petr Pavel Tomáš Vladimír Zdeněk Jana Zuzana Martina Lucie Andrej Peter Robert Ján
Viktor Péter László Gábor Zoltán István Attila Ferenc György Tamás Sándor Katalin Zsuzsanna Ilona Mihály Dragan Goran
Milorad Slobodan Zoran Aleksandar Vuk Ivica Ante Andrej Boško Bojan Nenad Dejan Milica Jovana Ana Darko Miroslav
Gitanas Ingrida Kaja Kersti Toomas Andrus Raimonds Valdis Krišjānis Egils Edgars Arturs Linas Vytautas Algirdas
`;

const ROMANCE = `
Alessandro Alessandra Andrea Angelo Antonio Beatrice Carlo Chiara Claudio Cristina Davide Domenico Elena Emanuele
Enrico Fabio Federica Federico Francesca Francesco Gabriele Giacomo Gianluca Gianni Giorgia Giorgio Giovanna Giovanni
Giulia Giulio Giuseppe Ignazio Lorenzo Luca Luigi Marco Mario Massimo Matteo Maurizio Michele Nicola Paolo Pier
Pierluigi Raffaele Riccardo Roberto Sergio Silvio Simona Stefano Tommaso Valentina Valerio Vittorio Ugo Umberto
Alain Amélie Anne-Marie Antoine Arnaud Aurélien Benoît Bernard Brigitte Bruno Camille Cécile Céline Christophe Claude
Clément Damien Delphine Didier Dominique Édouard Élisabeth Emmanuel Éric Fabien Florent François Françoise
Frédéric Gaël Gérald Gérard Gilles Guillaume Hélène Henri Hervé Isabelle Jacques Jean Jean-Baptiste Jean-Claude
Jean-François Jean-Luc Jean-Marc Jean-Michel Jean-Paul Jean-Pierre Jérôme Julien Laurent Louis Luc Marc Marine Martine
Mathieu Matthieu Michel Muriel Nathalie Nicolas Olivier Pascal Patrice Philippe Pierre Raphaël Rémi Rémy Sébastien
Ségolène Serge Stéphane Sylvie Thierry Valérie Véronique Xavier Yann Yannick Yves Agustín Alberto Alejandro Alfonso
Álvaro Ana Andrés Ángel Antonio Beatriz Carlos Carmen Cristina Diego Eduardo Elena Emilio Enrique Esteban Felipe
Fernando Francisco Gabriel Gonzalo Guillermo Ignacio Isabel Jaime Javier Jesús Joaquín Jorge José Josefa Juan Julio
Leticia Lucía Luis Manuel Marcelo María Mariano Marta Miguel Nicolás Pablo Paloma Patricia Pedro Rafael
Ramón Raúl Ricardo Rodrigo Sergio Sofía Teresa Tomás Vicente Yolanda Jordi Josep Oriol Xavier Montserrat
João Luís Luíz Paulo Rui Nuno Tiago Gonçalo Fernanda Gabriela Luiza Mariana Rafaela Sebastián Gustavo Cristiano
Rodolfo Neymar Jair Dilma Inácio Getúlio Aécio Geraldo Ciro Flávio Flavio Fábio Otávio Vinícius
`;

const NORDIC_DUTCH = `
Anders Anne-Lise Annika Arvid Åsa Birgitta Bjørn Børge Britt Camilla Elin Emil Erik Espen Eva Fredrik
Gunnar Gustaf Hakon Håkon Hans Helle Henrik Inga Ingrid Jens Johan Jonas Jørgen Karin Kjell Klas Knut Kristian
Kristina Lars Lasse Leif Lena Linnea Magnus Maja Mats Mette Mikael Morten Nils Ole Ola Olaf Olav Pernille Rasmus
Sanna Sigrid Siv Sofia Solveig Stefan Stig Svein Sven Søren Torbjörn Tove Trond Ulf Ulrika Vibeke Åke Kaja Petteri
Sauli Tarja Jyrki Matti Antti Juha Jukka Marko Mika Hanna Päivi Riikka Pieter Pim Joost Jeroen Jan-Peter Wopke
Geert Gerrit Hendrik Hans Wim Willem Maarten Marten Ruud Rutger Sander Sjoerd Thijs Tijs Bas Bram Daan Dirk Floris
Frans Guus Hugo Jelle Joris Koen Lieke Marieke Mark Niels Noor Ruben Sanne Stijn Wout Wouter Ilse Inge Marjolein
`;

const ENGLISH_MORE = `
Abbie Abby Ada Addison Aiden Alana Alastair Alistair Allison Alyssa Amelia Andrea Angelina Annabel Archie Ariana Ashton
Aubrey Audrey Ava Avery Bailey Barnaby Beatrice Becky Belinda Benedict Bernadette Bertie Bethany Beverly Blair Bonnie
Brianna Brittany Brooke Bryce Caleb Callum Cara Carmen Carter Casey Cassandra Cecilia Cedric Chandler Chloe Christian
Ciaran Clarence Clayton Clifford Clint Cody Cole Colleen Conor Corey Courtney Cristina Curtis Damian Damon Darcy Darryl
Deirdre Delia Desmond Devin Dexter Dolores Dominique Dorothy Edith Edwin Eileen Eli Elijah Ellie Elliot Elliott Eloise Elsie
Emmett Ernest Esther Ethel Eva Evelyn Ezra Felicity Fergus Finley Floyd Freddie Freya Gareth Gemma Genevieve Geoffrey
Gerard Gertrude Gideon Gillian Gloria Gwen Gwendolyn Harley Harold Harrison Heidi Hilary Hillary Hunter Imogen Irene
Isaiah Isla Jacqueline Jamal Jasmine Jason Jay Jayden Jeanette Jeanne Jeannie Jenna Jerome Joel Jordan Josephine Joshua
Josie Judith Julian Juliet Justine Kara Karen Kate Katherine Kathleen Katie Kayla Keira Keith Kelly Kelvin Kenneth
Kenny Kieran Kirk Kirsty Kristen Kyle Lachlan Lance Laurence Lauren Lawrence Leah Leanne Leila Leslie Lester Lewis Liam Lillian
Lindsay Lindsey Lloyd Logan Lois Lorraine Louisa Louise Lucas Lucinda Luke Lydia Lynn Mabel Mackenzie Madeleine
Malcolm Marcia Marcus Marian Mason Matilda Maxine Melinda Melissa Mervyn Michelle Mildred Miranda Mitchell Molly Monica
Morgan Muriel Myles Nathan Nathaniel Neil Nelson Nicholas Nigel Noah Noel Norman Oliver Olivia Owen Paige Pamela Patricia
Penelope Percy Phoebe Phyllis Piers Poppy Priscilla Quentin Rachel Rebecca Reuben Rhonda Riley Rita Roberta
Rosalind Rosemary Rupert Ryan Sabrina Sally Samantha Samuel Sarah Scarlett Sean Seth Shane Shannon Sharon Sheila Shirley
Sidney Sophie Spencer Stacey Stanley Stella Stuart Sue Susan Suzanne Sylvia Tamsin Tara Teresa Terence Terry Tessa Theresa
Timothy Toby Todd Tom Tommy Tony Tracey Tracy Travis Trevor Tristan Troy Tyler Ursula Valerie Vanessa Vernon Veronica
Vincent Vivian Wallace Walter Wanda Warren Wayne Wendy Wesley Whitney Wilbur Wilfred William Willie Winston Yvette Zachary
Zoe Zoey Darius Deshawn DeShawn Jamar Jamie Keisha LaToya Latoya Malik Marquis Tyrone Trayvon Jalen Kendrick
`;

const ASIAN = `

Jianguo Xiaoming Haiyan Yiming Zhengfei Huateng Xiaopeng Wanzhou Hiroshi Takeshi
Kenji Kenichi Kenichiro Koji Makoto Masahiro Masato Masayoshi Naoki Osamu Ryota Satoshi Shinji Shinzo Shigeru Shunichi
Takashi Takahiro Taro Tetsuya Toshiaki Toshihiro Yasuhiro Yoshihide Yoshihiko Yoshiaki Yuki Yukio Yuko Yoko Keiko
Haruhiko Kazuo Akio Fumio Tadashi Hiroki Hiroto Junichiro Kiyoshi Masaaki Mitsuhiro Nobuyuki Sanae Seiko Tomoko
Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Jae-yong Kun-hee Eui-sun Sung-kyu Young-jin Jong-hee Sang-mok Duck-soo
Aarav Aditya Ajay Akash Amit Anand Anil Anita Anjali Arjun Arun Arvind Ashok Deepak Devendra Gautam Gita Harish Kavita
Kiran Krishna Lakshmi Mahesh Manish Manoj Mukesh Narendra Neha Nikhil Nirmala Pooja Pradeep Prakash Priya Rahul
Raj Rajesh Rajiv Ramesh Ravi Rohit Sachin Sanjay Sanjeev Satya Shashi Shiv Sonia Sunil Sunita Suresh Swati Uday Vijay
Vikram Vinod Vivek Yogesh Sundar Shantanu Ratan Azim Nandan Narayana Piyush Amitabh Salman Virat Sourav
Somchai Thaksin Anwar Mahathir Najib Joko Prabowo Ferdinand Rodrigo
`;

const AFRICAN = `
Kwame Kofi Kojo Ama Akua Chinedu Chukwuma Emeka Ngozi Olusegun Oluwaseun Adebayo Ade Ayodele Babatunde Bola Chiamaka
Femi Funmilayo Goodluck Ikechukwu Nnamdi Obinna Tunde Uchenna Yemi Abiy Haile Tedros Mulugeta Amara Aminata Fatou
Mamadou Moussa Ousmane Seydou Souleymane Cheikh Ibrahima Didier Samuel Jomo Uhuru Raila Wangari Njeri Thabo Cyril Jacob
Sipho Themba Nomvula Lindiwe Mmusi Julius Jacob Nelson Winnie Desmond Patrice Felix Emmerson Yoweri Paul Macky Alassane
`;

// Finnish, Estonian, Russian/Ukrainian transliterations (German and English spellings), Turkish, Arabic, Hebrew,
// Greek, Portuguese/Brazilian, North German/Frisian, Irish and Scottish.
const MORE_LOCALES = `
Aapo Aarne Eero Eino Ilkka Jarmo Juho Kari Kimmo Lauri Markku Mikko Pasi Raimo Seppo Tapio Tuomo Urho Veli Ville Tiit
Urmas Jüri Arvo Siim Jewgenij Andrey Anatolij Arkadi Grigorij Jaroslaw Kirill Pyotr Wadim Vadim Waleri Walentina
Yelena Nadeschda Marija Anastasija Yekaterina Warwara Olexandr Oleksij Vitalij Aydin Aydın Ebru Kenan Nurcan Yasemin
Sayed Sayyid Salah Akbar Moshe Yosef Avraham Avi Noa Tamar Yael Shira Orly Nikolaos Giorgos Georgios Konstantinos
Dimitris Dimitrios Ioannis Kostas Panagiotis Christos Vassilis Stavros Spyros Theodoros Eleni Katerina Despina Thiago
Leandro Romario Júlio Sérgio Filipe Gilberto Otavio Renato Rogerio Vinicius Ederson Alisson Adriano Cleber Edson
Everton Heitor Joaquim Inacio Imke Maike Hauke Momme Broder Tjark Bendix Enno Folkert Zdenek Dean Euan Niall Padraig
Siobhan Aoife Niamh Roisin
`;

let cache: string[] | null = null;

export function worldGivenNames(): string[] {
  if (!cache) {
    const all = [GERMAN_AUSTRIAN_SWISS, TURKISH_ARABIC_PERSIAN, SLAVIC_BALTIC_HUNGARIAN, ROMANCE, NORDIC_DUTCH, ENGLISH_MORE, ASIAN, AFRICAN, MORE_LOCALES];
    cache = all.join(' ').split(/\s+/).filter(Boolean);
  }
  return cache;
}
