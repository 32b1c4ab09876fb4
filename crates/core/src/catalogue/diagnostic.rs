//! A problem found in the catalogue, located for the person who edits it.

use std::fmt;

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
