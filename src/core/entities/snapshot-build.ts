// Build side of the compiled indexes: runs the same builders the CLI and the tests use, once, and serialises their
// result. vite.config.ts calls this at build time and defines each string as a constant the accessors hydrate from
// (see the end of gazetteer.ts, people-index.ts, lexicon-index.ts), so the extension ships no raw word lists.
import { gazetteer } from './gazetteer';
import { lexicon } from './lexicon-index';
import { peopleIndex, type PeopleIndex } from './people-index';
import { serialise } from './snapshot';

export interface EntitySnapshots {
  gazetteer: string;
  people: string;
  lexicon: string;
}

/** The name each snapshot is defined under in the extension build; the accessors test for it. */
export const SNAPSHOT_DEFINES: Record<keyof EntitySnapshots, string> = {
  gazetteer: '__FINLENS_GAZETTEER__',
  people: '__FINLENS_PEOPLE__',
  lexicon: '__FINLENS_LEXICON__',
};

/** The people index without its lookup function, which `peopleLookup` rebuilds from the data. */
export function peopleData(index: PeopleIndex): Omit<PeopleIndex, 'startingWith'> {
  const { startingWith: _lookup, ...data } = index;
  return data;
}

/** Serialises the indexes as the builders make them now. The lexicon refers to the people index by name. */
export function buildEntitySnapshots(): EntitySnapshots {
  const people = peopleIndex();
  return {
    gazetteer: serialise(gazetteer()),
    people: serialise(peopleData(people)),
    lexicon: serialise(lexicon(), { externals: new Map([[people, 'people']]) }),
  };
}
