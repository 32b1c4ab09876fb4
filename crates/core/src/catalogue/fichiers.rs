//! Where the catalogue's files are: the build script that packs the catalogue and the native
//! loader read exactly the same files.

/// Folder of the data·inclusion vocabularies, relative to `catalog/`.
pub const VOCABULARY_DIR: &str = "vocabulaires/data-inclusion-v1.0.8";

/// The vocabularies the catalogue uses: (name in the model, file in `VOCABULARY_DIR`).
pub const DATA_INCLUSION_FILES: [(&str, &str); 8] = [
    ("thematiques", "extra-thematiques.json"),
    ("publics", "extra-publics.json"),
    ("frais", "extra-frais.json"),
    ("modes_accueil", "extra-modes-accueil.json"),
    ("modes_mobilisation", "extra-modes-mobilisation.json"),
    ("personnes_mobilisatrices", "extra-personnes-mobilisatrices.json"),
    ("types_de_services", "extra-types-de-services.json"),
    ("reseaux_porteurs", "extra-reseaux-porteurs.json"),
];

/// Top-level keys a catalogue file may hold, in TOML's `[[key]]` form (`[catalogue]` once).
pub const SECTIONS: [&str; 11] = [
    "catalogue",
    "structure",
    "service",
    "terme",
    "arrondissement",
    "commune",
    "departement",
    "regle",
    "question",
    "correspondance",
    "mot",
];

/// The repository's `catalog/` folder (for the build script, the tools and the tests of this
/// workspace; a published tool is told where the catalogue is).
#[cfg(feature = "native")]
pub fn dossier_du_depot() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog")
}

/// Folder of the data·inclusion snapshots, relative to `catalog/` (read by `imports`, not as
/// catalogue TOML files).
pub const IMPORTS_DIR: &str = "imports";

/// Every `*.toml` file below `dir`, sorted, but those of the imports (`IMPORTS_DIR`).
#[cfg(feature = "native")]
pub fn toml_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>, racine: bool) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !(racine && entry.file_name() == IMPORTS_DIR) {
                    walk(&path, out, false);
                }
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out, true);
    out.sort();
    out
}

/// Reads at most `max` bytes of text from `source`: a larger input is refused as soon as its
/// `max + 1`-th byte arrives, so memory never holds more than the bound (standard input has no
/// size to ask beforehand). `quoi` names the input in messages.
#[cfg(feature = "native")]
pub fn lire_borne(source: impl std::io::Read, max: u64, quoi: &str) -> Result<String, String> {
    use std::io::Read as _;
    let mut octets = Vec::new();
    source.take(max + 1).read_to_end(&mut octets).map_err(|e| format!("{quoi} : lecture impossible ({e})"))?;
    if octets.len() as u64 > max {
        return Err(format!("{quoi} : plus de {} Ko, au-delà de la limite", max >> 10));
    }
    let octets = octets.strip_prefix(b"\xEF\xBB\xBF").map(<[u8]>::to_vec).unwrap_or(octets);
    String::from_utf8(octets).map_err(|e| {
        format!(
            "{quoi} : le texte n'est pas en UTF-8 (octet {} illisible) ; réenregistrez-le en UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}
