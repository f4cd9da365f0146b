// Words that name a person's role, German and English, written for this project. A role word right before a
// capitalised name ("CEO Mark Zuckerberg", "Umweltminister Röttgen") or after it ("Tim Cook, chief executive of
// Apple") marks the name as a person and gives the role shown on the card.

/** Multi-word and single-word roles, matched case-insensitively on whole tokens. Longest first at match time. */
export const ROLE_PHRASES: string[] = [
  'chief executive officer', 'chief executive', 'chief financial officer', 'chief operating officer',
  'chief technology officer', 'chief investment officer', 'chief information officer', 'chief marketing officer',
  'chief scientist', 'chief economist', 'chief strategist', 'chief investment strategist', 'chief ai architect',
  'chief ai scientist', 'chief legal officer', 'chief risk officer', 'chief product officer', 'chief commercial officer',
  'co-chief executive', 'managing director', 'executive director', 'non-executive director', 'vice president',
  'vice chairman', 'vice chair', 'board member', 'finance chief', 'finance minister', 'prime minister',
  'foreign minister', 'treasury secretary', 'commerce secretary', 'secretary of state', 'fed chair', 'fed chairman',
  'portfolio manager', 'fund manager', 'general counsel', 'head of', 'founder and ceo', 'co-founder and ceo',
  'senior analyst', 'research analyst', 'equity analyst', 'market strategist', 'investment strategist',
  'senior economist', 'lead economist', 'deputy governor', 'central bank governor', 'attorney general',
  'chancellor of the exchequer', 'executive chairman', 'chief', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cso', 'cmo',
  'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'executive', 'founder', 'co-founder',
  'cofounder', 'boss', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist', 'strategist', 'trader',
  'investor', 'billionaire', 'governor', 'senator', 'congressman', 'congresswoman', 'minister', 'secretary',
  'chancellor', 'premier', 'mayor', 'professor', 'researcher', 'partner', 'manager', 'treasurer', 'commissioner',
  'ambassador', 'judge', 'lawyer', 'attorney', 'head', 'leader', 'owner', 'shareholder', 'entrepreneur', 'coach',
  'representative', 'rep.', 'sen.', 'gov.', 'lawmaker', 'regulator',
  // German
  'vorstandschef', 'vorstandschefin', 'vorstandsvorsitzender', 'vorstandsvorsitzende', 'vorstandsmitglied',
  'vorstand', 'vorständin', 'konzernchef', 'konzernchefin', 'firmenchef', 'firmenchefin', 'unternehmenschef',
  'unternehmenschefin', 'chef', 'chefin', 'geschäftsführer', 'geschäftsführerin', 'finanzvorstand',
  'finanzvorständin', 'finanzchef', 'finanzchefin', 'aufsichtsratschef', 'aufsichtsratschefin',
  'aufsichtsratsvorsitzender', 'aufsichtsratsvorsitzende', 'verwaltungsratspräsident', 'verwaltungsratspräsidentin',
  'präsident', 'präsidentin', 'gründer', 'gründerin', 'mitgründer', 'mitgründerin', 'mitbegründer', 'mitbegründerin',
  'co-gründer', 'firmengründer', 'inhaber', 'inhaberin', 'eigentümer', 'eigentümerin', 'großaktionär', 'investorin',
  'milliardär', 'milliardärin', 'managerin', 'leiter', 'leiterin', 'direktor', 'direktorin', 'sprecher',
  'sprecherin', 'analystin', 'chefvolkswirt', 'chefvolkswirtin', 'volkswirt', 'volkswirtin', 'ökonom', 'ökonomin',
  'stratege', 'strategin', 'fondsmanager', 'fondsmanagerin', 'händler', 'händlerin', 'experte', 'expertin',
  'forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'kanzler', 'kanzlerin', 'bundeskanzler',
  'bundeskanzlerin', 'ministerin', 'ministerpräsident', 'ministerpräsidentin', 'bundespräsident',
  'bundespräsidentin', 'staatssekretär', 'staatssekretärin', 'bürgermeister', 'bürgermeisterin', 'abgeordneter',
  'abgeordnete', 'parteichef', 'parteichefin', 'vorsitzender', 'vorsitzende', 'generalsekretär', 'generalsekretärin',
  'fraktionschef', 'fraktionschefin', 'trainer', 'trainerin', 'sänger', 'sängerin', 'schauspieler',
  'schauspielerin', 'regisseur', 'regisseurin', 'autor', 'autorin', 'journalist', 'journalistin', 'anwalt',
  'anwältin', 'richter', 'richterin', 'professor', 'professorin', 'jurist', 'juristin', 'topjurist', 'ex-chef',
  'ex-chefin', 'gouverneur', 'notenbankchef', 'notenbankchefin', 'kommissar', 'kommissarin', 'botschafter',
  'senatorin', 'papst', 'könig', 'königin', 'prinz', 'prinzessin', 'kapitän', 'spieler', 'spielerin', 'stürmer',
  'torwart', 'verteidiger', 'mittelfeldspieler', 'kollege', 'kollegin', 'sprecher', 'unternehmer', 'unternehmerin',
  'sohn', 'vater', 'mutter', 'bruder', 'schwester', 'ehefrau', 'ehemann', 'witwe', 'neffe', 'nichte', 'enkel',
  'vizekanzler', 'vizekanzlerin', 'landrat', 'landrätin', 'oberbürgermeister', 'oberbürgermeisterin', 'diktator',
  'kandidat', 'kandidatin', 'herausforderer', 'amtsinhaber', 'vorgänger', 'vorgängerin', 'nachfolger', 'nachfolgerin',
];

/** German compound endings that make a role ("Umweltminister", "Siemens-Chef", "Topjurist", "Bayern-Trainer"). */
export const ROLE_SUFFIXES_DE: string[] = [
  'chef', 'chefin', 'vorstand', 'vorständin', 'vorsitzender', 'vorsitzende', 'gründer', 'gründerin', 'minister',
  'ministerin', 'präsident', 'präsidentin', 'sprecher', 'sprecherin', 'jurist', 'juristin', 'analyst', 'analystin',
  'direktor', 'direktorin', 'leiter', 'leiterin', 'trainer', 'trainerin', 'manager', 'managerin', 'ökonom',
  'ökonomin', 'volkswirt', 'volkswirtin', 'stratege', 'strategin', 'forscher', 'forscherin', 'experte', 'expertin',
  'kanzler', 'kanzlerin', 'sekretär', 'sekretärin', 'meister', 'meisterin', 'kommissar', 'kommissarin',
  'abgeordneter', 'abgeordnete', 'spieler', 'spielerin', 'politiker', 'politikerin', 'berater', 'beraterin',
  'aktionär', 'aktionärin', 'investor', 'investorin', 'gouverneur', 'funktionär', 'funktionärin', 'sänger',
  'sängerin', 'journalist', 'journalistin', 'unternehmer', 'unternehmerin', 'kandidat', 'kandidatin', 'kollege', 'kollegin', 'politiker', 'politikerin', 'keeper', 'coach', 'profi',
  'athlet', 'athletin', 'läufer', 'läuferin', 'fahrer', 'fahrerin', 'sieger', 'siegerin', 'iker', 'ikerin', 'tester',
  'stürmer', 'stürmerin', 'torhüter', 'torhüterin', 'verteidiger', 'kapitän', 'kapitänin', 'star', 'rivale',
  'rivalin', 'bauer', 'bäuerin', 'schauspieler', 'schauspielerin', 'autor', 'autorin', 'regisseur', 'regisseurin',
  'rat', 'rätin', 'richter', 'richterin', 'anwalt', 'anwältin', 'arzt', 'ärztin', 'pfarrer', 'pfarrerin', 'bischof',
  'moderator', 'moderatorin', 'architekt', 'architektin', 'komponist', 'komponistin', 'dirigent', 'dirigentin',
  'schriftsteller', 'schriftstellerin', 'dichter', 'dichterin', 'maler', 'malerin', 'fotograf', 'fotografin',
  'ingenieur', 'ingenieurin', 'unternehmer', 'unternehmerin', 'gründerin', 'erbe', 'erbin', 'witwe', 'gattin',
];

/** Category used by the card (founder roles are printed in full, e.g. "Mitgründer"). */
export const FOUNDER_ROLES = /^(co-?founder|cofounder|founder|mit(be)?gründer(in)?|co-gründer|gründer(in)?|firmengründer)$/i;

/** Words after a name, or before it, that say a person is speaking. */
export const SPEECH_AFTER: string[] = [
  'said', 'says', 'told', 'added', 'wrote', 'noted', 'explained', 'argued', 'warned', 'stated', 'commented',
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'meint', 'schrieb', 'schreibt', 'warnte',
  'warnt', 'kritisierte', 'kritisiert', 'forderte', 'fordert', 'sprach',
];
export const SPEECH_BEFORE: string[] = ['said', 'says', 'told', 'sagte', 'sagt', 'erklärte', 'betonte', 'meinte', 'so'];

/** Courtesy titles: the name after them is a person; the title itself is not part of the name span. */
export const HONORIFICS: string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Sir', 'Dame', 'Lord', 'Lady', 'Herr', 'Herrn', 'Frau', 'Mme', 'Mlle',
  'Monsieur', 'Madame', 'Senor', 'Señor', 'Sen', 'Rep', 'Gov',
];

/** Particles inside surnames ("Ursula von der Leyen", "Vincent van Gogh", "Charles de Gaulle"). */
export const NAME_PARTICLES: string[] = ['von', 'van', 'der', 'den', 'de', 'del', 'della', 'da', 'di', 'du', 'le', 'la', 'zu', 'vom', 'ten', 'ter', 'al', 'bin', 'ibn', 'el', 'dos', 'das'];
