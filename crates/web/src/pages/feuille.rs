//! The feuille de route the referent prints (or saves as PDF) for the person: for each service,
//! what it is, why, where and when, what to check or bring, the next step; a QR code back to the
//! same results; in the person's language, whatever the screen's. Also the exports (CSV, e-mail)
//! and, in mode professionnel, each suggestion's conditions against the answers.
//!
//! The sheet's words are in the interface tables (`i18n.rs`): English and Arabic in their
//! language packs, fetched when the sheet is asked for in that language.

use crate::coordonnees::{jour, plages};
use crate::i18n::{Langue, Mots};
use crate::phrases::{self, contenu_fr};
use crate::{browser, use_app_state, use_donnees};
use offre_insertion::catalogue::horaires::{Horaires, JoursFeries};
use offre_insertion::catalogue::{Catalogue, Service};
use offre_insertion::feuille::{self, a_verifier, adresse, entrees, prochain_pas, Entree, ProchainPas};
use offre_insertion::orientation::{criteres, orienter, Constat, Critere, Groupe, Personne};
use offre_insertion::route::Route;
use offre_insertion::share;
use offre_insertion::territoire::{Territoire, PARIS};
use yew::prelude::*;

/// Services a sheet lists at most: two A4 pages.
const SUR_LA_FEUILLE: usize = 6;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reponses: AttrValue,
    pub ids: Vec<String>,
    pub langue: Langue,
}

#[component]
pub fn FeuillePage(props: &Props) -> Html {
    let donnees = use_donnees();
    let ecran = use_app_state().langue;
    let c = &donnees.catalogue;
    // The sheet's language may not be the screen's: its words come with its pack, fetched now;
    // the sheet stays in French until they are here, and says so if they cannot be had.
    let indisponible = use_state(|| false);
    let rafraichir = use_force_update();
    {
        let indisponible = indisponible.clone();
        use_effect_with(props.langue, move |&langue| {
            indisponible.set(false);
            #[cfg(target_arch = "wasm32")]
            if !crate::i18n::disponible(langue) {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::chargement::charger_langue(langue).await {
                        Ok(()) => rafraichir.force_update(),
                        Err(_) => indisponible.set(true),
                    }
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (langue, rafraichir);
        });
    }
    let attente = !crate::i18n::disponible(props.langue);
    let l = if attente { Langue::Fr } else { props.langue };
    let (m, e) = (l.textes(), ecran.textes());
    let (reponses, _) = share::decode(&props.reponses);
    let resultat = {
        let (donnees, reponses) = (donnees.clone(), reponses.clone());
        use_memo(props.reponses.clone(), move |_| orienter(&donnees.catalogue, &reponses))
    };
    // A selection lists its services; otherwise the first entry point and the confirmed services.
    let suggestions: Vec<_> = resultat.points_entree.iter().take(1).chain(&resultat.services).collect();
    let ids: Vec<String> = if props.ids.is_empty() {
        suggestions.iter().filter(|s| s.groupe == Groupe::Confirme).map(|s| s.id.clone()).collect()
    } else {
        props.ids.clone()
    };
    let liste: Vec<Entree> = entrees(c, &ids).into_iter().take(SUR_LA_FEUILLE).collect();
    // The phone opens the same results (the answers in the fragment), or the same services.
    let partage = if props.ids.is_empty() {
        Route::Resultats { reponses: props.reponses.to_string() }
    } else {
        Route::ServicesProposes { ids: liste.iter().map(|e| e.id().to_owned()).collect() }
    };
    // The page's own address and today's date, read once drawn (a page rendered ahead has neither).
    let lieu = use_state(|| None::<(String, String)>);
    {
        let (lieu, fragment) = (lieu.clone(), partage.to_fragment());
        use_effect_with(fragment, move |_| {
            let base = browser::adresse_de(&Route::Accueil);
            let base = base.trim_end_matches("#/").to_owned();
            let date = browser::maintenant().map(|d| format!("{:04}-{:02}-{:02}", d.annee, d.mois, d.jour));
            lieu.set(Some((base, date.unwrap_or_default())));
        });
    }
    let (base, aujourdhui) = (*lieu).clone().unwrap_or_default();
    let lien = |r: &Route| format!("{base}{}", r.to_fragment());
    let lien_partage = lien(&partage);
    let imprimer = Callback::from(|_| browser::imprimer());
    let langues = Langue::ALL.map(|x| {
        let route = Route::Feuille { reponses: props.reponses.to_string(), ids: props.ids.clone(), langue: x };
        html! {
            <a class="bouton bouton--discret" href={route.to_fragment()} lang={x.code()} aria-current={(x == props.langue).then_some("true")}>{ x.nom() }</a>
        }
    });
    let lignes: Vec<String> = liste
        .iter()
        .map(|x| {
            let ou = x.contact(c).and_then(|(k, lieu)| adresse(k, lieu).or(k.telephone.clone()));
            format!("• {}{}", x.nom(), ou.map(|o| format!(" — {o}")).unwrap_or_default())
        })
        .collect();
    html! {
        <>
            <h1 class="sans-impression">{ e.feuille_ouvrir }</h1>
            <div class="actions sans-impression">
                <p role="group" aria-label={e.feuille_langue_feuille}>{ e.feuille_langue_feuille }{ " : " }{ for langues }</p>
            </div>
            if *indisponible {
                <p class="notice" role="status" lang={props.langue.code()} dir={props.langue.dir()}>{ crate::i18n::langue_indisponible(props.langue) }</p>
            }
            <article class="feuille" lang={l.code()} dir={l.dir()} aria-busy={(attente && !*indisponible).then_some("true")}>
                <header class="feuille__entete">
                    <h2>{ m.feuille_titre }</h2>
                    <p>{ m.feuille_date }{ phrases::date_iso(&aujourdhui, l) }</p>
                    <p class="feuille__champs">
                        { for [("feuille-referent", m.feuille_referent), ("feuille-structure", m.feuille_structure), ("feuille-rdv", m.feuille_rendez_vous)].map(|(id, libelle)| html! {
                            <span><label for={id}>{ libelle }</label><input type="text" id={id} autocomplete="off" /></span>
                        }) }
                    </p>
                    <p class="sans-impression">{ e.feuille_jamais_garde }</p>
                </header>
                if liste.is_empty() {
                    <p>{ m.feuille_aucun }</p>
                }
                <ol class="feuille__services">
                    { for liste.iter().map(|x| {
                        let raison = suggestions.iter().find(|s| s.id == x.id()).and_then(|s| s.raisons.first());
                        service_html(*x, raison.map(|r| phrases::raison(r, c, l)), c, l)
                    }) }
                </ol>
                if let Some(q) = offre_insertion::qr::qr(&lien_partage).filter(|_| !base.is_empty()) {
                    <figure class="feuille__qr">
                        <svg viewBox={format!("0 0 {0} {0}", q.taille)} role="img" aria-label={m.feuille_qr} shape-rendering="crispEdges">
                            <rect width="100%" height="100%" fill="#fff" />
                            <path d={q.chemin} fill="#000" />
                        </svg>
                        <figcaption>{ m.feuille_qr }</figcaption>
                    </figure>
                }
            </article>
            if !liste.is_empty() {
                <div class="actions sans-impression">
                    <button type="button" class="bouton" onclick={imprimer}>{ e.feuille_imprimer }</button>
                    <a class="bouton bouton--discret" download="selection.csv" href={feuille::lien_csv(&feuille::csv(c, &liste, lien))}>{ e.feuille_csv }</a>
                    <a class="bouton bouton--discret" href={feuille::courriel(m.feuille_sujet, &lignes, &lien_partage)}>{ e.feuille_preparer_courriel }</a>
                </div>
            }
        </>
    }
}

/// One service on the sheet.
fn service_html(x: Entree, raison: Option<Html>, c: &Catalogue, l: Langue) -> Html {
    let m = l.textes();
    let dir = (l != Langue::Fr).then_some("ltr");
    let contact = x.contact(c);
    let (description, conditions) = match x {
        Entree::Service(s) => (&s.description, s.conditions_acces.as_deref()),
        Entree::Structure(s) => (&s.description, None),
    };
    let items: Vec<Html> = match (conditions, x) {
        (Some(texte), _) => a_verifier(texte).into_iter().map(|i| contenu_fr(&i, l)).collect(),
        (None, Entree::Service(s)) => criteres(s, &Personne::de(c, &Default::default()))
            .into_iter()
            .map(|(cr, _)| html! { { critere(&cr, c, l) } })
            .collect(),
        (None, Entree::Structure(_)) => Vec::new(),
    };
    let ou_quand = match contact {
        Some((k, lieu)) => html! {
            <>
                if let Some(a) = adresse(k, lieu) { { contenu_fr(&a, l) }{ " · " } }
                if let Some(t) = &k.telephone { <bdi dir="ltr">{ t.clone() }</bdi>{ " · " } }
                { match (&k.horaires, &k.horaires_accueil) {
                    (Some(h), _) if h.reguliers => html! { { horaires(h, l) } },
                    (_, Some(brut)) => html! { <>{ m.feuille_horaires_tels_quels }<bdi dir="ltr">{ brut.clone() }</bdi></> },
                    _ => html! { { m.feuille_horaires_inconnus } },
                } }
            </>
        },
        None => {
            let general = c.meta.contact_general.as_deref().and_then(|id| c.structure(id));
            match general.and_then(|g| Some((g, g.contact.telephone.as_ref()?))) {
                Some((g, tel)) => {
                    html! { <>{ m.feuille_coordonnees_inconnues.0 }{ contenu_fr(&g.nom, l) }{ " (" }<bdi dir="ltr">{ tel.clone() }</bdi>{ ")." }</> }
                }
                None => html! { { m.feuille_coordonnees_inconnues.1 } },
            }
        }
    };
    let pas = match prochain_pas(x, contact.map(|k| k.0)) {
        ProchainPas::ParLeReferent => html! { { m.feuille_par_le_referent } },
        ProchainPas::Precisions(p) => contenu_fr(&p, l),
        ProchainPas::Telephoner(t) => html! { <>{ m.feuille_telephoner }<bdi dir="ltr">{ t }</bdi>{ "." }</> },
        ProchainPas::SePresenter => html! { { m.feuille_se_presenter } },
        ProchainPas::EnLigne(u) => html! { <>{ m.feuille_en_ligne }<bdi dir="ltr">{ u }</bdi></> },
        ProchainPas::Courriel(u) => html! { <>{ m.feuille_courriel }<bdi dir="ltr">{ u }</bdi>{ "." }</> },
        ProchainPas::SeRenseigner => html! { { m.feuille_se_renseigner } },
    };
    html! {
        <li class="feuille__service" key={x.id().to_owned()}>
            <h3 lang="fr" {dir}>{ x.nom().to_owned() }</h3>
            <p lang="fr" {dir}>{ crate::widgets::resume(description) }</p>
            <p><strong>{ m.feuille_pourquoi }</strong>{ raison.unwrap_or_else(|| html! { { m.feuille_choisi } }) }</p>
            <p><strong>{ m.feuille_ou_quand }</strong>{ ou_quand }</p>
            if !items.is_empty() {
                <p><strong>{ m.feuille_a_verifier }</strong></p>
                <ul class="feuille__coches">{ for items.into_iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            }
            <p><strong>{ m.feuille_etape }</strong>{ pas }</p>
        </li>
    }
}

/// The week on one line: « lundi – vendredi : 9 h – 17 h · samedi : 9 h – 12 h ».
fn horaires(h: &Horaires, l: Langue) -> String {
    let mut groupes: Vec<(usize, usize)> = Vec::new();
    for (i, p) in h.semaine.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
        match groupes.last_mut() {
            Some(g) if g.1 + 1 == i && h.semaine[g.0] == *p => g.1 = i,
            _ => groupes.push((i, i)),
        }
    }
    let mut parties: Vec<String> = groupes
        .iter()
        .map(|&(a, b)| {
            let jours = if a == b {
                jour(a as u8, l).to_owned()
            } else {
                format!("{} – {}", jour(a as u8, l), jour(b as u8, l))
            };
            format!("{jours} : {}", plages(&h.semaine[a], l))
        })
        .collect();
    if h.jours_feries == JoursFeries::Ferme {
        parties.push(l.textes().feuille_feries.to_owned());
    }
    parties.join(" · ")
}

/// A condition in words.
fn critere(cr: &Critere, c: &Catalogue, l: Langue) -> String {
    let m = l.textes();
    let liste = |v: Vec<&str>| v.join(if l == Langue::Ar { "، " } else { ", " });
    match cr {
        Critere::Age { min: Some(a), max: Some(b) } => {
            m.feuille_age_entre.avec(&[("a", &a.to_string()), ("b", &b.to_string())])
        }
        Critere::Age { min: Some(a), .. } => m.feuille_age_min.avec(&[("a", &a.to_string())]),
        Critere::Age { max, .. } => m.feuille_age_max.avec(&[("b", &max.unwrap_or_default().to_string())]),
        Critere::Ressources(r) => {
            format!("{}{}", m.feuille_ressources, liste(r.iter().map(|x| x.libelle(l)).collect()))
        }
        Critere::Situations(s) => {
            format!("{}{}", m.feuille_situations, liste(s.iter().map(|x| x.libelle(l)).collect()))
        }
        Critere::InscritFranceTravail(b) => m.feuille_inscrit[usize::from(!b)].to_owned(),
        Critere::EnfantMoins3Ans(b) => m.feuille_enfant[usize::from(!b)].to_owned(),
        Critere::Residence(zones) => {
            let noms: Vec<String> = zones
                .iter()
                .map(|z| match z {
                    Territoire::Commune(code) if code == PARIS => "Paris".to_owned(),
                    Territoire::Departement(d) => {
                        c.departements.iter().find(|x| x.code == *d).map_or_else(|| d.clone(), |x| x.nom.clone())
                    }
                    Territoire::Arrondissement(n) => phrases::arrondissement(*n, l),
                    autre => autre.code(),
                })
                .collect();
            format!("{}{}", m.feuille_habiter, liste(noms.iter().map(String::as_str).collect()))
        }
    }
}

/// In mode professionnel, a service's conditions with what the answers say of each: the
/// checklist the referent goes through with the person.
pub fn criteres_html(s: &Service, p: &Personne, c: &Catalogue, l: Langue) -> Html {
    let liste = criteres(s, p);
    if liste.is_empty() {
        return html! {};
    }
    let m = l.textes();
    let signes = ["✓", "✗", "?"];
    html! {
        <div class="criteres">
            <p><strong>{ m.feuille_conditions_reponses }</strong></p>
            <ul>
                { for liste.iter().map(|(cr, constat)| {
                    let i = match constat { Constat::Confirme => 0, Constat::Contredit => 1, Constat::Inconnu => 2 };
                    html! { <li class={format!("critere critere--{i}")}><span aria-hidden="true">{ signes[i] }{ " " }</span>{ critere(cr, c, l) }{ " : " }<em>{ m.feuille_constats[i] }</em></li> }
                }) }
            </ul>
        </div>
    }
}
