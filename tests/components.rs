//! Components rendered to HTML natively with `yew::LocalServerRenderer`: no browser needed.

use offre_insertion::route::Route;
use offre_insertion::ui::{App, AppProps};
use yew::LocalServerRenderer;

async fn render(route: Route) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { initial_route: Some(route) })
        .hydratable(false)
        .render()
        .await
}

#[tokio::test(flavor = "current_thread")]
async fn home_screen_has_heading_landmarks_and_skip_link() {
    let html = render(Route::Accueil).await;
    assert!(html.contains("<h1>Trouver un accompagnement vers l'emploi à Paris</h1>"), "{html}");
    assert!(html.contains(r#"<main id="contenu" tabindex="-1">"#), "{html}");
    assert!(html.contains(r##"<a href="#contenu" class="lien-evitement">Aller au contenu</a>"##), "{html}");
    assert!(html.contains(r#"aria-label="Menu principal""#));
    // The current page is marked for assistive technologies.
    assert!(html.contains(r##"<a href="#/" aria-current="page">Accueil</a>"##), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn unknown_route_renders_page_introuvable_with_the_fragment() {
    let html = render(Route::parse("#/pas-une-page")).await;
    assert!(html.contains("<h1>Page introuvable</h1>"), "{html}");
    assert!(html.contains("/pas-une-page"));
    assert!(html.contains(r##"href="#/""##));
}
