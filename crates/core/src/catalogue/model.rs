//! The catalogue's entries. Field names follow the data·inclusion schema v1.0.8 where it has
//! one; the project's extensions (parcours, territory, structured eligibility, provenance…)
//! are named in French after what they mean.

use super::horaires::Horaires;
use super::regles;
use super::vocab::{CategorieStructure, DataInclusion, Frein, Parcours, Projet, Ressource, Situation, Statut};
use crate::territoire::Territoire;
#[cfg(feature = "native")]
use serde::{Deserialize, Serialize};

/// The whole catalogue in memory.
#[derive(Clone, Debug, PartialEq)]
pub struct Catalogue {
    pub meta: CatalogueMeta,
    pub structures: Vec<Structure>,
    pub services: Vec<Service>,
    pub glossaire: Vec<TermeGlossaire>,
    pub arrondissements: Vec<Arrondissement>,
    pub communes: Vec<Commune>,
    /// Every commune of France (`france::lire`): empty until the geography pack is loaded.
    pub communes_france: Vec<Commune>,
    pub departements: Vec<Departement>,
    pub regles: Vec<regles::Regle>,
    pub questions: Vec<regles::Question>,
    pub correspondances: Vec<regles::Correspondance>,
    /// Everyday words → catalogue terms and thématiques, for search (`catalog/lexique.toml`).
    pub lexique: Vec<EntreeLexique>,
    pub vocabulaire: DataInclusion,
}

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
                contact_general: None,
                journal: String::new(),
            },
            structures: Vec::new(),
            services: Vec::new(),
            glossaire: Vec::new(),
            arrondissements: Vec::new(),
            communes: Vec::new(),
            communes_france: Vec::new(),
            departements: Vec::new(),
            regles: Vec::new(),
            questions: Vec::new(),
            correspondances: Vec::new(),
            lexique: Vec::new(),
            vocabulaire,
        }
    }

    /// Keeps, of each data·inclusion vocabulary, only the values the entries use: the filters
    /// then never offer a choice without results, and the download carries no unused labels.
    /// Values outside the vocabularies are not added (validation reports them).
    pub fn restreindre_vocabulaire(&mut self) {
        let services = &self.services;
        let correspondances = &self.correspondances;
        let lexique = &self.lexique;
        // Values the correspondences name stay too: `check` validates them against this list.
        let utilise = |liste: &str, valeur: &str| match liste {
            "thematiques" => {
                services.iter().any(|s| s.thematiques.iter().any(|v| v == valeur))
                    || correspondances.iter().any(|c| c.thematiques.iter().any(|v| v == valeur))
                    || lexique.iter().any(|l| l.thematiques.iter().any(|v| v == valeur))
            }
            "publics" => {
                services.iter().any(|s| s.publics.iter().any(|v| v == valeur))
                    || correspondances.iter().any(|c| c.publics.iter().any(|v| v == valeur))
            }
            "frais" => services.iter().any(|s| s.frais.as_deref() == Some(valeur)),
            "modes_accueil" => services.iter().any(|s| s.modes_accueil.iter().any(|v| v == valeur)),
            "modes_mobilisation" => services.iter().any(|s| s.modes_mobilisation.iter().any(|v| v == valeur)),
            "personnes_mobilisatrices" => services.iter().any(|s| s.mobilisable_par.iter().any(|v| v == valeur)),
            "types_de_services" => services.iter().any(|s| s.type_service == valeur),
            "reseaux_porteurs" => self.structures.iter().any(|s| s.reseaux_porteurs.iter().any(|v| v == valeur)),
            _ => true,
        };
        let v = &mut self.vocabulaire;
        for (nom, liste) in [
            ("thematiques", &mut v.thematiques),
            ("publics", &mut v.publics),
            ("frais", &mut v.frais),
            ("modes_accueil", &mut v.modes_accueil),
            ("modes_mobilisation", &mut v.modes_mobilisation),
            ("personnes_mobilisatrices", &mut v.personnes_mobilisatrices),
            ("types_de_services", &mut v.types_de_services),
            ("reseaux_porteurs", &mut v.reseaux_porteurs),
        ] {
            liste.retain(|t| utilise(nom, &t.value));
        }
    }
}

/// Version and date of the catalogue, in `catalog/catalogue.toml`.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct CatalogueMeta {
    /// Semantic version, bumped with every change (see catalog/CHANGELOG.md).
    pub version: String,
    /// Date of this version, `AAAA-MM-JJ`.
    pub date: String,
    pub titre: String,
    /// Identifier of the producer, used as data·inclusion's `source` on export.
    pub producteur: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub licence: Option<String>,
    /// Where people report an error (`mailto:` link target); configurable per deployment.
    #[cfg_attr(feature = "native", serde(default))]
    pub signalement: Option<String>,
    /// The structure to call for addresses and opening hours, which the catalogue does not
    /// give, for people in its département (the result's next steps name it).
    #[cfg_attr(feature = "native", serde(default))]
    pub contact_general: Option<String>,
    /// `CHANGELOG.md` beside `catalogue.toml`, as written (shown on À propos): it travels with the
    /// data, not in the program.
    #[cfg_attr(feature = "native", serde(skip))]
    pub journal: String,
}

/// Fields common to services and structures that say where a fact comes from.
/// `source` cites the seed documents as `FICHIER:DEBUT-FIN` (line range).
pub type Citations = Vec<String>;

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
pub struct Structure {
    pub id: String,
    pub nom: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub sigle: Option<String>,
    /// Former or other names (e.g. "CAPI", "Pôle emploi").
    #[cfg_attr(feature = "native", serde(default))]
    pub aliases: Vec<String>,
    pub categorie: CategorieStructure,
    pub description: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub reseaux_porteurs: Vec<String>,
    /// Who carries it (free text, as the document says).
    #[cfg_attr(feature = "native", serde(default))]
    pub porteur: Option<String>,
    #[cfg_attr(feature = "native", serde(flatten))]
    pub lieu: Lieu,
    #[cfg_attr(feature = "native", serde(flatten))]
    pub contact: Contact,
    #[cfg_attr(feature = "native", serde(default))]
    pub siret: Option<String>,
    #[cfg_attr(feature = "native", serde(default = "en_service"))]
    pub statut: Statut,
    pub date_maj: String,
    pub source: Citations,
    /// Set by the loader when the entry is a row of a data·inclusion import (and not of the
    /// documents): where and when it was imported.
    #[cfg_attr(feature = "native", serde(skip))]
    pub origine: Option<Provenance>,
    /// Set by the loader: the catalogue file the entry comes from.
    #[cfg_attr(feature = "native", serde(skip))]
    pub fichier: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
pub struct Service {
    pub id: String,
    pub structure_id: String,
    pub nom: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub sigle: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub aliases: Vec<String>,
    pub description: String,
    /// data·inclusion `type` (accompagnement, atelier, formation, information…).
    #[cfg_attr(feature = "native", serde(rename = "type"))]
    pub type_service: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub thematiques: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub publics: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub publics_precisions: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub frais: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub frais_precisions: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub modes_accueil: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub modes_mobilisation: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub mobilisable_par: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub mobilisation_precisions: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub conditions_acces: Option<String>,
    /// Where the request is made online (data·inclusion `lien_mobilisation`).
    #[cfg_attr(feature = "native", serde(default))]
    pub lien_mobilisation: Option<String>,
    /// Where people are eligible (codes parsed when read: see `Territoire`).
    #[cfg_attr(feature = "native", serde(default))]
    pub zone_eligibilite: Vec<Territoire>,
    #[cfg_attr(feature = "native", serde(flatten))]
    pub lieu: Lieu,
    #[cfg_attr(feature = "native", serde(flatten))]
    pub contact: Contact,
    /// Extensions of the project.
    #[cfg_attr(feature = "native", serde(default))]
    pub parcours: Vec<Parcours>,
    #[cfg_attr(feature = "native", serde(default))]
    pub freins: Vec<Frein>,
    #[cfg_attr(feature = "native", serde(default))]
    pub projets: Vec<Projet>,
    /// Situations the service is meant for, without being reserved to them (those are in
    /// `eligibilite.situations`); for imports, derived from `publics` by the correspondences.
    #[cfg_attr(feature = "native", serde(default))]
    pub situations_visees: Vec<Situation>,
    #[cfg_attr(feature = "native", serde(default))]
    pub eligibilite: Eligibilite,
    #[cfg_attr(feature = "native", serde(default))]
    pub formation: Option<Formation>,
    #[cfg_attr(feature = "native", serde(default = "en_service"))]
    pub statut: Statut,
    pub date_maj: String,
    pub source: Citations,
    /// data·inclusion's quality score (0 to 1, the schema's own criteria), computed by the loader
    /// for imported services.
    #[cfg_attr(feature = "native", serde(skip))]
    pub score_qualite: Option<f64>,
    #[cfg_attr(feature = "native", serde(skip))]
    pub origine: Option<Provenance>,
    #[cfg_attr(feature = "native", serde(skip))]
    pub fichier: String,
}

/// Where an entry is and which territory it covers. The documents give no street addresses: a
/// place is an arrondissement or a commune, and coordinates come only from an import.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
pub struct Lieu {
    /// Département code: "75", "94"…
    #[cfg_attr(feature = "native", serde(default))]
    pub departement: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub commune: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub code_postal: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub code_insee: Option<String>,
    /// Paris arrondissements where it is located or which it covers (1 to 20).
    #[cfg_attr(feature = "native", serde(default))]
    pub arrondissements: Vec<u8>,
    /// Communes covered (INSEE codes), outside Paris.
    #[cfg_attr(feature = "native", serde(default))]
    pub communes: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub latitude: Option<f64>,
    #[cfg_attr(feature = "native", serde(default))]
    pub longitude: Option<f64>,
}

/// Contact details. Only ever filled from a source: cited in `contact_source`, or an import
/// (`provenance`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
pub struct Contact {
    #[cfg_attr(feature = "native", serde(default))]
    pub adresse: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub complement_adresse: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub telephone: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub courriel: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub site_web: Option<String>,
    /// As written, in OpenStreetMap `opening_hours` syntax.
    #[cfg_attr(feature = "native", serde(default))]
    pub horaires_accueil: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub contact_source: Citations,
    /// `horaires_accueil` read by the loader (None when absent or unreadable: `check` says so).
    #[cfg_attr(feature = "native", serde(skip))]
    pub horaires: Option<Horaires>,
    /// The import row these details come from, when they were imported.
    #[cfg_attr(feature = "native", serde(skip))]
    pub provenance: Option<Provenance>,
}

/// Where imported facts come from: « data·inclusion / SOURCE / ID, importé le … ».
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Provenance {
    /// The snapshot, `catalog/imports/NOM/`.
    pub import: String,
    /// The original producer (data·inclusion `source`: dora, france-travail…).
    pub source: String,
    /// The row's `id`.
    pub id: String,
    /// When the snapshot was taken, `AAAA-MM-JJ`.
    pub importe_le: String,
    /// When the producer last changed the row (`date_maj`).
    pub date_maj: String,
    pub lien_source: Option<String>,
}

impl Contact {
    /// Fields that must be backed by `contact_source`, with their names.
    pub fn sourced_fields(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("adresse", &self.adresse),
            ("complement_adresse", &self.complement_adresse),
            ("telephone", &self.telephone),
            ("courriel", &self.courriel),
            ("site_web", &self.site_web),
            ("horaires_accueil", &self.horaires_accueil),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.as_deref().map(|v| (name, v)))
    }
}

/// Structured eligibility. Empty lists mean "no condition on this point".
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Eligibilite {
    #[cfg_attr(feature = "native", serde(default))]
    pub age_min: Option<u8>,
    #[cfg_attr(feature = "native", serde(default))]
    pub age_max: Option<u8>,
    /// The person must receive at least one of these.
    #[cfg_attr(feature = "native", serde(default))]
    pub ressources: Vec<Ressource>,
    /// The person must be in at least one of these situations.
    #[cfg_attr(feature = "native", serde(default))]
    pub situations: Vec<Situation>,
    /// Must (true) or must not (false) be registered with France Travail.
    #[cfg_attr(feature = "native", serde(default))]
    pub inscrit_france_travail: Option<bool>,
    #[cfg_attr(feature = "native", serde(default))]
    pub enfant_moins_3_ans: Option<bool>,
    /// Reserved to people who live in `zone_eligibilite`.
    #[cfg_attr(feature = "native", serde(default))]
    pub residence_requise: bool,
}

impl Eligibilite {
    pub fn is_open(&self) -> bool {
        *self == Eligibilite::default()
    }
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Formation {
    #[cfg_attr(feature = "native", serde(default))]
    pub secteur: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub niveau: Option<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub duree: Option<String>,
}

/// A glossary entry: an acronym and what it stands for.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct TermeGlossaire {
    pub sigle: String,
    pub developpe: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub definition: Option<String>,
    /// Other spellings or newer names that searches should treat alike.
    #[cfg_attr(feature = "native", serde(default))]
    pub synonymes: Vec<String>,
    pub source: Citations,
    #[cfg_attr(feature = "native", serde(skip))]
    pub fichier: String,
}

/// Words people use (`dit`: « crèche », « maman solo », a common misspelling) and what the
/// search looks for instead: catalogue words (`cherche`, each a phrase whose words must all be
/// in an entry) and data·inclusion thématiques (entries tagged with one, or with one of its
/// family when the value is a family such as `famille`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct EntreeLexique {
    pub id: String,
    pub dit: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub cherche: Vec<String>,
    #[cfg_attr(feature = "native", serde(default))]
    pub thematiques: Vec<String>,
    #[cfg_attr(feature = "native", serde(skip))]
    pub fichier: String,
}

/// A Paris arrondissement.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Arrondissement {
    pub numero: u8,
    pub nom: String,
    pub codes_postaux: Vec<String>,
    pub code_insee: String,
    pub latitude: f64,
    pub longitude: f64,
}

/// A département of France, as INSEE names it (`catalog/france/departements.toml`).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Departement {
    pub code: String,
    pub nom: String,
    /// The article before the name in French: « le », « la », « les », « l' » or nothing.
    pub article: String,
    /// Its région's INSEE code (« 84 »): the PLIE « dans la même région ».
    pub region: String,
}

impl Departement {
    /// « le Rhône », « l'Ain », « Paris ».
    pub fn avec_article(&self) -> String {
        match self.article.as_str() {
            "" => self.nom.clone(),
            a if a.ends_with('\'') => format!("{a}{}", self.nom),
            a => format!("{a} {}", self.nom),
        }
    }
}

/// A commune outside Paris that the catalogue refers to.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "native", serde(deny_unknown_fields))]
pub struct Commune {
    pub nom: String,
    pub code_insee: String,
    pub codes_postaux: Vec<String>,
    pub departement: String,
    #[cfg_attr(feature = "native", serde(default))]
    pub latitude: Option<f64>,
    #[cfg_attr(feature = "native", serde(default))]
    pub longitude: Option<f64>,
}

#[cfg(feature = "native")]
fn en_service() -> Statut {
    Statut::EnService
}
