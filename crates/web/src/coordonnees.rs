//! Where and when: address (with a link that opens the device's maps), phone, e-mail, website,
//! opening hours with « Ouvert maintenant », and where these facts come from. Only what a
//! source gives: a cited document line, or an import (data·inclusion, with its date).

use crate::i18n::{Langue, Mots};
use crate::phrases::date_iso;
use crate::widgets::{decimales, sources_html, Fr};
use crate::{browser, use_app_state};
use offre_insertion::catalogue::horaires::{Etat, Horaires, JoursFeries, Plage};
use offre_insertion::catalogue::validate::adresse_web;
use offre_insertion::catalogue::{Contact, Lieu, Provenance};
use offre_insertion::route::percent_encode;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub nom: AttrValue,
    pub contact: Contact,
    /// The structure's details, for a service that has none of its own.
    #[prop_or_default]
    pub repli: Option<Contact>,
    pub lieu: Lieu,
    /// data·inclusion's quality score (imported services; shown in mode professionnel).
    #[prop_or_default]
    pub score_qualite: Option<f64>,
}

#[component]
pub fn Coordonnees(props: &Props) -> Html {
    let state = use_app_state();
    let langue = state.langue;
    let t = langue.textes();
    let a_des_details = |c: &Contact| c.sourced_fields().next().is_some();
    let contact =
        Some(&props.contact).filter(|c| a_des_details(c)).or(props.repli.as_ref().filter(|c| a_des_details(c)));
    let Some(c) = contact else {
        return html! { <><dt>{ t.contact }</dt><dd>{ t.contact_inconnu }</dd></> };
    };
    html! {
        <>
            if c.adresse.is_some() {
                <dt>{ langue.textes().adresse }</dt>
                <dd>{ adresse(&props.nom, c, &props.lieu, langue) }</dd>
            }
            if c.telephone.is_some() || c.courriel.is_some() || c.site_web.is_some() {
                <dt>{ t.contact }</dt>
                <dd>
                    <ul class="contact">
                        if let Some(tel) = &c.telephone {
                            <li><a href={format!("tel:{}", tel.chars().filter(|x| x.is_ascii_digit() || *x == '+').collect::<String>())}>{ tel.clone() }</a></li>
                        }
                        if let Some(m) = &c.courriel { <li><a href={format!("mailto:{m}")}>{ m.clone() }</a></li> }
                        if let Some(w) = &c.site_web {
                            // Only http(s) addresses become links (import and `check` refuse the others).
                            if adresse_web(w) {
                                <li><a href={w.clone()} rel="noopener noreferrer">{ w.clone() }</a></li>
                            } else {
                                <li>{ w.clone() }</li>
                            }
                        }
                    </ul>
                </dd>
            }
            if c.horaires_accueil.is_some() {
                <dt>{ langue.textes().horaires }</dt>
                <dd><HorairesAccueil horaires={c.horaires.clone()} brut={c.horaires_accueil.clone().unwrap_or_default()} /></dd>
            }
            <dt>{ langue.textes().source_coordonnees }</dt>
            <dd>
                if let Some(p) = &c.provenance { { provenance(p, langue) } }
                { sources_html(&c.contact_source, langue) }
                if state.mode_pro {
                    if let Some(score) = props.score_qualite {
                        <p class="discret">{ score_html(score, langue) }</p>
                    }
                }
            </dd>
        </>
    }
}

fn adresse(nom: &str, c: &Contact, lieu: &Lieu, langue: Langue) -> Html {
    let ville = [lieu.code_postal.clone(), lieu.commune.clone()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    let ligne = [c.adresse.clone(), c.complement_adresse.clone(), Some(ville).filter(|v| !v.is_empty())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    // `geo:` opens the phone's maps app; OpenStreetMap works everywhere else. No map is
    // embedded: nothing is fetched from a third party unless the person follows the link.
    let (geo, osm) = match lieu.latitude.zip(lieu.longitude) {
        Some((lat, lon)) => {
            let (lat, lon) = (decimales(lat, 6, '.'), decimales(lon, 6, '.'));
            (
                Some(format!("geo:{lat},{lon}?q={lat},{lon}({})", percent_encode(nom))),
                format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=18/{lat}/{lon}"),
            )
        }
        None => (None, format!("https://www.openstreetmap.org/search?query={}", percent_encode(&ligne))),
    };
    html! {
        <>
            <Fr tag="p">{ ligne }</Fr>
            <p class="sans-impression">
                if let Some(g) = geo {
                    <a href={g}>{ langue.textes().ouvrir_carte }</a>{ " · " }
                }
                <a href={osm} rel="noopener noreferrer">{ langue.textes().voir_osm }</a>
            </p>
        </>
    }
}

fn provenance(p: &Provenance, langue: Langue) -> Html {
    let maj = date_iso(&p.date_maj, langue);
    let importe = date_iso(&p.importe_le, langue);
    let texte = langue.textes().provenance.avec(&[("maj", &maj), ("s", &p.source), ("importe", &importe)]);
    html! {
        <p class="discret">
            { texte }
            if let Some(lien) = p.lien_source.as_ref().filter(|l| adresse_web(l)) {
                { " " }<a href={lien.clone()} rel="noopener noreferrer">{ langue.textes().fiche_d_origine }</a>
            }
        </p>
    }
}

fn score_html(score: f64, langue: Langue) -> String {
    let s = decimales(score, 2, '.');
    // The French decimal comma.
    let s = if langue == Langue::Fr { s.replace('.', ",") } else { s };
    langue.textes().score_qualite.avec(&[("s", &s)])
}

pub(crate) fn jour(n: u8, langue: Langue) -> &'static str {
    langue.textes().jours[usize::from(n % 7)]
}

/// « 9 h », « 12 h 30 » in French; « 9:00 », « 12:30 » otherwise.
pub fn heure(minutes: u16, langue: Langue) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (langue, m) {
        (Langue::Fr, 0) => format!("{h} h"),
        (Langue::Fr, _) => format!("{h} h {m:02}"),
        _ => format!("{h}:{m:02}"),
    }
}

pub(crate) fn plages(p: &[Plage], langue: Langue) -> String {
    if p.is_empty() {
        return langue.textes().ferme_minuscule.to_owned();
    }
    p.iter().map(|x| format!("{} – {}", heure(x.debut, langue), heure(x.fin, langue))).collect::<Vec<_>>().join(", ")
}

fn etat(e: &Etat, langue: Langue) -> String {
    let t = langue.textes();
    match e {
        Etat::Ouvert { ferme_a, .. } => t.ouvert_ferme_a.avec(&[("h", &heure(*ferme_a, langue))]),
        Etat::Ferme { prochaine: Some(o), .. } => {
            let quand = match o.dans_jours {
                0 => t.aujourd_hui,
                1 => t.demain,
                _ => jour(o.jour_semaine, langue),
            };
            t.ferme_ouvre.avec(&[("quand", quand), ("h", &heure(o.a, langue))])
        }
        Etat::Ferme { prochaine: None, .. } => t.ferme.to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct HorairesProps {
    pub horaires: Option<Horaires>,
    /// The value as written (OpenStreetMap syntax), shown when it could not be read.
    pub brut: AttrValue,
}

/// The week, and whether it is open now by the device's clock (after the first paint: a page
/// rendered ahead of time has no clock).
#[component]
pub fn HorairesAccueil(props: &HorairesProps) -> Html {
    let langue = use_app_state().langue;
    let maintenant = use_state(|| None);
    {
        let maintenant = maintenant.clone();
        use_effect_with((), move |_| maintenant.set(browser::maintenant()));
    }
    let Some(h) = props.horaires.as_ref().filter(|h| h.reguliers) else {
        let avis = match props.horaires {
            None => langue.textes().horaires_illisibles,
            Some(_) => langue.textes().horaires_saisonniers,
        };
        return html! { <p>{ avis }{ " " }<code lang="zxx">{ props.brut.clone() }</code></p> };
    };
    let feries = match &h.jours_feries {
        JoursFeries::Ferme => Some(langue.textes().ferme_jours_feries.to_owned()),
        JoursFeries::Plages(p) => Some(format!("{} {}", langue.textes().jours_feries, plages(p, langue))),
        JoursFeries::NonPrecise => None,
    };
    html! {
        <>
            if let Some(m) = *maintenant {
                <p class="horaires__etat" role="status"><strong>{ etat(&h.etat(&m), langue) }</strong></p>
            }
            <table class="horaires" aria-label={langue.textes().horaires_semaine}>
                <tbody>
                    { for h.semaine.iter().enumerate().map(|(i, p)| html! {
                        <tr><th scope="row">{ jour(i as u8, langue) }</th><td>{ plages(p, langue) }</td></tr>
                    }) }
                </tbody>
            </table>
            if let Some(f) = feries { <p class="discret">{ f }</p> }
        </>
    }
}
