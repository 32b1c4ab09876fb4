#![no_main]
//! Any bytes as a data pack the app downloads: read as the index, as a territory pack of the
//! real index and as the complements of a light territory pack, never a panic (a bad pack is an
//! error the app shows with a retry).

use libfuzzer_sys::fuzz_target;
use offre_insertion::catalogue::fichiers::dossier_du_depot;
use offre_insertion::catalogue::load::from_dir;
use offre_insertion::catalogue::paquets::{decouper_avec_fiches, lire_complements, lire_index, lire_territorial};
use offre_insertion::catalogue::paquets::{Index, Territorial};
use std::sync::OnceLock;

/// The real index, and its first territory as a light pack (every territory taken as large).
fn reels() -> &'static (Index, Territorial) {
    static REELS: OnceLock<(Index, Territorial)> = OnceLock::new();
    REELS.get_or_init(|| {
        let d = decouper_avec_fiches(&from_dir(&dossier_du_depot()).0, 0);
        let (nom, octets) = &d.territoriaux[0];
        let leger = lire_territorial(&d.index, nom, octets).expect("the build's own pack");
        (d.index, leger)
    })
}

fuzz_target!(|data: &[u8]| {
    let (index, leger) = reels();
    let _ = lire_index("index.paquet", data);
    let _ = lire_territorial(index, "75.paquet", data);
    let _ = lire_complements(leger, "complements-75.paquet", data);
});
