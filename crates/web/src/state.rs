//! The single reducer holding the app's state.

use super::i18n::Langue;
use offre_insertion::route::Route;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// Denser lists with eligibility details and the selection basket.
    pub mode_pro: bool,
    /// Ids of the services selected for the person's sheet.
    pub selection: Vec<String>,
    /// Keep the selection in this browser's local storage (only when asked).
    pub memoriser_selection: bool,
    /// A one-off message (e.g. corrupt storage was reset), shown in the interface's language.
    pub message: Option<Message>,
    /// The language the interface is in.
    pub langue: Langue,
    /// The language the person chose: the interface switches once its words have arrived
    /// (`crate::choisir_langue`); this is the one remembered.
    pub langue_voulue: Langue,
    /// Keep the language choice in local storage (only when asked).
    pub memoriser_langue: bool,
    /// Whether the browser lets the app keep anything on the device (it may refuse: blocked
    /// third-party storage, some private modes). Without it, everything but remembering works.
    pub stockage: bool,
    /// A commune the index does not know was typed: France's communes are fetched.
    pub france_demandee: bool,
    /// « Tout télécharger pour consulter hors ligne », once asked: where it stands.
    pub hors_ligne: Option<HorsLigne>,
    /// Départements a search named by a place (« permanence vitry »): their packs are fetched,
    /// beside those the address asks for.
    pub departements_demandes: Vec<String>,
    /// The complete program (`crate::programme`) could not be fetched: its screens say so.
    pub programme_indisponible: bool,
}

impl AppState {
    pub fn new(route: Route) -> Self {
        Self {
            route,
            mode_pro: false,
            selection: Vec::new(),
            memoriser_selection: false,
            message: None,
            langue: Langue::Fr,
            langue_voulue: Langue::Fr,
            memoriser_langue: false,
            stockage: true,
            france_demandee: false,
            hors_ligne: None,
            departements_demandes: Vec::new(),
            programme_indisponible: false,
        }
    }
}

/// One-off messages; their words are in the language tables.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Message {
    /// The stored selection could not be read, and was erased.
    SelectionIllisible,
    /// A language's pack could not be downloaded: the page stays in French.
    LangueIndisponible(Langue),
}

/// Downloading the rest of the catalogue (lots of fiches, France's communes) so that the
/// service worker keeps it: it goes on while the person browses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum HorsLigne {
    /// No service worker controls the page (private mode, a sandboxed frame): nothing would be
    /// kept, so nothing is fetched.
    Impossible,
    EnCours {
        faits: usize,
        echecs: usize,
        total: usize,
    },
}

impl HorsLigne {
    /// Every file has been tried.
    pub fn fini(self) -> bool {
        match self {
            HorsLigne::Impossible => true,
            HorsLigne::EnCours { faits, echecs, total } => faits + echecs >= total,
        }
    }
}

#[derive(Debug)]
pub enum AppAction {
    Navigate(Route),
    BasculerModePro,
    BasculerSelection(String),
    ViderSelection,
    MemoriserSelection(bool),
    /// Outcome of reading the stored selection: the ids, or a message if it was unreadable.
    Restaurer(Result<Vec<String>, Message>),
    /// The workspace this tab kept (session storage): mode professionnel and selection. It wins
    /// over the device's copy, being this tab's latest.
    ReprendreOnglet {
        mode_pro: bool,
        selection: Vec<String>,
    },
    /// Adds entries to the selection (those of a shared link), keeping the order, no duplicate.
    AjouterASelection(Vec<String>),
    /// The person chose a language (its words may not be here yet).
    VouloirLangue(Langue),
    /// A language's words are at hand: the interface switches, if it is still the one wanted.
    ChangerLangue(Langue),
    /// Its words could not be had.
    LangueIndisponible(Langue),
    MemoriserLangue(bool),
    /// The browser refuses local storage: nothing can be remembered.
    StockageIndisponible,
    /// The complete program could not be fetched (no connection, not kept offline).
    ProgrammeIndisponible,
    DemanderFrance,
    /// The person asked for everything offline: `total` files to fetch, or `None` when the
    /// browser cannot keep them.
    TelechargerHorsLigne(Option<usize>),
    /// One of those files arrived (`true`) or could not be had.
    FichierHorsLigne(bool),
    /// A search named a place of this département.
    DemanderDepartement(String),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            AppAction::Navigate(route) if route == self.route => return self,
            AppAction::Navigate(route) => {
                next.route = route;
                next.message = None;
                // The complete program is asked again, if this screen needs it.
                next.programme_indisponible = false;
            }
            AppAction::BasculerModePro => next.mode_pro = !next.mode_pro,
            AppAction::BasculerSelection(id) => {
                if let Some(i) = next.selection.iter().position(|s| *s == id) {
                    next.selection.remove(i);
                } else {
                    next.selection.push(id);
                }
            }
            AppAction::ViderSelection => next.selection.clear(),
            AppAction::MemoriserSelection(keep) => next.memoriser_selection = keep && next.stockage,
            AppAction::ProgrammeIndisponible => next.programme_indisponible = true,
            AppAction::StockageIndisponible => {
                next.stockage = false;
                next.memoriser_selection = false;
                next.memoriser_langue = false;
            }
            AppAction::Restaurer(Ok(ids)) => {
                next.selection = ids;
                next.memoriser_selection = true;
                next.mode_pro = true;
            }
            AppAction::Restaurer(Err(message)) => next.message = Some(message),
            AppAction::ReprendreOnglet { mode_pro, selection } => {
                next.mode_pro = mode_pro;
                next.selection = selection;
            }
            AppAction::AjouterASelection(ids) => {
                for id in ids {
                    if !next.selection.contains(&id) {
                        next.selection.push(id);
                    }
                }
                next.mode_pro = true;
            }
            AppAction::VouloirLangue(langue) => {
                next.langue_voulue = langue;
                next.message = next.message.filter(|m| !matches!(m, Message::LangueIndisponible(_)));
            }
            AppAction::ChangerLangue(langue) if langue == next.langue_voulue => next.langue = langue,
            AppAction::LangueIndisponible(langue) if langue == next.langue_voulue => {
                next.message = Some(Message::LangueIndisponible(langue));
            }
            AppAction::ChangerLangue(_) | AppAction::LangueIndisponible(_) => return self,
            AppAction::MemoriserLangue(keep) => next.memoriser_langue = keep && next.stockage,
            AppAction::DemanderFrance => next.france_demandee = true,
            AppAction::TelechargerHorsLigne(total) => {
                next.hors_ligne = Some(match total {
                    Some(total) => HorsLigne::EnCours { faits: 0, echecs: 0, total },
                    None => HorsLigne::Impossible,
                });
            }
            AppAction::DemanderDepartement(d) if self.departements_demandes.contains(&d) => return self,
            AppAction::DemanderDepartement(d) => next.departements_demandes.push(d),
            AppAction::FichierHorsLigne(arrive) => match &mut next.hors_ligne {
                Some(HorsLigne::EnCours { faits, echecs, .. }) => *(if arrive { faits } else { echecs }) += 1,
                _ => return self,
            },
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn navigating_changes_the_route_and_same_route_keeps_state() {
        let state = Rc::new(AppState::new(Route::Accueil));
        let same = state.clone().reduce(AppAction::Navigate(Route::Accueil));
        assert!(Rc::ptr_eq(&state, &same));
        let next = state.reduce(AppAction::Navigate(Route::Glossaire));
        assert_eq!(next.route, Route::Glossaire);
    }

    #[test]
    fn selection_toggles_and_restores() {
        let s = Rc::new(AppState::new(Route::Accueil));
        let s = s.reduce(AppAction::BasculerSelection("a".into()));
        let s = s.reduce(AppAction::BasculerSelection("b".into()));
        let s = s.reduce(AppAction::BasculerSelection("a".into()));
        assert_eq!(s.selection, ["b"]);
        let s = s.reduce(AppAction::Restaurer(Err(Message::SelectionIllisible)));
        assert_eq!(s.message, Some(Message::SelectionIllisible));
        assert_eq!(s.selection, ["b"], "a failed restore loses nothing");
        let s = s.reduce(AppAction::Navigate(Route::Plan));
        assert_eq!(s.message, None);
    }

    #[test]
    fn the_tab_s_workspace_wins_and_shared_entries_are_added_once() {
        let s = Rc::new(AppState::new(Route::Accueil));
        let s = s.reduce(AppAction::Restaurer(Ok(vec!["a".into()])));
        let s = s.reduce(AppAction::ReprendreOnglet { mode_pro: false, selection: vec!["b".into(), "c".into()] });
        assert!(!s.mode_pro);
        assert_eq!(s.selection, ["b", "c"]);
        let s = s.reduce(AppAction::AjouterASelection(vec!["c".into(), "d".into()]));
        assert_eq!(s.selection, ["b", "c", "d"]);
        assert!(s.mode_pro, "taking a shared selection is professional work");
    }

    #[test]
    fn without_storage_nothing_is_remembered_and_nothing_is_lost() {
        let s = Rc::new(AppState::new(Route::Accueil));
        let s = s.reduce(AppAction::BasculerSelection("a".into()));
        let s = s.reduce(AppAction::MemoriserSelection(true));
        assert!(s.memoriser_selection);
        let s = s.reduce(AppAction::StockageIndisponible);
        assert!(!s.stockage && !s.memoriser_selection);
        let s = s.reduce(AppAction::MemoriserSelection(true)).reduce(AppAction::MemoriserLangue(true));
        assert!(!s.memoriser_selection && !s.memoriser_langue, "a box cannot promise what the browser refuses");
        assert_eq!(s.selection, ["a"], "the selection itself stays for the session");
    }

    #[test]
    fn downloading_for_offline_counts_each_file_and_a_retry_starts_again() {
        let s = Rc::new(AppState::new(Route::Accueil));
        let ignore = s.clone().reduce(AppAction::FichierHorsLigne(true));
        assert!(Rc::ptr_eq(&s, &ignore), "a file nobody asked for changes nothing");
        let s = s.reduce(AppAction::TelechargerHorsLigne(Some(3)));
        let s = s.reduce(AppAction::FichierHorsLigne(true)).reduce(AppAction::FichierHorsLigne(false));
        assert_eq!(s.hors_ligne, Some(HorsLigne::EnCours { faits: 1, echecs: 1, total: 3 }));
        assert!(!s.hors_ligne.unwrap().fini());
        let s = s.reduce(AppAction::FichierHorsLigne(true));
        assert!(s.hors_ligne.unwrap().fini());
        let s = s.reduce(AppAction::TelechargerHorsLigne(Some(3)));
        assert_eq!(s.hors_ligne, Some(HorsLigne::EnCours { faits: 0, echecs: 0, total: 3 }));
        let s = s.reduce(AppAction::TelechargerHorsLigne(None));
        assert!(s.hors_ligne.unwrap().fini(), "nothing to wait for when nothing can be kept");
    }

    #[test]
    fn a_departement_named_by_a_search_is_asked_once() {
        let s = Rc::new(AppState::new(Route::Accueil)).reduce(AppAction::DemanderDepartement("94".into()));
        let encore = s.clone().reduce(AppAction::DemanderDepartement("94".into()));
        assert!(Rc::ptr_eq(&s, &encore), "asked again: nothing changes, nothing is fetched twice");
        assert_eq!(s.departements_demandes, ["94"]);
    }
}
