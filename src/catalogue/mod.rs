//! The versioned catalogue: model, loading, validation and export.

pub mod citation;
pub mod date;
pub mod diagnostic;
pub mod export;
pub mod fichiers;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
pub mod paquet;
pub mod regles;
pub mod validate;
pub mod vocab;

pub use diagnostic::Diagnostic;
pub use model::*;
use vocab::DataInclusion;

pub use fichiers::VOCABULARY_DIR;

impl Catalogue {
    pub fn structure(&self, id: &str) -> Option<&Structure> {
        self.structures.iter().find(|s| s.id == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn services_of<'a>(&'a self, structure_id: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.structure_id == structure_id)
    }

    /// The catalogue compiled into the program (see `build.rs` and `paquet`), with its loading
    /// notices: none, unless the program was built wrong.
    pub fn embedded() -> (Catalogue, Vec<Diagnostic>) {
        match paquet::lire(PAQUET) {
            Ok(catalogue) => (catalogue, Vec::new()),
            Err(e) => (Catalogue::empty(DataInclusion::default()), vec![Diagnostic::general(&e.to_string())]),
        }
    }
}

/// The catalogue as `build.rs` packed it from `catalog/`.
pub const PAQUET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.paquet"));
