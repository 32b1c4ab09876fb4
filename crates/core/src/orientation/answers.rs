//! The answers a person gives: the schema shared by the questionnaire, the share link and the
//! command line. Every field is optional; a value out of range is reported and left out.

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

/// A problem in the answers, in plain French, naming the field.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(Serialize))]
pub struct Avertissement {
    pub champ: String,
    pub message: String,
}

impl Avertissement {
    pub fn new(champ: &str, message: impl Into<String>) -> Self {
        Avertissement { champ: champ.to_owned(), message: message.into() }
    }
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
            return (
                Reponses::default(),
                vec![Avertissement::new("", "les réponses doivent être un objet JSON { … }")],
            );
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

    /// Answers from (field, value) pairs, keeping every valid value and reporting the others.
    /// Unknown fields are ignored, as the schema says.
    pub fn from_saisies<'a>(saisies: impl IntoIterator<Item = (&'a str, Saisie)>) -> (Reponses, Vec<Avertissement>) {
        let mut r = Reponses::default();
        let mut warnings = Vec::new();
        for (champ, v) in saisies {
            r.fixer(champ, &v, &mut warnings);
        }
        (r, warnings)
    }

    /// These answers with one field set (or cleared with `Saisie::Vide`), checked like any input.
    pub fn avec(&self, champ: &str, valeur: Saisie) -> (Reponses, Vec<Avertissement>) {
        let mut r = self.clone();
        let mut warnings = Vec::new();
        r.fixer(champ, &valeur, &mut warnings);
        (r, warnings)
    }

    /// The current answer to a field, in the form `avec` takes.
    pub fn saisie(&self, champ: &str) -> Saisie {
        fn liste<T>(v: &Option<Vec<T>>, code: fn(&T) -> &'static str) -> Saisie {
            v.as_ref().map_or(Saisie::Vide, |v| Saisie::liste(v.iter().map(code)))
        }
        fn un<T>(v: &Option<T>, code: fn(&T) -> &'static str) -> Saisie {
            v.as_ref().map_or(Saisie::Vide, |x| Saisie::texte(code(x)))
        }
        let booleen = |b: Option<bool>| b.map_or(Saisie::Vide, Saisie::Booleen);
        match champ {
            "code_postal" => self.code_postal.clone().map_or(Saisie::Vide, Saisie::Texte),
            "age" => self.age.map_or(Saisie::Vide, |a| Saisie::Nombre(a.into())),
            "inscrit_france_travail" => booleen(self.inscrit_france_travail),
            "enfant_moins_3_ans" => booleen(self.enfant_moins_3_ans),
            "ressources" => liste(&self.ressources, |x| x.code()),
            "freins" => liste(&self.freins, |x| x.code()),
            "situations" => liste(&self.situations, |x| x.code()),
            "disponible_emploi" => un(&self.disponible_emploi, |x| x.code()),
            "diplome" => un(&self.diplome, |x| x.code()),
            "projet" => un(&self.projet, |x| x.code()),
            _ => Saisie::Vide,
        }
    }

    /// Sets one field from a value, or clears it if the value is empty or invalid (and says why).
    fn fixer(&mut self, champ: &str, v: &Saisie, warnings: &mut Vec<Avertissement>) {
        let mut warn = |m: String| warnings.push(Avertissement::new(champ, m));
        match champ {
            "code_postal" => {
                let text = match v {
                    Saisie::Texte(s) => Some(s.trim().to_owned()),
                    Saisie::Nombre(n) => Some(format!("{n:0>5}")),
                    _ => None,
                };
                self.code_postal = match text {
                    // Only the form is checked here; whether the code exists is the engine's
                    // to say (it knows the geography).
                    Some(cp) if cp.len() == 5 && cp.bytes().all(|b| b.is_ascii_digit()) => Some(cp),
                    Some(cp) => {
                        warn(format!("code postal « {} » : cinq chiffres attendus ; ignoré", court(&cp)));
                        None
                    }
                    None if *v == Saisie::Vide => None,
                    None => {
                        warn("code postal attendu sous forme de texte, par exemple \"75019\"".into());
                        None
                    }
                }
            }
            "age" => {
                self.age = match v {
                    Saisie::Nombre(a) if (u64::from(AGE_MIN)..=u64::from(AGE_MAX)).contains(a) => Some(*a as u8),
                    Saisie::Nombre(a) => {
                        warn(format!("âge {a} hors des limites ({AGE_MIN} à {AGE_MAX} ans) : ignoré"));
                        None
                    }
                    Saisie::Vide => None,
                    _ => {
                        warn(format!("âge illisible : {v}"));
                        None
                    }
                }
            }
            "inscrit_france_travail" => self.inscrit_france_travail = boolean(v, &mut warn),
            "enfant_moins_3_ans" => self.enfant_moins_3_ans = boolean(v, &mut warn),
            "ressources" => {
                self.ressources = list(v, Ressource::from_code, Ressource::ALL.iter().map(|x| x.code()), &mut warn)
            }
            "freins" => self.freins = list(v, Frein::from_code, Frein::ALL.iter().map(|x| x.code()), &mut warn),
            "situations" => {
                self.situations = list(v, Situation::from_code, Situation::ALL.iter().map(|x| x.code()), &mut warn)
            }
            "disponible_emploi" => {
                self.disponible_emploi =
                    one(v, Disponibilite::from_code, Disponibilite::ALL.iter().map(|x| x.code()), &mut warn)
            }
            "diplome" => self.diplome = one(v, Diplome::from_code, Diplome::ALL.iter().map(|x| x.code()), &mut warn),
            "projet" => self.projet = one(v, Projet::from_code, Projet::ALL.iter().map(|x| x.code()), &mut warn),
            _ => {} // unknown fields are ignored, as the schema says
        }
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
    let mut out: String = s.chars().take(12).collect();
    if s.chars().count() > 12 {
        out.push('…');
    }
    out
}

fn boolean(v: &Saisie, warn: &mut impl FnMut(String)) -> Option<bool> {
    match v {
        Saisie::Booleen(b) => Some(*b),
        Saisie::Vide => None,
        Saisie::Texte(s) if s == "oui" => Some(true),
        Saisie::Texte(s) if s == "non" => Some(false),
        _ => {
            warn(format!("valeur {v} : attendu true ou false"));
            None
        }
    }
}

fn one<T>(
    v: &Saisie,
    parse: fn(&str) -> Option<T>,
    allowed: impl Iterator<Item = &'static str>,
    warn: &mut impl FnMut(String),
) -> Option<T> {
    match v {
        Saisie::Vide => None,
        Saisie::Texte(s) => parse(s).or_else(|| {
            warn(format!("valeur inconnue « {s} » (valeurs admises : {})", allowed.collect::<Vec<_>>().join(", ")));
            None
        }),
        _ => {
            warn(format!("valeur {v} : texte attendu"));
            None
        }
    }
}

fn list<T: PartialEq>(
    v: &Saisie,
    parse: fn(&str) -> Option<T>,
    allowed: impl Iterator<Item = &'static str> + Clone,
    warn: &mut impl FnMut(String),
) -> Option<Vec<T>> {
    let items: Vec<&Saisie> = match v {
        Saisie::Vide => return None,
        Saisie::Liste(items) => items.iter().collect(),
        Saisie::Texte(_) => vec![v],
        _ => {
            warn(format!("valeur {v} : liste attendue"));
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
            Some((s, None)) => warn(format!(
                "valeur inconnue « {s} » ignorée (valeurs admises : {})",
                allowed.clone().collect::<Vec<_>>().join(", ")
            )),
            None => warn(format!("valeur {item} ignorée : texte attendu")),
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
        assert!(w[0].message.contains("âge 7"));
        assert!(w.iter().any(|a| a.message.contains("« fatigue »")));
    }

    #[test]
    fn setting_one_field_keeps_the_others() {
        let (r, _) = Reponses::from_json(&json!({"age": 30, "freins": ["sante"]}));
        let (r2, w) = r.avec("code_postal", Saisie::texte("75019"));
        assert!(w.is_empty());
        assert_eq!((r2.age, r2.code_postal.as_deref()), (Some(30), Some("75019")));
        let (r3, _) = r2.avec("age", Saisie::Vide);
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
        for champ in [
            "code_postal",
            "age",
            "ressources",
            "inscrit_france_travail",
            "disponible_emploi",
            "freins",
            "situations",
            "enfant_moins_3_ans",
            "diplome",
            "projet",
        ] {
            let saisie = r.saisie(champ);
            assert_ne!(saisie, Saisie::Vide, "{champ}");
            assert_eq!(Reponses::default().avec(champ, saisie.clone()).0.saisie(champ), saisie, "{champ}");
        }
        assert_eq!(Reponses::default().saisie("age"), Saisie::Vide);
    }

    #[test]
    fn messages_quote_the_value_as_given() {
        let (_, w) = Reponses::from_json(&json!({"age": "vingt", "freins": {"a": 1}, "inscrit_france_travail": -1}));
        let messages: Vec<&str> = w.iter().map(|a| a.message.as_str()).collect();
        assert!(messages.contains(&"âge illisible : \"vingt\""), "{messages:?}");
        assert!(messages.contains(&"valeur {\"a\":1} : liste attendue"), "{messages:?}");
        assert!(messages.contains(&"valeur -1 : attendu true ou false"), "{messages:?}");
    }

    #[test]
    fn malformed_postal_codes_are_reported_and_set_aside() {
        let (r, w) = Reponses::from_json(&json!({"code_postal": "75 019x"}));
        assert_eq!(r.code_postal, None);
        assert!(w[0].message.contains("cinq chiffres"));
        let (r, w) = Reponses::from_json(&json!({"code_postal": 75019}));
        assert_eq!((r.code_postal.as_deref(), w.len()), (Some("75019"), 0));
    }

    #[test]
    fn not_an_object_is_a_clear_error() {
        assert!(Reponses::from_json_str("[1,2]").unwrap_err().contains("objet JSON"));
        assert!(Reponses::from_json_str("{").unwrap_err().contains("JSON invalide"));
    }
}
