//! The versioned catalogue: model, loading, validation and export.

pub mod citation;
pub mod date;
pub mod diagnostic;
#[cfg(feature = "native")]
pub mod export;
pub mod fichiers;
pub mod france;
pub mod horaires;
#[cfg(feature = "import")]
pub mod import;
#[cfg(feature = "native")]
pub mod imports;
#[cfg(feature = "native")]
pub mod load;
pub mod model;
pub mod paquet;
pub mod paquets;
pub mod regles;
pub mod synthetique;
pub mod validate;
pub mod vocab;

pub use diagnostic::Diagnostic;
pub use model::*;

pub use fichiers::VOCABULARY_DIR;

impl Catalogue {
    pub fn structure(&self, id: &str) -> Option<&Structure> {
        self.structures.iter().find(|s| s.id == id)
    }

    /// The structures by id, for a pass over every service: `structure` goes through the list,
    /// thousands of entries in an imported territory.
    pub fn structures_par_id(&self) -> std::collections::HashMap<&str, &Structure> {
        self.structures.iter().map(|s| (s.id.as_str(), s)).collect()
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The département the catalogue serves first: that of its general contact (Paris for the
    /// documents' catalogue, a territory's own for its deployment).
    pub fn departement_d_accueil(&self) -> Option<String> {
        self.meta.contact_general.as_deref().and_then(|id| self.structure(id)).and_then(|s| s.lieu.departement.clone())
    }

    pub fn services_of<'a>(&'a self, structure_id: &'a str) -> impl Iterator<Item = &'a Service> + 'a {
        self.services.iter().filter(move |s| s.structure_id == structure_id)
    }
}
