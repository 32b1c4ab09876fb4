//! Closed vocabularies: the project's own (parcours, freins, situations…), shared by the
//! catalogue's structured eligibility and the questionnaire's answers, and the data·inclusion
//! vocabularies (thématiques, publics, frais…), read from the schema files shipped in `catalog/`.

use crate::langue::Langue;
#[cfg(feature = "native")]
use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary: serde names, labels in French / English / Arabic, and the list
/// of all values.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal : $label:literal / $label_en:literal / $label_ar:literal),+ $(,)? }) => {
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

            /// Plain French label (the core searches and writes its messages in French).
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The label in the reader's language.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn libelle(self, langue: Langue) -> &'static str {
                match langue {
                    Langue::Fr => self.label(),
                    Langue::En => match self { $($name::$variant => $label_en),+ },
                    Langue::Ar => match self { $($name::$variant => $label_ar),+ },
                }
            }

            /// The label in the reader's language: in the web app, English and Arabic come
            /// with the language's pack (French until then).
            #[cfg(target_arch = "wasm32")]
            pub fn libelle(self, langue: Langue) -> &'static str {
                crate::langue::libelle_traduit(langue, self.cle_traduction(), self.label())
            }

            /// The label's key in a language pack.
            pub fn cle_traduction(self) -> &'static str {
                match self { $($name::$variant => concat!(stringify!($name), ":", $code)),+ }
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
        Emploi = "emploi": "Parcours emploi" / "Employment pathway" / "مسار العمل",
        EmploiRenforce = "emploi_renforce": "Parcours emploi renforcé" / "Reinforced employment pathway" / "مسار العمل المعزَّز",
        Sante = "sante": "Parcours santé" / "Health pathway" / "المسار الصحي",
        MobilisationSociale = "mobilisation_sociale": "Parcours de mobilisation sociale" / "Social mobilisation pathway" / "مسار التعبئة الاجتماعية",
    }
}

vocabulary! {
    /// Income a person receives.
    Ressource {
        Rsa = "rsa": "Revenu de solidarité active (RSA)" / "RSA (minimum income)" / "دخل التضامن النشط (RSA)",
        Ass = "ass": "Allocation de solidarité spécifique (ASS)" / "ASS (long-term jobseeker allowance)" / "منحة التضامن الخاصة (ASS)",
        Are = "are": "Allocation d'aide au retour à l'emploi (ARE)" / "ARE (unemployment benefit)" / "إعانة البطالة (ARE)",
        Aah = "aah": "Allocation aux adultes handicapés (AAH)" / "AAH (disability allowance)" / "منحة البالغين ذوي الإعاقة (AAH)",
        Aucune = "aucune": "Aucune de ces ressources" / "None of these" / "لا شيء من هذه المساعدات",
    }
}

vocabulary! {
    /// Obstacles ("freins périphériques") a service helps to lift.
    Frein {
        Sante = "sante": "Santé" / "Health" / "الصحة",
        Logement = "logement": "Logement" / "Housing" / "السكن",
        SansDomicile = "sans_domicile": "Sans domicile" / "No fixed address" / "بلا مسكن",
        GardeEnfants = "garde_enfants": "Garde d'enfants" / "Childcare" / "رعاية الأطفال",
        Mobilite = "mobilite": "Mobilité" / "Transport" / "التنقل",
        Langue = "langue": "Langue française" / "French language" / "اللغة الفرنسية",
        Numerique = "numerique": "Numérique" / "Digital skills" / "الأدوات الرقمية",
        SavoirsBase = "savoirs_base": "Savoirs de base (lire, écrire, compter)" / "Basic skills (reading, writing, maths)" / "المهارات الأساسية (القراءة والكتابة والحساب)",
        Dettes = "dettes": "Dettes, budget" / "Debts, budget" / "الديون والميزانية",
        Justice = "justice": "Justice" / "Justice" / "القضاء",
        Isolement = "isolement": "Isolement" / "Isolation" / "العزلة",
        Handicap = "handicap": "Handicap" / "Disability" / "الإعاقة",
    }
}

vocabulary! {
    /// Situations that open specific services.
    Situation {
        FamilleMonoparentale = "famille_monoparentale": "Parent seul avec enfant(s)" / "Single parent" / "أب أو أم وحيد مع طفل أو أكثر",
        Artiste = "artiste": "Artiste" / "Artist" / "فنان أو فنانة",
        Refugie = "refugie": "Réfugié·e ou bénéficiaire d'une protection internationale" / "Refugee or international protection" / "لاجئ أو مستفيد من الحماية الدولية",
        SortantDetention = "sortant_detention": "Sortant·e de détention ou sous main de justice" / "Leaving prison or under court supervision" / "خارج من السجن أو تحت رقابة القضاء",
        JeuneAse = "jeune_ase": "Jeune suivi·e par l'Aide sociale à l'enfance (ASE)" / "Young person in child welfare (ASE)" / "شاب تتابعه المساعدة الاجتماعية للطفولة (ASE)",
        ResidantQpv = "residant_qpv": "Habitant·e d'un quartier prioritaire (QPV)" / "Living in a priority neighbourhood (QPV)" / "ساكن في حي ذي أولوية (QPV)",
        ReconnaissanceHandicap = "reconnaissance_handicap": "Reconnaissance de handicap (RQTH)" / "Recognised disability (RQTH)" / "اعتراف رسمي بالإعاقة (RQTH)",
    }
}

vocabulary! {
    /// What the person wants to do.
    Projet {
        Emploi = "emploi": "Trouver un emploi" / "Find a job" / "إيجاد عمل",
        Formation = "formation": "Me former" / "Get training" / "الحصول على تدريب",
        CreationActivite = "creation_activite": "Créer mon activité" / "Start my own business" / "إنشاء مشروعي الخاص",
        Indecis = "indecis": "Je ne sais pas encore" / "I don't know yet" / "لا أعرف بعد",
    }
}

vocabulary! {
    /// Highest diploma.
    Diplome {
        Aucun = "aucun": "Aucun diplôme" / "No diploma" / "بدون شهادة",
        CapBep = "cap_bep": "CAP, BEP" / "Vocational certificate (CAP, BEP)" / "شهادة مهنية (CAP، BEP)",
        Bac = "bac": "Baccalauréat" / "Baccalauréat (high school)" / "البكالوريا",
        Superieur = "superieur": "Diplôme du supérieur" / "Higher education degree" / "شهادة من التعليم العالي",
    }
}

vocabulary! {
    /// Is the person available for a job now?
    Disponibilite {
        Oui = "oui": "Oui, tout de suite" / "Yes, right away" / "نعم، فورًا",
        ApresFreins = "apres_freins": "Oui, une fois certaines difficultés réglées" / "Yes, once some difficulties are solved" / "نعم، بعد حل بعض الصعوبات",
        Non = "non": "Non, pas pour le moment" / "Not for now" / "لا، ليس الآن",
    }
}

vocabulary! {
    /// Whether an entry exists as the sources describe it. `a_verifier`: described (or announced)
    /// by a document that no later one confirms; `catalog check` says when a current statut is
    /// not backed by a current document (see `validate.rs`, « statut et période »).
    Statut {
        EnService = "en_service": "En service" / "Running" / "يعمل حاليًا",
        Prevu = "prevu": "Annoncé (à confirmer)" / "Announced (to be confirmed)" / "معلن (يحتاج إلى تأكيد)",
        Termine = "termine": "Terminé" / "Ended" / "انتهى",
        AVerifier = "a_verifier": "À vérifier (aucun document plus récent ne le confirme)" / "To be checked (no newer document confirms it)" / "يحتاج إلى تحقق (لا تؤكده أي وثيقة أحدث)",
    }
}

vocabulary! {
    /// What kind of structure this is, for browsing and the orientation rules.
    CategorieStructure {
        Collectivite = "collectivite": "Collectivité" / "Local authority" / "سلطة محلية",
        ServiceSocial = "service_social": "Service social" / "Social services" / "خدمة اجتماعية",
        EspaceInsertion = "espace_insertion": "Espace d'insertion" / "Insertion centre" / "مركز إدماج",
        PointEmploi = "point_emploi": "Point Paris Emploi" / "Paris Emploi point" / "نقطة Paris Emploi",
        ServicePublicEmploi = "service_public_emploi": "Service public de l'emploi" / "Public employment service" / "الخدمة العامة للتشغيل",
        MissionLocale = "mission_locale": "Mission locale" / "Youth employment centre (Mission locale)" / "مركز تشغيل الشباب (Mission locale)",
        Plie = "plie": "Plan local pour l'insertion et l'emploi (PLIE)" / "Local employment plan (PLIE)" / "الخطة المحلية للإدماج والتشغيل (PLIE)",
        MaisonEmploi = "maison_emploi": "Maison de l'emploi" / "Employment house" / "دار التشغيل (Maison de l'emploi)",
        Siae = "siae": "Structure d'insertion par l'activité économique" / "Work integration enterprise (SIAE)" / "مؤسسة إدماج عن طريق النشاط الاقتصادي (SIAE)",
        Formation = "formation": "Organisme de formation" / "Training provider" / "مركز تدريب",
        Association = "association": "Association" / "Association" / "جمعية",
        ProtectionSociale = "protection_sociale": "Organisme de protection sociale" / "Social security body" / "هيئة الحماية الاجتماعية",
        Etat = "etat": "Service de l'État" / "State service" / "مصلحة تابعة للدولة",
        Reseau = "reseau": "Réseau" / "Network" / "شبكة",
    }
}

/// An entry's statut when its source gives none (as `serde` reads it: `en_service`).
impl Default for Statut {
    fn default() -> Self {
        Statut::EnService
    }
}

/// Only for an entry being filled in (`paquet::Colonnes`): every entry names its category.
impl Default for CategorieStructure {
    fn default() -> Self {
        CategorieStructure::Association
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

/// Every vocabulary label (and the questionnaire's field names) of a language, by key: what
/// a language pack carries for the web app, which compiles French only.
#[cfg(not(target_arch = "wasm32"))]
pub fn libelles_traduits(langue: Langue) -> Vec<(&'static str, &'static str)> {
    fn de<T: Copy>(
        all: &[T],
        cle: fn(T) -> &'static str,
        libelle: fn(T, Langue) -> &'static str,
        langue: Langue,
    ) -> Vec<(&'static str, &'static str)> {
        all.iter().map(|x| (cle(*x), libelle(*x, langue))).collect()
    }
    use crate::orientation::Champ;
    [
        de(Parcours::ALL, Parcours::cle_traduction, Parcours::libelle, langue),
        de(Ressource::ALL, Ressource::cle_traduction, Ressource::libelle, langue),
        de(Frein::ALL, Frein::cle_traduction, Frein::libelle, langue),
        de(Situation::ALL, Situation::cle_traduction, Situation::libelle, langue),
        de(Projet::ALL, Projet::cle_traduction, Projet::libelle, langue),
        de(Diplome::ALL, Diplome::cle_traduction, Diplome::libelle, langue),
        de(Disponibilite::ALL, Disponibilite::cle_traduction, Disponibilite::libelle, langue),
        de(Statut::ALL, Statut::cle_traduction, Statut::libelle, langue),
        de(CategorieStructure::ALL, CategorieStructure::cle_traduction, CategorieStructure::libelle, langue),
        de(Champ::ALL, Champ::cle_traduction, Champ::libelle, langue),
    ]
    .concat()
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
    fn every_value_has_a_label_in_each_language_and_arabic_is_written_in_arabic() {
        fn libelles<T: Copy>(all: &[T], libelle: fn(T, Langue) -> &'static str) -> Vec<[&'static str; 3]> {
            all.iter().map(|x| Langue::ALL.map(|l| libelle(*x, l))).collect()
        }
        let all: Vec<[&str; 3]> = [
            libelles(Parcours::ALL, Parcours::libelle),
            libelles(Ressource::ALL, Ressource::libelle),
            libelles(Frein::ALL, Frein::libelle),
            libelles(Situation::ALL, Situation::libelle),
            libelles(Projet::ALL, Projet::libelle),
            libelles(Diplome::ALL, Diplome::libelle),
            libelles(Disponibilite::ALL, Disponibilite::libelle),
            libelles(Statut::ALL, Statut::libelle),
            libelles(CategorieStructure::ALL, CategorieStructure::libelle),
        ]
        .concat();
        for [fr, en, ar] in all {
            assert!(!fr.trim().is_empty() && !en.trim().is_empty(), "{fr:?} / {en:?}");
            assert!(crate::text::ecrit_en_arabe(ar), "not Arabic: {fr} → {ar:?}");
        }
        assert_eq!(Parcours::EmploiRenforce.label(), "Parcours emploi renforcé");
        assert_eq!(Parcours::EmploiRenforce.libelle(Langue::Fr), "Parcours emploi renforcé");
        assert_eq!(Parcours::EmploiRenforce.libelle(Langue::En), "Reinforced employment pathway");
        assert_eq!(Parcours::EmploiRenforce.libelle(Langue::Ar), "مسار العمل المعزَّز");
    }
}
