//! The referent's kit: what the feuille de route says of each service beyond its name (the next
//! step, what to check or bring), and the exports of a selection (CSV, an e-mail prepared with
//! `mailto:`). Data only: the interface writes the words in the sheet's language.

use crate::catalogue::{Catalogue, Contact, Lieu, Service, Structure};
use crate::route::Route;

/// An entry of a sheet: a service, or a structure (an entry point).
#[derive(Clone, Copy, Debug)]
pub enum Entree<'a> {
    Service(&'a Service),
    Structure(&'a Structure),
}

impl<'a> Entree<'a> {
    pub fn id(&self) -> &'a str {
        match self {
            Entree::Service(s) => &s.id,
            Entree::Structure(s) => &s.id,
        }
    }

    pub fn nom(&self) -> &'a str {
        match self {
            Entree::Service(s) => &s.nom,
            Entree::Structure(s) => &s.nom,
        }
    }

    /// The fiche's route.
    pub fn route(&self) -> Route {
        match self {
            Entree::Service(s) => Route::Service { id: s.id.clone() },
            Entree::Structure(s) => Route::Structure { id: s.id.clone() },
        }
    }

    /// The structure that runs a service (the entry itself for a structure).
    pub fn structure(&self, c: &'a Catalogue) -> Option<&'a Structure> {
        match self {
            Entree::Service(s) => c.structure(&s.structure_id),
            Entree::Structure(s) => Some(s),
        }
    }

    /// Where and when: the entry's own details, or else its structure's (a service often has
    /// none of its own), with the place they belong to; `None` when no source gives any.
    pub fn contact(&self, c: &'a Catalogue) -> Option<(&'a Contact, &'a Lieu)> {
        let utile = |x: &(&Contact, &Lieu)| x.0.sourced_fields().next().is_some();
        let propre = match self {
            Entree::Service(s) => (&s.contact, &s.lieu),
            Entree::Structure(s) => (&s.contact, &s.lieu),
        };
        Some(propre).filter(utile).or_else(|| self.structure(c).map(|s| (&s.contact, &s.lieu)).filter(utile))
    }
}

/// The entries the catalogue knows among `ids`, in their order.
pub fn entrees<'a>(c: &'a Catalogue, ids: &[String]) -> Vec<Entree<'a>> {
    ids.iter()
        .filter_map(|id| c.service(id).map(Entree::Service).or_else(|| c.structure(id).map(Entree::Structure)))
        .collect()
}

/// The address on one line: street, complement, postal code and commune.
pub fn adresse(contact: &Contact, lieu: &Lieu) -> Option<String> {
    let rue = contact.adresse.as_deref()?;
    let ville = [lieu.code_postal.as_deref(), lieu.commune.as_deref()].into_iter().flatten().collect::<Vec<_>>();
    let parties = [Some(rue), contact.complement_adresse.as_deref()]
        .into_iter()
        .flatten()
        .map(str::to_owned)
        .chain(Some(ville.join(" ")).filter(|v| !v.is_empty()));
    Some(parties.collect::<Vec<_>>().join(", "))
}

/// What the person does next, in one sentence the interface writes.
#[derive(Clone, Debug, PartialEq)]
pub enum ProchainPas {
    /// Only a professional can make the request: the referent does it with the person.
    ParLeReferent,
    /// How to go about it, as the catalogue says (French).
    Precisions(String),
    Telephoner(String),
    SePresenter,
    EnLigne(String),
    Courriel(String),
    /// Nothing tells how: ask the structure, or the referent.
    SeRenseigner,
}

/// The next step for an entry: who makes the request, then the catalogue's own words, then the
/// way its data·inclusion modes and details allow, in that order.
pub fn prochain_pas(e: Entree, contact: Option<&Contact>) -> ProchainPas {
    let tel = contact.and_then(|c| c.telephone.clone());
    let a_une_adresse = contact.is_some_and(|c| c.adresse.is_some());
    let Entree::Service(s) = e else {
        return match (tel, a_une_adresse) {
            (Some(t), _) => ProchainPas::Telephoner(t),
            (None, true) => ProchainPas::SePresenter,
            (None, false) => ProchainPas::SeRenseigner,
        };
    };
    let par = |qui: &str| s.mobilisable_par.iter().any(|m| m == qui);
    if par("professionnels") && !par("usagers") {
        return ProchainPas::ParLeReferent;
    }
    if let Some(p) = &s.mobilisation_precisions {
        return ProchainPas::Precisions(p.clone());
    }
    let mode = |m: &str| s.modes_mobilisation.iter().any(|x| x == m);
    let courriel = contact.and_then(|c| c.courriel.clone());
    match () {
        _ if mode("se-presenter") && a_une_adresse => ProchainPas::SePresenter,
        _ if mode("telephoner") && tel.is_some() => ProchainPas::Telephoner(tel.unwrap_or_default()),
        _ if mode("utiliser-lien-mobilisation") && s.lien_mobilisation.is_some() => {
            ProchainPas::EnLigne(s.lien_mobilisation.clone().unwrap_or_default())
        }
        _ if mode("envoyer-un-courriel") && courriel.is_some() => ProchainPas::Courriel(courriel.unwrap_or_default()),
        _ if tel.is_some() => ProchainPas::Telephoner(tel.unwrap_or_default()),
        _ if a_une_adresse => ProchainPas::SePresenter,
        _ => ProchainPas::SeRenseigner,
    }
}

/// A service's access conditions (French, as the catalogue writes them) cut into the items of a
/// checklist: one per sentence or per `;`.
pub fn a_verifier(conditions: &str) -> Vec<String> {
    conditions
        .split(['\n', ';'])
        .flat_map(|morceau| morceau.split(". "))
        .map(|item| item.trim().trim_end_matches('.').trim())
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The CSV of a selection for the referent's spreadsheet: UTF-8 with a byte-order mark (without
/// it, spreadsheet software reads « Ã© » for « é »), `;` between fields as French spreadsheets
/// expect, one row per entry. `lien` gives each entry's address in the app.
pub fn csv(c: &Catalogue, entrees: &[Entree], lien: impl Fn(&Route) -> String) -> String {
    let mut out = String::from("\u{FEFF}nom;structure;adresse;téléphone;horaires;lien\r\n");
    for e in entrees {
        let contact = e.contact(c);
        let structure = e.structure(c).map(|s| s.nom.as_str()).filter(|n| *n != e.nom());
        let champs = [
            Some(e.nom().to_owned()),
            structure.map(str::to_owned),
            contact.and_then(|(x, lieu)| adresse(x, lieu)),
            contact.and_then(|(x, _)| x.telephone.clone()),
            contact.and_then(|(x, _)| x.horaires_accueil.clone()),
            Some(lien(&e.route())),
        ];
        let ligne: Vec<String> = champs.iter().map(|v| cellule(v.as_deref().unwrap_or(""))).collect();
        out.push_str(&ligne.join(";"));
        out.push_str("\r\n");
    }
    out
}

/// A CSV cell: quoted when it holds a separator, a quote or a line break; an imported text that
/// a spreadsheet would run as a formula (`=`, `@`, `+` or `-` not before a digit) is kept as text.
fn cellule(v: &str) -> String {
    let mut car = v.chars();
    let formule = match car.next() {
        Some('=' | '@') => true,
        Some('+' | '-') => !car.next().is_some_and(|x| x.is_ascii_digit() || x == ' '),
        _ => false,
    };
    let v = if formule { format!("'{v}") } else { v.to_owned() };
    if v.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// Longest `mailto:` link prepared: mail clients and browsers refuse or cut longer ones.
pub const COURRIEL_MAX: usize = 1800;

/// A `mailto:` link with no recipient (the referent types the person's address) that prepares
/// the e-mail: `sujet`, then as many of `lignes` as fit in `COURRIEL_MAX`, then `fin` (the
/// share link), always. Lines left out are replaced by « … ».
pub fn courriel(sujet: &str, lignes: &[String], fin: &str) -> String {
    let debut = format!("mailto:?subject={}&body=", encoder(sujet));
    let fin = encoder(&format!("\n\n{fin}"));
    let mut corps = String::new();
    for (i, l) in lignes.iter().enumerate() {
        let l = encoder(&format!("{}{l}", if i == 0 { "" } else { "\n" }));
        let reste = if i + 1 < lignes.len() { encoder("\n…").len() } else { 0 };
        if debut.len() + corps.len() + l.len() + reste + fin.len() > COURRIEL_MAX {
            corps.push_str(&encoder(if i == 0 { "…" } else { "\n…" }));
            break;
        }
        corps.push_str(&l);
    }
    format!("{debut}{corps}{fin}")
}

/// Percent-encoding for `mailto:` (RFC 6068): spaces as `%20`, line breaks as `%0D%0A`.
fn encoder(texte: &str) -> String {
    encoder_uri(&texte.replace('\n', "\r\n"))
}

/// The CSV as a `data:` address to download: built in the page, nothing is sent.
pub fn lien_csv(csv: &str) -> String {
    format!("data:text/csv;charset=utf-8,{}", encoder_uri(csv))
}

/// Percent-encodes all but unreserved characters (a space is `%20`, never `+`).
fn encoder_uri(texte: &str) -> String {
    let mut out = String::with_capacity(texte.len());
    for b in texte.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_become_checklist_items() {
        assert_eq!(
            a_verifier("Avoir moins de 26 ans ; être inscrit. Habiter Paris.\nApporter une pièce d'identité"),
            ["Avoir moins de 26 ans", "être inscrit", "Habiter Paris", "Apporter une pièce d'identité"]
        );
        assert!(a_verifier(" . ; ").is_empty());
    }

    #[test]
    fn cells_are_quoted_and_formulas_kept_as_text() {
        assert_eq!(cellule("Café; thé"), "\"Café; thé\"");
        assert_eq!(cellule("dit \"oui\""), "\"dit \"\"oui\"\"\"");
        assert_eq!(cellule("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cellule("+33 1 00 00 00 00"), "+33 1 00 00 00 00");
        assert_eq!(cellule("-cmd"), "'-cmd");
    }

    #[test]
    fn the_email_keeps_its_link_and_its_length() {
        let lien = "https://exemple.paris.fr/#/resultats?cp=75019&fr=garde_enfants";
        let court = courriel("Votre feuille de route", &["Halte-garderie : 2 quai de l'Exemple".into()], lien);
        assert!(court.starts_with("mailto:?subject=Votre%20feuille%20de%20route&body=Halte-garderie%20%3A%202%20quai"));
        assert!(court.ends_with(
            "%0D%0A%0D%0Ahttps%3A%2F%2Fexemple.paris.fr%2F%23%2Fresultats%3Fcp%3D75019%26fr%3Dgarde_enfants"
        ));
        let lignes: Vec<String> =
            (0..80).map(|i| format!("Service n° {i} : une adresse assez longue, 75019 Paris")).collect();
        let long = courriel("Votre feuille de route", &lignes, lien);
        assert!(long.len() <= COURRIEL_MAX, "{}", long.len());
        assert!(long.contains("%E2%80%A6"), "the cut is said");
        assert!(long.ends_with("fr%3Dgarde_enfants"), "the link is always there");
        assert!(long.contains("n%C2%B0%200%20"));
    }

    #[test]
    fn the_csv_link_keeps_the_byte_order_mark_and_line_ends() {
        assert_eq!(lien_csv("\u{FEFF}nom;é\r\n"), "data:text/csv;charset=utf-8,%EF%BB%BFnom%3B%C3%A9%0D%0A");
    }
}
