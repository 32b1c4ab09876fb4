//! Closed vocabularies: the project's own (parcours, freins, situations…), shared by the
//! catalogue's structured eligibility and the questionnaire's answers, and the data·inclusion
//! vocabularies (thématiques, publics, frais…), read from the schema files shipped in `catalog/`.

#[cfg(feature = "native")]
use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary: serde names, French labels, and the list of all values.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal : $label:literal / $label_en:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
        pub enum $name {
            $(#[cfg_attr(feature = "native", serde(rename = $code))] $variant),+
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

            /// Plain English label (the interface can be switched to English).
            pub fn label_en(self) -> &'static str {
                match self { $($name::$variant => $label_en),+ }
            }

            /// The label in English or in French.
            pub fn label_in(self, anglais: bool) -> &'static str {
                if anglais { self.label_en() } else { self.label() }
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
        Emploi = "emploi": "Parcours emploi" / "Employment pathway",
        EmploiRenforce = "emploi_renforce": "Parcours emploi renforcé" / "Reinforced employment pathway",
        Sante = "sante": "Parcours santé" / "Health pathway",
        MobilisationSociale = "mobilisation_sociale": "Parcours de mobilisation sociale" / "Social mobilisation pathway",
    }
}

vocabulary! {
    /// Income a person receives.
    Ressource {
        Rsa = "rsa": "Revenu de solidarité active (RSA)" / "RSA (minimum income)",
        Ass = "ass": "Allocation de solidarité spécifique (ASS)" / "ASS (long-term jobseeker allowance)",
        Are = "are": "Allocation d'aide au retour à l'emploi (ARE)" / "ARE (unemployment benefit)",
        Aah = "aah": "Allocation aux adultes handicapés (AAH)" / "AAH (disability allowance)",
        Aucune = "aucune": "Aucune de ces ressources" / "None of these",
    }
}

vocabulary! {
    /// Obstacles ("freins périphériques") a service helps to lift.
    Frein {
        Sante = "sante": "Santé" / "Health",
        Logement = "logement": "Logement" / "Housing",
        SansDomicile = "sans_domicile": "Sans domicile" / "No fixed address",
        GardeEnfants = "garde_enfants": "Garde d'enfants" / "Childcare",
        Mobilite = "mobilite": "Mobilité" / "Transport",
        Langue = "langue": "Langue française" / "French language",
        Numerique = "numerique": "Numérique" / "Digital skills",
        SavoirsBase = "savoirs_base": "Savoirs de base (lire, écrire, compter)" / "Basic skills (reading, writing, maths)",
        Dettes = "dettes": "Dettes, budget" / "Debts, budget",
        Justice = "justice": "Justice" / "Justice",
        Isolement = "isolement": "Isolement" / "Isolation",
        Handicap = "handicap": "Handicap" / "Disability",
    }
}

vocabulary! {
    /// Situations that open specific services.
    Situation {
        FamilleMonoparentale = "famille_monoparentale": "Parent seul avec enfant(s)" / "Single parent",
        Artiste = "artiste": "Artiste" / "Artist",
        Refugie = "refugie": "Réfugié·e ou bénéficiaire d'une protection internationale" / "Refugee or international protection",
        SortantDetention = "sortant_detention": "Sortant·e de détention ou sous main de justice" / "Leaving prison or under court supervision",
        JeuneAse = "jeune_ase": "Jeune suivi·e par l'Aide sociale à l'enfance (ASE)" / "Young person in child welfare (ASE)",
        ResidantQpv = "residant_qpv": "Habitant·e d'un quartier prioritaire (QPV)" / "Living in a priority neighbourhood (QPV)",
        ReconnaissanceHandicap = "reconnaissance_handicap": "Reconnaissance de handicap (RQTH)" / "Recognised disability (RQTH)",
    }
}

vocabulary! {
    /// What the person wants to do.
    Projet {
        Emploi = "emploi": "Trouver un emploi" / "Find a job",
        Formation = "formation": "Me former" / "Get training",
        CreationActivite = "creation_activite": "Créer mon activité" / "Start my own business",
        Indecis = "indecis": "Je ne sais pas encore" / "I don't know yet",
    }
}

vocabulary! {
    /// Highest diploma.
    Diplome {
        Aucun = "aucun": "Aucun diplôme" / "No diploma",
        CapBep = "cap_bep": "CAP, BEP" / "Vocational certificate (CAP, BEP)",
        Bac = "bac": "Baccalauréat" / "Baccalauréat (high school)",
        Superieur = "superieur": "Diplôme du supérieur" / "Higher education degree",
    }
}

vocabulary! {
    /// Is the person available for a job now?
    Disponibilite {
        Oui = "oui": "Oui, tout de suite" / "Yes, right away",
        ApresFreins = "apres_freins": "Oui, une fois certaines difficultés réglées" / "Yes, once some difficulties are solved",
        Non = "non": "Non, pas pour le moment" / "Not for now",
    }
}

vocabulary! {
    /// Whether an entry exists as the sources describe it.
    Statut {
        EnService = "en_service": "En service" / "Running",
        Prevu = "prevu": "Annoncé (à confirmer)" / "Announced (to be confirmed)",
        Termine = "termine": "Terminé" / "Ended",
    }
}

vocabulary! {
    /// What kind of structure this is, for browsing and the orientation rules.
    CategorieStructure {
        Collectivite = "collectivite": "Collectivité" / "Local authority",
        ServiceSocial = "service_social": "Service social" / "Social services",
        EspaceInsertion = "espace_insertion": "Espace d'insertion" / "Insertion centre",
        PointEmploi = "point_emploi": "Point Paris Emploi" / "Paris Emploi point",
        ServicePublicEmploi = "service_public_emploi": "Service public de l'emploi" / "Public employment service",
        MissionLocale = "mission_locale": "Mission locale" / "Youth employment centre (Mission locale)",
        Plie = "plie": "Plan local pour l'insertion et l'emploi (PLIE)" / "Local employment plan (PLIE)",
        MaisonEmploi = "maison_emploi": "Maison de l'emploi" / "Employment house",
        Siae = "siae": "Structure d'insertion par l'activité économique" / "Work integration enterprise (SIAE)",
        Formation = "formation": "Organisme de formation" / "Training provider",
        Association = "association": "Association" / "Association",
        ProtectionSociale = "protection_sociale": "Organisme de protection sociale" / "Social security body",
        Etat = "etat": "Service de l'État" / "State service",
        Reseau = "reseau": "Réseau" / "Network",
    }
}

/// One data·inclusion vocabulary value with its French label.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
pub struct Terme {
    pub value: String,
    pub label: String,
}

/// The data·inclusion v1.0.8 vocabularies the catalogue uses.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
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

    #[test]
    fn every_value_has_an_english_label() {
        let all: Vec<(&str, &str)> = Frein::ALL
            .iter()
            .map(|x| (x.label(), x.label_en()))
            .chain(Situation::ALL.iter().map(|x| (x.label(), x.label_en())))
            .chain(Ressource::ALL.iter().map(|x| (x.label(), x.label_en())))
            .chain(Parcours::ALL.iter().map(|x| (x.label(), x.label_en())))
            .collect();
        assert!(all.iter().all(|(fr, en)| !fr.is_empty() && !en.is_empty()));
        assert_eq!(Parcours::EmploiRenforce.label_en(), "Reinforced employment pathway");
    }
}
