//! Embeds the catalogue: every `catalog/**/*.toml` file and the data·inclusion vocabularies,
//! read by the program's own loader (`src/catalogue/load.rs`) and written as one binary paquet
//! (`src/catalogue/paquet.rs`) that the program reads at start-up. The loader, the model and the
//! paquet's code are included here by path.
//! A file that is not valid TOML stops the build; an entry that does not decode is left out with
//! a warning. `catalog check` reports every problem with its file, line and field.

use std::path::{Path, PathBuf};

// Siblings here as in `src/catalogue/`, so their `super::…` paths resolve the same way.
#[allow(dead_code)]
#[path = "src/catalogue/diagnostic.rs"]
mod diagnostic;
#[allow(dead_code)]
#[path = "src/catalogue/fichiers.rs"]
mod fichiers;
#[allow(dead_code)]
#[path = "src/catalogue/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/catalogue/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/catalogue/paquet.rs"]
mod paquet;
#[allow(dead_code)]
#[path = "src/catalogue/regles.rs"]
mod regles;
#[allow(dead_code)]
#[path = "src/catalogue/vocab.rs"]
mod vocab;

use diagnostic::Diagnostic;
use fichiers::VOCABULARY_DIR;
use model::Catalogue;

fn main() {
    println!("cargo:rerun-if-changed=catalog");
    for file in ["diagnostic", "fichiers", "load", "model", "paquet", "regles", "vocab"] {
        println!("cargo:rerun-if-changed=src/catalogue/{file}.rs");
    }
    let root = Path::new("catalog");
    for path in fichiers::toml_files(root) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let (catalogue, diagnostics) = load::from_dir(root);
    for d in &diagnostics {
        if d.message.starts_with(load::TOML_INVALIDE) {
            panic!("{d} (lancez `cargo run --bin catalog -- check`)");
        }
        println!("cargo:warning={d} (détails : `cargo run --bin catalog -- check`)");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("catalogue.paquet");
    std::fs::write(out, paquet::ecrire(&catalogue)).unwrap();
}
