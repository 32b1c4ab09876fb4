#![no_main]
//! Any bytes as a data pack the app downloads: read as the index and as a territory pack of the
//! real index, never a panic (a bad pack is an error the app shows with a retry).

use libfuzzer_sys::fuzz_target;
use offre_insertion::catalogue::fichiers::dossier_du_depot;
use offre_insertion::catalogue::load::from_dir;
use offre_insertion::catalogue::paquets::{decouper, lire_index, lire_territorial, Index};
use std::sync::OnceLock;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| decouper(&from_dir(&dossier_du_depot()).0).0)
}

fuzz_target!(|data: &[u8]| {
    let _ = lire_index("index.paquet", data);
    let _ = lire_territorial(index(), "75.paquet", data);
});
