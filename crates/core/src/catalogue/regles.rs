//! Orientation rules and questionnaire, as the catalogue writes them (`catalog/orientation/`).
//! The engine (`crate::orientation`) only evaluates them.

use super::model::Citations;
use super::vocab::{Disponibilite, Frein, Parcours, Projet, Ressource, Situation};
use crate::langue::Langue;
use crate::orientation::champ::Champ;
#[cfg(feature = "native")]
use serde::{Deserialize, Serialize};

/// A correspondence between the questionnaire's words and data·inclusion's: an imported service
/// with one of these thématiques or publics helps with the frein, serves the projet or is meant
/// for the situation (`catalog/orientation/correspondances.toml`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Correspondance {
    pub id: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub frein: Option<Frein>,
    #[cfg_attr(feature = "native", serde(default))]
    pub projet: Option<Projet>,
    #[cfg_attr(feature = "native", serde(default))]
    pub situation: Option<Situation>,
    #[cfg_attr(feature = "native", serde(default))]
    pub thematiques: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub publics: Vec<String>,
    /// Where the documents name this need (the data·inclusion side is the schema's vocabulary).
    pub source: Citations,
    #[cfg_attr(feature = "native", serde(skip))]
    pub fichier: String,
}

/// What a rule decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(rename_all = "snake_case"))]
pub enum NatureRegle {
    /// Chooses one of the four parcours (first true rule by priority).
    Parcours,
    /// Says the four parcours do not apply (another territory's orientation).
    HorsParcours,
    /// Names a structure or service to contact first.
    PointEntree,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Regle {
    pub id: String,
    pub nature: NatureRegle,
    #[cfg_attr(feature = "native", serde(default))]
    pub si: Condition,
    #[cfg_attr(feature = "native", serde(default))]
    pub parcours: Option<Parcours>,
    #[cfg_attr(feature = "native", serde(default))]
    pub structure_id: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub service_id: Option<String>,
    /// A point d'entrée for every structure of this kind in the person's département (the PLIE
    /// of the national directory, outside the territories the catalogue describes).
    #[cfg_attr(feature = "native", serde(default))]
    pub structures_du_departement: Option<super::vocab::CategorieStructure>,
    /// The same for the person's région, when their département has none of that kind.
    #[cfg_attr(feature = "native", serde(default))]
    pub structures_de_la_region: Option<super::vocab::CategorieStructure>,
    /// Higher first.
    #[cfg_attr(feature = "native", serde(default))]
    pub priorite: i32,
    /// Plain-French reason; `{arrondissement}`, `{age}` and `{lieu}` are filled in.
    pub raison: String,
    /// The reason in English and in Arabic, with the same placeholders (required by `catalog check`).
    #[cfg_attr(feature = "native", serde(default))]
    pub en: Option<TraductionRegle>,
    #[cfg_attr(feature = "native", serde(default))]
    pub ar: Option<TraductionRegle>,
    pub source: Citations,
    #[cfg_attr(feature = "native", serde(skip))]
    pub fichier: String,
}

/// A rule's reason in another language.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct TraductionRegle {
    pub raison: String,
}

impl Regle {
    /// The translation into `langue`; `None` for French (the rule's own text) or when missing.
    pub fn traduction(&self, langue: Langue) -> Option<&TraductionRegle> {
        match langue {
            Langue::Fr => None,
            Langue::En => self.en.as_ref(),
            Langue::Ar => self.ar.as_ref(),
        }
    }

    /// The reason in a language (French when the translation is missing), with its `{…}`
    /// placeholders still to fill.
    pub fn raison_dans(&self, langue: Langue) -> &str {
        self.traduction(langue).map_or(&self.raison, |t| &t.raison)
    }
}

/// Conditions on the answers, all of which must hold. Lists mean "at least one of".
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Condition {
    #[cfg_attr(feature = "native", serde(default))]
    pub departement: Option<String>,
    /// Known to live outside all of these départements.
    #[cfg_attr(feature = "native", serde(default))]
    pub hors_departements: Vec<String>,
    /// Place conditions hold when the place is unknown (services open to all of Paris that
    /// should not wait for a postal code).
    #[cfg_attr(feature = "native", serde(default))]
    pub lieu_inconnu_accepte: bool,
    #[cfg_attr(feature = "native", serde(default))]
    pub arrondissements: Vec<u8>,
    /// INSEE codes of communes.
    #[cfg_attr(feature = "native", serde(default))]
    pub communes: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub age_min: Option<u8>,
    #[cfg_attr(feature = "native", serde(default))]
    pub age_max: Option<u8>,
    #[cfg_attr(feature = "native", serde(default))]
    pub ressources: Vec<Ressource>,
    #[cfg_attr(feature = "native", serde(default))]
    pub freins: Vec<Frein>,
    /// None of these obstacles.
    #[cfg_attr(feature = "native", serde(default))]
    pub sans_freins: Vec<Frein>,
    /// At least this many social obstacles (every frein but health).
    #[cfg_attr(feature = "native", serde(default))]
    pub freins_sociaux_min: Option<u8>,
    /// At most this many social obstacles.
    #[cfg_attr(feature = "native", serde(default))]
    pub freins_sociaux_max: Option<u8>,
    #[cfg_attr(feature = "native", serde(default))]
    pub situations: Vec<Situation>,
    #[cfg_attr(feature = "native", serde(default))]
    pub inscrit_france_travail: Option<bool>,
    #[cfg_attr(feature = "native", serde(default))]
    pub disponible_emploi: Vec<Disponibilite>,
    #[cfg_attr(feature = "native", serde(default))]
    pub enfant_moins_3_ans: Option<bool>,
    #[cfg_attr(feature = "native", serde(default))]
    pub projets: Vec<Projet>,
    /// At least one of these sub-conditions.
    #[cfg_attr(feature = "native", serde(default))]
    pub ou: Vec<Condition>,
}

/// The kind of input a question asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(rename_all = "snake_case"))]
pub enum FormeQuestion {
    CodePostal,
    Nombre,
    OuiNon,
    ChoixUnique,
    ChoixMultiple,
}

/// One screen of the questionnaire.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Question {
    /// The answer field it fills: an unknown name fails to load (`catalog check` says where).
    pub champ: Champ,
    pub ordre: u16,
    pub intitule: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub aide: Option<String>,
    pub forme: FormeQuestion,
    /// Choices, for the `choix_*` forms: values of the field's vocabulary.
    #[cfg_attr(feature = "native", serde(default))]
    pub options: Vec<String>,
    /// Shown only when the answers so far satisfy this (e.g. single parents only).
    #[cfg_attr(feature = "native", serde(default))]
    pub afficher_si: Option<Condition>,
    /// Why the question is asked (shown to people who wonder).
    pub pourquoi: String,
    /// The wording in English and in Arabic (both required by `catalog check`).
    #[cfg_attr(feature = "native", serde(default))]
    pub en: Option<TraductionQuestion>,
    #[cfg_attr(feature = "native", serde(default))]
    pub ar: Option<TraductionQuestion>,
    #[cfg_attr(feature = "native", serde(skip))]
    pub fichier: String,
}

/// A question's wording in another language.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct TraductionQuestion {
    pub intitule: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub aide: Option<String>,
    pub pourquoi: String,
}

impl Question {
    /// The translation into `langue`; `None` for French (the question's own text) or when missing.
    pub fn traduction(&self, langue: Langue) -> Option<&TraductionQuestion> {
        match langue {
            Langue::Fr => None,
            Langue::En => self.en.as_ref(),
            Langue::Ar => self.ar.as_ref(),
        }
    }

    /// (title, help, why) in `langue`, in French when the translation is missing.
    pub fn textes(&self, langue: Langue) -> (String, Option<String>, String) {
        match self.traduction(langue) {
            Some(t) => (t.intitule.clone(), t.aide.clone().or_else(|| self.aide.clone()), t.pourquoi.clone()),
            None => (self.intitule.clone(), self.aide.clone(), self.pourquoi.clone()),
        }
    }
}
