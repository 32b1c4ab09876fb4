//! What the core's tests share: the repository's catalogue, read once from its files.
#![allow(dead_code)] // each test file uses part of it

use offre_insertion::catalogue::{load, paquet, Catalogue, Diagnostic};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The repository's `catalog/` folder.
pub fn dossier_catalogue() -> PathBuf {
    offre_insertion::catalogue::fichiers::dossier_du_depot()
}

/// The shipped catalogue and its loading notices, read from the files once per test binary.
pub fn catalogue_livre() -> &'static (Catalogue, Vec<Diagnostic>) {
    static LIVRE: OnceLock<(Catalogue, Vec<Diagnostic>)> = OnceLock::new();
    LIVRE.get_or_init(|| load::from_dir(&dossier_catalogue()))
}

/// The shipped catalogue as the build packs it.
pub fn paquet_livre() -> &'static [u8] {
    static PAQUET: OnceLock<Vec<u8>> = OnceLock::new();
    PAQUET.get_or_init(|| paquet::ecrire(&catalogue_livre().0))
}

/// The geography pack as the build writes it, from the npm package `npm ci` installed.
pub fn paquet_france() -> &'static [u8] {
    static PAQUET: OnceLock<Vec<u8>> = OnceLock::new();
    PAQUET.get_or_init(|| {
        let dossier = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(offre_insertion::catalogue::france::PAQUET_NPM);
        offre_insertion::catalogue::france::paquet_depuis_npm(&dossier).unwrap_or_else(|e| panic!("{e}"))
    })
}

/// The shipped catalogue with all of France's communes, as the app has it once it fetched them.
pub fn catalogue_france() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut c = catalogue_livre().0.clone();
        c.communes_france = offre_insertion::catalogue::france::lire(paquet_france()).expect("geography pack");
        c
    })
}
