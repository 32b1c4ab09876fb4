// Writes catalog/france/departements.toml from the official list (npm @etalab/decoupage-
// administratif, MIT, derived from INSEE's Code officiel géographique): every département's
// code, name, article and région, so the app says « dans le Rhône » and not « département 69 », and
// names the PLIE of the same région when the département has none.
// Usage: node web/geographie-france.mjs [--verifier]  (--verifier: exit 1 if the file differs)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const departements = require('@etalab/decoupage-administratif/data/departements.json');
const version = require('@etalab/decoupage-administratif/package.json').version;
// INSEE's TNCC (« type de nom en clair »): the article before the name.
const ARTICLES = { 0: '', 1: '', 2: 'le', 3: 'la', 4: 'les', 5: "l'", 6: 'aux', 7: 'las', 8: 'los' };

const lignes = [
  `# Départements de France : code, nom, article et code de la région (INSEE, Code officiel géographique).`,
  `# Écrit par web/geographie-france.mjs depuis @etalab/decoupage-administratif ${version} (licence MIT) :`,
  `# ne pas modifier à la main ; relancer le script après une mise à jour du paquet npm.`,
  '',
];
for (const d of departements) {
  lignes.push('[[departement]]', `code = "${d.code}"`, `nom = "${d.nom}"`, `article = "${ARTICLES[d.typeLiaison] ?? ''}"`, `region = "${d.region}"`, '');
}
const texte = lignes.join('\n');
const fichier = new URL('../catalog/france/departements.toml', import.meta.url);
if (process.argv.includes('--verifier')) {
  const actuel = readFileSync(fichier, 'utf8');
  if (actuel !== texte) {
    console.error('catalog/france/departements.toml diffère de la liste officielle : relancez node web/geographie-france.mjs');
    process.exit(1);
  }
  console.log(`catalog/france/departements.toml : ${departements.length} départements, à jour`);
} else {
  writeFileSync(fichier, texte);
  console.log(`catalog/france/departements.toml : ${departements.length} départements écrits`);
}
