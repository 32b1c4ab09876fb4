//! The answers a person gives: the schema shared by the questionnaire, the share link and the
//! command line. Every field is optional; a value out of range is reported and left out.

use super::champ::Champ;
use crate::catalogue::vocab::{Diplome, Disponibilite, Frein, Projet, Ressource, Situation};
#[cfg(feature = "native")]
use serde::Serialize;
#[cfg(feature = "native")]
use serde_json::Value;

#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Reponses {
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub code_postal: Option<String>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub age: Option<u8>,
    /// `None`: not answered; `Some([])`: answered "none of these".
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub ressources: Option<Vec<Ressource>>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub inscrit_france_travail: Option<bool>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub disponible_emploi: Option<Disponibilite>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub freins: Option<Vec<Frein>>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub situations: Option<Vec<Situation>>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub enfant_moins_3_ans: Option<bool>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub diplome: Option<Diplome>,
    #[cfg_attr(feature = "native", serde(skip_serializing_if = "Option::is_none"))]
    pub projet: Option<Projet>,
}

/// Youngest and oldest ages the questionnaire accepts.
pub const AGE_MIN: u8 = 15;
pub const AGE_MAX: u8 = 99;

/// A problem in the answers: which field, and what is wrong with its value. The words are
/// the interface's (`offre_insertion_web::avertissements::message`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Avertissement {
    /// `None` for a problem with the answers as a whole (a link too long, not a JSON object).
    pub champ: Option<Champ>,
    pub probleme: Probleme,
}

impl Avertissement {
    pub fn new(champ: Champ, probleme: Probleme) -> Self {
        Avertissement { champ: Some(champ), probleme }
    }

    pub fn general(probleme: Probleme) -> Self {
        Avertissement { champ: None, probleme }
    }
}

/// The kinds of problems, with what a message needs to say them. Values are quoted as given,
/// cut to a readable length; `valeur` of the "… attendu" kinds is written as JSON writes it
/// (`"vingt"`, `-1`, `{"a":1}`), the others are the text itself.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize))]
#[cfg_attr(feature = "native", serde(tag = "genre", rename_all = "snake_case"))]
pub enum Probleme {
    /// The answers are not a JSON object.
    PasUnObjet,
    /// Not five digits.
    CodePostalMalForme { valeur: String },
    /// Five digits that no place uses.
    CodePostalInconnu { valeur: String },
    /// A number outside the accepted range.
    HorsLimites { valeur: u64, min: u8, max: u8 },
    /// Not a number.
    NombreAttendu { valeur: String },
    /// Not yes or no (`true`/`false`, `1`/`0` in a link).
    OuiNonAttendu { valeur: String },
    /// Not text where text was expected.
    TexteAttendu { valeur: String },
    /// Not a list where a list was expected.
    ListeAttendue { valeur: String },
    /// Not one of the field's values.
    ValeurInconnue { valeur: String, admises: Vec<&'static str> },
    /// The share link was cut to `share::MAX_LEN`.
    LienTropLong,
    /// A part of the share link that is not `key=value`.
    MorceauIllisible { morceau: String },
}

/// One answer before it is checked, as a form, a share link or a JSON file gives it.
/// (The web app reads answers without a generic JSON tree: see `catalogue::load`.)
#[derive(Clone, Debug, PartialEq)]
pub enum Saisie {
    /// Not answered, or cleared.
    Vide,
    Booleen(bool),
    Nombre(u64),
    Texte(String),
    Liste(Vec<Saisie>),
    /// Anything else (a negative or decimal number, an object…), as written, for messages.
    Autre(String),
}

impl Saisie {
    pub fn texte(s: impl Into<String>) -> Saisie {
        Saisie::Texte(s.into())
    }

    pub fn liste<S: Into<String>>(items: impl IntoIterator<Item = S>) -> Saisie {
        Saisie::Liste(items.into_iter().map(|s| Saisie::Texte(s.into())).collect())
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Saisie::Texte(s) => Some(s),
            _ => None,
        }
    }
}

/// As JSON would write it, so that messages quote the value the person gave.
impl std::fmt::Display for Saisie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Saisie::Vide => f.write_str("null"),
            Saisie::Booleen(b) => write!(f, "{b}"),
            Saisie::Nombre(n) => write!(f, "{n}"),
            Saisie::Texte(s) => write!(f, "\"{s}\""),
            Saisie::Liste(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Saisie::Autre(s) => f.write_str(s),
        }
    }
}

#[cfg(feature = "native")]
impl From<&Value> for Saisie {
    fn from(v: &Value) -> Saisie {
        match v {
            Value::Null => Saisie::Vide,
            Value::Bool(b) => Saisie::Booleen(*b),
            Value::Number(n) => n.as_u64().map_or_else(|| Saisie::Autre(n.to_string()), Saisie::Nombre),
            Value::String(s) => Saisie::Texte(s.clone()),
            Value::Array(items) => Saisie::Liste(items.iter().map(Saisie::from).collect()),
            Value::Object(_) => Saisie::Autre(v.to_string()),
        }
    }
}

impl Reponses {
    #[cfg(feature = "native")]
    /// Parses answers from JSON, keeping every valid value and reporting the others.
    /// Unknown fields are ignored.
    pub fn from_json(value: &Value) -> (Reponses, Vec<Avertissement>) {
        let Value::Object(map) = value else {
            return (Reponses::default(), vec![Avertissement::general(Probleme::PasUnObjet)]);
        };
        Reponses::from_saisies(map.iter().map(|(k, v)| (k.as_str(), Saisie::from(v))))
    }

    #[cfg(feature = "native")]
    /// Parses answers from JSON text.
    pub fn from_json_str(text: &str) -> Result<(Reponses, Vec<Avertissement>), String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("JSON invalide : {e}"))?;
        if !value.is_object() {
            return Err("les réponses doivent être un objet JSON { … }".into());
        }
        Ok(Reponses::from_json(&value))
    }

    /// Answers from (field name, value) pairs, keeping every valid value and reporting the
    /// others. Unknown fields are ignored, as the schema says.
    pub fn from_saisies<'a>(saisies: impl IntoIterator<Item = (&'a str, Saisie)>) -> (Reponses, Vec<Avertissement>) {
        let mut r = Reponses::default();
        let mut warnings = Vec::new();
        for (champ, v) in saisies {
            if let Some(champ) = Champ::from_nom(champ) {
                champ.fixer(&mut r, &v, &mut warnings);
            }
        }
        (r, warnings)
    }

    /// These answers with one field set (or cleared with `Saisie::Vide`), checked like any input.
    pub fn avec(&self, champ: Champ, valeur: Saisie) -> (Reponses, Vec<Avertissement>) {
        let mut r = self.clone();
        let mut warnings = Vec::new();
        champ.fixer(&mut r, &valeur, &mut warnings);
        (r, warnings)
    }

    /// The current answer to a field, in the form `avec` takes.
    pub fn saisie(&self, champ: Champ) -> Saisie {
        champ.lire(self)
    }

    pub fn is_empty(&self) -> bool {
        *self == Reponses::default()
    }

    /// Social obstacles: every frein but health.
    pub fn freins_sociaux(&self) -> Option<usize> {
        self.freins.as_ref().map(|f| f.iter().filter(|f| **f != Frein::Sante).count())
    }
}

/// A value quoted in a message, cut to a readable length.
fn court(s: &str) -> String {
    crate::text::abrege(s, 12)
}

/// A value as JSON writes it, cut to a readable length.
fn tel_quel(v: &Saisie) -> String {
    court(&v.to_string())
}

// How each kind of field reads a value (see `champ::genre!`).

pub(super) fn code_postal(champ: Champ, v: &Saisie, w: &mut Vec<Avertissement>) -> Option<String> {
    let text = match v {
        Saisie::Texte(s) => s.trim().to_owned(),
        Saisie::Nombre(n) => format!("{n:0>5}"),
        Saisie::Vide => return None,
        _ => {
            w.push(Avertissement::new(champ, Probleme::TexteAttendu { valeur: tel_quel(v) }));
            return None;
        }
    };
    // Only the form is checked here; whether the code exists is the engine's to say (it knows
    // the geography).
    if text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit()) {
        Some(text)
    } else {
        w.push(Avertissement::new(champ, Probleme::CodePostalMalForme { valeur: court(&text) }));
        None
    }
}

pub(super) fn nombre(champ: Champ, v: &Saisie, min: u8, max: u8, w: &mut Vec<Avertissement>) -> Option<u8> {
    match v {
        Saisie::Nombre(n) if (u64::from(min)..=u64::from(max)).contains(n) => u8::try_from(*n).ok(),
        Saisie::Nombre(n) => {
            w.push(Avertissement::new(champ, Probleme::HorsLimites { valeur: *n, min, max }));
            None
        }
        Saisie::Vide => None,
        _ => {
            w.push(Avertissement::new(champ, Probleme::NombreAttendu { valeur: tel_quel(v) }));
            None
        }
    }
}

pub(super) fn oui_non(champ: Champ, v: &Saisie, w: &mut Vec<Avertissement>) -> Option<bool> {
    match v {
        Saisie::Booleen(b) => Some(*b),
        Saisie::Vide => None,
        Saisie::Texte(s) if s == "oui" => Some(true),
        Saisie::Texte(s) if s == "non" => Some(false),
        _ => {
            w.push(Avertissement::new(champ, Probleme::OuiNonAttendu { valeur: tel_quel(v) }));
            None
        }
    }
}

pub(super) fn un<T>(champ: Champ, v: &Saisie, parse: fn(&str) -> Option<T>, w: &mut Vec<Avertissement>) -> Option<T> {
    match v {
        Saisie::Vide => None,
        Saisie::Texte(s) => parse(s).or_else(|| {
            w.push(Avertissement::new(champ, Probleme::ValeurInconnue { valeur: court(s), admises: champ.valeurs() }));
            None
        }),
        _ => {
            w.push(Avertissement::new(champ, Probleme::TexteAttendu { valeur: tel_quel(v) }));
            None
        }
    }
}

pub(super) fn plusieurs<T: PartialEq>(
    champ: Champ,
    v: &Saisie,
    parse: fn(&str) -> Option<T>,
    w: &mut Vec<Avertissement>,
) -> Option<Vec<T>> {
    let items: Vec<&Saisie> = match v {
        Saisie::Vide => return None,
        Saisie::Liste(items) => items.iter().collect(),
        Saisie::Texte(_) => vec![v],
        _ => {
            w.push(Avertissement::new(champ, Probleme::ListeAttendue { valeur: tel_quel(v) }));
            return None;
        }
    };
    let mut out = Vec::new();
    for item in items {
        match item.as_str().map(|s| (s, parse(s))) {
            Some((_, Some(x))) => {
                if !out.contains(&x) {
                    out.push(x);
                }
            }
            Some((s, None)) => w.push(Avertissement::new(
                champ,
                Probleme::ValeurInconnue { valeur: court(s), admises: champ.valeurs() },
            )),
            None => w.push(Avertissement::new(champ, Probleme::TexteAttendu { valeur: tel_quel(item) })),
        }
    }
    Some(out)
}

#[cfg(all(test, feature = "native"))]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_the_documented_example() {
        let (r, w) = Reponses::from_json(&json!({
            "code_postal": "75019", "age": 22, "ressources": ["rsa"], "inscrit_france_travail": true,
            "disponible_emploi": "oui", "freins": ["sante"], "situations": ["artiste"],
            "enfant_moins_3_ans": true, "diplome": "aucun", "projet": "emploi", "autre": 1
        }));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(r.age, Some(22));
        assert_eq!(r.freins, Some(vec![Frein::Sante]));
        assert_eq!(r.projet, Some(Projet::Emploi));
    }

    #[test]
    fn out_of_range_and_unknown_values_are_reported_not_fatal() {
        let (r, w) = Reponses::from_json(&json!({"age": 7, "freins": ["sante", "fatigue"], "projet": 3}));
        assert_eq!(r.age, None);
        assert_eq!(r.freins, Some(vec![Frein::Sante]));
        assert_eq!(w.len(), 3);
        assert_eq!(
            w[0],
            Avertissement::new(Champ::Age, Probleme::HorsLimites { valeur: 7, min: AGE_MIN, max: AGE_MAX })
        );
        let inconnue = w.iter().find(|a| a.champ == Some(Champ::Freins)).expect("fatigue reported");
        assert!(
            matches!(&inconnue.probleme, Probleme::ValeurInconnue { valeur, admises } if valeur == "fatigue" && admises.contains(&"sante")),
            "{inconnue:?}"
        );
        assert!(w.contains(&Avertissement::new(Champ::Projet, Probleme::TexteAttendu { valeur: "3".into() })));
    }

    #[test]
    fn setting_one_field_keeps_the_others() {
        let (r, _) = Reponses::from_json(&json!({"age": 30, "freins": ["sante"]}));
        let (r2, w) = r.avec(Champ::CodePostal, Saisie::texte("75019"));
        assert!(w.is_empty());
        assert_eq!((r2.age, r2.code_postal.as_deref()), (Some(30), Some("75019")));
        let (r3, _) = r2.avec(Champ::Age, Saisie::Vide);
        assert_eq!(r3.age, None);
        assert_eq!(r3.freins, Some(vec![Frein::Sante]));
    }

    #[test]
    fn every_field_reads_back_as_it_was_set() {
        let (r, w) = Reponses::from_json(&json!({
            "code_postal": "75019", "age": 22, "ressources": ["rsa", "ass"], "inscrit_france_travail": false,
            "disponible_emploi": "oui", "freins": [], "situations": ["artiste"],
            "enfant_moins_3_ans": true, "diplome": "aucun", "projet": "emploi"
        }));
        assert!(w.is_empty(), "{w:?}");
        for &champ in Champ::ALL {
            let saisie = r.saisie(champ);
            assert_ne!(saisie, Saisie::Vide, "{champ}");
            assert_eq!(Reponses::default().avec(champ, saisie.clone()).0.saisie(champ), saisie, "{champ}");
        }
        assert_eq!(Reponses::default().saisie(Champ::Age), Saisie::Vide);
    }

    #[test]
    fn problems_quote_the_value_as_given() {
        let (_, w) = Reponses::from_json(&json!({"age": "vingt", "freins": {"a": 1}, "inscrit_france_travail": -1}));
        assert!(w.contains(&Avertissement::new(Champ::Age, Probleme::NombreAttendu { valeur: "\"vingt\"".into() })));
        assert!(w.contains(&Avertissement::new(Champ::Freins, Probleme::ListeAttendue { valeur: "{\"a\":1}".into() })));
        let oui_non = Avertissement::new(Champ::InscritFranceTravail, Probleme::OuiNonAttendu { valeur: "-1".into() });
        assert!(w.contains(&oui_non), "{w:?}");
    }

    #[test]
    fn malformed_postal_codes_are_reported_and_set_aside() {
        let (r, w) = Reponses::from_json(&json!({"code_postal": "75 019x"}));
        assert_eq!(r.code_postal, None);
        assert_eq!(
            w,
            [Avertissement::new(Champ::CodePostal, Probleme::CodePostalMalForme { valeur: "75 019x".into() })]
        );
        let (r, w) = Reponses::from_json(&json!({"code_postal": 75019}));
        assert_eq!((r.code_postal.as_deref(), w.len()), (Some("75019"), 0));
    }

    #[test]
    fn warnings_serialise_as_field_and_kind_with_parameters() {
        let (_, w) = Reponses::from_json(&json!({"age": 120}));
        assert_eq!(
            serde_json::to_value(&w).unwrap(),
            json!([{"champ": "age", "probleme": {"genre": "hors_limites", "valeur": 120, "min": 15, "max": 99}}])
        );
        let (_, w) = Reponses::from_json(&json!([1]));
        assert_eq!(serde_json::to_value(&w).unwrap(), json!([{"champ": null, "probleme": {"genre": "pas_un_objet"}}]));
    }

    #[test]
    fn not_an_object_is_a_clear_error() {
        assert!(Reponses::from_json_str("[1,2]").unwrap_err().contains("objet JSON"));
        assert!(Reponses::from_json_str("{").unwrap_err().contains("JSON invalide"));
    }
}
