//! Two programs. The first (bin `app`) draws the home screen, the catalogue, the fiches, the
//! glossary and « À propos »: what most visits need, so it is what a visit downloads first. The
//! complete one (bin `complet`) draws every screen: the questionnaire, its results and the
//! referent's tools too. When a screen of the first needs the complete program, the page's
//! scripts fetch it (`offreInsertionComplet`, in demarrage.js and embed.js) and it takes over
//! where the first one stood: same screen, language, mode and selection. A link to one of its
//! screens starts it at once (the loader of `catalog premier-ecran`).

use crate::i18n::Langue;
use offre_insertion::route::Route;
use yew::Html;

/// The screens only the complete program draws.
pub type Ecrans = fn(&Route) -> Html;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static ECRANS: std::cell::Cell<Option<Ecrans>> = const { std::cell::Cell::new(None) };
}

/// The complete program's screens, if this is it (natively, always: static pages and tests).
pub fn ecrans_complets() -> Option<Ecrans> {
    #[cfg(target_arch = "wasm32")]
    return ECRANS.with(std::cell::Cell::get);
    #[cfg(not(target_arch = "wasm32"))]
    Some(crate::pages::ecrans_complets)
}

/// Whether this screen waits for the complete program: one of its screens, in the first program.
pub fn attendu(route: &Route) -> bool {
    route.du_programme_complet() && ecrans_complets().is_none()
}

/// Makes this program the complete one (its entry point only names the screens here).
pub fn installer(ecrans: Ecrans) {
    #[cfg(target_arch = "wasm32")]
    ECRANS.with(|e| e.set(Some(ecrans)));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = ecrans;
}

/// What the first program hands over: where the person stands, in their words.
#[derive(Clone, Debug, PartialEq)]
pub struct Reprise {
    pub route: Route,
    pub langue: Langue,
    pub mode_pro: bool,
    pub selection: Vec<String>,
}

impl Reprise {
    /// One line each: the route's fragment, the language, the mode, then a service per line.
    pub fn ecrire(&self) -> String {
        let mut texte = format!("{}\n{}\n{}", self.route.to_fragment(), self.langue.code(), u8::from(self.mode_pro));
        for id in &self.selection {
            texte.push('\n');
            texte.push_str(id);
        }
        texte
    }

    /// None for anything `ecrire` did not write (the complete program then starts afresh).
    pub fn lire(texte: &str) -> Option<Reprise> {
        let mut lignes = texte.split('\n');
        let route = Route::parse(lignes.next().filter(|f| f.starts_with("#/"))?);
        let langue = Langue::from_code(lignes.next()?)?;
        let mode_pro = match lignes.next()? {
            "0" => false,
            "1" => true,
            _ => return None,
        };
        let selection = lignes.filter(|id| !id.is_empty()).map(str::to_owned).collect();
        Some(Reprise { route, langue, mode_pro, selection })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reprise_reads_back_as_written() {
        let reprise = Reprise {
            route: Route::Questionnaire { etape: 2, reponses: "cp=75019&proj=emploi".into() },
            langue: Langue::Ar,
            mode_pro: true,
            selection: vec!["epi-flandre".into(), "garantie-jeunes".into()],
        };
        assert_eq!(Reprise::lire(&reprise.ecrire()), Some(reprise));
        let vide = Reprise { route: Route::Accueil, langue: Langue::Fr, mode_pro: false, selection: Vec::new() };
        assert_eq!(Reprise::lire(&vide.ecrire()), Some(vide));
    }

    #[test]
    fn anything_else_is_no_reprise() {
        for texte in ["", "undefined", "#/\nxx\n0", "#/\nfr\n2", "#/\nfr", "plan\nfr\n0"] {
            assert_eq!(Reprise::lire(texte), None, "{texte:?}");
        }
    }
}
