//! Results of the questionnaire: first « Votre première étape » (who, why, how), then the
//! parcours, the other entry points, the services, what would sharpen it and the next steps,
//! closed on a phone; with print and share.

use crate::i18n::Langue;
use crate::i18n::Mots;
use crate::pages::questionnaire::etape_de;
use crate::pages::selection::copier_le_lien;
use crate::phrases::{self, date_iso};
use crate::widgets::{
    choix_selection, decimales, proximite_en_clair, texte_catalogue, CarteService, Dispatch, Fr, Raisons, Repliable,
};
use crate::{browser, use_app_state, use_dispatch, use_donnees, AppState};
use offre_insertion::catalogue::Catalogue;
use offre_insertion::orientation::answers::Saisie;
use offre_insertion::orientation::{
    orienter, premiere_etape, Champ, Groupe, Moyen, PremiereEtape, Suggestion, VerdictParcours,
};
use offre_insertion::route::{percent_encode, Route};
use offre_insertion::share;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub reponses: AttrValue,
}

#[component]
pub fn ResultatsPage(props: &Props) -> Html {
    let donnees = use_donnees();
    let state = use_app_state();
    let dispatch = use_dispatch();
    let langue = state.langue;
    let t = langue.textes();
    // The link to share, once the browser said whether the clipboard took it.
    let partage = use_state(|| None::<(String, bool)>);
    let (reponses, notices) = share::decode(&props.reponses);
    let resultat = {
        let donnees = donnees.clone();
        let reponses = reponses.clone();
        // Again when France's communes arrive (the data change then, and only then).
        use_memo((props.reponses.clone(), donnees.clone()), move |_| orienter(&donnees.catalogue, &reponses))
    };
    let c = &donnees.catalogue;
    let etape_de = |champ: Champ| etape_de(c, &props.reponses, champ);
    // Changing one's answers goes through every question, the door's too.
    let modifier = Route::Questionnaire { etape: 1, reponses: share::encode(&reponses) }.to_fragment();
    // Sharing says first what the link holds, and offers the services alone.
    let partage_ouvert = use_state(|| false);
    let ouvrir_partage = {
        let partage_ouvert = partage_ouvert.clone();
        Callback::from(move |_| partage_ouvert.set(!*partage_ouvert))
    };
    let avec_reponses = copier_le_lien(Route::Resultats { reponses: props.reponses.to_string() }, partage.clone());
    let ids: Vec<String> = resultat.points_entree.iter().chain(&resultat.services).map(|s| s.id.clone()).collect();
    let services_seulement = copier_le_lien(Route::ServicesProposes { ids }, partage.clone());
    let reponses_donnees: Vec<&str> =
        Champ::ALL.iter().filter(|c| reponses.saisie(**c) != Saisie::Vide).map(|c| c.libelle(langue)).collect();
    let imprimer = Callback::from(|_| browser::imprimer());
    // « dans votre arrondissement » (or commune) instead of « à environ 0,0 km ».
    let ici = |s: &Suggestion| {
        s.sur_place.then(|| {
            if resultat.lieu.as_ref().is_some_and(|l| l.arrondissement.is_some()) {
                t.dans_votre_arrondissement
            } else {
                t.dans_votre_commune
            }
        })
    };
    let groupe = |g: Groupe| resultat.services.iter().filter(move |s| s.groupe == g);
    let (confirmes, peut_etre) = (groupe(Groupe::Confirme).count(), groupe(Groupe::PeutEtre).count());
    // The place `orienter` already found (memoised): not a second search through France's communes.
    let personne = offre_insertion::orientation::Personne { reponses: reponses.clone(), lieu: resultat.lieu.clone() };
    // A « peut-être » card ends on the question that would settle it; in mode professionnel,
    // each card lists its conditions against the answers.
    let carte = |s: &Suggestion| match donnees.position_service(&s.id) {
        Some(i) => html! {
            <CarteService key={s.id.clone()} index={i} raisons={s.raisons.clone()} distance_km={s.distance_km} a_distance={s.a_distance} sur_place={ici(s)}>
                if state.mode_pro {
                    { crate::pages::feuille::criteres_html(&c.services[i], &personne, c, langue) }
                }
                if let Some(champ) = s.question {
                    <p class="sans-impression"><a href={Route::Questionnaire { etape: etape_de(champ), reponses: props.reponses.to_string() }.to_fragment()}>{ t.repondre }{ question_de(c, champ, langue) }</a></p>
                }
            </CarteService>
        },
        None => html! {},
    };
    let today = date_iso(&c.meta.date, langue);
    let feuille = Route::Feuille { reponses: props.reponses.to_string(), ids: Vec::new(), langue };
    html! {
        <>
            <div class="impression-seulement entete-impression">
                <p><strong>{ t.feuille_de_route }</strong></p>
                <p>{ t.version_catalogue.avec(&[("v", &c.meta.version), ("d", &today)]) }</p>
            </div>
            <h1>{ t.resultats_titre }</h1>
            if langue != Langue::Fr {
                <p class="discret">{ t.contenu_en_francais }</p>
            }
            if !notices.is_empty() || !resultat.avertissements.is_empty() {
                <div class="notice" role="status">
                    <p>{ t.reponses_ignorees }</p>
                    <ul>
                        { for notices.iter().chain(&resultat.avertissements).map(|n| html! { <li>{ crate::avertissements::message(n, langue) }</li> }) }
                    </ul>
                </div>
            }
            if let Some(lieu) = &resultat.lieu {
                <p class="sans-impression">{ t.lieu_retenu.avec(&[("l", &phrases::lieu_et_departement(lieu, langue))]) }</p>
                if !lieu.communes_du_code.is_empty() {
                    <p class="sans-impression">
                        { t.plusieurs_communes }
                        <bdi lang="fr" dir="ltr">{ lieu.communes_du_code.join(", ") }</bdi>
                    </p>
                }
            }
            // The one thing to do first, then the rest, closed on a phone.
            { premiere_etape_html(premiere_etape(c, &resultat), c, &state, &dispatch) }
            <Repliable id="parcours" titre={t.votre_parcours}>
                { parcours_html(&resultat.parcours, langue) }
            </Repliable>
            if resultat.points_entree.len() > 1 {
                <Repliable id="entrees" titre={t.autres_interlocuteurs} nombre={resultat.points_entree.len() - 1}>
                    <ol class="cartes">{ for resultat.points_entree.iter().skip(1).map(|s| suggestion_html(s, ici(s), &state, &dispatch)) }</ol>
                </Repliable>
            }
            <Repliable id="services" class="bloc--services" titre={t.services_utiles} nombre={(confirmes > 0).then_some(confirmes)}>
                if confirmes == 0 {
                    <p>{ t.dites_nous }</p>
                } else {
                    <ul class="cartes">{ for groupe(Groupe::Confirme).map(carte) }</ul>
                }
            </Repliable>
            if peut_etre > 0 {
                <Repliable id="peut-etre" class="bloc--services" titre={t.peut_etre} nombre={peut_etre}>
                    <p>{ t.peut_etre_pourquoi }</p>
                    <ul class="cartes">{ for groupe(Groupe::PeutEtre).map(carte) }</ul>
                </Repliable>
            }
            if !resultat.a_preciser.is_empty() {
                <Repliable id="preciser" class="sans-impression" titre={t.pour_affiner}>
                    <p>{ t.reponses_preciseraient }</p>
                    <ul>
                        { for resultat.a_preciser.iter().map(|p| {
                            let question = question_de(c, p.champ, langue);
                            html! { <li><a href={Route::Questionnaire { etape: etape_de(p.champ), reponses: props.reponses.to_string() }.to_fragment()}>{ question }</a></li> }
                        }) }
                    </ul>
                </Repliable>
            }
            <Repliable id="etapes" titre={t.prochaines_etapes}>
                <ol>{ for resultat.prochaines_etapes.iter().map(|e| html! { <li>{ phrases::etape(e, langue) }</li> }) }</ol>
            </Repliable>
            <div class="actions sans-impression">
                <button type="button" class="bouton" onclick={imprimer}>{ t.imprimer }</button>
                <a class="bouton" href={feuille.to_fragment()}>{ langue.textes().feuille_ouvrir }</a>
                <button type="button" class="bouton" aria-expanded={partage_ouvert.to_string()} aria-controls="partage" onclick={ouvrir_partage}>{ t.partager }</button>
                <a class="bouton bouton--discret" href={modifier}>{ t.modifier_reponses }</a>
            </div>
            if *partage_ouvert {
                <div id="partage" class="partage sans-impression">
                    if !reponses_donnees.is_empty() {
                        <p>{ t.partage_contenu.avec(&[("l", &reponses_donnees.join(t.virgule))]) }</p>
                        <p>{ t.partage_prudence }</p>
                    }
                    <p class="actions">
                        <button type="button" class="bouton bouton--discret" onclick={services_seulement}>{ t.copier_services_seulement }</button>
                        <button type="button" class="bouton bouton--discret" onclick={avec_reponses}>{ t.copier_avec_reponses }</button>
                    </p>
                </div>
            }
            if let Some((lien, copie)) = &*partage {
                <div class="notice sans-impression" role="status">
                    <p>{ if *copie { if lien.contains("#/services") { t.lien_services_copie } else { t.lien_copie } } else { t.lien_non_copie } }</p>
                    <p><label for="lien-partage">{ t.lien_a_partager }</label><input id="lien-partage" type="text" readonly=true value={lien.clone()} /></p>
                </div>
            }
            <p class="discret">{ t.avertissement_resultat.avec(&[("d", &today), ("v", &resultat.catalogue_version)]) }</p>
        </>
    }
}

/// « Votre première étape »: who, why in one sentence, and how (a phone to tap, an address to
/// open in a map, whom to ask). A function, not a component: each component weighs on the
/// download.
fn premiere_etape_html(etape: Option<PremiereEtape>, c: &Catalogue, state: &AppState, dispatch: &Dispatch) -> Html {
    let langue = state.langue;
    let t = langue.textes();
    let Some(e) = &etape else {
        return html! {
            <section class="premiere-etape" aria-labelledby="titre-premiere-etape">
                <h2 id="titre-premiere-etape">{ t.votre_premiere_etape }</h2>
                <p>{ t.aucun_interlocuteur }</p>
                <p><a class="bouton" href={Route::recherche("").to_fragment()}>{ t.parcourir_catalogue }</a></p>
            </section>
        };
    };
    let fiche =
        if e.genre == "service" { Route::Service { id: e.id.clone() } } else { Route::Structure { id: e.id.clone() } };
    let tel = |numero: &str| {
        format!("tel:{}", numero.chars().filter(|x| x.is_ascii_digit() || *x == '+').collect::<String>())
    };
    html! {
        <section class="premiere-etape" aria-labelledby="titre-premiere-etape">
            <h2 id="titre-premiere-etape">{ t.votre_premiere_etape }</h2>
            <Fr tag="p" class="premiere-etape__qui"><a href={fiche.to_fragment()}>{ e.nom.clone() }</a></Fr>
            if let Some(r) = &e.raison {
                <p>{ phrases::raison(r, c, langue) }</p>
            }
            <ul class="premiere-etape__comment">
                { for e.moyens.iter().map(|m| match m {
                    Moyen::Appeler { telephone } => html! {
                        <li><a class="bouton" href={tel(telephone)}>{ t.appeler.avec(&[("tel", telephone)]) }</a></li>
                    },
                    Moyen::SeRendre { adresse, position } => {
                        // `geo:` opens the phone's maps; OpenStreetMap elsewhere. Nothing is
                        // fetched unless the person follows the link.
                        let carte = match position {
                            Some((lat, lon)) => {
                                let (lat, lon) = (decimales(*lat, 6, '.'), decimales(*lon, 6, '.'));
                                format!("geo:{lat},{lon}?q={lat},{lon}({})", percent_encode(&e.nom))
                            }
                            None => format!("https://www.openstreetmap.org/search?query={}", percent_encode(adresse)),
                        };
                        html! { <li><Fr>{ adresse.clone() }</Fr>{ " · " }<a href={carte} rel="noopener noreferrer">{ t.voir_sur_une_carte }</a></li> }
                    }
                    Moyen::SiteWeb { url } => html! {
                        <li>{ t.site_internet }<a href={url.clone()} rel="noopener noreferrer">{ url.clone() }</a></li>
                    },
                    Moyen::DemanderReferent => html! { <li>{ t.demander_referent }</li> },
                    Moyen::Precisions { texte } => html! { <li><Fr>{ texte.clone() }</Fr></li> },
                    Moyen::AppelerContactGeneral { nom, telephone } => html! {
                        <li>
                            <a class="bouton" href={tel(telephone)}>{ t.appeler.avec(&[("tel", telephone)]) }</a>
                            <p>{ t.adresse_et_horaires.0 }{ phrases::contenu_fr(nom, langue) }{ t.adresse_et_horaires.1 }</p>
                        </li>
                    },
                    Moyen::Mairie => html! { <li>{ t.demander_a_la_mairie }</li> },
                }) }
            </ul>
            { choix_selection(&e.id, state, dispatch) }
        </section>
    }
}

/// The questionnaire's question for an answer, in the reader's language.
fn question_de(c: &Catalogue, champ: Champ, langue: Langue) -> String {
    c.questions
        .iter()
        .find(|q| q.champ == champ)
        .map_or_else(|| champ.libelle(langue).to_owned(), |q| q.textes(langue).0)
}

fn parcours_html(v: &VerdictParcours, langue: Langue) -> Html {
    let t = langue.textes();
    let nom = |p: &offre_insertion::catalogue::vocab::Parcours| p.libelle(langue);
    match v {
        VerdictParcours::Determine { parcours, raisons, .. } => html! {
            <>
                <p class="parcours">{ texte_catalogue(nom(parcours), langue) }</p>
                <Raisons raisons={raisons.clone()} />
            </>
        },
        VerdictParcours::APreciser { probable, manque } => html! {
            <>
                if let Some(p) = probable {
                    <p class="parcours">{ t.probablement }{ texte_catalogue(nom(p), langue) }</p>
                }
                if manque.is_empty() {
                    <p>{ t.aucun_parcours }</p>
                } else {
                    <p>{ t.parcours_a_preciser }</p>
                }
            </>
        },
        VerdictParcours::NonApplicable { raisons } => html! { <Raisons raisons={raisons.clone()} /> },
    }
}

fn suggestion_html(s: &Suggestion, ici: Option<&'static str>, state: &AppState, dispatch: &Dispatch) -> Html {
    let t = state.langue.textes();
    let route =
        if s.genre == "service" { Route::Service { id: s.id.clone() } } else { Route::Structure { id: s.id.clone() } };
    html! {
        <li class="carte" key={s.id.clone()}>
            <Fr tag="h3" class="carte__titre"><a href={route.to_fragment()}>{ s.nom.clone() }</a></Fr>
            if let Some(proximite) = proximite_en_clair(ici, s.distance_km, t) {
                <p class="carte__meta">{ proximite }</p>
            }
            { crate::widgets::badge_statut(s.statut, &[], t) }
            <Raisons raisons={s.raisons.clone()} />
            { choix_selection(&s.id, state, dispatch) }
        </li>
    }
}
