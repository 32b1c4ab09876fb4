//! Packs the catalogue into the program: every `catalog/**/*.toml` file and the data·inclusion
//! vocabularies, read by the core's own loader (the one `catalog check` uses) and written as the
//! binary paquet the app reads at start-up. A file that is not valid TOML stops the build; an
//! entry that does not decode is left out with a warning (`catalog check` says where).
//!
//! `OFFRE_INSERTION_CATALOGUE=DIR` packs another catalogue folder (a territory's deployment, the
//! end-to-end test of an import).

use offre_insertion::catalogue::{fichiers, load, paquet};
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=OFFRE_INSERTION_CATALOGUE");
    let root = std::env::var_os("OFFRE_INSERTION_CATALOGUE").map_or_else(fichiers::dossier_du_depot, PathBuf::from);
    // A folder is scanned whole: the imports' JSON snapshots count too.
    println!("cargo:rerun-if-changed={}", root.display());
    for path in fichiers::toml_files(&root) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let (catalogue, diagnostics) = load::from_dir(&root);
    for d in &diagnostics {
        if d.message.starts_with(load::TOML_INVALIDE) {
            panic!("{d} (lancez `cargo run --bin catalog -- check`)");
        }
        println!("cargo:warning={d} (détails : `cargo run --bin catalog -- check`)");
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.paquet");
    std::fs::write(out, paquet::ecrire(&catalogue)).expect("OUT_DIR is writable");
}
