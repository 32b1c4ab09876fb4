//! The catalogue: results as you type, filters, a count announced to screen readers.

use crate::i18n::{Langue, Mots};
use crate::widgets::{ecrire_carte_service, ecrire_carte_structure, CarteService, Fr};
use crate::{browser, use_app_state, use_donnees, Donnees};
use offre_insertion::catalogue::Catalogue;
use offre_insertion::route::Route;
use offre_insertion::search::{Cible, Filtres, Resultats};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub q: AttrValue,
    pub filtres: Filtres,
}

/// The topics offered as filters; their labels are `Textes::thematiques`, in the same order.
pub const THEMATIQUES: [&str; 14] = [
    "trouver-un-emploi",
    "preparer-sa-candidature",
    "choisir-un-metier",
    "se-former",
    "creer-une-entreprise",
    "remobilisation",
    "sante",
    "famille",
    "logement-hebergement",
    "mobilite",
    "numerique",
    "lecture-ecriture-calcul",
    "difficultes-administratives-ou-juridiques",
    "difficultes-financieres",
];

/// Searches suggested when nothing is found (in French, the catalogue's language); their
/// labels are `Textes::suggestions`.
const SUGGESTIONS: [&str; 6] = ["emploi", "formation", "RSA", "jeunes", "santé", "numérique"];

/// Results shown at first, and added by each « Afficher plus »: a screenful on a phone, cheap to
/// render at every keystroke whatever the number found (which is announced whole).
const PAR_PAGE: usize = 20;

pub use offre_insertion::route::TOUS_TERRITOIRES;

/// The département the app serves first: that of the catalogue's general contact (Paris for
/// this catalogue, a territory's own for its deployment). Unless a département, or all of
/// them, is asked, the catalogue and the plan show it with the national services.
pub fn territoire_en_usage(c: &Catalogue) -> Option<String> {
    c.departement_d_accueil()
}

/// The catalogue's search as its page shows it: in the territory in use, unless a département,
/// all territories (`dep=tous`) or a place in the query are asked. The plan counts with it, so
/// its numbers are those of the lists it opens. (Not inlined: the search's code would be copied into both pages.)
#[inline(never)]
pub fn chercher(d: &Donnees, q: &str, f: &Filtres) -> Resultats {
    let c = &d.catalogue;
    if f.departement.as_deref() == Some(TOUS_TERRITOIRES) {
        return d.index.chercher(c, q, &Filtres { departement: None, ..f.clone() });
    }
    let mut r = d.index.chercher(c, q, f);
    // A place in the query (« rsa vitry ») says where to search: not the territory in use.
    if f.departement.is_none() && r.lieu.is_none() {
        r.cibles.retain(|cible| d.du_territoire_en_usage(*cible));
    }
    r
}

/// A département's name for the filter (« Paris (75) », « Rhône (69) »), or its number.
fn nom_departement(c: &Catalogue, code: &str, t: &crate::i18n::Textes) -> String {
    match code {
        "75" => t.departements[0].to_owned(),
        "94" => t.departements[1].to_owned(),
        autre => match offre_insertion::geo::nom_departement(c, autre) {
            Some(n) => format!("{} ({autre})", n.nom),
            None => format!("{} {autre}", t.departement),
        },
    }
}

/// (value, label) pairs for a filter menu.
fn paires(valeurs: &[&str], libelles: &[&str]) -> Vec<(String, String)> {
    valeurs.iter().zip(libelles).map(|(v, l)| ((*v).to_owned(), (*l).to_owned())).collect()
}

#[component]
pub fn CataloguePage(props: &Props) -> Html {
    let donnees = use_donnees();
    let state = use_app_state();
    let (langue, mode_pro) = (state.langue, state.mode_pro);
    let t = langue.textes();
    let q = use_state(|| props.q.to_string());
    let filtres = use_state(|| props.filtres.clone());
    let limite = use_state(|| PAR_PAGE);
    {
        // A new route (link, back button) resets the screen to what the address says.
        let (q, filtres, limite) = (q.clone(), filtres.clone(), limite.clone());
        use_effect_with((props.q.clone(), props.filtres.clone()), move |(nq, nf)| {
            q.set(nq.to_string());
            filtres.set(nf.clone());
            limite.set(PAR_PAGE);
        });
    }
    // Searched again when the data change: a territory's pack has arrived.
    let resultats =
        use_memo(((*q).clone(), (*filtres).clone(), donnees.clone()), move |(q, f, donnees)| chercher(donnees, q, f));
    // A place of a territory fetched only when asked (« permanence vitry »): its pack comes,
    // the screen stays as it is meanwhile, and the search runs again with it.
    let departement_a_charger =
        resultats.lieu.as_ref().map(|l| &l.departement).filter(|d| donnees.a_la_demande.contains(d)).cloned();
    {
        let dispatch = crate::use_dispatch();
        use_effect_with(departement_a_charger.clone(), move |d| {
            if let Some(d) = d {
                dispatch.dispatch(crate::AppAction::DemanderDepartement(d.clone()));
            }
        });
    }
    let update = {
        let (q, filtres, limite) = (q.clone(), filtres.clone(), limite.clone());
        move |nq: String, nf: Filtres, en_tapant: bool| {
            let route = Route::Catalogue { q: nq.clone(), filtres: nf.clone() };
            if en_tapant {
                browser::remplacer_en_tapant(&route);
            } else {
                browser::remplacer(&route);
            }
            q.set(nq);
            filtres.set(nf);
            limite.set(PAR_PAGE);
        }
    };
    let afficher_plus = {
        let limite = limite.clone();
        Callback::from(move |_| limite.set(*limite + PAR_PAGE))
    };
    let oninput = {
        let (filtres, update) = (filtres.clone(), update.clone());
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            update(v, (*filtres).clone(), true);
        })
    };
    // The filters' callbacks stay the same from one keystroke to the next (the query is read
    // when they fire), so typing never redraws the filters.
    let q_actuelle = use_mut_ref(String::new);
    q_actuelle.borrow_mut().clone_from(&*q);
    let changer_filtres = {
        let (q_actuelle, update) = (q_actuelle.clone(), update.clone());
        use_callback((), move |nf: Filtres, _| update(q_actuelle.borrow().clone(), nf, false))
    };
    let effacer = {
        let update = update.clone();
        use_callback((), move |_: (), _| update(String::new(), Filtres::default(), false))
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());

    let c = &donnees.catalogue;
    let n = resultats.cibles.len();
    // Two letters rarely find anything yet: no « Aucun résultat » flashing while one types.
    let en_cours = n == 0 && (1..3).contains(&q.trim().chars().count());
    let annonce = if en_cours { t.continuez_a_ecrire.to_owned() } else { t.nb_resultats.n(n) };
    let f = &*filtres;
    let en_usage = territoire_en_usage(c).map(|d| nom_departement(c, &d, t));
    let tous_les_territoires = Route::Catalogue {
        q: (*q).clone(),
        filtres: Filtres { departement: Some(TOUS_TERRITOIRES.to_owned()), ..f.clone() },
    };
    html! {
        <>
            <h1>{ t.catalogue_titre }</h1>
            <form class="recherche" role="search" {onsubmit}>
                <label for="recherche-catalogue">{ t.catalogue_recherche_label }</label>
                <input id="recherche-catalogue" type="search" value={(*q).clone()} {oninput} autocomplete="off" />
            </form>
            <FiltresCatalogue filtres={f.clone()} onchange={changer_filtres} oneffacer={effacer} />
            <p class="compte" role="status" aria-live="polite">
                { annonce }
                if resultats.approchants && n > 0 {
                    { t.approchants }
                }
            </p>
            if let Some(lieu) = &resultats.lieu {
                <p class="discret">{ t.recherche_dans }{ crate::phrases::lieu(lieu, langue) }</p>
            } else if let (None, Some(nom)) = (&f.departement, &en_usage) {
                <p class="discret">{ t.territoire_affiche.avec(&[("d", nom)]) }<a href={tous_les_territoires.to_fragment()}>{ t.voir_tous_territoires }</a></p>
            }
            if f.departement.as_deref() == Some(TOUS_TERRITOIRES) && !donnees.a_la_demande.is_empty() {
                <p class="discret">{ t.autres_territoires_a_la_demande.n(donnees.a_la_demande.len()) }</p>
            }
            if departement_a_charger.is_some() {
                <p class="discret" role="status" aria-busy="true">{ t.chargement_catalogue }</p>
            }
            if !resultats.compris.is_empty() {
                <p class="discret">{ t.recherche_comprise }<Fr>{ resultats.compris.join(" ; ") }</Fr></p>
            }
            if n == 0 && !en_cours && departement_a_charger.is_none() {
                <div class="vide">
                    <p>{ t.vide_essayez }</p>
                    <ul class="suggestions">
                        { for SUGGESTIONS.iter().zip(t.suggestions).map(|(s, label)| html! {
                            <li><a href={Route::recherche(s).to_fragment()}>{ label }</a></li>
                        }) }
                    </ul>
                    <p><a href={Route::Questionnaire { etape: 1, reponses: String::new() }.to_fragment()}>{ t.vide_questionnaire }</a></p>
                </div>
            }
            // Card titles are h3: the list has its heading, for the outline screen readers give.
            <h2 class="visuellement-cache">{ t.resultats_liste }</h2>
            if mode_pro {
                <ul class="cartes">
                    { for resultats.cibles.iter().take(*limite).map(|cible| match cible {
                        Cible::Service(i) => html! { <CarteService key={c.services[*i].id.clone()} index={*i} /> },
                        Cible::Structure(i) => {
                            let mut carte = String::new();
                            ecrire_carte_structure(&mut carte, &c.structures[*i], &donnees, langue);
                            html! { <li key={c.structures[*i].id.clone()} class="carte carte--structure">{ Html::from_html_unchecked(carte.into()) }</li> }
                        }
                    }) }
                </ul>
            } else {
                <ul class="cartes">{ cartes_en_bloc(&donnees, &resultats.cibles[..n.min(*limite)], langue) }</ul>
            }
            if n > *limite {
                <p><button type="button" class="bouton bouton--discret" onclick={afficher_plus}>{ t.afficher_plus.n(n - *limite) }</button></p>
            }
            // A large territory's fiches are fetched one lot at a time: the rest, for offline use,
            // on the About page.
            if !donnees.fiches_a_part.is_empty() {
                <p class="discret"><a href={Route::APropos.to_fragment()}>{ t.hors_ligne_lien }</a></p>
            }
        </>
    }
}

/// The cards of a list that has no control of its own (outside professional mode) as one block
/// of HTML text: a keystroke that changes the results makes the browser read one string, not
/// create each card's elements one call at a time (what a keystroke paid most). Drawn with the
/// rest of the screen, in the same frame: filled later, the list would move what is below it.
fn cartes_en_bloc(d: &Donnees, cibles: &[Cible], langue: Langue) -> Html {
    let mut balises = String::with_capacity(700 * cibles.len());
    for cible in cibles {
        ecrire_carte(&mut balises, d, *cible, langue);
    }
    if balises.is_empty() {
        return html! {};
    }
    Html::from_html_unchecked(balises.into())
}

fn ecrire_carte(balises: &mut String, d: &Donnees, cible: Cible, langue: Langue) {
    let c = &d.catalogue;
    match cible {
        Cible::Service(i) => {
            balises.push_str("<li class=\"carte\">");
            ecrire_carte_service(balises, &c.services[i], d, langue, None, false, true);
        }
        Cible::Structure(i) => {
            balises.push_str("<li class=\"carte carte--structure\">");
            ecrire_carte_structure(balises, &c.structures[i], d, langue);
        }
    }
    balises.push_str("</li>");
}

#[derive(Properties, PartialEq)]
struct FiltresProps {
    filtres: Filtres,
    onchange: Callback<Filtres>,
    oneffacer: Callback<()>,
}

/// The filters, apart from the results: they redraw when a filter or the language changes, not
/// at each keystroke.
#[component]
fn FiltresCatalogue(props: &FiltresProps) -> Html {
    let donnees = use_donnees();
    let langue = use_app_state().langue;
    let t = langue.textes();
    let c = &donnees.catalogue;
    let f = &props.filtres;
    let select = |champ: &'static str| {
        let (filtres, onchange) = (f.clone(), props.onchange.clone());
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            let v = (!v.is_empty()).then_some(v);
            let mut f = filtres.clone();
            match champ {
                "th" => f.thematique = v,
                "pub" => f.public = v,
                "arr" => f.arrondissement = v.and_then(|x| x.parse().ok()),
                "dep" => f.departement = v,
                "frais" => f.frais = v,
                "acc" => f.mode_accueil = v,
                "mob" => f.mobilisable_par = v,
                _ => {}
            }
            onchange.emit(f);
        })
    };
    let historique = {
        let (filtres, onchange) = (f.clone(), props.onchange.clone());
        Callback::from(move |e: Event| {
            let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
            onchange.emit(Filtres { inclure_termines: checked, ..filtres.clone() });
        })
    };
    let effacer = props.oneffacer.reform(|_: MouseEvent| ());
    let publics: Vec<(String, String)> =
        c.vocabulaire.publics.iter().map(|t| (t.value.clone(), t.label.clone())).collect();
    // The catalogue's own labels are in French only.
    let publics_fr = (langue != Langue::Fr).then_some("fr");
    let arrondissements: Vec<(String, String)> =
        (1..=20u8).map(|n| (n.to_string(), t.arrondissement.n(n.into()))).collect();
    // The territory in use first (the default), then every territory, then each département.
    let en_usage = territoire_en_usage(c).map(|d| nom_departement(c, &d, t));
    let defaut_dep = en_usage.as_ref().map_or_else(|| t.tous.to_owned(), |nom| t.territoire_defaut.avec(&[("d", nom)]));
    // Paris and the Val-de-Marne, then the other territories of the packs, and the one a link
    // asked for: the filter always shows what is chosen.
    let mut autres: Vec<&str> = Vec::new();
    for d in donnees.territoires.iter().chain(&f.departement).filter(|d| d.as_str() != TOUS_TERRITOIRES) {
        if !["75", "94"].contains(&d.as_str()) && !autres.contains(&d.as_str()) {
            autres.push(d);
        }
    }
    // The app's one sort (`text::trier`): each other copy weighs on the download.
    offre_insertion::text::trier(&mut autres, |a, b| a.cmp(b));
    let codes: Vec<&str> = ["75", "94"].into_iter().chain(autres).collect();
    let mut departements: Vec<(String, String)> =
        codes.iter().map(|d| ((*d).to_owned(), nom_departement(c, d, t))).collect();
    if en_usage.is_some() {
        departements.insert(0, (TOUS_TERRITOIRES.to_owned(), t.tous_territoires.to_owned()));
    }
    html! {
        <details class="filtres" open={!f.is_empty()}>
                <summary>{ t.filtrer }</summary>
                <div class="filtres__grille">
                    { filtre("f-th", t.filtre_theme, t.tous, f.thematique.clone(), paires(&THEMATIQUES, &t.thematiques), select("th"), None) }
                    { filtre("f-pub", t.filtre_public, t.tous, f.public.clone(), publics, select("pub"), publics_fr) }
                    { filtre("f-arr", t.filtre_arrondissement, t.tous, f.arrondissement.map(|n| n.to_string()), arrondissements, select("arr"), None) }
                    { filtre("f-dep", t.filtre_departement, &defaut_dep, f.departement.clone(), departements, select("dep"), None) }
                    { filtre("f-frais", t.filtre_frais, t.tous, f.frais.clone(), vec![("gratuit".into(), t.gratuit.into()), ("payant".into(), t.payant.into())], select("frais"), None) }
                    { filtre("f-acc", t.filtre_accueil, t.tous, f.mode_accueil.clone(), vec![("en-presentiel".into(), t.sur_place.into()), ("a-distance".into(), t.a_distance.into())], select("acc"), None) }
                    { filtre("f-mob", t.filtre_demarche, t.tous, f.mobilisable_par.clone(), vec![("usagers".into(), t.la_personne.into()), ("professionnels".into(), t.un_professionnel.into())], select("mob"), None) }
                </div>
                <p>
                    <input type="checkbox" id="f-hist" checked={f.inclure_termines} onchange={historique} />
                    <label for="f-hist">{ t.inclure_termines }</label>
                </p>
                <button type="button" class="bouton bouton--discret" onclick={effacer}>{ t.effacer }</button>
        </details>
    }
}

fn filtre(
    id: &'static str,
    label: &'static str,
    tous: &str,
    value: Option<String>,
    options: Vec<(String, String)>,
    onchange: Callback<Event>,
    lang_options: Option<&'static str>,
) -> Html {
    let current = value.unwrap_or_default();
    html! {
        <p class="filtre">
            <label for={id}>{ label }</label>
            <select {id} {onchange}>
                <option value="" selected={current.is_empty()}>{ tous }</option>
                { for options.into_iter().map(|(v, l)| {
                    let selected = v == current;
                    html! { <option value={v} {selected} lang={lang_options}>{ l }</option> }
                }) }
            </select>
        </p>
    }
}
