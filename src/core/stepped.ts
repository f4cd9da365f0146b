// Work that runs at once or a slice at a time with the same result: the article detector, the recogniser and the
// card. The content script steps them in short tasks; the CLI and the tests take the result at once.

export interface SteppedRun<T> {
  /** Works on until done (true) or until `yieldNow()` says to stop (false). */
  step(yieldNow?: () => boolean): boolean;
  /** The result, the same as computed at once; runs whatever is left first. */
  result(): T;
}

/** One part of a stepped run. `run` returns false when it paused inside itself and has more to do. */
export interface Phase {
  name: string;
  run: (yieldNow?: () => boolean) => boolean | void;
}

/** Runs phases in order, asking `yieldNow()` between them. `phase` names the one the next step starts in. */
export function phaseRunner(phases: readonly Phase[]): { step(yieldNow?: () => boolean): boolean; readonly phase: string } {
  let next = 0;
  return {
    step(yieldNow) {
      while (next < phases.length) {
        if (phases[next]!.run(yieldNow) === false) return false;
        next++;
        if (next < phases.length && yieldNow?.()) return false;
      }
      return true;
    },
    get phase() {
      return phases[next]?.name ?? 'done';
    },
  };
}
