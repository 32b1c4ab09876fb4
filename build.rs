//! Embeds the catalogue: every `catalog/**/*.toml` file, converted to one JSON bundle that the
//! web app decodes at start-up (JSON is smaller and faster to decode in wasm than TOML).
//! Only syntax is checked here; `catalog check` reports everything else with its location.

use std::path::{Path, PathBuf};

#[path = "src/catalogue/fichiers.rs"]
mod fichiers;

fn main() {
    println!("cargo:rerun-if-changed=catalog");
    println!("cargo:rerun-if-changed=src/catalogue/fichiers.rs");
    let root = Path::new("catalog");
    let paths = fichiers::toml_files(root);

    let mut files = Vec::new();
    for path in &paths {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| {
            panic!("{} : TOML invalide (lancez `cargo run --bin catalog -- check`)\n{e}", path.display())
        });
        let chemin = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        files.push(serde_json::json!({ "chemin": chemin, "contenu": table }));
    }

    let mut vocabulaire = serde_json::Map::new();
    for (name, file) in fichiers::DATA_INCLUSION_FILES {
        let path = root.join(fichiers::VOCABULARY_DIR).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let terms: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        // Keep value and label only: descriptions are not shown and would weigh on the download.
        let slim: Vec<serde_json::Value> = terms
            .iter()
            .map(|t| serde_json::json!({ "value": t["value"], "label": t["label"] }))
            .collect();
        vocabulaire.insert(name.to_owned(), slim.into());
    }

    let bundle = serde_json::json!({ "fichiers": files, "vocabulaire": vocabulaire });
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("catalogue.json");
    std::fs::write(out, serde_json::to_string(&bundle).unwrap()).unwrap();
}
