#!/usr/bin/env bash
# Scale: a synthetic national référentiel (100,000 structures, 140,000 services, 5 % invalid
# rows, 10,000 services in Paris) imported and packed; prints time, peak memory and sizes.
# Then the static pages of Paris. Run by .ci/bench (after the release build of `catalog`). Figures, not a test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
catalog=target/release/catalog
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mesure() { # $1: label; rest: command. Prints wall time and peak memory.
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/temps" "$@" >"$work/sortie" 2>&1 || { cat "$work/sortie"; exit 1; }
  read -r secondes ko <"$work/temps"
  printf '  %-44s %7.1f s   peak %5d MB\n' "$label" "$secondes" "$((ko / 1024))"
}
mesure "generate the référentiel (data·inclusion JSON)" "$catalog" referentiel-synthetique --out "$work/ref"
cp -r catalog "$work/catalogue"
mesure "catalog import (checks every row)" "$catalog" import --catalogue "$work/catalogue" --format data-inclusion --from "$work/ref" --name national
grep -E "^Import" "$work/sortie" | sed 's/^/  /'
# A page holding only the placeholder the build fills with the packs' names: the first load's
# only file that grows with the catalogue (the list, and the inline script that reads it).
mkdir -p "$work/dist" "$work/livre"
for d in dist livre; do printf '<meta name="offre-insertion-donnees" content="">' >"$work/$d/index.html"; done
mesure "catalog paquets (load, link, hours, split)" "$catalog" paquets --catalogue "$work/catalogue" --out "$work/dist"
"$catalog" paquets --out "$work/livre" >/dev/null
taille() { gzip -9c "$1" | wc -c; }
index=$(ls "$work/dist/donnees"/index-*.paquet)
paris=$(ls "$work/dist/donnees"/75-*.paquet)
printf '  %-44s %7d packs\n' "territory packs" "$(ls "$work/dist/donnees" | grep -Ec '^[0-9AB]{2,3}-[0-9a-f]+\.paquet$')"
kb() { awk -v o="$1" 'BEGIN { printf "%.1f", o / 1000 }'; }
printf '  %-44s %7s kB gzip (raw %d kB)\n' "national index" "$(kb "$(taille "$index")")" "$(( $(stat -c %s "$index") / 1000 ))"
if [ -f dist/index.html ]; then
  premier=$(node -e "import('./tests/support/poids.mjs').then((m) => console.log(m.poidsPremierChargement('dist').total))")
  national=$(( premier - $(taille "$work/livre/index.html") + $(taille "$work/dist/index.html") ))
  printf '  %-44s %7s kB gzip   goal: ≤ 250 kB (shipped: %s kB)\n' "first load, national build (home screen)" "$(kb "$national")" "$(kb "$premier")"
fi
complements=$(ls "$work/dist/donnees"/complements-75-*.paquet)
printf '  %-44s %7s kB gzip (raw %d kB)\n' "Paris pack (10,000 services)" "$(kb "$(taille "$paris")")" "$(( $(stat -c %s "$paris") / 1000 ))"
avant=$(( $(taille "$index") + $(taille "$paris") ))
printf '  %-44s %7s kB gzip   goal: ≤ 500 kB\n' "bytes before the first result (index + pack)" "$(kb "$avant")"
printf '  %-44s %7s kB gzip (raw %d kB)\n' "Paris complements (excerpts, contacts; after)" "$(kb "$(taille "$complements")")" "$(( $(stat -c %s "$complements") / 1000 ))"
lots=("$work/dist/donnees"/fiches-75-*.paquet)
plus_gros=$(ls -S "${lots[@]}" | sed -n 1p) # sed reads it all: no SIGPIPE under pipefail
printf '  %-44s %7d lots, largest %s kB gzip   goal opening a fiche: one request ≤ 30 kB\n' "Paris whole descriptions (lots of fiches)" "${#lots[@]}" "$(kb "$(taille "$plus_gros")")"
# Static pages (no-JS, search engines) of the largest territory only, as a national build limits
# them (`--territoire`, or OFFRE_INSERTION_PAGES in the build). Goal: under a minute.
mesure "catalog pages --territoire 75 (Paris)" "$catalog" pages --catalogue "$work/catalogue" --out "$work/pages" --territoire 75
printf '  %-44s %7d pages\n' "static pages written" "$(find "$work/pages" -name '*.html' | wc -l)"
# The same figure for Pagefind over those pages (its binary given by .ci/bench, from npm).
if [ -n "${PAGEFIND:-}" ]; then
  mesure "Pagefind 1.6.0 indexes those pages" "$PAGEFIND" --site "$work/pages"
  echo "  bytes before the first result, cold cache (goal: ≤ 500 kB):"
  node tests/bench/pagefind.mjs "$work/pages" "$avant"
fi
