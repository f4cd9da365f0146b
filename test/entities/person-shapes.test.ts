// People found by the shape of a name and its context: abbreviated surnames, genitives, speakers, and the near
// misses those rules must leave alone (nouns, companies and roles next to a speech verb).
import { describe, expect, test } from 'vitest';
import { recogniseStrict } from '../../src/core/entities';
import { buildGazetteer, mergeCompanies } from '../../src/core/entities/gazetteer';

const g = buildGazetteer(mergeCompanies([[{ id: 'vale', name: 'Vale', aliases: [] }, { id: 'rheinmetall', name: 'Rheinmetall', aliases: [] }]]));
const found = (text: string, lang: string): string[] =>
  recogniseStrict(text, { lang, watchlist: [] }, g).mentions.map((m) => `${m.text}:${m.type}`);

describe('people by shape and context', () => {
  test.each([
    ['de', 'Am Abend freut sich Karla W. auf den Urlaub.', 'Karla W.:person'],
    ['de', 'Die 19-jährige Jana T. hat die Tat gestanden.', 'Jana T.:person'],
    ['de', 'Der Kurs fiel, obwohl er zu den engsten Beratern Merkels gehört.', 'Merkels:person'],
    ['de', 'Kritiker lehnen Merkels Politik der offenen Tür ab.', 'Merkels:person'],
    ['de', 'Im Verein sagte Betriebsrat Jonas Kähler am Montag, es reiche.', 'Jonas Kähler:person'],
    ['de', 'Die Sängerin hat nach der Trennung von ihrem Freund Kevin Schuster Liebeskummer.', 'Kevin Schuster:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Neun seiner 15 Tore fielen im Powerplay.', 'Tore'],
    ['de', 'Er glaubt an sein Team, warnt aber vor Übermut.', 'Team'],
    ['de', 'Es ist spät, sagte Mibrag-Betriebsrat Jonas Kähler vor der Versammlung.', 'Mibrag-Betriebsrat Jonas'],
    ['en', 'Prices fell, says analyst Vale in a note.', 'Vale'],
    ['en', 'Investors should sell, says Questor Vale in a note.', 'Questor Vale'],
    ['de', 'Nach der Trennung von ihrem Freund Kevin Schuster Liebeskummer.', 'Kevin Schuster Liebeskummer'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('German subject after the verb, shouted headlines', () => {
  test.each([
    ['de', 'Damit will Kowalczyk schon zum Saisonstart fit sein.', 'Kowalczyk:person'],
    ['de', 'Danach distanzierte sich Moradi von dem Ergebnis.', 'Moradi:person'],
    ['en', 'CLINTON BREAKS WITH OBAMA ON TRADE, the newsletter said.', 'CLINTON:person'],
    ['en', 'TOMORROW: HILLARY CLINTON TURNS LEFT', 'HILLARY CLINTON:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Danach war Kandidatin bei der Wahl nur sie.', 'Kandidatin'],
    ['de', 'Danach wurde Dozent für Recht ein anderer.', 'Dozent'],
    ['de', 'Er glaubt, ich hätte Tickets verkauft.', 'Tickets'],
    ['en', 'THE IMF AND NATO MEET TODAY', 'NATO'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('things that look like names in English', () => {
  test.each([
    ['en', 'Markets fell. (Reporting By Jane Holloway in London)', 'Jane Holloway:person'],
    ['en', 'Share this By Jane Holloway LONDON (Reuters) - Shares rose.', 'Jane Holloway:person'],
    ['en', 'Investors gathered. by Katie Brandon Foreign companies face new rules.', 'Katie Brandon:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['en', 'The Network says most employees report problems internally.', 'Network'],
    ['en', 'Costs rose, the Pellmores said on Monday.', 'Pellmores'],
    ['en', 'She was once Lord Mayor of Sydney.', 'Mayor'],
    ['en', 'Obama and Sen. Elizabeth Warren announced a plan.', 'Sen'],
    ['en', 'Roads will close for the Global Entrepreneurship Summit, officials said.', 'Entrepreneurship Summit'],
    ['en', 'Traffic moved on Mombasa Road and Uhuru Highway, police said.', 'Uhuru Highway'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('German nouns that look like names', () => {
  test.each([
    ['de', 'Die 17-jährige Caroline ist Kandidatin im Wettbewerb.', 'Caroline:person'],
    ['de', 'Viele Fans applaudierten, als Lindqvist und Erik Svensson kamen.', 'Lindqvist:person'],
    ['de', 'Danach sprach Kirill Petrow mit der Presse.', 'Kirill Petrow:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Das Gericht betonte, nach geltendem Recht sei das erlaubt.', 'Gericht'],
    ['de', 'Die Piloten flogen durch aufgeblasene Tore mit hoher Geschwindigkeit.', 'Tore'],
    ['de', 'Das leise daherkommende Drama schrieb der Autor selbst.', 'Drama'],
    ['de', 'Es gab Lieder zu Hindi-Songs und Peter Gabriels Balladen.', 'Songs'],
    ['de', 'Daran waren die Wirtschaftsforscher Deutschlands beteiligt.', 'Deutschlands'],
    ['de', 'Anders als im Hinspiel gewann die Mannschaft.', 'Anders'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('titles, particles and employers', () => {
  test.each([
    ['en', 'Grocers chief executive Joost de Wittkamp slammed the plan.', 'Joost de Wittkamp:person'],
    ['en', 'Farmers are under pressure, Mr English says.', 'English:person'],
    ['en', 'The bill was sponsored by Rep. French Hollister, R-Ark.', 'French Hollister:person'],
    ['en', 'Nick Batram, analyst at Pellow Hunt, warned investors.', 'Pellow Hunt:company'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['en', 'Nick Batram, analyst at Pellow Hunt, warned investors.', 'Pellow Hunt'],
    ['de', 'Das sagte Jack Rae von Google am Montag.', 'Jack Rae von Google'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('German subjects ending in -er, after a conjunction', () => {
  test.each([
    ['de', 'Kellner will demnach einen Beschluss herbeiführen.', 'Kellner:person'],
    ['de', 'Doch Ramírez wurde am Abend entlassen.', 'Ramírez:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Wasser ist knapp in der Region.', 'Wasser'],
    ['de', 'Doch Zucker wurde teurer.', 'Zucker'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('lists of people', () => {
  test.each([
    ['de', 'Die Minister Aurélie Dumont-Vasseur und John Reid warben für den Plan.', 'Aurélie Dumont-Vasseur:person'],
    ['de', 'Verkauft wurden Dale Whitcombe, Garth Lindell und Carlos Edwards.', 'Garth Lindell:person'],
    ['de', 'Verkauft wurden Dale Whitcombe, Garth Lindell und Carlos Edwards.', 'Dale Whitcombe:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Er aß Brot, Käse und Carlos Edwards sah zu.', 'Brot'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('initials and genitive names', () => {
  test.each([
    ['en', 'Rates will stay on hold, J. Powell told reporters.', 'J. Powell:person'],
    ['en', 'Fed chair Jerome Powell spoke first. Later J. Powell added a remark.', 'J. Powell:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test('a genitive surname names the person in its base form', () => {
    const { entities } = recogniseStrict('Merkels Kurs stößt auf Kritik.', { lang: 'de', watchlist: [] }, g);
    expect(entities.map((e) => e.name)).toContain('Merkel');
  });

  test.each([
    ['en', 'They chose Plan B. Powell was not amused.', 'B. Powell'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('initials with unknown surnames, two-word subjects after the verb', () => {
  test.each([
    ['de', 'Er wurde Meister vor W. Kaschenko und A. Beloglasow.', 'W. Kaschenko:person'],
    ['de', 'Heute Morgen hat sich Wadim Tschernow im Bus auf den Weg gemacht.', 'Wadim Tschernow:person'],
    ['de', 'Bis dahin will Ruzica Mladenka jeden Morgen trainieren.', 'Ruzica Mladenka:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Das Vitamin C. Forschung zeigt mehr.', 'C. Forschung'],
    ['de', 'Damit will Deutsche Telekom jeden Kunden halten.', 'Deutsche Telekom'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('bylines', () => {
  test.each([
    ['en', 'Profits rose. (Reporting by Anjali Menon in Bengaluru and Haruka Tsuji in Tokyo; Editing by Tom Brown)', 'Haruka Tsuji:person'],
    ['en', 'Profits rose. (Reporting by Anjali Menon; Editing by Savio D\'Costa)', "Savio D'Costa:person"],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });
});

describe('name boundaries in German', () => {
  test.each([
    ['de', 'Damals war Julio A. Roca Präsident des Senats.', 'Julio A. Roca:person'],
    ['de', 'Unter der Merkel-Ära wuchs die Wirtschaft, sagte Angela Merkel.', 'Merkel:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'So erfährt Ida vom Bankdirektor das Passwort.', 'Ida vom Bankdirektor'],
    ['de', 'Auch der Chor des Otto-Schott-Gymnasium möchte helfen.', 'Otto-Schott-Gymnasium'],
    ['de', 'Die Straße hieß von 1945 bis 1990 Friedrich-Engels -Straße.', 'Friedrich-Engels'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});

describe('names through a particle', () => {
  test.each([
    ['de', 'Damals regierte Fernando Collor de Mello das Land.', 'Fernando Collor de Mello:person'],
    ['de', 'Der Erzbischof, Johannes Nepomuk von Tschiderer, half den Armen.', 'Johannes Nepomuk von Tschiderer:person'],
  ])('%s: %s -> %s', (lang, text, expected) => {
    expect(found(text, lang)).toContain(expected);
  });

  test.each([
    ['de', 'Das sagte Thomas Kessler von der Stadtverwaltung.', 'Thomas Kessler von der Stadtverwaltung'],
    ['de', 'Das sagte Thomas Kessler von Rheinmetall am Montag.', 'Thomas Kessler von Rheinmetall'],
  ])('%s: %s has no person «%s»', (lang, text, words) => {
    expect(found(text, lang)).not.toContain(`${words}:person`);
  });
});
