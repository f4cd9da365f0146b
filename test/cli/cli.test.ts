// The CLI as a user runs it: a real process, real files, exit codes and stdout/stderr.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const SEED = 'test/fixtures/boersennews--zuckerberg.html';
const URL_ = 'https://www.boersennews.de/nachrichten/artikel/zuckerbergs-milliarden-wette';

async function finlens(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = run('node', ['bin/finlens.mjs', ...args], { maxBuffer: 64 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'finlens-cli-'));
const big = join(dir, 'big.html');
writeFileSync(big, '<html><body>' + 'x'.repeat(21 * 1024 * 1024) + '</body></html>');
const binary = join(dir, 'junk.html');
writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
const empty = join(dir, 'empty.html');
writeFileSync(empty, '');

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  test.each([
    ['missing file', [join(dir, 'nope.html')], /no such file/],
    ['a directory', [dir], /is a directory/],
    ['binary data', [binary], /binary data/],
    ['empty input', [empty], /empty input/],
    ['more than 20 MB', [big], /larger than the 20 MB limit/],
  ])('%s', async (_name, files, message) => {
    const r = await finlens(['analyze', ...files]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('non-HTML on stdin', async () => {
    const r = await finlens(['analyze', '-'], 'just some words\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no HTML markup/);
  });
});

test('analyze --format json gives the analysis of the seed page', async () => {
  const r = await finlens(['analyze', SEED, '--url', URL_]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(json.card.headline).toBe('Zuckerbergs Milliarden-Wette');
  expect(json.card.published).toMatch(/^2025-06-12T10:10/);
  expect(json.hidden.length).toBeGreaterThan(0);
  expect(json.entities.length).toBeGreaterThan(0);
});

test('analyze --format markdown prints the card', async () => {
  const r = await finlens(['analyze', SEED, '--url', URL_, '--format', 'markdown']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Zuckerbergs Milliarden-Wette/);
  expect(r.stdout).toMatch(/644,23/);
});

test('annotate marks article, hidden blocks and mentions with ids shared with the json', async () => {
  const [annotated, analysed] = await Promise.all([
    finlens(['annotate', SEED, '--url', URL_]),
    finlens(['analyze', SEED, '--url', URL_]),
  ]);
  expect(annotated.code).toBe(0);
  const { document } = parseHTML(annotated.stdout);
  expect(document.querySelectorAll('[data-finlens-article]').length).toBe(1);
  const kinds = [...document.querySelectorAll('[data-finlens-hide]')].map((e) => e.getAttribute('data-finlens-hide'));
  expect(kinds.length).toBeGreaterThan(0);
  expect(kinds.every((k) => ['ad', 'leverage', 'promo'].includes(k!))).toBe(true);
  const mentions = [...document.querySelectorAll('finlens-mention')];
  const ids = new Set(JSON.parse(analysed.stdout).entities.map((e: { id: string }) => e.id));
  expect(mentions.length).toBe(JSON.parse(analysed.stdout).mentions.length);
  for (const m of mentions) {
    expect(ids.has(m.getAttribute('data-id'))).toBe(true);
    expect(['company', 'organization', 'person']).toContain(m.getAttribute('data-type'));
  }
  // Wrapping never changes the page's text.
  const original = parseHTML(readFileSync(SEED, 'utf8')).document;
  expect(document.body.textContent).toBe(original.body.textContent);
});

test('analyze --jsonl answers every line in order, errors included, and exits 0', async () => {
  const lines = [
    { file: SEED, url: URL_ },
    { file: join(dir, 'nope.html'), url: null },
    { file: 'test/fixtures/variants/zuckerberg--plain-cms.html', url: 'https://news.example.org/x' },
  ].map((l) => JSON.stringify(l));
  const r = await finlens(['analyze', '--jsonl'], lines.join('\n') + '\nnot json\n');
  expect(r.code).toBe(0);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  expect(out).toHaveLength(4);
  expect(out[0].card.headline).toBe('Zuckerbergs Milliarden-Wette');
  expect(out[1].error).toMatch(/no such file/);
  expect(out[2].card.headline).toBe('Zuckerbergs Milliarden-Wette');
  expect(out[3].error).toBeTruthy();
});

test('entities --jsonl gives typed spans in JavaScript string offsets', async () => {
  const text = 'Laut Vahan Petrosyan, Mitgründer der Datenplattform SuperAnnotate, 🚀 wächst Meta Platforms.';
  const r = await finlens(['entities', '--jsonl'], JSON.stringify({ id: 'a1', text, lang: 'de' }) + '\n');
  expect(r.code).toBe(0);
  const rec = JSON.parse(r.stdout);
  expect(rec.id).toBe('a1');
  for (const e of rec.entities) expect(text.slice(e.start, e.end).length).toBe(e.end - e.start);
  const spans = rec.entities.map((e: { start: number; end: number; type: string }) => [text.slice(e.start, e.end), e.type]);
  expect(spans).toContainEqual(['Meta Platforms', 'company']);
  expect(spans).toContainEqual(['Vahan Petrosyan', 'person']);
});
