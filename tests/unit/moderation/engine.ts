import { createEngine, type Engine, type Verdict } from '../../../src/moderation';
import { loadPolicy } from '../../../src/policy/loadPolicy';

let engine: Engine | undefined;

/** The engine with the real Asbarez policy, compiled once per test file. */
export function asbarez(): Engine {
  engine ??= createEngine(loadPolicy());
  return engine;
}

export function moderate(text: string): Verdict {
  return asbarez().moderate(text);
}

/** The excerpts of the reasons of one category. */
export function excerpts(v: Verdict, category: string): string[] {
  return v.reasons.filter((r) => r.category === category).map((r) => r.excerpt);
}
