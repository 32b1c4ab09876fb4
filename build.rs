//! Embeds the catalogue: every `catalog/**/*.toml` file, converted to one JSON bundle that the
//! web app decodes at start-up (JSON is smaller and faster to decode in wasm than TOML).
//! Only syntax is checked here; `catalog check` reports everything else with its location.

use std::path::{Path, PathBuf};

const VOCABULARY_DIR: &str = "catalog/vocabulaires/data-inclusion-v1.0.8";
const VOCABULARIES: [(&str, &str); 8] = [
    ("thematiques", "extra-thematiques.json"),
    ("publics", "extra-publics.json"),
    ("frais", "extra-frais.json"),
    ("modes_accueil", "extra-modes-accueil.json"),
    ("modes_mobilisation", "extra-modes-mobilisation.json"),
    ("personnes_mobilisatrices", "extra-personnes-mobilisatrices.json"),
    ("types_de_services", "extra-types-de-services.json"),
    ("reseaux_porteurs", "extra-reseaux-porteurs.json"),
];

fn main() {
    println!("cargo:rerun-if-changed=catalog");
    let root = Path::new("catalog");
    let mut paths = Vec::new();
    collect(root, &mut paths);
    paths.sort();

    let mut fichiers = Vec::new();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| {
            panic!("{} : TOML invalide (lancez `cargo run --bin catalog -- check`)\n{e}", path.display())
        });
        let chemin = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        fichiers.push(serde_json::json!({ "chemin": chemin, "contenu": table }));
    }

    let mut vocabulaire = serde_json::Map::new();
    for (name, file) in VOCABULARIES {
        let path = Path::new(VOCABULARY_DIR).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let terms: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        // Keep value and label only: descriptions are not shown and would weigh on the download.
        let slim: Vec<serde_json::Value> = terms
            .iter()
            .map(|t| serde_json::json!({ "value": t["value"], "label": t["label"] }))
            .collect();
        vocabulaire.insert(name.to_owned(), slim.into());
    }

    let bundle = serde_json::json!({ "fichiers": fichiers, "vocabulaire": vocabulaire });
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("catalogue.json");
    std::fs::write(out, serde_json::to_string(&bundle).unwrap()).unwrap();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(path);
        }
    }
}
