import type { GovernanceModel } from '../model/types.js';

/** A small deterministic pseudo-random generator (mulberry32), so every run builds the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['body', 'committee', 'agency', 'centre', 'team', 'role'] as const;
const WORDS = ['Strategy', 'Finance', 'Cyber', 'Operations', 'Policy', 'Logistics', 'Research', 'Training', 'Audit'];

/**
 * A synthetic governance model of `size` bodies: a chain-of-command tree in which each body has
 * 2 to 8 subordinates, plus cooperation links on about a tenth of the bodies.
 */
export function syntheticModel(size: number, seed = 1): GovernanceModel {
  const next = random(seed);
  const entities: GovernanceModel['entities'] = [];
  const relations: GovernanceModel['relations'] = [];
  const queue: number[] = [0];
  entities.push({ id: 'b0', name: 'Governing Board', kind: 'body' });
  while (entities.length < size && queue.length > 0) {
    const parent = queue.shift()!;
    const children = 2 + Math.floor(next() * 7);
    for (let c = 0; c < children && entities.length < size; c++) {
      const index = entities.length;
      const word = WORDS[Math.floor(next() * WORDS.length)]!;
      entities.push({
        id: `b${index}`,
        name: `${word} ${KINDS[index % KINDS.length] === 'role' ? 'Director' : 'Unit'} ${index}`,
        kind: KINDS[index % KINDS.length]!,
      });
      relations.push({ source: `b${parent}`, target: `b${index}`, type: 'oversees', evidence: `row ${index}` });
      queue.push(index);
    }
  }
  const links = Math.round(size / 10);
  for (let i = 0; i < links; i++) {
    const a = 1 + Math.floor(next() * (size - 1));
    let b = 1 + Math.floor(next() * (size - 1));
    if (b === a) b = a === size - 1 ? 1 : a + 1;
    relations.push({ source: `b${a}`, target: `b${b}`, type: 'cooperates-with', evidence: `link ${i}` });
  }
  return { title: `Synthetic governance (${size} bodies)`, entities, relations };
}

/**
 * One superior with `reports` direct reports and nothing else: the widest team a model can
 * have, which the tree layout draws as a block (src/view/tree-layout.ts).
 */
export function teamModel(reports: number): GovernanceModel {
  const entities: GovernanceModel['entities'] = [{ id: 'head', name: 'Head Office', kind: 'body' }];
  const relations: GovernanceModel['relations'] = [];
  for (let i = 1; i <= reports; i++) {
    entities.push({ id: `report-${i}`, name: `${WORDS[i % WORDS.length]} Unit ${i}`, kind: 'centre' });
    relations.push({ source: 'head', target: `report-${i}`, type: 'oversees', evidence: `row ${i}` });
  }
  return { title: `One team (${reports} direct reports)`, entities, relations };
}
