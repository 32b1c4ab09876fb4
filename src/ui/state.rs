//! The single reducer holding the app's state.

use crate::route::Route;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
}

impl AppState {
    pub fn new(route: Route) -> Self {
        Self { route }
    }
}

#[derive(Debug)]
pub enum AppAction {
    Navigate(Route),
}

impl Reducible for AppState {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        match action {
            AppAction::Navigate(route) if route == self.route => self,
            AppAction::Navigate(route) => Rc::new(AppState { route, ..(*self).clone() }),
        }
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
}
