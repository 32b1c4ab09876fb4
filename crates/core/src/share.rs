//! The share link: answers carried in the URL fragment, with short human-readable keys
//! (`#/resultats?cp=75019&age=22&res=rsa&fr=sante.logement`). Nothing goes to a server.
//! Decoding never fails: a malformed link yields its valid part and notices.

use crate::catalogue::regles::FormeQuestion;
use crate::orientation::answers::{Avertissement, Probleme, Reponses, Saisie};
use crate::orientation::champ::Champ;
use crate::route::{percent_decode, percent_encode};

/// Written for a list answered "none of these".
const NONE: &str = "-";
/// Longest query the decoder reads; longer input is cut (a link is never that long).
pub const MAX_LEN: usize = 2048;

/// Encodes answers as a query string (without `?`), in the order of `Champ::ALL`, with each
/// field's short key (`Champ::cle`).
pub fn encode(r: &Reponses) -> String {
    let mut parts: Vec<String> = Vec::new();
    for &champ in Champ::ALL {
        let value = match r.saisie(champ) {
            Saisie::Vide => continue,
            Saisie::Booleen(b) => if b { "1" } else { "0" }.to_owned(),
            Saisie::Nombre(n) => n.to_string(),
            Saisie::Liste(items) if items.is_empty() => NONE.to_owned(),
            Saisie::Liste(items) => items.iter().filter_map(Saisie::as_str).collect::<Vec<_>>().join("."),
            Saisie::Texte(s) | Saisie::Autre(s) => s,
        };
        parts.push(format!("{}={}", champ.cle(), percent_encode(&value)));
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
        notices.push(Avertissement::general(Probleme::LienTropLong));
    }
    let mut saisies: Vec<(&str, Saisie)> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let Some((key, raw)) = pair.split_once('=') else {
            notices.push(Avertissement::general(Probleme::MorceauIllisible { morceau: shorten(pair) }));
            continue;
        };
        // Other parameters of the route (e.g. `q` for a search) are not answers.
        let Some(champ) = Champ::from_cle(key) else { continue };
        let value = percent_decode(raw);
        // Values are quoted as JSON would write them, like the answers read from a file.
        let quoted = || Saisie::Texte(shorten(&value)).to_string();
        let saisie = match champ.forme() {
            FormeQuestion::Nombre => match value.parse::<u64>() {
                Ok(n) => Saisie::Nombre(n),
                Err(_) => {
                    notices.push(Avertissement::new(champ, Probleme::NombreAttendu { valeur: quoted() }));
                    continue;
                }
            },
            FormeQuestion::OuiNon => match value.as_str() {
                "1" => Saisie::Booleen(true),
                "0" => Saisie::Booleen(false),
                _ => {
                    notices.push(Avertissement::new(champ, Probleme::OuiNonAttendu { valeur: quoted() }));
                    continue;
                }
            },
            FormeQuestion::ChoixMultiple if value == NONE => Saisie::Liste(Vec::new()),
            FormeQuestion::ChoixMultiple => Saisie::liste(value.split('.').filter(|s| !s.is_empty())),
            FormeQuestion::CodePostal | FormeQuestion::ChoixUnique => Saisie::Texte(value),
        };
        saisies.push((champ.nom(), saisie));
    }
    let (reponses, mut more) = Reponses::from_saisies(saisies);
    notices.append(&mut more);
    (reponses, notices)
}

fn shorten(s: &str) -> String {
    crate::text::abrege(s, 40)
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
        assert_eq!(
            notices,
            [
                Avertissement::new(Champ::Age, Probleme::NombreAttendu { valeur: "\"abc\"".into() }),
                Avertissement::general(Probleme::MorceauIllisible { morceau: "oops".into() }),
                Avertissement::new(Champ::InscritFranceTravail, Probleme::OuiNonAttendu { valeur: "\"2\"".into() }),
                Avertissement::new(
                    Champ::Freins,
                    Probleme::ValeurInconnue { valeur: "volcan".into(), admises: Champ::Freins.valeurs() }
                ),
            ]
        );
    }

    #[test]
    fn other_route_parameters_are_not_answers() {
        let (r, notices) = decode("q=creche&cp=75001");
        assert!(notices.is_empty());
        assert_eq!(r.code_postal.as_deref(), Some("75001"));
    }

    #[test]
    fn too_long_links_are_cut_and_said_so() {
        let (r, notices) = decode(&format!("cp=75019&q={}", "x".repeat(MAX_LEN)));
        assert_eq!(r.code_postal.as_deref(), Some("75019"));
        assert_eq!(notices, [Avertissement::general(Probleme::LienTropLong)]);
    }
}
