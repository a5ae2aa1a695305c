/**
 * A named, one-step upgrade of stored or exported data from version `from` to `from + 1`.
 * Stored workshops (src/state/migrations.ts) and workshop files (src/files/workshop-file.ts) each keep
 * their own list; every change of shape adds a step and a test for it.
 */
export interface Migration<T> {
  from: number;
  name: string;
  migrate: (data: T) => void;
}

/**
 * Runs the steps that take data at `version` to `target`, in order, and returns the version reached.
 * A missing step stops the run early (the caller compares the result with `target`), so data is never
 * labelled with a version whose shape it does not have.
 */
export function runMigrations<T>(data: T, version: number, target: number, steps: readonly Migration<T>[]): number {
  let current = version;
  while (current < target) {
    const step = steps.find((candidate) => candidate.from === current);
    if (!step) return current;
    step.migrate(data);
    current += 1;
  }
  return current;
}
