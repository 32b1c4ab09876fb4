// The query set (tests/recherche/requetes.toml) through our search, MiniSearch and FlexSearch,
// side by side: success@5 (a right answer among the first five) and MRR. The two libraries get
// the same entries from `catalog export` (name, description, thématiques), completed by
// `catalog requetes` with what the export leaves out (acronym and former names, place in words),
// and a fair French set-up: accents folded, French stop words, prefixes, typos, field boosts.
// They do not get our lexicon: it is what is being measured.
// Usage: node tests/bench/requetes.mjs (also run by tests/bench/bench.mjs).
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import MiniSearch from 'minisearch';
import { Document, Encoder, Charset } from 'flexsearch';
import francais from 'flexsearch/lang/fr';

const ROOT = new URL('../..', import.meta.url).pathname;
const RANG_MAX = 5;
const BOOSTS = { nom: 5, aliases: 5, thematiques: 2, zone: 2, description: 1 };
const CHAMPS = Object.keys(BOOSTS);

/** Accents, case and punctuation away: « Pôle-Emploi » → « pole emploi ». */
const plier = (texte) => texte.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function catalog(args) {
  return execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'catalog', '--', ...args], { cwd: ROOT, maxBuffer: 1 << 28 }).toString();
}

/** The entries as both libraries index them. */
function documents(complements) {
  const out = mkdtempSync(join(tmpdir(), 'requetes-export-'));
  catalog(['export', '--format', 'data-inclusion', '--out', out]);
  const lire = (f) => JSON.parse(readFileSync(join(out, f), 'utf8'));
  const vocab = JSON.parse(readFileSync(join(ROOT, 'catalog/vocabulaires/data-inclusion-v1.0.8/extra-thematiques.json'), 'utf8'));
  const libelle = new Map(vocab.map((t) => [t.value, t.label]));
  const plus = new Map(complements.map((c) => [c.id, c]));
  return [...lire('structures.json'), ...lire('services.json')].map((e) => ({
    id: e.id,
    nom: e.nom,
    aliases: (plus.get(e.id)?.aliases ?? []).join(' '),
    description: e.description ?? '',
    thematiques: (e.thematiques ?? []).map((t) => libelle.get(t) ?? t).join(' '),
    zone: [e.commune, e.code_postal, plus.get(e.id)?.zone].filter(Boolean).join(' '),
  }));
}

function minisearch(docs) {
  const vides = francais.filter;
  const index = new MiniSearch({
    fields: CHAMPS,
    processTerm: (terme) => {
      const mots = plier(terme).split(' ').filter((m) => m && !vides.has(m));
      return mots.length ? mots : null;
    },
    searchOptions: { boost: BOOSTS, prefix: true, fuzzy: 0.2, combineWith: 'OR' },
  });
  index.addAll(docs);
  return (q) => index.search(q).map((r) => r.id);
}

function flexsearch(docs) {
  // LatinBalance folds accents and letters that sound alike; the French pack removes stop words
  // and French endings.
  const encoder = new Encoder(Charset.LatinBalance, francais);
  const index = new Document({ document: { id: 'id', index: CHAMPS.map((field) => ({ field, tokenize: 'forward', encoder })) } });
  for (const d of docs) index.add(d);
  return (q) => {
    // Field boosts: each field's ranked list adds its weight over the rank.
    const scores = new Map();
    for (const { field, result } of index.search(q, { suggest: true, limit: 50 })) {
      result.forEach((id, rang) => scores.set(id, (scores.get(id) ?? 0) + BOOSTS[field] / (rang + 1)));
    }
    return [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  };
}

function mesurer(requetes, chercher) {
  let succes = 0;
  let rr = 0;
  for (const r of requetes) {
    const rang = chercher(r.texte).slice(0, RANG_MAX).findIndex((id) => r.attendus.includes(id));
    if (rang >= 0) {
      succes += 1;
      rr += 1 / (rang + 1);
    }
  }
  return { succes: succes / requetes.length, mrr: rr / requetes.length };
}

/** Prints the three side by side and returns them. */
export function comparerRequetes() {
  const nous = JSON.parse(catalog(['requetes']));
  const requetes = nous.issues.map((i) => ({ texte: i.texte, attendus: i.attendus }));
  const docs = documents(nous.complements);
  const lignes = [
    ['offre-insertion', { succes: nous.succes_a_5, mrr: nous.mrr }],
    ['MiniSearch 7.2.0', mesurer(requetes, minisearch(docs))],
    ['FlexSearch 0.8.212', mesurer(requetes, flexsearch(docs))],
  ];
  console.log(`Jeu de requêtes (${requetes.length} requêtes, tests/recherche/requetes.toml) :`);
  for (const [nom, m] of lignes) {
    console.log(`  ${nom.padEnd(20)} succès@5 ${(100 * m.succes).toFixed(1).padStart(5)} %   MRR ${m.mrr.toFixed(3)}`);
  }
  return Object.fromEntries(lignes);
}

if (import.meta.url === `file://${process.argv[1]}`) comparerRequetes();
