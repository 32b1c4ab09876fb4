//! The answer fields, declared once: their name in the answers JSON, their short key in the share
//! link, their kind (which gives the question's form and how a value is read) and, for choices,
//! their vocabulary. Questions (`catalog/orientation/questionnaire.toml`), rules, the share
//! codec, the validator and the interface all go through `Champ`, so a misspelt field is an
//! error where it is written, not an answer silently ignored.
//!
//! Adding a question: one line below, one `[[question]]` in the questionnaire, and the
//! `Reponses` field it fills (the engine's conditions read typed answers, so each field needs a
//! place of its own type in `Reponses`).

use super::answers::{self, Avertissement, Reponses, Saisie};
use crate::catalogue::regles::FormeQuestion;
use crate::catalogue::vocab::{Diplome, Disponibilite, Frein, Projet, Ressource, Situation};
use crate::langue::Langue;
#[cfg(feature = "native")]
use serde::{Deserialize, Serialize};

/// The per-kind parts of the declaration: form, allowed values, labels, reading and writing.
macro_rules! genre {
    (forme code_postal) => {
        FormeQuestion::CodePostal
    };
    (forme nombre) => {
        FormeQuestion::Nombre
    };
    (forme oui_non) => {
        FormeQuestion::OuiNon
    };
    (forme un) => {
        FormeQuestion::ChoixUnique
    };
    (forme plusieurs) => {
        FormeQuestion::ChoixMultiple
    };

    (valeurs $g:ident) => {
        Vec::new()
    };
    (valeurs $g:ident $t:ty) => {
        <$t>::ALL.iter().map(|x| x.code()).collect()
    };

    (libelle $code:ident $langue:ident $g:ident) => {
        None
    };
    (libelle $code:ident $langue:ident $g:ident $t:ty) => {
        <$t>::from_code($code).map(|x| x.libelle($langue))
    };

    (lire code_postal $v:expr) => {
        $v.clone().map_or(Saisie::Vide, Saisie::Texte)
    };
    (lire nombre $v:expr) => {
        $v.map_or(Saisie::Vide, |n| Saisie::Nombre(n.into()))
    };
    (lire oui_non $v:expr) => {
        $v.map_or(Saisie::Vide, Saisie::Booleen)
    };
    (lire un $v:expr, $t:ty) => {
        $v.as_ref().map_or(Saisie::Vide, |x: &$t| Saisie::texte(x.code()))
    };
    (lire plusieurs $v:expr, $t:ty) => {
        $v.as_ref().map_or(Saisie::Vide, |v: &Vec<$t>| Saisie::liste(v.iter().map(|x| x.code())))
    };

    (fixer code_postal $c:expr, $v:expr, $w:expr) => {
        answers::code_postal($c, $v, $w)
    };
    (fixer nombre $c:expr, $v:expr, $w:expr) => {
        answers::nombre($c, $v, answers::AGE_MIN, answers::AGE_MAX, $w)
    };
    (fixer oui_non $c:expr, $v:expr, $w:expr) => {
        answers::oui_non($c, $v, $w)
    };
    (fixer un $c:expr, $v:expr, $w:expr, $t:ty) => {
        answers::un($c, $v, <$t>::from_code, $w)
    };
    (fixer plusieurs $c:expr, $v:expr, $w:expr, $t:ty) => {
        answers::plusieurs($c, $v, <$t>::from_code, $w)
    };
}

macro_rules! champs {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $nom:literal / $cle:literal, $genre:ident $(($t:ty))? => $reponse:ident,
        $fr:literal / $en:literal / $ar:literal;
    )+) => {
        /// An answer field. The order is the share link's (and the engine's "to sharpen" lists').
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "native", derive(Serialize, Deserialize))]
        pub enum Champ {
            $($(#[$doc])* #[cfg_attr(feature = "native", serde(rename = $nom))] $variant),+
        }

        impl Champ {
            pub const ALL: &'static [Champ] = &[$(Champ::$variant),+];

            /// The field's name in the answers JSON and in the catalogue (`code_postal`).
            pub fn nom(self) -> &'static str {
                match self { $(Champ::$variant => $nom),+ }
            }

            /// The short key of the share link (`cp`): never change one, old links must decode.
            pub fn cle(self) -> &'static str {
                match self { $(Champ::$variant => $cle),+ }
            }

            /// The kind of answer, which is also the question's form.
            pub fn forme(self) -> FormeQuestion {
                match self { $(Champ::$variant => genre!(forme $genre)),+ }
            }

            /// The values a choice accepts (empty for the other kinds).
            pub fn valeurs(self) -> Vec<&'static str> {
                match self { $(Champ::$variant => genre!(valeurs $genre $($t)?)),+ }
            }

            /// The label of one of the field's values, if it is one.
            pub fn libelle_valeur(self, code: &str, langue: Langue) -> Option<&'static str> {
                match self { $(Champ::$variant => genre!(libelle code langue $genre $($t)?)),+ }
            }

            /// What the field is about, in a few words, for messages ("âge", "age").
            #[cfg(not(target_arch = "wasm32"))]
            pub fn libelle(self, langue: Langue) -> &'static str {
                match (self, langue) {
                    $(
                        (Champ::$variant, Langue::Fr) => $fr,
                        (Champ::$variant, Langue::En) => $en,
                        (Champ::$variant, Langue::Ar) => $ar,
                    )+
                }
            }

            /// What the field is about: English and Arabic come with the language's pack.
            #[cfg(target_arch = "wasm32")]
            pub fn libelle(self, langue: Langue) -> &'static str {
                let fr = match self { $(Champ::$variant => $fr),+ };
                crate::langue::libelle_traduit(langue, self.cle_traduction(), fr)
            }

            /// The field's key in a language pack.
            pub fn cle_traduction(self) -> &'static str {
                match self { $(Champ::$variant => concat!("Champ:", stringify!($variant))),+ }
            }

            pub fn from_nom(nom: &str) -> Option<Champ> {
                match nom { $($nom => Some(Champ::$variant),)+ _ => None }
            }

            pub fn from_cle(cle: &str) -> Option<Champ> {
                match cle { $($cle => Some(Champ::$variant),)+ _ => None }
            }

            /// The current answer, in the form `Reponses::avec` takes.
            pub(super) fn lire(self, r: &Reponses) -> Saisie {
                match self { $(Champ::$variant => genre!(lire $genre r.$reponse $(, $t)?)),+ }
            }

            /// Sets the answer from a value, or clears it if the value is empty or invalid (and says why).
            pub(super) fn fixer(self, r: &mut Reponses, v: &Saisie, w: &mut Vec<Avertissement>) {
                match self { $(Champ::$variant => r.$reponse = genre!(fixer $genre self, v, w $(, $t)?)),+ }
            }
        }
    };
}

champs! {
    CodePostal = "code_postal" / "cp", code_postal => code_postal, "code postal" / "postal code" / "الرمز البريدي";
    Age = "age" / "age", nombre => age, "âge" / "age" / "العمر";
    Ressources = "ressources" / "res", plusieurs(Ressource) => ressources, "ressources" / "income" / "الموارد";
    InscritFranceTravail = "inscrit_france_travail" / "ft", oui_non => inscrit_france_travail,
        "inscription à France Travail" / "France Travail registration" / "التسجيل في France Travail";
    DisponibleEmploi = "disponible_emploi" / "dispo", un(Disponibilite) => disponible_emploi,
        "disponibilité" / "availability" / "التفرغ للعمل";
    Freins = "freins" / "fr", plusieurs(Frein) => freins, "difficultés" / "difficulties" / "الصعوبات";
    Situations = "situations" / "sit", plusieurs(Situation) => situations, "situation" / "situation" / "الوضع";
    EnfantMoins3Ans = "enfant_moins_3_ans" / "e3", oui_non => enfant_moins_3_ans,
        "enfant de moins de 3 ans" / "child under 3" / "طفل دون 3 سنوات";
    Diplome = "diplome" / "dip", un(Diplome) => diplome, "diplôme" / "diploma" / "الشهادة";
    Projet = "projet" / "proj", un(Projet) => projet, "projet" / "plan" / "المشروع";
}

impl std::fmt::Display for Champ {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.nom())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_keys_are_unique_and_round_trip() {
        let mut noms = std::collections::HashSet::new();
        let mut cles = std::collections::HashSet::new();
        for c in Champ::ALL {
            assert!(noms.insert(c.nom()) && cles.insert(c.cle()), "{c:?}");
            assert_eq!((Champ::from_nom(c.nom()), Champ::from_cle(c.cle())), (Some(*c), Some(*c)));
        }
        assert_eq!(Champ::from_nom("code postal"), None);
    }

    #[test]
    fn share_keys_are_those_of_the_links_already_given() {
        let cles: Vec<&str> = Champ::ALL.iter().map(|c| c.cle()).collect();
        assert_eq!(cles, ["cp", "age", "res", "ft", "dispo", "fr", "sit", "e3", "dip", "proj"]);
    }

    #[test]
    fn choices_list_their_vocabulary_and_serde_uses_the_json_name() {
        assert_eq!(Champ::Diplome.valeurs(), ["aucun", "cap_bep", "bac", "superieur"]);
        assert!(Champ::Age.valeurs().is_empty());
        assert_eq!(Champ::Freins.forme(), FormeQuestion::ChoixMultiple);
        assert_eq!(Champ::Freins.libelle_valeur("sante", Langue::Fr), Some("Santé"));
        assert_eq!(Champ::Freins.libelle_valeur("volcan", Langue::Fr), None);
        assert_eq!(serde_json::to_string(&Champ::EnfantMoins3Ans).unwrap(), "\"enfant_moins_3_ans\"");
        assert_eq!(serde_json::from_str::<Champ>("\"projet\"").unwrap(), Champ::Projet);
        assert!(serde_json::from_str::<Champ>("\"projets\"").is_err());
    }
}
