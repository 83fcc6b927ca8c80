import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PolicyError, parsePolicy, type Policy } from '../moderation/policySchema';

/**
 * The one place that reads a policy from disk: policies/<id>.yaml plus the lexicon files it names
 * (`lexiconFiles`, relative to the policy file), validated with the policy schema. A broken file stops
 * start-up with an error naming the field, e.g.
 * `policy.categories.profanity.actions.high: expected one of approve|flag|reject`.
 */

/** The policies/ folder: from src/policy (tsx, jest) it is ../../policies, from dist/src/policy ../../../policies. */
export function policiesDir(): string {
  const candidates = [path.resolve(__dirname, '../../policies'), path.resolve(__dirname, '../../../policies')];
  return candidates.find((dir) => existsSync(path.join(dir, 'asbarez.yaml'))) ?? candidates[0]!;
}

export function defaultPolicyPath(): string {
  return path.join(policiesDir(), 'asbarez.yaml');
}

export function loadPolicy(file?: string): Policy {
  const policyPath = path.resolve(file ?? defaultPolicyPath());
  const raw = readYaml(policyPath, 'policy');
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const doc = raw as Record<string, unknown>;
    const files = doc.lexiconFiles;
    if (files && typeof files === 'object' && !Array.isArray(files)) {
      const lexicons: Record<string, unknown> = { ...(doc.lexicons as Record<string, unknown> | undefined) };
      for (const [name, rel] of Object.entries(files as Record<string, unknown>)) {
        if (typeof rel !== 'string') {
          throw new PolicyError(`policy.lexiconFiles.${name}: expected a file name`);
        }
        lexicons[name] = readYaml(path.resolve(path.dirname(policyPath), rel), `policy.lexiconFiles.${name}`);
      }
      doc.lexicons = lexicons;
    }
  }
  try {
    return parsePolicy(raw);
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new PolicyError(`${policyPath}: ${err.message}`, err.issues);
    }
    throw err;
  }
}

function readYaml(file: string, field: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new PolicyError(`${field}: cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    return parse(text);
  } catch (err) {
    throw new PolicyError(`${field}: ${file} is not valid YAML: ${(err as Error).message}`);
  }
}
