import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { PolicyError, parsePolicy, publicPolicy } from '../../../src/moderation';
import { defaultPolicyPath, loadPolicy } from '../../../src/policy/loadPolicy';

const seedText = readFileSync(path.resolve(__dirname, '../../fixtures/seed-article.txt'), 'utf8');

function loadedRaw(): Record<string, unknown> {
  // The policy as parsed data with its lexicons inlined, to break one field at a time.
  return JSON.parse(JSON.stringify(loadPolicy())) as Record<string, unknown>;
}

describe('the policy file', () => {
  it('loads and validates policies/asbarez.yaml', () => {
    const policy = loadPolicy();
    expect(policy.id).toBe('asbarez');
    expect(policy.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(policy.clauses.map((c) => c.id)).toEqual(['profanity', 'personal_attacks', 'inappropriate_material', 'blocking']);
  });

  it('quotes the published Discussion Policy verbatim', () => {
    const paragraph = seedText.split('Discussion Policy')[1]!.trim().split('\n')[0]!.trim();
    expect(loadPolicy().text).toBe(paragraph);
  });

  it('names the bad field when an action is not a decision', () => {
    const raw = loadedRaw();
    (raw.categories as any).profanity.actions.high = 'delete';
    expect(() => parsePolicy(raw)).toThrow(PolicyError);
    expect(() => parsePolicy(raw)).toThrow('policy.categories.profanity.actions.high: expected one of approve|flag|reject');
  });

  it('names the bad field when a category cites an unknown clause', () => {
    const raw = loadedRaw();
    (raw.categories as any).threat.clause = 'threats';
    expect(() => parsePolicy(raw)).toThrow(/policy\.categories\.threat\.clause: unknown clause "threats"/);
  });

  it('refuses a policy where spam would reject', () => {
    const raw = loadedRaw();
    (raw.categories as any).spam.actions.high = 'reject';
    expect(() => parsePolicy(raw)).toThrow('policy.categories.spam.actions.high: spam may flag but never reject');
  });

  it('names a missing field', () => {
    const raw = loadedRaw();
    delete (raw.limits as any).maxLinks;
    expect(() => parsePolicy(raw)).toThrow(/policy\.limits\.maxLinks/);
  });

  it('names the file and field when loading a broken policy file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'warden-policy-'));
    cpSync(path.dirname(defaultPolicyPath()), dir, { recursive: true });
    const file = path.join(dir, 'asbarez.yaml');
    const doc = parse(readFileSync(file, 'utf8')) as any;
    doc.version = 'one';
    writeFileSync(file, stringify(doc));
    expect(() => loadPolicy(file)).toThrow(/asbarez\.yaml: policy\.version: expected a semantic version/);
  });

  it('shows the public policy without the word lists', () => {
    const pub = publicPolicy(loadPolicy());
    expect(Object.keys(pub).sort()).toEqual(['categories', 'clauses', 'id', 'limits', 'name', 'text', 'version']);
    expect(JSON.stringify(pub)).not.toContain('motherfucker');
  });
});

describe('the validated-policy cache', () => {
  it('gives the same policy as a full load', () => {
    loadPolicy(); // fills the cache
    expect(loadPolicy()).toEqual(loadPolicy(undefined, { cache: false }));
  });

  it('reads a changed lexicon file instead of the cached policy', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'warden-policy-'));
    cpSync(path.dirname(defaultPolicyPath()), dir, { recursive: true });
    const file = path.join(dir, 'asbarez.yaml');
    expect(loadPolicy(file).lexicons.insults.nouns.high).not.toContain('zzcachetestword');
    const lexicon = path.join(dir, 'lexicons', 'insults.yaml');
    const doc = parse(readFileSync(lexicon, 'utf8')) as any;
    doc.nouns.high.push('zzcachetestword');
    writeFileSync(lexicon, stringify(doc));
    expect(loadPolicy(file).lexicons.insults.nouns.high).toContain('zzcachetestword');
  });
});
