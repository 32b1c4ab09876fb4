//! The answers a person gives: the schema shared by the questionnaire, the share link and the
//! command line. Every field is optional; a value out of range is reported and left out.

use crate::catalogue::vocab::{Diplome, Disponibilite, Frein, Projet, Ressource, Situation};
use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Reponses {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code_postal: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u8>,
    /// `None`: not answered; `Some([])`: answered "none of these".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ressources: Option<Vec<Ressource>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inscrit_france_travail: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disponible_emploi: Option<Disponibilite>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub freins: Option<Vec<Frein>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub situations: Option<Vec<Situation>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enfant_moins_3_ans: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diplome: Option<Diplome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub projet: Option<Projet>,
}

/// Youngest and oldest ages the questionnaire accepts.
pub const AGE_MIN: u8 = 15;
pub const AGE_MAX: u8 = 99;

/// A problem in the answers, in plain French, naming the field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Avertissement {
    pub champ: String,
    pub message: String,
}

impl Avertissement {
    pub fn new(champ: &str, message: impl Into<String>) -> Self {
        Avertissement { champ: champ.to_owned(), message: message.into() }
    }
}

impl Reponses {
    /// Parses answers from JSON, keeping every valid value and reporting the others.
    /// Unknown fields are ignored.
    pub fn from_json(value: &Value) -> (Reponses, Vec<Avertissement>) {
        let mut r = Reponses::default();
        let mut warnings = Vec::new();
        let Value::Object(map) = value else {
            warnings.push(Avertissement::new("", "les réponses doivent être un objet JSON { … }"));
            return (r, warnings);
        };
        let mut warn = |champ: &str, m: String| warnings.push(Avertissement::new(champ, m));
        for (key, v) in map {
            match key.as_str() {
                "code_postal" => {
                    let text = match v {
                        Value::String(s) => Some(s.trim().to_owned()),
                        Value::Number(n) => Some(format!("{n:0>5}")),
                        _ => None,
                    };
                    match text {
                        // Only the form is checked here; whether the code exists is the engine's
                        // to say (it knows the geography).
                        Some(cp) if cp.len() == 5 && cp.bytes().all(|b| b.is_ascii_digit()) => r.code_postal = Some(cp),
                        Some(cp) => warn(key, format!("code postal « {} » : cinq chiffres attendus ; ignoré", court(&cp))),
                        None if v.is_null() => {}
                        None => warn(key, "code postal attendu sous forme de texte, par exemple \"75019\"".into()),
                    }
                }
                "age" => match v.as_u64() {
                    Some(a) if (u64::from(AGE_MIN)..=u64::from(AGE_MAX)).contains(&a) => r.age = Some(a as u8),
                    Some(a) => warn(key, format!("âge {a} hors des limites ({AGE_MIN} à {AGE_MAX} ans) : ignoré")),
                    None if v.is_null() => {}
                    None => warn(key, format!("âge illisible : {v}")),
                },
                "inscrit_france_travail" => r.inscrit_france_travail = boolean(key, v, &mut warn),
                "enfant_moins_3_ans" => r.enfant_moins_3_ans = boolean(key, v, &mut warn),
                "ressources" => r.ressources = list(key, v, Ressource::from_code, Ressource::ALL.iter().map(|x| x.code()), &mut warn),
                "freins" => r.freins = list(key, v, Frein::from_code, Frein::ALL.iter().map(|x| x.code()), &mut warn),
                "situations" => r.situations = list(key, v, Situation::from_code, Situation::ALL.iter().map(|x| x.code()), &mut warn),
                "disponible_emploi" => r.disponible_emploi = one(key, v, Disponibilite::from_code, Disponibilite::ALL.iter().map(|x| x.code()), &mut warn),
                "diplome" => r.diplome = one(key, v, Diplome::from_code, Diplome::ALL.iter().map(|x| x.code()), &mut warn),
                "projet" => r.projet = one(key, v, Projet::from_code, Projet::ALL.iter().map(|x| x.code()), &mut warn),
                _ => {} // unknown fields are ignored, as the schema says
            }
        }
        (r, warnings)
    }

    /// Parses answers from JSON text.
    pub fn from_json_str(text: &str) -> Result<(Reponses, Vec<Avertissement>), String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("JSON invalide : {e}"))?;
        if !value.is_object() {
            return Err("les réponses doivent être un objet JSON { … }".into());
        }
        Ok(Reponses::from_json(&value))
    }

    /// These answers with one field set (or cleared with `Value::Null`), validated like any input.
    pub fn avec(&self, champ: &str, valeur: Value) -> (Reponses, Vec<Avertissement>) {
        let mut map = match serde_json::to_value(self) {
            Ok(Value::Object(m)) => m,
            _ => serde_json::Map::new(),
        };
        if valeur.is_null() {
            map.remove(champ);
        } else {
            map.insert(champ.to_owned(), valeur);
        }
        Reponses::from_json(&Value::Object(map))
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

fn boolean(champ: &str, v: &Value, warn: &mut impl FnMut(&str, String)) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Null => None,
        Value::String(s) if s == "oui" => Some(true),
        Value::String(s) if s == "non" => Some(false),
        _ => {
            warn(champ, format!("valeur {v} : attendu true ou false"));
            None
        }
    }
}

fn one<T>(champ: &str, v: &Value, parse: fn(&str) -> Option<T>, allowed: impl Iterator<Item = &'static str>, warn: &mut impl FnMut(&str, String)) -> Option<T> {
    match v {
        Value::Null => None,
        Value::String(s) => parse(s).or_else(|| {
            warn(champ, format!("valeur inconnue « {s} » (valeurs admises : {})", allowed.collect::<Vec<_>>().join(", ")));
            None
        }),
        _ => {
            warn(champ, format!("valeur {v} : texte attendu"));
            None
        }
    }
}

fn list<T: PartialEq>(champ: &str, v: &Value, parse: fn(&str) -> Option<T>, allowed: impl Iterator<Item = &'static str> + Clone, warn: &mut impl FnMut(&str, String)) -> Option<Vec<T>> {
    let items: Vec<&Value> = match v {
        Value::Null => return None,
        Value::Array(items) => items.iter().collect(),
        Value::String(_) => vec![v],
        _ => {
            warn(champ, format!("valeur {v} : liste attendue"));
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
            Some((s, None)) => warn(champ, format!("valeur inconnue « {s} » ignorée (valeurs admises : {})", allowed.clone().collect::<Vec<_>>().join(", "))),
            None => warn(champ, format!("valeur {item} ignorée : texte attendu")),
        }
    }
    Some(out)
}

#[cfg(test)]
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
        let (r2, w) = r.avec("code_postal", json!("75019"));
        assert!(w.is_empty());
        assert_eq!((r2.age, r2.code_postal.as_deref()), (Some(30), Some("75019")));
        let (r3, _) = r2.avec("age", Value::Null);
        assert_eq!(r3.age, None);
        assert_eq!(r3.freins, Some(vec![Frein::Sante]));
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
