//! The 20 arrondissements as large tiles, each with the number of results of the list it opens,
//! and on wide screens a schematic map of the same (SVG drawn from their centres: no tiles,
//! works offline). "Me localiser" lists the services with a known address near the position
//! (« Près de chez moi », real distances from imported coordinates) and links to the nearest
//! arrondissement's list.

use crate::i18n::Mots;
use crate::use_donnees;
use crate::widgets::CarteService;
use offre_insertion::orientation::RAYON_PROXIMITE_KM;
use offre_insertion::route::Route;
use offre_insertion::search::Filtres;
use yew::prelude::*;

const WIDTH: i32 = 600;
/// How many services « Près de chez moi » lists: the rest are in the arrondissement's list.
const NOMBRE_PROCHES: usize = 10;
const HEIGHT: i32 = 420;

/// Projects a centre onto the drawing, in whole units of the drawing (formatting floats would
/// weigh on the web app, and a unit is finer than the map needs).
fn projeter(lat: f64, lon: f64) -> (i32, i32) {
    let (lon0, lon1, lat0, lat1) = (2.245, 2.425, 48.818, 48.900);
    let x = (lon - lon0) / (lon1 - lon0) * f64::from(WIDTH - 60) + 30.0;
    let y = (lat1 - lat) / (lat1 - lat0) * f64::from(HEIGHT - 60) + 30.0;
    (x.round() as i32, y.round() as i32)
}

#[component]
pub fn PlanPage() -> Html {
    let donnees = use_donnees();
    let langue = crate::use_app_state().langue;
    let t = langue.textes();
    let message = use_state(|| None::<String>);
    let proches = use_state(|| None::<PresDeChezMoi>);
    let c = &donnees.catalogue;
    let filtres = |n: u8| Filtres { arrondissement: Some(n), ..Filtres::default() };
    // Each count is that of the list it opens: the catalogue's own search, in the territory in use.
    let counts: Vec<(u8, usize, i32, i32)> = c
        .arrondissements
        .iter()
        .map(|a| {
            let n = super::catalogue::chercher(&donnees, "", &filtres(a.numero)).cibles.len();
            let (x, y) = projeter(a.latitude, a.longitude);
            (a.numero, n, x, y)
        })
        .collect();
    let localiser = {
        let (donnees, message, proches) = (donnees.clone(), message.clone(), proches.clone());
        Callback::from(move |_| {
            message.set(Some(t.recherche_position.to_owned()));
            let (donnees, message, proches) = (donnees.clone(), message.clone(), proches.clone());
            geolocaliser(move |position| {
                let Some(p) = position else {
                    return message.set(Some(t.position_indisponible.to_owned()));
                };
                let c = &donnees.catalogue;
                let services = offre_insertion::geo::services_proches(c, p, RAYON_PROXIMITE_KM, NOMBRE_PROCHES)
                    .into_iter()
                    .map(|(i, d)| (c.services[i].id.clone(), i, d))
                    .collect();
                // The arrondissement's list only when the person is in (or by) Paris.
                let arrondissement = offre_insertion::geo::arrondissement_le_plus_proche(c, p).filter(|n| {
                    c.arrondissements.iter().any(|a| {
                        a.numero == *n && offre_insertion::geo::distance_km(p, (a.latitude, a.longitude)) <= 3.0
                    })
                });
                message.set(arrondissement.is_none().then(|| t.hors_paris.to_owned()));
                proches.set(Some(PresDeChezMoi { services, arrondissement }));
            });
        })
    };
    let lien = |n: u8| Route::Catalogue { q: String::new(), filtres: filtres(n) }.to_fragment();
    html! {
        <>
            <h1>{ t.plan_titre }</h1>
            <p>{ t.plan_explication }</p>
            <p class="sans-impression">
                <button type="button" class="bouton bouton--discret" onclick={localiser}>{ t.me_localiser }</button>
                { t.position_locale }
            </p>
            <p role="status">{ (*message).clone().unwrap_or_default() }</p>
            if let Some(pres) = &*proches {
                <section aria-labelledby="pres-de-chez-moi">
                    <h2 id="pres-de-chez-moi">{ t.pres_de_chez_moi }</h2>
                    if pres.services.is_empty() {
                        <p>{ t.aucune_adresse_proche }</p>
                    } else {
                        <ul class="cartes">
                            { for pres.services.iter().map(|(id, i, d)| html! { <CarteService key={id.clone()} index={*i} distance_km={Some(*d)} /> }) }
                        </ul>
                    }
                    if let Some(n) = pres.arrondissement {
                        <p><a href={lien(n)}>{ t.tous_les_services_du }{ t.arrondissement.n(n.into()) }</a></p>
                    }
                </section>
            }
            // The list is the plan on a phone: twenty large tiles. The drawing, on wide screens
            // only, repeats it for the eye (hidden from screen readers, out of the tab order).
            <h2 class="visuellement-cache">{ t.liste_arrondissements }</h2>
            <ul class="arrondissements">
                { for counts.iter().map(|(n, count, _, _)| html! {
                    <li><a href={lien(*n)}>
                        <span class="arrondissements__numero">{ t.arrondissement.n((*n).into()) }</span>
                        <span class="arrondissements__compte">{ t.nb_resultats.n(*count) }</span>
                    </a></li>
                }) }
            </ul>
            <svg class="plan" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} aria-hidden="true" focusable="false">
                <ellipse cx={(WIDTH / 2).to_string()} cy={(HEIGHT / 2).to_string()} rx={(WIDTH / 2 - 8).to_string()} ry={(HEIGHT / 2 - 8).to_string()} class="plan__paris" />
                { for counts.iter().map(|(n, count, x, y)| html! {
                    <a href={lien(*n)} tabindex="-1">
                        <circle cx={x.to_string()} cy={y.to_string()} r="22" class="plan__arr" />
                        <text x={x.to_string()} y={(y - 3).to_string()} class="plan__num">{ crate::phrases::ordinal(*n, langue) }</text>
                        <text x={x.to_string()} y={(y + 13).to_string()} class="plan__compte">{ count.to_string() }</text>
                    </a>
                }) }
            </svg>
        </>
    }
}

/// What « Me localiser » found: the nearest services with an address, and the arrondissement.
struct PresDeChezMoi {
    /// Identifier, place in the catalogue, distance in km.
    services: Vec<(String, usize, f64)>,
    arrondissement: Option<u8>,
}

/// Asks the browser for the position once; `None` if refused or unavailable.
fn geolocaliser(done: impl FnOnce(Option<(f64, f64)>) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let done = Rc::new(RefCell::new(Some(done)));
    let Ok(geo) = gloo::utils::window().navigator().geolocation() else {
        if let Some(f) = done.borrow_mut().take() {
            f(None);
        }
        return;
    };
    let ok = {
        let done = done.clone();
        Closure::once(move |p: web_sys::Position| {
            let c = p.coords();
            if let Some(f) = done.borrow_mut().take() {
                f(Some((c.latitude(), c.longitude())));
            }
        })
    };
    let err = {
        let done = done.clone();
        Closure::once(move |_: wasm_bindgen::JsValue| {
            if let Some(f) = done.borrow_mut().take() {
                f(None);
            }
        })
    };
    if geo
        .get_current_position_with_error_callback(ok.as_ref().unchecked_ref(), Some(err.as_ref().unchecked_ref()))
        .is_err()
    {
        if let Some(f) = done.borrow_mut().take() {
            f(None);
        }
    }
    ok.forget();
    err.forget();
}
