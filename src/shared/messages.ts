// Typed message maps, one per direction. Commands are verbs; replies are plain data (structured-clone safe).
import browser from 'webextension-polyfill';
import type { BlockKind, SummaryCard, Entity } from '../core/types';
import type { CopyFormat } from './settings';

export interface PageState {
  /** Hiding is on for this page. */
  hiding: boolean;
  counts: Record<BlockKind, number>;
  card: SummaryCard | null;
  entities: Pick<Entity, 'id' | 'type' | 'name' | 'ticker' | 'isin' | 'wkn' | 'role' | 'affiliation' | 'mentions' | 'watched'>[];
  host: string | null;
  articleFound: boolean;
  perf?: PagePerf;
}

/** Milliseconds of main-thread work by the content script: each analysis run, each highlight pass, each mutation batch. */
export interface PagePerf {
  runs: number[];
  highlight: number[];
  batches: number[];
  /** Every task the content script ran (each stage is its own task). */
  tasks: number[];
  /** Per core stage of the first analysis (article, hide, entities, card). */
  stages?: Record<string, number>;
  /**
   * Every task with the stage it ran and when it started (performance.now()), to attribute long tasks; `forced`: it
   * ran on the idle timeout, not in an idle period.
   */
  log?: { stage: string; at: number; ms: number; forced?: boolean }[];
  /** performance.now() when the content script started (its bundle was compiled and evaluated by then). */
  startedAt?: number;
  /** The early script (the manifest's, document_start): when it ran, when it asked for this script, its tasks. */
  early?: { startedAt: number; requestedAt: number | null; forced: boolean; tasks: { name: string; ms: number }[] };
  /**
   * When the content script asked for the entity engine and when it was running (performance.now()): the engine
   * script is compiled and evaluated in between, in a task of its own.
   */
  engine?: { requestedAt: number; readyAt: number | null };
}

/** Popup / background -> content script. */
export interface ContentCommands {
  getState: { request: Record<string, never>; reply: PageState };
  setHiding: { request: { on: boolean }; reply: PageState };
  /** Scrolls to the n-th mention of an entity (or a figure's offset) and flashes it. */
  reveal: { request: { entityId?: string; offset?: number }; reply: boolean };
}

/** Content script -> background. */
export interface BackgroundCommands {
  /** The page's hidden-block counts changed: update the badge. */
  countsChanged: { request: { counts: Record<BlockKind, number>; hiding: boolean }; reply: void };
  /** Copy the card of a tab in a format (popup buttons use their own clipboard; this is for menu and shortcut). */
  copyCard: { request: { tabId: number; format?: CopyFormat }; reply: boolean };
  /**
   * Run the content script (article, hiding, highlights: src/content/content.iife.ts) in the sender's frame. Asked
   * by the early script (the one in the manifest) once the page is parsed and idle.
   */
  loadContent: { request: Record<string, never>; reply: boolean };
  /**
   * Run the entity engine (recogniser, its indexes, the card: src/content/engine.iife.ts) in the sender's frame.
   * Injected in idle time, after the hiding pass, so the content script that hides stays small.
   */
  loadEngine: { request: Record<string, never>; reply: boolean };
}

/** Background -> offscreen document (Chrome only: the service worker has no clipboard). */
export interface OffscreenCommands {
  offscreenCopy: { request: { text: string; html?: string }; reply: boolean };
}

export type Message<M> = { [K in keyof M]: { type: K } & (M[K] extends { request: infer R } ? R : never) }[keyof M];
export type Reply<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;

export function sendToTab<K extends keyof ContentCommands>(
  tabId: number,
  type: K,
  request: ContentCommands[K]['request'],
): Promise<ContentCommands[K]['reply']> {
  return browser.tabs.sendMessage(tabId, { type, ...request }) as Promise<ContentCommands[K]['reply']>;
}

export function sendToBackground<K extends keyof BackgroundCommands>(
  type: K,
  request: BackgroundCommands[K]['request'],
): Promise<BackgroundCommands[K]['reply']> {
  return browser.runtime.sendMessage({ type, ...request }) as Promise<BackgroundCommands[K]['reply']>;
}

export type { CopyFormat };
