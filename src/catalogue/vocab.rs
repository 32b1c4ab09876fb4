//! Closed vocabularies: the project's own (parcours, freins, situations…), shared by the
//! catalogue's structured eligibility and the questionnaire's answers, and the data·inclusion
//! vocabularies (thématiques, publics, frais…), read from the schema files shipped in `catalog/`.

use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary: serde names, French labels, and the list of all values.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal : $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in the catalogue, the answers and the share link.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Plain French label.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

vocabulary! {
    /// The four parcours of the Paris plan (PPIE 2016-2020, axe 2).
    Parcours {
        Emploi = "emploi": "Parcours emploi",
        EmploiRenforce = "emploi_renforce": "Parcours emploi renforcé",
        Sante = "sante": "Parcours santé",
        MobilisationSociale = "mobilisation_sociale": "Parcours de mobilisation sociale",
    }
}

vocabulary! {
    /// Income a person receives.
    Ressource {
        Rsa = "rsa": "Revenu de solidarité active (RSA)",
        Ass = "ass": "Allocation de solidarité spécifique (ASS)",
        Are = "are": "Allocation d'aide au retour à l'emploi (ARE)",
        Aah = "aah": "Allocation aux adultes handicapés (AAH)",
        Aucune = "aucune": "Aucune de ces ressources",
    }
}

vocabulary! {
    /// Obstacles ("freins périphériques") a service helps to lift.
    Frein {
        Sante = "sante": "Santé",
        Logement = "logement": "Logement",
        SansDomicile = "sans_domicile": "Sans domicile",
        GardeEnfants = "garde_enfants": "Garde d'enfants",
        Mobilite = "mobilite": "Mobilité",
        Langue = "langue": "Langue française",
        Numerique = "numerique": "Numérique",
        SavoirsBase = "savoirs_base": "Savoirs de base (lire, écrire, compter)",
        Dettes = "dettes": "Dettes, budget",
        Justice = "justice": "Justice",
        Isolement = "isolement": "Isolement",
        Handicap = "handicap": "Handicap",
    }
}

vocabulary! {
    /// Situations that open specific services.
    Situation {
        FamilleMonoparentale = "famille_monoparentale": "Parent seul avec enfant(s)",
        Artiste = "artiste": "Artiste",
        Refugie = "refugie": "Réfugié·e ou bénéficiaire d'une protection internationale",
        SortantDetention = "sortant_detention": "Sortant·e de détention ou sous main de justice",
        JeuneAse = "jeune_ase": "Jeune suivi·e par l'Aide sociale à l'enfance (ASE)",
        ResidantQpv = "residant_qpv": "Habitant·e d'un quartier prioritaire (QPV)",
        ReconnaissanceHandicap = "reconnaissance_handicap": "Reconnaissance de handicap (RQTH)",
    }
}

vocabulary! {
    /// What the person wants to do.
    Projet {
        Emploi = "emploi": "Trouver un emploi",
        Formation = "formation": "Me former",
        CreationActivite = "creation_activite": "Créer mon activité",
        Indecis = "indecis": "Je ne sais pas encore",
    }
}

vocabulary! {
    /// Highest diploma.
    Diplome {
        Aucun = "aucun": "Aucun diplôme",
        CapBep = "cap_bep": "CAP, BEP",
        Bac = "bac": "Baccalauréat",
        Superieur = "superieur": "Diplôme du supérieur",
    }
}

vocabulary! {
    /// Is the person available for a job now?
    Disponibilite {
        Oui = "oui": "Oui, tout de suite",
        ApresFreins = "apres_freins": "Oui, une fois certaines difficultés réglées",
        Non = "non": "Non, pas pour le moment",
    }
}

vocabulary! {
    /// Whether an entry exists as the sources describe it.
    Statut {
        EnService = "en_service": "En service",
        Prevu = "prevu": "Annoncé (à confirmer)",
        Termine = "termine": "Terminé",
    }
}

vocabulary! {
    /// What kind of structure this is, for browsing and the orientation rules.
    CategorieStructure {
        Collectivite = "collectivite": "Collectivité",
        ServiceSocial = "service_social": "Service social",
        EspaceInsertion = "espace_insertion": "Espace d'insertion",
        PointEmploi = "point_emploi": "Point Paris Emploi",
        ServicePublicEmploi = "service_public_emploi": "Service public de l'emploi",
        MissionLocale = "mission_locale": "Mission locale",
        Plie = "plie": "Plan local pour l'insertion et l'emploi (PLIE)",
        MaisonEmploi = "maison_emploi": "Maison de l'emploi",
        Siae = "siae": "Structure d'insertion par l'activité économique",
        Formation = "formation": "Organisme de formation",
        Association = "association": "Association",
        ProtectionSociale = "protection_sociale": "Organisme de protection sociale",
        Etat = "etat": "Service de l'État",
        Reseau = "reseau": "Réseau",
    }
}

/// One data·inclusion vocabulary value with its French label.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Terme {
    pub value: String,
    pub label: String,
}

/// The data·inclusion v1.0.8 vocabularies the catalogue uses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DataInclusion {
    pub thematiques: Vec<Terme>,
    pub publics: Vec<Terme>,
    pub frais: Vec<Terme>,
    pub modes_accueil: Vec<Terme>,
    pub modes_mobilisation: Vec<Terme>,
    pub personnes_mobilisatrices: Vec<Terme>,
    pub types_de_services: Vec<Terme>,
    pub reseaux_porteurs: Vec<Terme>,
}

impl DataInclusion {
    pub fn list(&self, name: &str) -> &[Terme] {
        match name {
            "thematiques" => &self.thematiques,
            "publics" => &self.publics,
            "frais" => &self.frais,
            "modes_accueil" => &self.modes_accueil,
            "modes_mobilisation" => &self.modes_mobilisation,
            "personnes_mobilisatrices" | "mobilisable_par" => &self.personnes_mobilisatrices,
            "types_de_services" | "type" => &self.types_de_services,
            "reseaux_porteurs" => &self.reseaux_porteurs,
            _ => &[],
        }
    }

    pub fn contains(&self, name: &str, value: &str) -> bool {
        self.list(name).iter().any(|t| t.value == value)
    }

    /// The French label of a value, or the value itself when unknown.
    pub fn label<'a>(&'a self, name: &str, value: &'a str) -> &'a str {
        self.list(name).iter().find(|t| t.value == value).map_or(value, |t| t.label.as_str())
    }

    pub fn set(&mut self, name: &str, terms: Vec<Terme>) {
        match name {
            "thematiques" => self.thematiques = terms,
            "publics" => self.publics = terms,
            "frais" => self.frais = terms,
            "modes_accueil" => self.modes_accueil = terms,
            "modes_mobilisation" => self.modes_mobilisation = terms,
            "personnes_mobilisatrices" => self.personnes_mobilisatrices = terms,
            "types_de_services" => self.types_de_services = terms,
            "reseaux_porteurs" => self.reseaux_porteurs = terms,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_serde_agree() {
        for f in Frein::ALL {
            assert_eq!(Frein::from_code(f.code()), Some(*f));
            assert_eq!(serde_json::to_string(f).unwrap(), format!("\"{}\"", f.code()));
        }
        assert_eq!(Parcours::from_code("emploi_renforce"), Some(Parcours::EmploiRenforce));
        assert_eq!(Parcours::from_code("renforce"), None);
    }
}
