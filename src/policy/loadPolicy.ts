import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PolicyError } from '../moderation/policyError';
import type { Policy } from '../moderation/policySchema';

/**
 * The one place that reads a policy from disk: policies/<id>.yaml plus the lexicon files it names
 * (`lexiconFiles`, relative to the policy file), validated with the policy schema. A broken file stops
 * start-up with an error naming the field, e.g.
 * `policy.categories.profanity.actions.high: expected one of approve|flag|reject`.
 *
 * Parsing the YAML and validating it costs more than `warden check` spends on thousands of comments
 * (~100 ms with loading yaml and zod), so a validated policy is cached as JSON in
 * node_modules/.cache/warden. The cache stores the exact text of every file the result depends on (the
 * policy, its lexicons, the schema and this loader) and is used only when all of them still read the
 * same; any difference, a missing file or an unreadable cache means a full load, so the cache can never
 * answer with a policy its files no longer say.
 */

/** The policies/ folder: from src/policy (tsx, jest) it is ../../policies, from dist/src/policy ../../../policies. */
export function policiesDir(): string {
  const candidates = [path.resolve(__dirname, '../../policies'), path.resolve(__dirname, '../../../policies')];
  return candidates.find((dir) => existsSync(path.join(dir, 'asbarez.yaml'))) ?? candidates[0]!;
}

export function defaultPolicyPath(): string {
  return path.join(policiesDir(), 'asbarez.yaml');
}

export interface LoadPolicyOptions {
  /** Use and refresh the validated-policy cache (default true). */
  cache?: boolean;
}

export function loadPolicy(file?: string, options: LoadPolicyOptions = {}): Policy {
  const policyPath = path.resolve(file ?? defaultPolicyPath());
  const policyText = readText(policyPath, 'policy');
  const cacheFile = options.cache === false ? null : cachePath(policyPath);
  if (cacheFile) {
    const cached = readCache(cacheFile, policyPath, policyText);
    if (cached) return cached;
  }
  const inputs: [string, string][] = [[policyPath, policyText]];
  const raw = parseYaml(policyText, policyPath, 'policy');
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const doc = raw as Record<string, unknown>;
    const files = doc.lexiconFiles;
    if (files && typeof files === 'object' && !Array.isArray(files)) {
      const lexicons: Record<string, unknown> = { ...(doc.lexicons as Record<string, unknown> | undefined) };
      for (const [name, rel] of Object.entries(files as Record<string, unknown>)) {
        if (typeof rel !== 'string') {
          throw new PolicyError(`policy.lexiconFiles.${name}: expected a file name`);
        }
        const lexiconPath = path.resolve(path.dirname(policyPath), rel);
        const field = `policy.lexiconFiles.${name}`;
        const text = readText(lexiconPath, field);
        inputs.push([lexiconPath, text]);
        lexicons[name] = parseYaml(text, lexiconPath, field);
      }
      doc.lexicons = lexicons;
    }
  }
  let policy: Policy;
  try {
    policy = (require('../moderation/policySchema') as typeof import('../moderation/policySchema')).parsePolicy(raw);
  } catch (err) {
    if (err instanceof PolicyError) {
      throw new PolicyError(`${policyPath}: ${err.message}`, err.issues);
    }
    throw err;
  }
  if (cacheFile) writeCache(cacheFile, inputs, policy);
  return policy;
}

function readText(file: string, field: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new PolicyError(`${field}: cannot read ${file}: ${(err as Error).message}`);
  }
}

function parseYaml(text: string, file: string, field: string): unknown {
  // Loaded on a cache miss only (~50 ms).
  const { parse } = require('yaml') as typeof import('yaml');
  try {
    return parse(text);
  } catch (err) {
    throw new PolicyError(`${field}: ${file} is not valid YAML: ${(err as Error).message}`);
  }
}

/** Bump when the cache entry's shape changes. */
const CACHE_FORMAT = 1;

interface CacheEntry {
  format: number;
  /** [file, exact text] of everything the validated policy depends on. */
  inputs: [string, string][];
  policy: Policy;
}

/**
 * node_modules/.cache/warden/policy-<hash>.json, or null when there is no node_modules. The hash is of
 * the policy's path and this loader's: the compiled loader and the TypeScript one under Jest keep
 * separate entries instead of replacing each other's.
 */
function cachePath(policyPath: string): string | null {
  const modules = path.join(path.dirname(policiesDir()), 'node_modules');
  if (!existsSync(modules)) return null;
  return path.join(modules, '.cache', 'warden', `policy-${fnv1a(`${policyPath}\n${__filename}`)}.json`);
}

/** The code that turns the files into a policy: a cached policy is only valid for the same code. */
function validatorInputs(): [string, string][] {
  const schema = require.resolve('../moderation/policySchema');
  return [
    [schema, readFileSync(schema, 'utf8')],
    [__filename, readFileSync(__filename, 'utf8')],
  ];
}

function readCache(cacheFile: string, policyPath: string, policyText: string): Policy | null {
  try {
    const entry = JSON.parse(readFileSync(cacheFile, 'utf8')) as CacheEntry;
    if (entry.format !== CACHE_FORMAT || !Array.isArray(entry.inputs)) return null;
    const [first] = entry.inputs;
    if (!first || first[0] !== policyPath || first[1] !== policyText) return null;
    for (const [file, text] of entry.inputs.slice(1)) {
      if (readFileSync(file, 'utf8') !== text) return null;
    }
    const code = validatorInputs();
    const stored = new Map(entry.inputs);
    for (const [file, text] of code) if (stored.get(file) !== text) return null;
    return entry.policy;
  } catch {
    return null;
  }
}

function writeCache(cacheFile: string, inputs: [string, string][], policy: Policy): void {
  try {
    const entry: CacheEntry = { format: CACHE_FORMAT, inputs: [...inputs, ...validatorInputs()], policy };
    mkdirSync(path.dirname(cacheFile), { recursive: true });
    // Written aside and renamed, so a concurrent reader sees the old entry or the new one, never half.
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, cacheFile);
    prune(path.dirname(cacheFile));
  } catch {
    // A read-only install simply loads the YAML every time.
  }
}

/** Policies loaded from elsewhere (tests copy the policy to temporary folders) must not pile up. */
const CACHE_ENTRIES = 16;

function prune(dir: string): void {
  const entries = readdirSync(dir)
    .filter((f) => f.startsWith('policy-') && f.endsWith('.json'))
    .map((f) => ({ file: path.join(dir, f), mtime: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of entries.slice(CACHE_ENTRIES)) rmSync(file, { force: true });
}

/** 32-bit FNV-1a, as hex: names the cache file (its content is checked in full, so collisions are harmless). */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
