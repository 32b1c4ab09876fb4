//! The versioned catalogue: model, loading, validation and export.

pub mod citation;
pub mod date;
pub mod export;
pub mod fichiers;
#[cfg(not(target_arch = "wasm32"))]
pub mod load;
pub mod model;
pub mod paquet;
pub mod regles;
pub mod validate;
pub mod vocab;

pub use model::*;
use std::fmt;
use vocab::DataInclusion;

pub use fichiers::VOCABULARY_DIR;

impl Catalogue {
    pub fn empty(vocabulaire: DataInclusion) -> Self {
        Catalogue {
            meta: CatalogueMeta {
                version: "0.0.0".into(),
                date: "1970-01-01".into(),
                titre: "Catalogue vide".into(),
                producteur: "inconnu".into(),
                licence: None,
                signalement: None,
            },
            structures: Vec::new(),
            services: Vec::new(),
            glossaire: Vec::new(),
            arrondissements: Vec::new(),
            communes: Vec::new(),
            regles: Vec::new(),
            questions: Vec::new(),
            vocabulaire,
        }
    }

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

/// A problem found in the catalogue: where (file, line, entry, field) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub fichier: String,
    pub ligne: Option<usize>,
    pub entree: Option<String>,
    pub champ: Option<String>,
    pub message: String,
}

impl Diagnostic {
    pub fn general(message: &str) -> Self {
        Diagnostic { fichier: String::new(), ligne: None, entree: None, champ: None, message: message.to_owned() }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.fichier.is_empty() {
            write!(f, "catalog/{}", self.fichier)?;
            if let Some(l) = self.ligne {
                write!(f, ":{l}")?;
            }
            write!(f, " : ")?;
        }
        if let Some(e) = &self.entree {
            write!(f, "entrée « {e} » : ")?;
        }
        if let Some(c) = &self.champ {
            write!(f, "champ « {c} » : ")?;
        }
        write!(f, "{}", self.message)
    }
}
