// A compact, generic serialised form for the recogniser's indexes, so the extension can ship them compiled at
// build time and only hydrate them in the page (one JSON.parse and one pass that builds Maps and Sets) instead of
// running the builders over the raw word lists on every page load.
//
// Format: {"v":2,"shapes":[[key...]...],"nodes":[...],"root":value}. A value is a string, boolean or null standing
// for itself; a number: a reference to a node; a JSON array: a plain array written in place (its items are values
// again), or, when its first item is a negative number -(s+1), a plain object of shape s: [-(s+1), value...] with
// one value per key of the shape (thousands of alias entries and entities then spell their keys once). Nodes hold what JSON cannot write in place: Map, Set, RegExp, numbers, undefined, objects
// reached more than once (so shared references, an alias entry and byId pointing at the same entity, stay shared)
// and externals. Every node comes after the nodes it refers to, so hydration is one forward pass with no fix-ups.
// Nodes:  ["m",k,v,k,v...] Map   ["s",v...] Set   ["r",source,flags] RegExp   ["n",number]   ["u"] undefined
//         ["x",name] external (given at hydration)   ["v",value] an array or object reached more than once
//         ["i",field,v...] a Map from each object's own `field` to the object (byId, byIsin): keys are not repeated

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Node = Json[];

export interface SerialiseOptions {
  /** Objects that are not written but named, and supplied again by `hydrate` (an index another snapshot holds). */
  externals?: Map<object, string>;
}

const VERSION = 2;

/** Serialises plain data (objects, arrays, Map, Set, RegExp, strings, numbers, booleans, null, undefined). */
export function serialise(value: unknown, options: SerialiseOptions = {}): string {
  const externals = options.externals ?? new Map<object, string>();
  const refCount = countReferences(value, externals);
  const nodes: Node[] = [];
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const shapeOf = (keys: string[]): number => {
    const key = JSON.stringify(keys);
    let id = shapeIds.get(key);
    if (id === undefined) shapeIds.set(key, (id = shapes.push(keys) - 1));
    return id;
  };
  const written = new Map<unknown, number>();
  const push = (key: unknown, node: Node): number => {
    const ref = nodes.push(node) - 1;
    written.set(key, ref);
    return ref;
  };

  const encode = (v: unknown): Json => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    const done = written.get(v);
    if (done !== undefined) return done;
    if (v === undefined) return push(v, ['u']);
    if (typeof v === 'number') return push(v, ['n', Number.isFinite(v) ? v : String(v)]);
    const o = v as object;
    const external = externals.get(o);
    if (external !== undefined) return push(o, ['x', external]);
    if (o instanceof Map) {
      const field = keyField(o);
      if (field !== null) return push(o, ['i', field, ...[...o.values()].map(encode)]);
      return push(o, ['m', ...[...o].flatMap(([k, x]) => [encode(k), encode(x)])]);
    }
    if (o instanceof Set) return push(o, ['s', ...[...o].map(encode)]);
    if (o instanceof RegExp) return push(o, ['r', o.source, o.flags]);
    const inPlace: Json = Array.isArray(o)
      ? o.map(encode)
      : [-(shapeOf(Object.keys(o)) + 1), ...Object.values(o as Record<string, unknown>).map(encode)];
    return (refCount.get(o) ?? 0) > 1 ? push(o, ['v', inPlace]) : inPlace;
  };

  const root = encode(value);
  return JSON.stringify({ v: VERSION, shapes, nodes, root });
}

/** The field every value of the Map holds its own key in, if there is one (then the keys need not be written). */
function keyField(map: Map<unknown, unknown>): string | null {
  if (map.size < 2) return null;
  const [[key0, value0]] = map;
  if (typeof key0 !== 'string' || typeof value0 !== 'object' || value0 === null || Array.isArray(value0)) return null;
  for (const [field, x] of Object.entries(value0)) {
    if (x !== key0) continue;
    let all = true;
    for (const [k, v] of map) {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || Object.getPrototypeOf(v) !== Object.prototype || (v as Record<string, unknown>)[field] !== k) {
        all = false;
        break;
      }
    }
    if (all) return field;
  }
  return null;
}

/** How often each object is reached; throws on what is not plain data and on cycles. */
function countReferences(value: unknown, externals: Map<object, string>): Map<object, number> {
  const counts = new Map<object, number>();
  const onPath = new Set<object>();
  const visit = (v: unknown, path: string): void => {
    if (v === null || v === undefined || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return;
    if (typeof v !== 'object') throw new TypeError(`snapshot: cannot serialise a ${typeof v} at ${path}`);
    if (onPath.has(v)) throw new TypeError(`snapshot: cycle at ${path}`);
    const seen = counts.get(v);
    counts.set(v, (seen ?? 0) + 1);
    if (seen !== undefined || externals.has(v) || v instanceof RegExp) return;
    onPath.add(v);
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else if (v instanceof Map) for (const [k, x] of v) (visit(k, `${path}<key>`), visit(x, `${path}.get(${String(k)})`));
    else if (v instanceof Set) for (const x of v) visit(x, `${path}<item>`);
    else {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) throw new TypeError(`snapshot: not plain data at ${path}`);
      for (const [k, x] of Object.entries(v)) visit(x, `${path}.${k}`);
    }
    onPath.delete(v);
  };
  visit(value, '$');
  return counts;
}

/** A hydration that can run in slices: `step` until done, or `finish` at once. */
export interface Hydration<T> {
  /** Hydrates on until done or until `yieldNow()` (asked every 128 items) says to stop. Returns done. */
  step(yieldNow?: () => boolean): boolean;
  /** The value, hydrating whatever is left first. */
  finish(): T;
}

/** The value `serialise` wrote. `externals` supplies the objects it named. Throws on a snapshot it did not write. */
export function hydrate<T>(json: string, externals: Record<string, unknown> = {}): T {
  return hydration<T>(json, externals).finish();
}

const CHECK_EVERY = 128;

/** `hydrate` in steps. The first step parses the JSON; the rest build the nodes, large Maps and Sets a part at a time. */
export function hydration<T>(json: string, externals: Record<string, unknown> = {}): Hydration<T> {
  let shapes: string[][] = [];
  let nodes: Node[] | null = null;
  let root: Json = null;
  let out: unknown[] = [];
  let i = 0; // the node being built
  let j = 0; // the next item of a Map or Set node being filled (0: not started)
  let done = false;
  let result: T;

  const val = (x: Json): unknown => {
    if (typeof x === 'number') return out[x];
    if (x === null || typeof x !== 'object') return x;
    if (!Array.isArray(x)) throw new Error('snapshot: unknown value');
    const first = x[0];
    if (typeof first === 'number' && first < 0) {
      const keys = shapes[-first - 1];
      const o: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        if (keys[k] === '__proto__') Object.defineProperty(o, '__proto__', { value: val(x[k + 1]), enumerable: true, writable: true, configurable: true });
        else o[keys[k]] = val(x[k + 1]);
      }
      return o;
    }
    for (let k = 0; k < x.length; k++) x[k] = val(x[k]) as Json; // the parsed array becomes the value itself
    return x;
  };

  const single = (n: Node): unknown => {
    switch (n[0]) {
      case 'v':
        return val(n[1]);
      case 'r':
        return new RegExp(n[1] as string, n[2] as string);
      case 'n':
        return Number(n[1]);
      case 'u':
        return undefined;
      case 'x':
        if (!(String(n[1]) in externals)) throw new Error(`snapshot: external "${String(n[1])}" not supplied`);
        return externals[n[1] as string];
      default:
        throw new Error(`snapshot: unknown node "${String(n[0])}"`);
    }
  };

  const step = (yieldNow?: () => boolean): boolean => {
    if (done) return true;
    if (!nodes) {
      const parsed = JSON.parse(json) as { v: number; shapes: string[][]; nodes: Node[]; root: Json };
      if (parsed.v !== VERSION || !Array.isArray(parsed.nodes) || !Array.isArray(parsed.shapes)) throw new Error('snapshot: unknown format');
      ({ shapes, nodes, root } = parsed);
      out = new Array(nodes.length);
      if (yieldNow?.()) return false;
    }
    let count = 0;
    const pause = () => yieldNow !== undefined && ++count % CHECK_EVERY === 0 && yieldNow();
    for (; i < nodes.length; i++) {
      const n = nodes[i];
      const tag = n[0];
      if (tag !== 'm' && tag !== 'i' && tag !== 's') {
        out[i] = single(n);
        if (pause()) {
          i++;
          return false;
        }
        continue;
      }
      // Containers are filled in place: later nodes refer to them only once they are complete.
      if (j === 0) {
        out[i] = tag === 's' ? new Set() : new Map();
        j = tag === 'i' ? 2 : 1;
      }
      const container = out[i] as Map<unknown, unknown> & Set<unknown>;
      const field = n[1] as string;
      while (j < n.length) {
        if (tag === 'm') {
          container.set(val(n[j]), val(n[j + 1]));
          j += 2;
        } else if (tag === 'i') {
          const o = val(n[j++]) as Record<string, unknown>;
          container.set(o[field], o);
        } else container.add(val(n[j++]));
        if (pause() && j < n.length) return false;
      }
      j = 0;
    }
    result = val(root) as T;
    done = true;
    nodes = null;
    return true;
  };
  return {
    step,
    finish() {
      step();
      return result;
    },
  };
}

declare global {
  // Defined (as string literals) by vite.config.ts in the extension build only; absent in Node, tests and the CLI.
  const __FINLENS_GAZETTEER__: string | undefined;
  const __FINLENS_PEOPLE__: string | undefined;
  const __FINLENS_LEXICON__: string | undefined;
}

/** An index made on first use; `warm` makes it a slice at a time (call until true), and `get` then finds it ready. */
export interface LazyIndex<T> {
  get(): T;
  warm(yieldNow: () => boolean): boolean;
}

/**
 * The index hydrated from a snapshot compiled in at build time (the extension). The accessors choose between this
 * and `builtIndex` with `typeof __FINLENS_…__ === 'string'`, which the build folds to a constant, so the builder and
 * the raw lists drop out of the extension's bundle. `finish` turns the hydrated data into the index.
 */
export function snapshotIndex<T, S = T>(
  json: string,
  finish: (data: S) => T = (data) => data as unknown as T,
  externals: () => Record<string, unknown> = () => ({}),
): LazyIndex<T> {
  let cache: T | null = null;
  let pending: Hydration<S> | null = null;
  const job = (): Hydration<S> => (pending ??= hydration<S>(json, externals()));
  return {
    get: () => (cache ??= finish(job().finish())),
    warm(yieldNow) {
      if (cache) return true;
      if (!job().step(yieldNow)) return false;
      cache = finish(job().finish());
      return true;
    },
  };
}

/** The index built from the data on first use (the CLI, the tests, the evaluation): `warm` builds it at once. */
export function builtIndex<T>(build: () => T): LazyIndex<T> {
  let cache: T | null = null;
  const get = (): T => (cache ??= build());
  return { get, warm: () => (get(), true) };
}
