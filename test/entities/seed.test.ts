// The seed article (BörsenNEWS, 12.06.2025) against its hand-labelled truth: every company and person is found,
// and the three roles the issue names are right.
import { describe, expect, test } from 'vitest';
import truth from '../fixtures/seed-truth.json';
import { recognise } from '../../src/core/entities';
import type { Entity } from '../../src/core/types';

const text = (truth.articleSentences as string[]).join('\n');
const { entities, mentions } = recognise(text, { lang: 'de', watchlist: [] });
const byName = (name: string): Entity | undefined => entities.find((e) => e.name === name);
const idOf = (name: string): string | undefined => byName(name)?.id;

// Names in the truth that occur in the sentences (the headline block is not part of articleSentences).
const expected = [...new Map(truth.entities.filter((e) => text.includes(e.surface)).map((e) => [`${e.type}|${e.surface}`, e])).values()];

describe('seed article: companies and people', () => {
  test.each(expected.map((e) => [e.surface, e.type, e.name] as const))('%s is found as %s (%s)', (surface, type) => {
    const hit = mentions.filter((m) => m.text === surface && m.type === type);
    expect(hit.length).toBeGreaterThan(0);
    // All mentions of one name belong to one entity.
    expect(new Set(hit.map((m) => m.entityId)).size).toBe(1);
  });

  test('every occurrence of Meta, Scale AI and Zuckerberg is a mention', () => {
    const count = (re: RegExp) => [...text.matchAll(re)].length;
    const mentioned = (id: string | undefined) => mentions.filter((m) => m.entityId === id).length;
    expect(mentioned(idOf('Meta Platforms'))).toBeGreaterThanOrEqual(count(/\bMeta/g));
    expect(mentioned(idOf('Mark Zuckerberg'))).toBe(count(/Zuckerberg/g));
  });

  test.each([
    ['Llama'], ['Behemoth'], ['Android'], ['Kalifornien'], ['USA'], ['Superintelligenz'], ['Chief Scientist'],
  ])('%s is not an entity', (surface) => {
    expect(mentions.filter((m) => m.text === surface || m.text.startsWith(`${surface} `))).toEqual([]);
  });

  test('every person found is a person of the truth (no adverb such as "Intern" at a sentence start)', () => {
    const people = new Set(truth.entities.filter((e) => e.type === 'person').map((e) => e.name));
    expect(entities.filter((e) => e.type === 'person').map((e) => e.name).filter((n) => !people.has(n))).toEqual([]);
  });
});

describe('seed article: roles', () => {
  test.each([
    ['Mark Zuckerberg', 'CEO', 'Meta Platforms'],
    ['Alexandr Wang', 'CEO', 'Scale AI'],
    ['Vahan Petrosyan', 'Mitgründer', 'SuperAnnotate'],
    ['Jason Droege', 'CEO', 'Scale AI'],
  ])('%s is %s of %s', (person, role, org) => {
    const p = byName(person);
    expect(p?.type).toBe('person');
    expect(p?.role).toBe(role);
    expect(p?.affiliation).toBe(idOf(org));
  });

  test.each([
    ['Jack Rae', 'Google DeepMind'],
    ['Johan Schalkwyk', 'Sesame AI'],
    ['John Newman', 'Federal Trade Commission'],
  ])('%s is affiliated with %s', (person, org) => {
    expect(byName(person)?.affiliation).toBe(idOf(org));
  });
});
