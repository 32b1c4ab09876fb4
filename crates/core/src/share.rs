//! The share link: answers carried in the URL fragment, with short human-readable keys
//! (`#/resultats?cp=75019&age=22&res=rsa&fr=sante.logement`). Nothing goes to a server.
//! Decoding never fails: a malformed link yields its valid part and notices.

use crate::orientation::answers::{Avertissement, Reponses, Saisie};
use crate::route::{percent_decode, percent_encode};

/// Short key ↔ answer field.
const KEYS: [(&str, &str); 10] = [
    ("cp", "code_postal"),
    ("age", "age"),
    ("res", "ressources"),
    ("ft", "inscrit_france_travail"),
    ("dispo", "disponible_emploi"),
    ("fr", "freins"),
    ("sit", "situations"),
    ("e3", "enfant_moins_3_ans"),
    ("dip", "diplome"),
    ("proj", "projet"),
];

/// Written for a list answered "none of these".
const NONE: &str = "-";
/// Longest query the decoder reads; longer input is cut (a link is never that long).
pub const MAX_LEN: usize = 2048;

/// Encodes answers as a query string (without `?`), in the order of `KEYS`.
pub fn encode(r: &Reponses) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (key, field) in KEYS {
        let value = match r.saisie(field) {
            Saisie::Vide => continue,
            Saisie::Booleen(b) => if b { "1" } else { "0" }.to_owned(),
            Saisie::Nombre(n) => n.to_string(),
            Saisie::Liste(items) if items.is_empty() => NONE.to_owned(),
            Saisie::Liste(items) => items.iter().filter_map(Saisie::as_str).collect::<Vec<_>>().join("."),
            Saisie::Texte(s) | Saisie::Autre(s) => s,
        };
        parts.push(format!("{key}={}", percent_encode(&value)));
    }
    parts.join("&")
}

/// Decodes a query string (with or without `?`), keeping what is valid.
pub fn decode(query: &str) -> (Reponses, Vec<Avertissement>) {
    let mut notices = Vec::new();
    let mut query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_LEN {
        let mut cut = MAX_LEN;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        query = &query[..cut];
        notices.push(Avertissement::new("", "lien trop long : seule sa première partie a été lue"));
    }
    let mut saisies: Vec<(&str, Saisie)> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let Some((key, raw)) = pair.split_once('=') else {
            notices.push(Avertissement::new("", format!("morceau de lien illisible « {} » ignoré", shorten(pair))));
            continue;
        };
        let Some((_, field)) = KEYS.iter().find(|(k, _)| *k == key) else {
            // Other parameters of the route (e.g. `q` for a search) are not answers.
            continue;
        };
        let value = percent_decode(raw);
        let saisie = match *field {
            "age" => match value.parse::<u64>() {
                Ok(n) => Saisie::Nombre(n),
                Err(_) => {
                    notices.push(Avertissement::new(field, format!("âge illisible « {} » ignoré", shorten(&value))));
                    continue;
                }
            },
            "inscrit_france_travail" | "enfant_moins_3_ans" => match value.as_str() {
                "1" => Saisie::Booleen(true),
                "0" => Saisie::Booleen(false),
                other => {
                    notices.push(Avertissement::new(
                        field,
                        format!("valeur « {} » ignorée : 1 ou 0 attendu", shorten(other)),
                    ));
                    continue;
                }
            },
            "ressources" | "freins" | "situations" if value == NONE => Saisie::Liste(Vec::new()),
            "ressources" | "freins" | "situations" => Saisie::liste(value.split('.').filter(|s| !s.is_empty())),
            _ => Saisie::Texte(value),
        };
        saisies.push((field, saisie));
    }
    let (reponses, mut more) = Reponses::from_saisies(saisies);
    notices.append(&mut more);
    (reponses, notices)
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::vocab::*;

    #[test]
    fn encodes_compactly_and_readably() {
        let r = Reponses {
            code_postal: Some("75019".into()),
            age: Some(22),
            ressources: Some(vec![Ressource::Rsa]),
            freins: Some(vec![Frein::Sante, Frein::Logement]),
            situations: Some(vec![]),
            inscrit_france_travail: Some(true),
            ..Reponses::default()
        };
        assert_eq!(encode(&r), "cp=75019&age=22&res=rsa&ft=1&fr=sante.logement&sit=-");
        assert_eq!(decode(&encode(&r)), (r, vec![]));
    }

    #[test]
    fn malformed_links_keep_their_valid_part() {
        let (r, notices) = decode("?cp=75011&age=abc&fr=sante.volcan&oops&ft=2&proj=emploi");
        assert_eq!(r.code_postal.as_deref(), Some("75011"));
        assert_eq!(r.freins, Some(vec![Frein::Sante]));
        assert_eq!(r.projet, Some(Projet::Emploi));
        assert_eq!(r.age, None);
        assert_eq!(notices.len(), 4, "{notices:?}");
    }

    #[test]
    fn other_route_parameters_are_not_answers() {
        let (r, notices) = decode("q=creche&cp=75001");
        assert!(notices.is_empty());
        assert_eq!(r.code_postal.as_deref(), Some("75001"));
    }
}
