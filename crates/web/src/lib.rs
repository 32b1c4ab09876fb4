//! The web app: a thin Yew layer over the core (`offre_insertion`). Components render the
//! core's data in the reader's language; one reducer holds the app state; `browser` holds every
//! call to the browser.

pub mod avertissements;
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
mod browser;
#[cfg(target_arch = "wasm32")]
mod chargement;
mod coordonnees;
mod hors_ligne;
pub mod i18n;
mod layout;
mod pages;
pub mod phrases;
pub mod programme;
mod state;
mod widgets;

pub use state::{AppAction, AppState, Message};

use crate::i18n::Mots;
use layout::Header;
use offre_insertion::catalogue::paquets;
use offre_insertion::catalogue::{Catalogue, Diagnostic};
use offre_insertion::route::Route;
use offre_insertion::search::Index;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// The catalogue and what is derived from it once: shared read-only through a context.
pub struct Donnees {
    pub catalogue: Catalogue,
    pub index: Index,
    /// Problems met while decoding the embedded catalogue (shown on « À propos »).
    pub notices: Vec<Diagnostic>,
    /// Acronym → expansion, for `<abbr>`.
    pub sigles: HashMap<String, String>,
    /// Service and structure ids → their place in `catalogue.services`, `catalogue.structures`.
    services_par_id: HashMap<String, usize>,
    structures_par_id: HashMap<String, usize>,
    /// Structure id → its services' places, made the first time a structure's fiche asks: a
    /// national build's static pages render thousands of them.
    services_par_structure: std::cell::OnceCell<HashMap<String, Vec<usize>>>,
    /// Whether each structure and service belongs with the territory in use (see
    /// `pages::catalogue::chercher`), made at the first search: a keystroke's thousands of hits
    /// then read one bit each instead of comparing their places' names.
    /// (None: the catalogue serves no territory first, every entry belongs.)
    du_territoire_en_usage: std::cell::OnceCell<Option<offre_insertion::search::ParEntree<bool>>>,
    pub etat: EtatDonnees,
    /// A light territory's complements (excerpts, contacts), which come after its pack.
    pub complements: EtatDonnees,
    /// Which load of the packs this is (`chargement`; 0 for none).
    pub generation: u64,
    /// France's geography pack, while it is not loaded (none once loaded, or if it failed).
    pub france: Option<String>,
    /// Light entries (a large territory's): id → the lot that holds their whole description.
    pub fiches_a_part: HashMap<String, String>,
    /// Départements whose packs are there to fetch, once a screen asks for them.
    pub a_la_demande: Vec<String>,
    /// Every described territory's département (those of the packs), for the catalogue's filter.
    pub territoires: Vec<String>,
}

/// Whether an entry belongs with a territory: located in it, serving it, national, or placed
/// nowhere in particular (the sources do not say where: better shown than hidden).
fn du_territoire(
    lieu: &offre_insertion::catalogue::Lieu,
    zone: &[offre_insertion::territoire::Territoire],
    dep: &str,
) -> bool {
    lieu.departement.as_deref() == Some(dep)
        || zone.iter().any(|z| *z == offre_insertion::territoire::Territoire::France || z.departement() == Some(dep))
        || (lieu.departement.is_none() && zone.is_empty())
}

/// The catalogue as `build.rs` packed it from `catalog/`: compiled into the native tools (static
/// pages, `catalog`, tests) and the benchmark build, never into the shipped program, which
/// downloads it as packs (`chargement`, `offre_insertion::catalogue::paquets`).
#[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
pub const PAQUET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/catalogue.paquet"));

/// The catalogue compiled into the native tools, with its loading notices: none, unless the
/// program was built wrong.
#[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
pub fn catalogue_embarque() -> (Catalogue, Vec<Diagnostic>) {
    match offre_insertion::catalogue::paquet::lire(PAQUET) {
        Ok(catalogue) => (catalogue, Vec::new()),
        Err(e) => (Catalogue::empty(Default::default()), vec![Diagnostic::general(&e.to_string())]),
    }
}

/// Where the catalogue's download stands.
#[derive(Clone, Debug, PartialEq)]
pub enum EtatDonnees {
    Pret,
    EnCours,
    /// The download failed, was cut or did not match the program: what happened (technical,
    /// for « À propos » and the console; the person is told in plain words).
    Echec(String),
}

impl Donnees {
    #[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
    pub fn charger() -> Donnees {
        let (catalogue, notices) = catalogue_embarque();
        Donnees::depuis(catalogue, notices)
    }

    /// No catalogue yet: the frame and the home screen work, the rest waits.
    pub fn en_attente(etat: EtatDonnees) -> Donnees {
        Donnees { etat, ..Donnees::des_paquets(Catalogue::empty(Default::default()), Vec::new()) }
    }

    /// What the app starts with: the catalogue given, or the native one.
    #[cfg(not(target_arch = "wasm32"))]
    fn initiales(fourni: Option<&Rc<Catalogue>>) -> Donnees {
        match fourni {
            Some(c) => Donnees::depuis(Catalogue::clone(c), Vec::new()),
            None => Donnees::charger(),
        }
    }

    /// In the browser, nothing until the packs arrive: they carry their search words, and the
    /// program does not carry the code that computes them.
    #[cfg(target_arch = "wasm32")]
    fn initiales(_: Option<&Rc<Catalogue>>) -> Donnees {
        Donnees::en_attente(EtatDonnees::EnCours)
    }

    /// The data of a given catalogue (static pages and tests of another catalogue).
    #[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
    pub fn depuis(catalogue: Catalogue, notices: Vec<Diagnostic>) -> Donnees {
        let index = Index::new(&catalogue);
        Donnees::avec_index(catalogue, index, notices)
    }

    /// The data of a catalogue put together from packs, searched with the words they carry.
    pub fn des_paquets(catalogue: Catalogue, mots: Vec<offre_insertion::search::Segment>) -> Donnees {
        let index = Index::des_segments(&catalogue, mots);
        Donnees::avec_index(catalogue, index, Vec::new())
    }

    fn avec_index(catalogue: Catalogue, index: Index, notices: Vec<Diagnostic>) -> Donnees {
        let sigles = catalogue
            .glossaire
            .iter()
            .filter(|t| {
                t.sigle.len() >= 2
                    && t.sigle.chars().all(|c| offre_insertion::text::lettre_ou_chiffre(c) || c == '-')
                    && t.sigle.chars().any(|c| c.is_ascii_uppercase())
            })
            .map(|t| (t.sigle.clone(), t.developpe.clone()))
            .collect();
        let services_par_id = catalogue.services.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect();
        let structures_par_id = catalogue.structures.iter().enumerate().map(|(i, s)| (s.id.clone(), i)).collect();
        Donnees {
            catalogue,
            index,
            notices,
            sigles,
            services_par_id,
            structures_par_id,
            services_par_structure: Default::default(),
            du_territoire_en_usage: Default::default(),
            etat: EtatDonnees::Pret,
            complements: EtatDonnees::Pret,
            generation: 0,
            france: None,
            fiches_a_part: HashMap::new(),
            a_la_demande: Vec::new(),
            territoires: Vec::new(),
        }
    }

    /// A service's place in the catalogue, by its id, without going through the list.
    pub fn position_service(&self, id: &str) -> Option<usize> {
        self.services_par_id.get(id).copied()
    }

    /// A structure's services (their places in `catalogue.services`), in catalogue order.
    pub fn services_de(&self, structure_id: &str) -> &[usize] {
        let par_structure = self.services_par_structure.get_or_init(|| {
            let mut m: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, s) in self.catalogue.services.iter().enumerate() {
                m.entry(s.structure_id.clone()).or_default().push(i);
            }
            m
        });
        par_structure.get(structure_id).map_or(&[], Vec::as_slice)
    }

    /// Whether a hit belongs with the territory in use (`pages::catalogue::chercher`); always,
    /// when the catalogue serves no territory first.
    pub fn du_territoire_en_usage(&self, cible: offre_insertion::search::Cible) -> bool {
        let par_entree = self.du_territoire_en_usage.get_or_init(|| {
            let dep = self.catalogue.departement_d_accueil()?;
            Some(offre_insertion::search::ParEntree::de(
                &self.catalogue,
                |s| du_territoire(&s.lieu, &[], &dep),
                |s| du_territoire(&s.lieu, &s.zone_eligibilite, &dep),
            ))
        });
        par_entree.as_ref().and_then(|p| p.de_la_cible(cible)).unwrap_or(true)
    }

    /// A structure by its id, without going through the list (every card asks for its own).
    pub fn structure(&self, id: &str) -> Option<&offre_insertion::catalogue::Structure> {
        self.structures_par_id.get(id).and_then(|&i| self.catalogue.structures.get(i))
    }
}

/// Context handle; equality is identity (the data never changes while the app runs).
#[derive(Clone)]
pub struct DonneesRef(pub Rc<Donnees>);

impl PartialEq for DonneesRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DonneesRef {
    type Target = Donnees;
    fn deref(&self) -> &Donnees {
        &self.0
    }
}

/// Reads the shared data in a component.
#[hook]
pub fn use_donnees() -> DonneesRef {
    use_context::<DonneesRef>().expect("App provides the data")
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The route to show first; the browser entry point passes the current fragment.
    #[prop_or_default]
    pub initial_route: Option<Route>,
    /// Mounted in a host page: routing in memory, optional compact layout.
    #[prop_or_default]
    pub integre: bool,
    #[prop_or_default]
    pub compact: bool,
    /// Interface language to start with (French when absent).
    #[prop_or_default]
    pub langue: Option<i18n::Langue>,
    /// Another catalogue than the embedded one (tests, static pages of an imported territory;
    /// natively only: in the browser the catalogue comes from the packs).
    #[prop_or_default]
    pub catalogue: Option<Rc<Catalogue>>,
    /// Data already prepared (search index included): the static pages render thousands of
    /// screens of one catalogue and prepare it once.
    #[prop_or_default]
    pub donnees: Option<DonneesRef>,
    /// What the first program handed over, in the complete one (`programme`).
    #[prop_or_default]
    pub reprise: Option<programme::Reprise>,
}

/// The whole application.
#[component]
pub fn App(props: &AppProps) -> Html {
    let donnees = use_state(|| {
        props.donnees.clone().unwrap_or_else(|| DonneesRef(Rc::new(Donnees::initiales(props.catalogue.as_ref()))))
    });
    let state = use_reducer({
        let route = props.initial_route.clone().unwrap_or(Route::Accueil);
        let langue = props.langue.unwrap_or(i18n::Langue::Fr);
        move || AppState { langue, langue_voulue: langue, ..AppState::new(route) }
    });

    // First screen drawn (it replaced the one rendered ahead, in the same task): what was typed
    // there comes back.
    {
        let integre = props.integre;
        use_effect_with((), move |_| {
            if !integre {
                browser::reprendre_premier_ecran();
            }
        });
    }

    // In the browser, the catalogue arrives as packs, fetched the first time a screen needs it
    // (the home screen does not; the page's scripts started the downloads for a deep link);
    // again with France's communes when a place the index does not know needs them, or with the
    // pack of a département a screen asks for (packs read before are not fetched again).
    #[cfg(target_arch = "wasm32")]
    {
        let donnees = donnees.clone();
        let lance = use_mut_ref(|| false);
        let complements_lances = use_mut_ref(|| false);
        // The newest catalogue shown: loads overlap (a territory asked while complements come).
        let posee = use_mut_ref(|| 0u64);
        // A screen the complete program draws: it loads what it needs itself, and the first
        // program's downloads would only compete with it on the line.
        let ici = !programme::attendu(&state.route);
        let besoin = ici && pages::a_besoin_du_catalogue(&state.route) && donnees.etat == EtatDonnees::EnCours;
        let france = ici
            && donnees.france.is_some()
            && (state.france_demandee || pages::a_besoin_de_la_france(&state.route, &donnees));
        let mut demandes = paquets::departements_demandes(&state.route);
        for d in &state.departements_demandes {
            if !demandes.contains(d) {
                demandes.push(d.clone());
            }
        }
        let manquants = ici && demandes.iter().any(|d| donnees.a_la_demande.contains(d));
        use_effect_with((besoin, france, manquants, demandes), move |(besoin, france, manquants, demandes)| {
            let (france, demandes) = (*france, demandes.clone());
            if (*besoin || france || *manquants) && !std::mem::replace(&mut *lance.borrow_mut(), true) {
                wasm_bindgen_futures::spawn_local(async move {
                    let charge = chargement::charger_catalogue(france, &demandes).await;
                    let complements = charge.as_ref().is_ok_and(|c| c.complements);
                    poser(&donnees, &posee, donnees_chargees(charge).await);
                    // France's communes, or another territory, may be asked for next.
                    *lance.borrow_mut() = false;
                    // The first results are on screen: a light territory's complements follow,
                    // and those of a territory read meanwhile.
                    if !complements || std::mem::replace(&mut *complements_lances.borrow_mut(), true) {
                        return;
                    }
                    loop {
                        let (charge, echec) = chargement::charger_complements().await;
                        let encore = charge.complements && echec.is_none();
                        let mut suivant = donnees_chargees(Ok(charge)).await;
                        if let Some(e) = echec {
                            web_sys::console::error_1(&format!("compléments : {e}").into());
                            suivant.complements = EtatDonnees::Echec(e);
                        }
                        poser(&donnees, &posee, suivant);
                        if !encore {
                            break;
                        }
                    }
                    *complements_lances.borrow_mut() = false;
                });
            }
        });
    }

    // A screen that asks for a territory whose pack is on its way waits for it, as for France's
    // communes: never results without the services of the place asked.
    let attente_france = pages::attend_la_france(&state.route, &donnees)
        || paquets::departements_demandes(&state.route).iter().any(|d| donnees.a_la_demande.contains(d));

    // Follow the URL fragment (back/forward buttons, links, pasted URLs); restore the
    // selection if the person asked to keep it.
    {
        let state = state.clone();
        let integre = props.integre;
        let reprise = props.reprise.clone();
        use_effect_with((), move |_| {
            if !browser::stockage_disponible() {
                state.dispatch(AppAction::StockageIndisponible);
            }
            if let Some(langue) = browser::langue_memorisee() {
                choisir_langue(langue, state.dispatcher());
                state.dispatch(AppAction::MemoriserLangue(true));
            }
            if let Some(restored) = browser::selection_memorisee() {
                state.dispatch(AppAction::Restaurer(restored));
            }
            if let Some((mode_pro, selection)) = browser::espace_de_l_onglet() {
                state.dispatch(AppAction::ReprendreOnglet { mode_pro, selection });
            }
            // Taking over from the first program: where it stood, the latest of all.
            if let Some(r) = reprise {
                state.dispatch(AppAction::ReprendreOnglet { mode_pro: r.mode_pro, selection: r.selection });
                if r.langue != i18n::Langue::Fr {
                    choisir_langue(r.langue, state.dispatcher());
                }
            }
            let dispatch = state.clone();
            let navigate = Callback::from(move |route| dispatch.dispatch(AppAction::Navigate(route)));
            let listeners = if integre {
                browser::router_en_memoire(navigate);
                Vec::new()
            } else {
                let on_resize = browser::on_resize(browser::signaler_hauteur);
                vec![
                    browser::on_hash_change(move |route| navigate.emit(route)),
                    on_resize,
                    browser::garder_les_positions(),
                ]
            };
            move || drop(listeners)
        });
    }
    {
        let memoriser = state.memoriser_selection;
        let dispatch = state.dispatcher();
        use_effect_with((state.selection.clone(), memoriser), move |(selection, memoriser)| {
            if !browser::memoriser_selection(selection, *memoriser) {
                dispatch.dispatch(AppAction::StockageIndisponible);
            }
        });
    }

    // A screen of the complete program, in the first one: it is fetched, and takes over where
    // the person stands then (they may go back, or change the selection, while it comes).
    #[cfg(target_arch = "wasm32")]
    {
        let demande = use_mut_ref(|| false);
        let besoin = programme::attendu(&state.route);
        let reprise = programme::ecrans_complets().is_none().then(|| {
            programme::Reprise {
                route: state.route.clone(),
                langue: state.langue_voulue,
                mode_pro: state.mode_pro,
                selection: state.selection.clone(),
            }
            .ecrire()
        });
        let dispatch = state.dispatcher();
        use_effect_with((besoin, reprise), move |(besoin, reprise)| {
            let Some(reprise) = reprise else { return };
            browser::mettre_a_jour_la_reprise(reprise);
            if *besoin && !std::mem::replace(&mut *demande.borrow_mut(), true) {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = browser::demander_programme_complet().await {
                        web_sys::console::error_1(&format!("programme complet : {e}").into());
                        *demande.borrow_mut() = false;
                        dispatch.dispatch(AppAction::ProgrammeIndisponible);
                    }
                });
            }
        });
    }

    // A new version waits in the service worker: offered, never swapped under the person's feet.
    let nouvelle_version = use_state(|| false);
    {
        let prete = nouvelle_version.setter();
        let integre = props.integre;
        use_effect_with((), move |_| {
            let ecoute = (!integre).then(|| {
                if browser::nouvelle_version_prete() {
                    prete.set(true);
                }
                browser::sur_nouvelle_version(move || prete.set(true))
            });
            move || drop(ecoute)
        });
    }

    // The professional workspace survives a reload of the tab (session storage).
    use_effect_with((state.mode_pro, state.selection.clone()), |(mode_pro, selection)| {
        browser::garder_dans_l_onglet(*mode_pro, selection)
    });

    // Each new screen (not the first one): bring the person to its heading, as a page load would.
    // (Taking over from the first program is not a first screen: the person followed a link.)
    let premier_ecran = use_mut_ref(|| props.reprise.is_none());
    let a_navigue = use_mut_ref(|| false);
    {
        let a_navigue = a_navigue.clone();
        use_effect_with(state.route.clone(), move |_| {
            if std::mem::replace(&mut *premier_ecran.borrow_mut(), false) {
                return;
            }
            *a_navigue.borrow_mut() = true;
            // Back from a fiche: where the person was; otherwise the new screen's heading.
            match browser::defilement_a_restaurer() {
                Some(y) => browser::revenir_a(y),
                None => browser::focus_main_heading(),
            }
        });
    }
    // The catalogue arrived while a screen waited for it: its heading replaced the loading
    // line, which had the focus; give it to the screen's heading (not on the first screen).
    use_effect_with(donnees.etat.clone(), move |etat| {
        if *etat == EtatDonnees::Pret && *a_navigue.borrow() {
            browser::focus_main_heading();
        }
    });
    use_effect_with(state.route.clone(), |_| browser::signaler_hauteur());
    {
        let integre = props.integre;
        let dispatch = state.dispatcher();
        use_effect_with(
            (state.langue, state.langue_voulue, state.memoriser_langue),
            move |(langue, voulue, memoriser)| {
                if !browser::appliquer_langue(*langue, *voulue, *memoriser, integre) {
                    dispatch.dispatch(AppAction::StockageIndisponible);
                }
            },
        );
    }

    let dispatch = state.dispatcher();
    html! {
        <ContextProvider<DonneesRef> context={(*donnees).clone()}>
            <ContextProvider<Rc<AppState>> context={Rc::new((*state).clone())}>
                <ContextProvider<UseReducerDispatcher<AppState>> context={dispatch}>
                    <div class={classes!("app", state.mode_pro.then_some("mode-pro"), props.compact.then_some("compact"), props.integre.then_some("integre"))} lang={state.langue.code()} dir={state.langue.dir()}>
                        { layout::lien_d_evitement(state.langue.textes()) }
                        <Header route={state.route.clone()} mode_pro={state.mode_pro} selection={state.selection.len()} langue={state.langue} />
                        if *nouvelle_version {
                            <p class="notice sans-impression" role="status">
                                { state.langue.textes().nouvelle_version }{ " " }
                                <button type="button" class="bouton" onclick={Callback::from(|_| browser::passer_a_la_nouvelle_version())}>
                                    { state.langue.textes().recharger }
                                </button>
                            </p>
                        }
                        <main id="contenu" tabindex="-1">
                            if let Some(message) = &state.message {
                                { match message {
                                    state::Message::SelectionIllisible => html! { <p class="notice" role="status">{ state.langue.textes().selection_illisible }</p> },
                                    state::Message::LangueIndisponible(l) => html! { <p class="notice" role="status" lang={l.code()} dir={l.dir()}>{ i18n::langue_indisponible(*l) }</p> },
                                } }
                            }
                            { pages::view(&state.route, &donnees, &state, &state.dispatcher(), attente_france) }
                        </main>
                        { layout::pied(&donnees, &state, &state.dispatcher()) }
                    </div>
                </ContextProvider<UseReducerDispatcher<AppState>>>
            </ContextProvider<Rc<AppState>>>
        </ContextProvider<DonneesRef>>
    }
}

/// Shows the data of a load, unless a newer load's are shown already (a failure always shows).
#[cfg(target_arch = "wasm32")]
fn poser(donnees: &UseStateHandle<DonneesRef>, posee: &Rc<std::cell::RefCell<u64>>, d: Donnees) {
    if d.generation != 0 {
        if d.generation < *posee.borrow() {
            return;
        }
        *posee.borrow_mut() = d.generation;
    }
    donnees.set(DonneesRef(Rc::new(d)));
}

/// The data of what the packs gave, or of why they could not be had.
#[cfg(target_arch = "wasm32")]
async fn donnees_chargees(charge: Result<chargement::Charge, chargement::EchecChargement>) -> Donnees {
    match charge {
        Ok(c) => {
            // Decoding, indexing and the first render, each its own task: none holds the page
            // long enough to miss a tap (total blocking time).
            chargement::ceder().await;
            let donnees = Donnees {
                france: c.france,
                fiches_a_part: c.fiches_a_part,
                a_la_demande: c.a_la_demande,
                territoires: c.territoires,
                complements: if c.complements { EtatDonnees::EnCours } else { EtatDonnees::Pret },
                generation: c.generation,
                ..Donnees::des_paquets(c.catalogue, c.mots)
            };
            chargement::ceder().await;
            donnees
        }
        Err(e) => {
            web_sys::console::error_1(&format!("catalogue : {}", e.detail).into());
            Donnees::en_attente(EtatDonnees::Echec(e.detail))
        }
    }
}

/// Switches the interface to `langue` once its words are at hand: at once for French or a pack
/// already read; otherwise when its pack has arrived (the page stays in French meanwhile), or
/// with a message in that language if the pack cannot be had.
pub(crate) fn choisir_langue(langue: i18n::Langue, dispatch: UseReducerDispatcher<AppState>) {
    dispatch.dispatch(AppAction::VouloirLangue(langue));
    if i18n::disponible(langue) {
        dispatch.dispatch(AppAction::ChangerLangue(langue));
    } else {
        #[cfg(target_arch = "wasm32")]
        wasm_bindgen_futures::spawn_local(async move {
            match chargement::charger_langue(langue).await {
                Ok(()) => dispatch.dispatch(AppAction::ChangerLangue(langue)),
                Err(e) => {
                    web_sys::console::warn_1(&format!("langue : {e}").into());
                    dispatch.dispatch(AppAction::LangueIndisponible(langue));
                }
            }
        });
    }
}

/// The interface's words, in the chosen language.
#[hook]
pub fn use_textes() -> &'static i18n::Textes {
    use_app_state().langue.textes()
}

/// The app state, in a component.
#[hook]
pub fn use_app_state() -> Rc<AppState> {
    use_context::<Rc<AppState>>().expect("App provides the state")
}

/// Sends actions to the reducer, from a component.
#[hook]
pub fn use_dispatch() -> UseReducerDispatcher<AppState> {
    use_context::<UseReducerDispatcher<AppState>>().expect("App provides the dispatcher")
}

/// Starts the first program (wasm entry point of `app`): inside the host page's
/// `[data-offre-services]` element if there is one, else as the whole page.
pub fn start() {
    demarrer(false);
}

/// Starts the complete program (entry point of `complet`), taking over from the first one if
/// it ran (`programme`).
pub fn start_complet() {
    programme::installer(pages::ecrans_complets);
    demarrer(true);
}

fn demarrer(complet: bool) {
    browser::install_panic_screen();
    browser::surveiller_erreurs();
    // Drawn in a task of its own, not in the one that sets the program up: neither holds the
    // page long (each first call of the program's code is compiled then, on the main thread).
    gloo::timers::callback::Timeout::new(0, move || monter(complet)).forget();
}

fn monter(complet: bool) {
    let reprise = if complet { browser::prendre_la_releve() } else { None };
    let app = if let Some(m) = browser::preparer_montage() {
        // In a host page, the screen is in memory only: the first program's, handed over.
        let route = reprise.as_ref().map_or(m.route, |r| r.route.clone());
        let props =
            AppProps { initial_route: Some(route), integre: true, compact: m.compact, reprise, ..AppProps::default() };
        yew::Renderer::<App>::with_root_and_props(m.conteneur, props).render()
    } else {
        let route = browser::current_route();
        browser::garder_saisie_premier_ecran();
        let app =
            yew::Renderer::<App>::with_props(AppProps { initial_route: Some(route), reprise, ..AppProps::default() })
                .render();
        browser::enregistrer_service_worker();
        app
    };
    if !complet {
        browser::arreter_sur_demande(move || app.destroy());
    }
}
