import type { ProblemCode } from './problem.ts';

/** A user-facing refusal: a code from the message catalogue (`problem.<code>`) and its parameters. */
export interface Problem {
  code: ProblemCode;
  params?: Record<string, string | number>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function refuse<T = never>(code: ProblemCode, params?: Problem['params']): Result<T> {
  return params ? { ok: false, problem: { code, params } } : { ok: false, problem: { code } };
}
