//! The engine's results in words: reasons, next steps, places, dates, ordinals and citations,
//! in the reader's language. The core returns kinds and parameters; this is the one place that
//! turns them into sentences. Catalogue content (names, conditions, document titles) stays in
//! French, isolated with `lang="fr"` when the page is in another language.

use crate::i18n::{Langue, Mots};
use offre_insertion::catalogue::citation::Citation;
use offre_insertion::catalogue::date::Date;
use offre_insertion::catalogue::vocab::Statut;
use offre_insertion::catalogue::Catalogue;
use offre_insertion::geo::Localisation;
use offre_insertion::orientation::{Etape, Motif, Raison};
use offre_insertion::text::minuscule_initiale;
use yew::prelude::*;

/// French catalogue content inside a sentence: isolated, and marked French, outside French pages.
pub fn contenu_fr(texte: &str, langue: Langue) -> Html {
    if langue == Langue::Fr {
        html! { { texte.to_owned() } }
    } else {
        html! { <bdi lang="fr" dir="ltr">{ texte.to_owned() }</bdi> }
    }
}

/// "1er", "1st", "1"; "19e", "19th", "19" (Arabic sentences say « الدائرة 19 »).
pub fn ordinal(n: u8, langue: Langue) -> String {
    match langue {
        Langue::Fr if n == 1 => "1er".to_owned(),
        Langue::Fr => format!("{n}e"),
        Langue::En => {
            let suffixe = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffixe}")
        }
        Langue::Ar => n.to_string(),
    }
}

/// "19e arrondissement", "19th arrondissement", "الدائرة 19".
pub fn arrondissement(n: u8, langue: Langue) -> String {
    langue.textes().arrondissement.n(n.into())
}

/// Where the person was placed, in words.
pub fn lieu(l: &Localisation, langue: Langue) -> String {
    if let Some(n) = l.arrondissement {
        return arrondissement(n, langue);
    }
    if let Some(nom) = &l.nom_commune {
        return nom.clone();
    }
    // « le Rhône (69) »: the name from INSEE's list, the code people know.
    match (&l.nom_departement, langue) {
        (Some(d), Langue::Fr) => format!("{} ({})", d.avec_article, l.departement),
        (Some(d), _) => format!("{} ({})", d.nom, l.departement),
        (None, _) => langue.textes().departement_code.avec(&[("d", &l.departement)]),
    }
}

/// The place and, for a commune, its département: « Lyon, dans le Rhône », « Saint-Denis, à La
/// Réunion » (never « département 69 »).
pub fn lieu_et_departement(l: &Localisation, langue: Langue) -> String {
    let (Some(nom), Some(d)) = (&l.nom_commune, &l.nom_departement) else { return lieu(l, langue) };
    match (langue, d.avec_article == d.nom) {
        (Langue::Fr, true) => format!("{nom}, à {}", d.nom),
        (Langue::Fr, false) => format!("{nom}, dans {}", d.avec_article),
        (Langue::En, _) => format!("{nom}, {}", d.nom),
        (Langue::Ar, _) => format!("{nom}، {}", d.nom),
    }
}

/// "22 novembre 2026", "22 November 2026", "22 نوفمبر 2026".
pub fn date(d: &Date, langue: Langue) -> String {
    let t = langue.textes();
    let mois = t.mois[usize::from(d.mois.clamp(1, 12) - 1)];
    t.date.n_avec(d.jour.into(), &[("m", mois), ("a", &d.annee.to_string())])
}

/// A date written `AAAA-MM-JJ` in words, or as written if it is not a date.
pub fn date_iso(iso: &str, langue: Langue) -> String {
    Date::parse(iso).map_or_else(|| iso.to_owned(), |d| date(&d, langue))
}

/// "Plan parisien…, lignes 457 à 466": the document's title stays French.
pub fn citation(c: &Citation, langue: Langue) -> Html {
    let titre = contenu_fr(c.document.titre, langue);
    let t = langue.textes();
    let (debut, fin) = (c.debut.to_string(), c.fin.to_string());
    let lignes = if c.debut == c.fin { t.ligne } else { t.lignes }.avec(&[("d", &debut), ("f", &fin)]);
    html! { <>{ titre }{ lignes }</> }
}

/// A vocabulary label inside a sentence (lower-case initial where the language has cases).
fn dans_la_phrase(label: &str, langue: Langue) -> String {
    match langue {
        Langue::Fr | Langue::En => minuscule_initiale(label),
        Langue::Ar => label.to_owned(),
    }
}

/// Labels joined as a list: "santé, logement".
fn liste<T: Copy>(valeurs: &[T], label: impl Fn(T) -> &'static str, langue: Langue) -> String {
    valeurs.iter().map(|v| dans_la_phrase(label(*v), langue)).collect::<Vec<_>>().join(langue.textes().virgule)
}

/// A rule's text in the reader's language, its placeholders filled.
fn texte_de_regle(c: &Catalogue, id: &str, lieu_: Option<&Localisation>, age: Option<u8>, langue: Langue) -> String {
    let Some(regle) = c.regles.iter().find(|r| r.id == id) else { return String::new() };
    let arr = lieu_.and_then(|l| l.arrondissement).map(|n| ordinal(n, langue)).unwrap_or_default();
    let lieu_ = lieu_.map(|l| lieu(l, langue)).unwrap_or_default();
    let age = age.map(|a| langue.textes().age_regle.avec(&[("a", &a.to_string())])).unwrap_or_default();
    regle.raison_dans(langue).replace("{arrondissement}", &arr).replace("{lieu}", &lieu_).replace("{age}", &age)
}

/// A reason, as a sentence (with French catalogue content isolated).
pub fn raison(r: &Raison, c: &Catalogue, langue: Langue) -> Html {
    let t = langue.textes();
    let texte = match &r.motif {
        Motif::Regle { regle, lieu, age } => texte_de_regle(c, regle, lieu.as_ref(), *age, langue),
        Motif::FreinsLeves { freins } => t.raison_freins.avec(&[("l", &liste(freins, |f| f.libelle(langue), langue))]),
        Motif::Projet { projet } => t.raison_projet.avec(&[("l", &dans_la_phrase(projet.libelle(langue), langue))]),
        Motif::Situations { situations } => {
            t.raison_situations.avec(&[("l", &liste(situations, |s| s.libelle(langue), langue))])
        }
        Motif::Ressources { ressources } => {
            let codes: Vec<String> = ressources.iter().map(|x| x.code().to_ascii_uppercase()).collect();
            t.raison_ressources.avec(&[("l", &codes.join(t.ou_bien))])
        }
        Motif::Age { age, min, max } => tranche_d_age(*age, *min, *max, langue),
        Motif::Parcours { parcours } => {
            t.raison_parcours.avec(&[("l", &dans_la_phrase(parcours.libelle(langue), langue))])
        }
        Motif::AVerifier { conditions: Some(conditions), .. } => {
            return html! { <>{ t.a_verifier }{ contenu_fr(conditions.trim_end_matches('.'), langue) }{ "." }</> };
        }
        Motif::NonConfirme { statut, annee } => non_confirme(*statut, *annee, langue),
        Motif::AVerifier { conditions: None, .. } => t.a_verifier_reponses.to_owned(),
    };
    html! { { texte } }
}

/// Why an entry comes after the confirmed ones.
fn non_confirme(statut: Statut, annee: Option<u16>, langue: Langue) -> String {
    let t = langue.textes();
    match (statut, annee) {
        (Statut::Prevu, _) => t.non_confirme_prevu.to_owned(),
        (_, Some(a)) => t.non_confirme_annee.avec(&[("a", &a.to_string())]),
        (_, None) => t.non_confirme_sans_date.to_owned(),
    }
}

fn tranche_d_age(age: u8, min: Option<u8>, max: Option<u8>, langue: Langue) -> String {
    let t = langue.textes();
    let (a, b) = (min.map(|a| a.to_string()).unwrap_or_default(), max.map(|b| b.to_string()).unwrap_or_default());
    let bornes = [("a", a.as_str()), ("b", b.as_str())];
    let tranche = match (min, max) {
        (Some(_), Some(_)) => t.tranche_de_a.avec(&bornes),
        (Some(_), None) => t.tranche_a_partir.avec(&bornes),
        (None, Some(_)) => t.tranche_jusqu_a.avec(&bornes),
        (None, None) => String::new(),
    };
    t.raison_age.avec(&[("tranche", &tranche), ("age", &age.to_string())])
}

/// A next step of the feuille de route, as a sentence.
pub fn etape(e: &Etape, langue: Langue) -> Html {
    let t = langue.textes();
    match e {
        Etape::Contacter { nom, precisions, .. } => html! {
            <>
                { t.prendre_contact }{ contenu_fr(nom, langue) }{ "." }
                if let Some(p) = precisions {
                    { " " }{ contenu_fr(p, langue) }
                }
            </>
        },
        Etape::AdressesAupresDe { telephone, site_web, .. } => {
            let texte = match site_web {
                Some(site) => t.adresses_telephone_site.avec(&[("tel", telephone), ("site", site)]),
                None => t.adresses_telephone.avec(&[("tel", telephone)]),
            };
            html! { { texte } }
        }
        Etape::AdressesAupresDeLaMairie => html! { { t.adresses_mairie } },
    }
}
