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

/// Answers are a few hundred bytes; a larger input is refused (`catalog suggest` stops
/// reading there).
pub const JSON_MAX: u64 = 1 << 20;

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
    /// Parses answers from JSON text: at most `JSON_MAX` bytes, nested at most 128 deep
    /// (serde_json's limit), each refusal said plainly.
    pub fn from_json_str(text: &str) -> Result<(Reponses, Vec<Avertissement>), String> {
        if text.len() as u64 > JSON_MAX {
            return Err(format!("réponses de plus de {} Ko, au-delà de la limite", JSON_MAX >> 10));
        }
        let value: Value = serde_json::from_str(text).map_err(|e| {
            let quoi = match e.classify() {
                serde_json::error::Category::Eof => "JSON tronqué",
                _ if e.to_string().contains("recursion limit") => "JSON trop profondément imbriqué",
                _ => "JSON invalide",
            };
            format!("{quoi} (ligne {}, colonne {})", e.line(), e.column())
        })?;
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

    /// One answer as the questionnaire takes it, typed by a person: like `avec`, and a place
    /// may also be a commune the catalogue knows (« 94 Vitry »). A place no postal code matches
    /// is refused here, where the person can correct it, rather than in the result.
    pub fn repondre(
        &self,
        catalogue: &crate::catalogue::Catalogue,
        champ: Champ,
        valeur: Saisie,
    ) -> (Reponses, Vec<Avertissement>) {
        let Saisie::Texte(texte) = &valeur else { return self.avec(champ, valeur) };
        if champ != Champ::CodePostal {
            return self.avec(champ, valeur);
        }
        match crate::geo::code_postal_saisi(catalogue, texte) {
            Ok(code) => self.avec(champ, Saisie::Texte(code)),
            Err(crate::geo::ErreurCodePostal::Inconnu) => {
                let code = lire_code_postal(texte).unwrap_or_else(|| texte.trim().to_owned());
                (self.clone(), vec![Avertissement::new(champ, Probleme::CodePostalInconnu { valeur: court(&code) })])
            }
            Err(crate::geo::ErreurCodePostal::Forme) => {
                (self.clone(), vec![Avertissement::new(champ, Probleme::CodePostalMalForme { valeur: court(texte) })])
            }
        }
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
    // the geography). A Paris arrondissement written as people write it is its postal code.
    if let Some(code) = lire_code_postal(&text) {
        Some(code)
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
        // As a person writes it: « 22 ans », « vingt-deux ».
        Saisie::Texte(s) if lire_age(s).is_some() => nombre(champ, &Saisie::Nombre(lire_age(s)?), min, max, w),
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

// Answers as people type them. A form field takes whatever is written; these read the usual
// ways of writing an age or a Paris address, and give up (`None`) rather than guess.

/// Arabic-Indic digits (٠–٩, ۰–۹) as ASCII digits: phones with an Arabic keyboard type them.
fn chiffres_latins(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6F0}'..='\u{6F9}' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
            _ => c,
        })
        .collect()
}

/// The words of a typed answer: folded (no case, no accents), digits split from the letters
/// that follow them (« 22ans » → « 22 », « ans »).
fn mots_saisis(s: &str) -> Vec<String> {
    let mut mots = Vec::new();
    for mot in crate::text::words(&crate::text::fold(&chiffres_latins(s))) {
        let fin = mot.bytes().position(|b| !b.is_ascii_digit()).unwrap_or(mot.len());
        if fin > 0 && fin < mot.len() {
            mots.push(mot[..fin].to_owned());
            mots.push(mot[fin..].to_owned());
        } else {
            mots.push(mot.to_owned());
        }
    }
    mots
}

/// Number words from 0 to 99, French (with Belgian and Swiss tens) and English.
fn valeur_du_mot(mot: &str) -> Option<u64> {
    const MOTS: [(&str, u64); 55] = [
        ("zero", 0),
        ("un", 1),
        ("une", 1),
        ("deux", 2),
        ("trois", 3),
        ("quatre", 4),
        ("cinq", 5),
        ("six", 6),
        ("sept", 7),
        ("huit", 8),
        ("neuf", 9),
        ("dix", 10),
        ("onze", 11),
        ("douze", 12),
        ("treize", 13),
        ("quatorze", 14),
        ("quinze", 15),
        ("seize", 16),
        ("vingt", 20),
        ("vingts", 20),
        ("trente", 30),
        ("quarante", 40),
        ("cinquante", 50),
        ("soixante", 60),
        ("septante", 70),
        ("huitante", 80),
        ("octante", 80),
        ("nonante", 90),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ];
    MOTS.iter().find(|(m, _)| *m == mot).map(|(_, v)| *v)
}

/// An age as people write it: « 22 », « 22 ans », « 22ans », « vingt-deux », « vingt »,
/// « soixante et onze », « quatre-vingt-dix », « twenty-two », « ٢٢ ». `None` for anything else.
pub fn lire_age(saisie: &str) -> Option<u64> {
    // Words that may follow the number, in the three languages (Arabic letters fold away).
    const UNITES: [&str; 7] = ["ans", "an", "annees", "years", "year", "yo", "old"];
    let mots: Vec<String> = mots_saisis(saisie).into_iter().filter(|m| !UNITES.contains(&m.as_str())).collect();
    match mots.as_slice() {
        [] => None,
        [nombre] if nombre.bytes().all(|b| b.is_ascii_digit()) => nombre.parse().ok(),
        _ => {
            // Each word smaller than the one before (« vingt deux », « soixante dix sept »), but
            // « quatre vingt » multiplies; « et » and « and » join.
            let mut total = 0;
            let mut precedent = u64::MAX;
            for mot in mots.iter().filter(|m| *m != "et" && *m != "and") {
                let v = valeur_du_mot(mot)?;
                if v == 20 && total == 4 && precedent == 4 {
                    total = 80;
                } else if v < precedent {
                    total += v;
                } else {
                    return None;
                }
                precedent = v;
            }
            Some(total)
        }
    }
}

/// A Roman numeral from I to XX (« XIIIe arrondissement »).
fn romain(mot: &str) -> Option<u8> {
    const ROMAINS: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
        "xviii", "xix", "xx",
    ];
    ROMAINS.iter().position(|r| *r == mot).map(|i| i as u8 + 1)
}

/// A postal code as people write their place in Paris: « 75013 », « 75 013 », « 13 », « 13e »,
/// « 13ème », « 1er », « Paris 13 », « Paris XIIIe », « 13e arrondissement », « 75019 Paris ».
/// Five digits are taken as they are; a number from 1 to 20 is a Paris arrondissement. Commune
/// names need the catalogue: see `geo::code_postal_saisi`.
pub fn lire_code_postal(saisie: &str) -> Option<String> {
    let chiffres: String = chiffres_latins(saisie).chars().filter(|c| !matches!(c, ' ' | '.' | '\u{a0}')).collect();
    if chiffres.len() == 5 && chiffres.bytes().all(|b| b.is_ascii_digit()) {
        return Some(chiffres);
    }
    // What may stand around the arrondissement's number (« e », « ème », « er » after it).
    const AUTOUR: [&str; 17] = [
        "paris",
        "arrondissement",
        "arr",
        "arrt",
        "arrdt",
        "ardt",
        "e",
        "eme",
        "ieme",
        "em",
        "me",
        "er",
        "ere",
        "th",
        "st",
        "nd",
        "rd",
    ];
    let mots = mots_saisis(saisie);
    // A bare Roman numeral only beside « Paris » or « arrondissement » (« vi » is no place).
    let contexte = mots.iter().any(|m| m == "paris" || m.starts_with("arr"));
    let mut code = None;
    for mot in mots {
        if mot.len() == 5 && mot.bytes().all(|b| b.is_ascii_digit()) {
            // « 75019 Paris »: the code is there.
            return Some(mot);
        }
        if AUTOUR.contains(&mot.as_str()) {
            continue;
        }
        let romain_suivi = |suffixe: &str| mot.strip_suffix(suffixe).and_then(romain);
        let numero = mot
            .parse::<u8>()
            .ok()
            .or_else(|| romain(&mot).filter(|_| contexte))
            .or_else(|| romain_suivi("eme"))
            .or_else(|| romain_suivi("e"));
        match numero {
            Some(n) if code.is_none() && (1..=20).contains(&n) => code = Some(format!("750{n:02}")),
            _ => return None,
        }
    }
    code
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
        let (_, w) = Reponses::from_json(&json!({"age": "vieux", "freins": {"a": 1}, "inscrit_france_travail": -1}));
        assert!(w.contains(&Avertissement::new(Champ::Age, Probleme::NombreAttendu { valeur: "\"vieux\"".into() })));
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
    fn ages_are_read_as_people_write_them() {
        for (saisie, age) in [
            ("22", 22),
            (" 22 ", 22),
            ("22 ans", 22),
            ("22ans", 22),
            ("22 Ans.", 22),
            ("vingt-deux", 22),
            ("Vingt deux ans", 22),
            ("vingt", 20),
            ("dix-sept", 17),
            ("trente et un", 31),
            ("quarante-cinq", 45),
            ("soixante-dix", 70),
            ("soixante et onze", 71),
            ("quatre-vingts", 80),
            ("quatre-vingt-dix-neuf", 99),
            ("septante-deux", 72),
            ("twenty-two", 22),
            ("45 years old", 45),
            ("٢٢", 22),
            ("۴۵", 45),
            ("34 سنة", 34),
        ] {
            assert_eq!(lire_age(saisie), Some(age), "« {saisie} »");
        }
        for illisible in ["", "vin", "vieux", "deux deux", "vingt vingt", "22 23", "ans", "douze-vingt", "13e"] {
            assert_eq!(lire_age(illisible), None, "« {illisible} »");
        }
        let (r, w) = Reponses::default().avec(Champ::Age, Saisie::texte("vingt-deux ans"));
        assert_eq!((r.age, w.len()), (Some(22), 0));
        let (r, w) = Reponses::default().avec(Champ::Age, Saisie::texte("cent"));
        assert_eq!(r.age, None);
        assert!(matches!(w[0].probleme, Probleme::NombreAttendu { .. }), "{w:?}");
        let (_, w) = Reponses::default().avec(Champ::Age, Saisie::texte("dix"));
        assert_eq!(
            w,
            [Avertissement::new(Champ::Age, Probleme::HorsLimites { valeur: 10, min: AGE_MIN, max: AGE_MAX })]
        );
    }

    #[test]
    fn paris_places_are_read_as_people_write_them() {
        for (saisie, code) in [
            ("75013", "75013"),
            ("75 013", "75013"),
            ("13", "75013"),
            ("13e", "75013"),
            ("13E", "75013"),
            ("13ème", "75013"),
            ("13eme", "75013"),
            ("13 ème", "75013"),
            ("13ieme", "75013"),
            ("13e arrondissement", "75013"),
            ("Paris 13", "75013"),
            ("paris 13e", "75013"),
            ("Paris XIIIe", "75013"),
            ("xiiie", "75013"),
            ("arrondissement XIII", "75013"),
            ("1er", "75001"),
            ("1ère", "75001"),
            ("Paris 1er arrondissement", "75001"),
            ("75019 Paris", "75019"),
            ("19th", "75019"),
            ("٧٥٠١٩", "75019"),
            ("94400", "94400"),
        ] {
            assert_eq!(lire_code_postal(saisie).as_deref(), Some(code), "« {saisie} »");
        }
        for illisible in
            ["", "Paris", "21", "0", "13 14", "7501", "Vitry", "94 Vitry", "13 rue de la Paix", "vi", "xiii"]
        {
            assert_eq!(lire_code_postal(illisible), None, "« {illisible} »");
        }
        let (r, w) = Reponses::default().avec(Champ::CodePostal, Saisie::texte("13e"));
        assert_eq!((r.code_postal.as_deref(), w.len()), (Some("75013"), 0));
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
        assert_eq!(Reponses::from_json_str("{").unwrap_err(), "JSON tronqué (ligne 1, colonne 1)");
        assert_eq!(Reponses::from_json_str("{\"age\" 3}").unwrap_err(), "JSON invalide (ligne 1, colonne 8)");
    }
}
