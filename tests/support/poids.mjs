// What a first visit downloads, compressed: the one place the size budget is declared, read by
// the size test (tests/e2e/budget.test.mjs) and the benchmark (tests/bench/bench.mjs).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';

/** First load, gzip (the build's copies), in kB (1,000 bytes): the budget a cheap phone on a slow network allows.
 * Back to 250 since the catalogue left the program for its packs (dist/donnees/, fetched when a
 * screen needs them: the home screen does not), whatever the catalogue's size. (It was raised to
 * 270 for a while when the interface became trilingual with the catalogue still inside.)
 * 275 with issue 18 (+25 kB, measured 270.6 against 245.9): the first-step card, sections that
 * open on a phone and the return to the same place, the questionnaire that reads « 13e » or
 * « vingt-deux », the professional workspace (tab storage, shared selections, removal), acronyms
 * that open on a tap, the menu button, and their words in three languages. Already trimmed:
 * no float formatting, plain functions where a component was not needed.
 * 280 once merged with #13's unconfirmed-status reasons (measured 277.1): debt, to bring back under
 * 250 (issue 12).
 * 270 once the English and Arabic words left the program for language packs (dist/donnees/,
 * fetched when that language is chosen; issues 12 and 15): the interface tables, the sentences of
 * phrases.rs, avertissements.rs and coordonnees.rs, the vocabulary labels. Measured 269.3 kB
 * (216.9 Brotli) against 279.6 (224.9 Brotli): wasm 262.3 → 251.9 kB.
 * 275 with France's geography (issue 12, item 3; +4.9 kB measured alone): decoding the communes
 * pack, placing any postal code or commune, the PLIE of the same région, the questionnaire
 * waiting for the pack.
 * 297 with issue 17, the referent's kit (measured 296.4, 238.7 Brotli; +22 kB): the feuille de
 * route page and its per-service block (about 30 kB of Yew rendering before wasm-opt), the QR
 * encoder (qrcodegen, about 3 kB), the conditions checklist, the CSV and mailto builders. Its
 * English and Arabic words are already in the language packs. Debt, goal 250: the next saving
 * is the printed sheet written as escaped HTML text rather than virtual DOM.
 * 298 with the typing fixes of issue 15 (measured 297.1, 239.3 Brotli; +0.7 kB): the address
 * written once typing pauses, hits ranked by integer keys (keystroke p95 at 20,000 services
 * 38.6 -> 15.3 ms), the mount in a task of its own.
 * 306 with issue 12's light territories (measured 304.0; wasm 277.8 -> 285.1 kB): entries read
 * column by column (+2.1 kB; a 10,000-service pack 2.37 -> 1.61 MB gzip) and the fiche that
 * fetches its whole description from a lot (+4 kB; the pack 5.25 -> 2.37 MB). Debt, goal 250.
 * 310 with the search words in the packs (measured 308.8; wasm 283.8 -> 288.1 kB): deriving in
 * the page the words of closed lists and structures' names (+4.3 kB) keeps a 20,000-service
 * pack at 1.79 MB gzip (1.61 without words) instead of 2.21 MB with every word stored, and the page ready in tens of
 * milliseconds instead of 200+ ms of indexing. Debt, goal 250.
 * 315 with a light territory's complements (measured 313.5; +5.1 kB): reading closed lists as
 * tables, places as columns and structures by position, and fetching excerpts and contacts after
 * the first results (the load numbered, a fiche waiting for them) take the bytes before the first
 * result in a 10,000-service territory from 1.09 MB to 418 kB gzip (goal 500 met). Debt, goal 250:
 * the next saving is still the printed sheet as escaped HTML text.
 * Measured 314.1 (253.4 Brotli) with issue 15's keystroke work (+0.6 kB): the catalogue's cards
 * drawn as one block, statuses and the territory in use read side by side (keystroke p95 at
 * 20,000 services 10.8 -> 5.6-6.7 ms), paid in part by a card component less.
 * 300 once the program's gzip copies are Zopfli's (measured 298.6 against 313.5 with zlib's -9;
 * wasm 294.4 -> 280.1 kB; Brotli unchanged, 253.4): what a server without Brotli sends. The
 * figure is now that of the copies the build writes. Debt, goal 250.
 * Measured 299.5 (253.6 Brotli; +0.9) once the page keeps a territory's bytes and hands its
 * entries to the catalogue instead of copying them at each load (50 ms natively at 20,000
 * services, before the first results).
 * 250, the goal, once the program is two (crates/web/src/programme.rs): the first draws the home
 * screen, the catalogue and the fiches (measured 233.4, 200.1 Brotli; wasm 214.8 kB); the complete
 * one, fetched when a screen of the questionnaire or of the referent's tools is opened, has its
 * own budget below. */
export const BUDGET_PREMIER_CHARGEMENT_KB = 250;

/** The complete program's own files (complet.js, complet_bg.wasm), gzip, in kB: what opening the
 * questionnaire adds to the first load (measured 291.5; it was the whole program before). */
export const BUDGET_PROGRAMME_COMPLET_KB = 300;

/** The complete program's files: fetched when a screen needs it, not by the first load. */
const DU_PROGRAMME_COMPLET = ['complet.js', 'complet_bg.wasm'];

/** The files of `dist` a visit loads first (not embed.js, for host pages; not pages/, for people
 * without JavaScript; not the complete program, fetched when a screen needs it; not the build's
 * own .br/.gz copies), each with its gzip and Brotli
 * (quality 11) sizes in bytes, and their totals: the sizes of the copies the build wrote, which
 * the server sends (its gzip is Zopfli's for these files), or of zlib's -9 and Brotli 11 for a
 * file without them. */
export function poidsPremierChargement(dist) {
  return poids(dist, readdirSync(dist)
    .filter((f) => !f.startsWith('.') && f !== 'embed.js' && !DU_PROGRAMME_COMPLET.includes(f)
      && !/\.(br|gz)$/.test(f) && statSync(join(dist, f)).isFile())
    .sort());
}

/** The complete program's files, as `poidsPremierChargement` counts. */
export function poidsProgrammeComplet(dist) {
  return poids(dist, DU_PROGRAMME_COMPLET);
}

function poids(dist, noms) {
  const fichiers = noms
    .map((nom) => {
      const chemin = join(dist, nom);
      const octets = readFileSync(chemin);
      const copie = (ext, compresser) => (existsSync(chemin + ext) ? statSync(chemin + ext).size : compresser().length);
      const brotli = copie('.br', () => brotliCompressSync(octets, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      return { nom, gzip: copie('.gz', () => gzipSync(octets, { level: 9 })), brotli };
    });
  return {
    fichiers,
    total: fichiers.reduce((n, f) => n + f.gzip, 0),
    totalBrotli: fichiers.reduce((n, f) => n + f.brotli, 0),
  };
}
