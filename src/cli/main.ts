// finlens: the CLI on the same core as the extension (linkedom for the DOM).
//   finlens analyze <file|-> [--url URL] [--format json|markdown|text]
//   finlens analyze --jsonl            ({"file","url"} per line on stdin -> one JSON line each)
//   finlens annotate <file|-> [--url URL]
//   finlens entities --jsonl           ({"id","text","lang"} per line -> {"id","entities":[...]})
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze';
import { analysisToJson } from '../core/serialize';
import { cardToMarkdown, cardToText } from '../core/card/format';
import { entitiesForRecord } from '../core/entities/jsonl';
import { parseDocument } from './html';
import { annotate } from './annotate';
import { htmlFromBytes, InputError, readPageBytes } from './input';

const USAGE = `usage:
  finlens analyze <file|-> [--url URL] [--format json|markdown|text]
  finlens analyze --jsonl          reads {"file","url"} lines on stdin
  finlens annotate <file|-> [--url URL]
  finlens entities --jsonl         reads {"id","text","lang"} lines on stdin`;

class UsageError extends Error {}

async function loadPage(file: string): Promise<Document> {
  const bytes = await readPageBytes(file);
  return parseDocument(htmlFromBytes(bytes, file === '-' ? 'stdin' : file));
}

async function* stdinLines(): AsyncGenerator<string> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) yield line;
  }
}

function write(line: string): Promise<void> {
  return new Promise((resolve) => (process.stdout.write(line + '\n') ? resolve() : process.stdout.once('drain', resolve)));
}

async function analyzeJsonl(): Promise<void> {
  for await (const line of stdinLines()) {
    try {
      const { file, url } = JSON.parse(line) as { file?: unknown; url?: unknown };
      if (typeof file !== 'string') throw new InputError('each line needs a "file" string');
      const doc = await loadPage(file);
      await write(JSON.stringify(analysisToJson(analyze(doc, { url: typeof url === 'string' ? url : null }))));
    } catch (e) {
      await write(JSON.stringify({ error: e instanceof Error ? e.message : String(e) }));
    }
  }
}

async function entitiesJsonl(): Promise<void> {
  for await (const line of stdinLines()) {
    let id: unknown = null;
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown; lang?: unknown };
      id = record.id ?? null;
      if (typeof record.text !== 'string') throw new InputError('each line needs a "text" string');
      await write(JSON.stringify(entitiesForRecord({ id: record.id as string, text: record.text, lang: typeof record.lang === 'string' ? record.lang : null })));
    } catch (e) {
      await write(JSON.stringify({ id, error: e instanceof Error ? e.message : String(e) }));
    }
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { url: { type: 'string' }, format: { type: 'string', default: 'json' }, jsonl: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || !command || command === 'help' || command === '--help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'entities') {
    if (!values.jsonl) throw new UsageError('entities needs --jsonl');
    await entitiesJsonl();
    return 0;
  }
  if (command === 'analyze' && values.jsonl) {
    await analyzeJsonl();
    return 0;
  }
  if (command !== 'analyze' && command !== 'annotate') throw new UsageError(`unknown command "${command}"`);
  if (positionals.length !== 1) throw new UsageError(`${command} needs one file (or - for stdin)`);
  const format = values.format;
  if (!['json', 'markdown', 'text'].includes(format!)) throw new UsageError(`unknown format "${format}" (json, markdown or text)`);
  const doc = await loadPage(positionals[0]);
  const analysis = analyze(doc, { url: values.url ?? null });
  if (command === 'annotate') await write(annotate(doc, analysis));
  else if (format === 'markdown') await write(cardToMarkdown(analysis.card, analysis.card.lang ?? 'en'));
  else if (format === 'text') await write(cardToText(analysis.card, analysis.card.lang ?? 'en'));
  else await write(JSON.stringify(analysisToJson(analysis), null, 2));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Bad input and bad usage get one line and exit 2; anything else is a bug, but still no stack trace.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`finlens: ${message}\n`);
    if (e instanceof UsageError) process.stderr.write(USAGE + '\n');
    if (process.env.FINLENS_DEBUG && e instanceof Error) process.stderr.write(String(e.stack) + '\n');
    process.exit(e instanceof InputError || e instanceof UsageError || (e as { code?: string })?.code?.startsWith?.('ERR_PARSE_ARGS') ? 2 : 1);
  },
);
