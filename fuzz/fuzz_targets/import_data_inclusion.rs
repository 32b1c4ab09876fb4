#![no_main]
//! Any text as a data·inclusion `structures.json` or `services.json` (first byte chooses):
//! checked row by row against the official schemas and rules, never a panic.

use libfuzzer_sys::fuzz_target;
use offre_insertion::catalogue::date::Date;
use offre_insertion::catalogue::fichiers::dossier_du_depot;
use offre_insertion::catalogue::import::{verifier_texte, Schema};
use offre_insertion::catalogue::VOCABULARY_DIR;
use std::sync::OnceLock;

fn schemas() -> &'static (Schema, Schema) {
    static SCHEMAS: OnceLock<(Schema, Schema)> = OnceLock::new();
    SCHEMAS.get_or_init(|| {
        let dir = dossier_du_depot().join(VOCABULARY_DIR);
        (Schema::lire(&dir.join("structure.json")).unwrap(), Schema::lire(&dir.join("service.json")).unwrap())
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((choix, reste)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(reste) else { return };
    let (structure, service) = schemas();
    let (fichier, schema) = if choix % 2 == 0 { ("structures.json", structure) } else { ("services.json", service) };
    let aujourdhui = Date::parse("2026-12-01").unwrap();
    if let Ok((gardees, _)) = verifier_texte(text, fichier, schema, aujourdhui) {
        for (_, ligne) in gardees {
            assert!(ligne
                .values()
                .filter_map(|v| v.as_str())
                .all(|s| !s.chars().any(offre_insertion::text::caractere_trompeur)));
        }
    }
});
