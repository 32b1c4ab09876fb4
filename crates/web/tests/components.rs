//! Screens rendered to HTML natively with `yew::LocalServerRenderer`: no browser needed.

use offre_insertion::route::Route;
use offre_insertion_web::{App, AppProps};
use yew::LocalServerRenderer;

async fn render(route: Route) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { initial_route: Some(route), ..AppProps::default() })
        .hydratable(false)
        .render()
        .await
}

async fn render_fragment(fragment: &str) -> String {
    render(Route::parse(fragment)).await
}

/// The text inside the first `<h1>`.
fn h1(html: &str) -> &str {
    let start = html.find("<h1").and_then(|i| html[i..].find('>').map(|j| i + j + 1)).expect("an h1");
    let end = start + html[start..].find("</h1>").unwrap();
    &html[start..end]
}

#[tokio::test(flavor = "current_thread")]
async fn home_screen_has_heading_landmarks_search_and_doors() {
    let html = render(Route::Accueil).await;
    assert_eq!(h1(&html), "Trouver un accompagnement vers l'emploi à Paris");
    assert!(html.contains(r#"<main id="contenu" tabindex="-1">"#), "{html}");
    assert!(html.contains(r##"<a href="#contenu" class="lien-evitement">Aller au contenu</a>"##), "{html}");
    assert!(html.contains(r#"aria-label="Menu principal""#));
    assert!(html.contains(r##"<a href="#/" aria-current="page">Accueil</a>"##), "{html}");
    assert!(html.contains(r#"role="search""#));
    for door in [
        "Je cherche un emploi",
        "Je perçois le RSA",
        "J'ai moins de 26 ans",
        "Je veux me former",
        "Je veux créer mon activité",
        "Je suis professionnel·le",
    ] {
        assert!(html.contains(door), "door « {door} » missing");
    }
    assert!(html.contains("Catalogue version 1."), "footer shows the catalogue version");
}

#[tokio::test(flavor = "current_thread")]
async fn unknown_route_renders_page_introuvable_with_the_fragment() {
    let html = render_fragment("#/pas-une-page").await;
    assert_eq!(h1(&html), "Page introuvable");
    assert!(html.contains("/pas-une-page"));
    assert!(html.contains(r##"href="#/""##));
}

#[tokio::test(flavor = "current_thread")]
async fn unknown_service_id_is_page_introuvable_not_a_crash() {
    let html = render_fragment("#/service/nexiste-pas").await;
    assert_eq!(h1(&html), "Page introuvable");
}

#[tokio::test(flavor = "current_thread")]
async fn catalogue_search_finds_without_accents_and_announces_the_count() {
    let html = render_fragment("#/catalogue?q=creche").await;
    assert_eq!(h1(&html), "Catalogue des services");
    assert!(html.contains(r#"role="status" aria-live="polite""#));
    assert!(html.contains("Pack Réussite"), "crèche found from « creche »");
    assert!(html.contains(" résultat"));
    // Headings descend one level at a time: h1, the list's h2, the cards' h3.
    let h2 = html.find(r#"<h2 class="visuellement-cache">Résultats</h2>"#).expect("the list's heading");
    assert!(h2 < html.find("<h3").expect("cards"), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_long_list_shows_twenty_cards_and_the_rest_on_demand_with_the_whole_count() {
    let html = render_fragment("#/catalogue").await;
    let cartes = html.matches(r#"<li class="carte"#).count();
    assert_eq!(cartes, 20, "a screenful at first");
    let compte = &html[html.find(r#"class="compte""#).unwrap()..];
    let total: usize = compte[compte.find('>').unwrap() + 1..].split_whitespace().next().unwrap().parse().unwrap();
    assert!(total > 40, "the count announced is the whole list: {total}");
    assert!(html.contains(&format!("Afficher plus de résultats (encore {})", total - 20)), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn catalogue_without_results_suggests_other_searches() {
    let html = render_fragment("#/catalogue?q=zzzzqqqq").await;
    assert!(html.contains("Aucun résultat"));
    assert!(html.contains("Essayez un mot plus simple"));
}

#[tokio::test(flavor = "current_thread")]
async fn service_fiche_shows_conditions_sources_acronyms_and_unknown_contacts() {
    let html = render_fragment("#/service/plie-paris-accompagnement").await;
    // Acronyms open on a tap: a button, not a `title` a touch screen never shows.
    assert!(
        h1(&html).contains(r#"<button type="button" aria-expanded="false" class="sigle">PLIE</button> de Paris"#),
        "{}",
        h1(&html)
    );
    assert!(!html.contains("<abbr title=\"Plan Local"), "no hover-only expansion outside links");
    assert!(html.contains("Conditions d'accès") || html.contains("Conditions d&#x27;accès"));
    assert!(html.contains("ne donnent ni adresse"), "says plainly that contacts are unknown");
    assert!(html.contains(r#"<details class="sources"><summary>Sources</summary>"#), "for mode professionnel (CSS)");
    assert!(!html.contains(".txt"), "never a file name");
    // No recipient set (as shipped): no dead-end mail link, but whom to tell.
    assert!(!html.contains("Signaler une erreur") && !html.contains("mailto:?"), "no mail without a recipient");
    assert!(html.contains("Dites-le à"), "whom to tell instead");
}

#[tokio::test(flavor = "current_thread")]
async fn signaler_une_erreur_only_with_a_recipient() {
    use std::rc::Rc;
    let (mut c, _) = offre_insertion_web::catalogue_embarque();
    c.meta.signalement = Some("mailto:catalogue@exemple.fr".into());
    let props = AppProps {
        initial_route: Some(Route::parse("#/service/garantie-jeunes")),
        catalogue: Some(Rc::new(c)),
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(r#"href="mailto:catalogue@exemple.fr?subject="#), "{html}");
    assert!(html.contains("Signaler une erreur"));
    let html = render_fragment("#/structure/ville-de-paris").await;
    assert!(html.contains("Dites-le à Ville de Paris : <a href=\"tel:3975\">3975</a>"), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn structure_fiche_shows_a_sourced_contact() {
    let html = render_fragment("#/structure/ville-de-paris").await;
    assert_eq!(h1(&html), "Ville de Paris");
    assert!(html.contains("tel:3975"), "the 3975 comes from the 2016 plan");
    let (c, _) = offre_insertion_web::catalogue_embarque();
    let siens: Vec<&str> =
        c.services.iter().filter(|s| s.structure_id == "ville-de-paris").map(|s| s.id.as_str()).collect();
    assert!(siens.len() >= 2, "{siens:?}");
    for id in siens {
        assert!(html.contains(&format!("#/service/{id}\"")), "{id}: listed on its structure's fiche");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn questionnaire_shows_one_question_with_progress_and_skip() {
    let html = render_fragment("#/questionnaire/1").await;
    assert_eq!(h1(&html), "Quel est votre code postal ?");
    let (c, _) = offre_insertion_web::catalogue_embarque();
    let toutes = c.questions.len();
    assert!(html.contains(&format!("Question 1 sur {toutes}")), "every question counts, from the start");
    assert!(html.contains("je préfère ne pas répondre"));
    assert!(!html.contains("Précédent"), "nothing before the first question");
    let html = render_fragment("#/questionnaire/2?cp=75019").await;
    let (precedent, suivant) = (html.find("Précédent").expect("Précédent"), html.find(">Suivant<").expect("Suivant"));
    assert!(precedent < suivant, "« Précédent » comes first");
    assert!(html.contains("Voir mes résultats maintenant"), "one can stop at any question");
    assert!(!html.contains("maxlength=\"3\""), "« vingt-deux » fits in the field");
}

#[tokio::test(flavor = "current_thread")]
async fn the_count_never_changes_and_a_question_that_does_not_apply_is_stepped_over() {
    let (c, _) = offre_insertion_web::catalogue_embarque();
    let toutes = c.questions.len();
    let html = render_fragment("#/questionnaire/1?sit=famille_monoparentale").await;
    assert!(html.contains(&format!("Question 1 sur {toutes}")));
    // The single-parent question keeps its number; without that situation, the next one shows.
    let e3 = 1 + c.questions.iter().filter(|q| q.ordre < 9).count();
    let html = render_fragment(&format!("#/questionnaire/{e3}?sit=famille_monoparentale")).await;
    assert_eq!(h1(&html), "Avez-vous un enfant de moins de 3 ans ?");
    assert!(html.contains(&format!("Question {e3} sur {toutes}")));
    let html = render_fragment(&format!("#/questionnaire/{e3}?sit=artiste")).await;
    assert_eq!(h1(&html), "Quel est votre diplôme le plus élevé ?");
    assert!(html.contains(&format!("Question {} sur {toutes}", e3 + 1)));
}

#[tokio::test(flavor = "current_thread")]
async fn a_question_the_home_door_answered_is_not_asked_again() {
    let (c, _) = offre_insertion_web::catalogue_embarque();
    let toutes = c.questions.len();
    let porte_rsa = "#/questionnaire/1?res=rsa&porte=res";
    let html = render_fragment(porte_rsa).await;
    assert!(html.contains(&format!("Question 1 sur {}", toutes - 1)), "the RSA question is not counted");
    let accueil = render(Route::Accueil).await;
    assert!(accueil.contains(&format!("href=\"{}\"", porte_rsa.replace('&', "&amp;"))), "the RSA door leads here");
    for etape in 1..toutes {
        let html = render_fragment(&format!("#/questionnaire/{etape}?res=rsa&porte=res")).await;
        assert_ne!(h1(&html), "Percevez-vous l'une de ces aides ?", "step {etape}");
    }
    // The door's mark goes along with the answers.
    let html = render_fragment("#/questionnaire/2?cp=75019&res=rsa&porte=res").await;
    assert!(html.contains("res=rsa&amp;porte=res") || html.contains("res=rsa&porte=res"), "{html}");
}

#[tokio::test(flavor = "current_thread")]
async fn results_show_parcours_entry_point_and_reasons() {
    let html = render_fragment("#/resultats?cp=75019&res=rsa&dispo=oui&fr=garde_enfants").await;
    assert_eq!(h1(&html), "Vos résultats");
    assert!(html.contains("Parcours emploi renforcé"));
    assert!(html.contains("EPI Flandre"));
    assert!(html.contains("habitez le 19e"));
    assert!(html.contains("Imprimer") && html.contains("Partager"));
    // The first step comes first: who, why, how; the rest follows, closed on a phone.
    let carte = html.find("Votre première étape").expect("the first step");
    assert!(carte < html.find("Votre parcours").unwrap() && carte < html.find("Services qui peuvent").unwrap());
    let carte = &html[carte..html.find("Votre parcours").unwrap()];
    assert!(carte.contains("EPI Flandre") && carte.contains("habitez le 19e"), "who and why: {carte}");
    assert!(carte.contains(r#"href="tel:3975""#), "how: {carte}");
    assert!(html.contains(r#"aria-expanded="false" aria-controls="contenu-services""#), "services closed at first");
}

#[tokio::test(flavor = "current_thread")]
async fn broken_share_link_shows_a_notice_and_the_valid_part() {
    let html = render_fragment("#/resultats?cp=75019&age=abc&fr=sante.volcan&res=rsa").await;
    assert!(html.contains("Certaines réponses n&#x27;ont pas pu") || html.contains("Certaines réponses n'ont pas pu"));
    assert!(html.contains("volcan"));
    assert!(html.contains("EPI Flandre"), "the valid part is used");
}

#[tokio::test(flavor = "current_thread")]
async fn plan_lists_the_twenty_arrondissements_with_counts() {
    let html = render(Route::Plan).await;
    assert!(html.contains("<svg"));
    for n in ["1er arrondissement", "16e arrondissement", "20e arrondissement"] {
        assert!(html.contains(n), "{n}");
    }
    assert!(html.contains("#/catalogue?arr=19"));
    // Each tile's count is that of the list it opens.
    for n in ["1", "13", "19"] {
        let tuile = html.split(&format!(r##"href="#/catalogue?arr={n}""##)).nth(1).expect("a tile");
        let compte = tuile.split("arrondissements__compte\">").nth(1).and_then(|x| x.split('<').next()).unwrap();
        let liste = render_fragment(&format!("#/catalogue?arr={n}")).await;
        let annonce =
            liste.split(r#"aria-live="polite" class="compte">"#).nth(1).and_then(|x| x.split('<').next()).unwrap();
        assert_eq!(compte, annonce, "arrondissement {n}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_catalogue_opens_on_the_territory_in_use_and_the_others_on_request() {
    let html = render_fragment("#/catalogue?q=plie").await;
    assert!(html.contains("PLIE de Paris") || html.contains("<abbr"), "{html}");
    assert!(html.contains("Services de Paris (75) et services nationaux."));
    let paris = render_fragment("#/catalogue?q=plie%20aurillac").await;
    assert!(!paris.contains("Aurillac</a>"), "no PLIE of Aurillac in Paris by default");
    let tous = render_fragment("#/catalogue?q=plie%20aurillac&dep=tous").await;
    assert!(tous.contains("Aurillac</a>"), "every territory on request");
    assert!(html.contains(r##"href="#/catalogue?q=plie&amp;dep=tous""##), "the way to ask is on the page");
}

#[tokio::test(flavor = "current_thread")]
async fn glossary_and_about() {
    let html = render(Route::Glossaire).await;
    assert!(html.contains("Ensemble Paris Emploi Compétences"));
    let html = render(Route::APropos).await;
    assert!(html.contains("n'envoie rien") || html.contains("n&#x27;envoie rien"));
    assert!(html.contains("Journal des versions"));
    // The changelog is rendered, not shown as Markdown.
    let (c, _) = offre_insertion_web::catalogue_embarque();
    assert!(html.contains(&format!("<h4>{} — {}</h4>", c.meta.version, c.meta.date)), "{html}");
    assert!(html.contains("<code>version</code>") && html.contains("<strong>"));
    assert!(!html.contains("## ") && !html.contains("**") && !html.contains("`"), "no Markdown left");
    assert!(!html.contains(".txt"), "documents by their titles, never their file names");
}

#[tokio::test(flavor = "current_thread")]
async fn english_interface_with_french_content_marked() {
    use offre_insertion_web::i18n::Langue;
    let props = AppProps { initial_route: Some(Route::Accueil), langue: Some(Langue::En), ..AppProps::default() };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert_eq!(h1(&html), "Find support towards employment in Paris");
    assert!(html.contains(r#"lang="en" dir="ltr""#), "lang and dir at the root");
    assert!(html.contains(r#"lang="fr" dir="ltr" aria-pressed="false" class="bouton bouton--discret langues__choix"><span aria-hidden="true" class="langues__court">FR</span><span class="langues__long">Français</span></button>"#), "French named in French");
    let props = AppProps {
        initial_route: Some(Route::parse("#/questionnaire/1")),
        langue: Some(Langue::En),
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert_eq!(h1(&html), "What is your postcode?");
    assert!(html.contains("Question 1 of 10"));
    let props = AppProps {
        initial_route: Some(Route::parse("#/service/garantie-jeunes")),
        langue: Some(Langue::En),
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert!(
        html.contains(r#"<h1 lang="fr" dir="ltr">Garantie Jeunes</h1>"#),
        "catalogue content stays French and says so"
    );
    assert!(html.contains("Eligibility"));
}

#[tokio::test(flavor = "current_thread")]
async fn arabic_interface_right_to_left_with_french_content_isolated() {
    use offre_insertion_web::i18n::Langue;
    let arabe = offre_insertion::text::ecrit_en_arabe;
    let rendre = |fragment: &str| {
        let props =
            AppProps { initial_route: Some(Route::parse(fragment)), langue: Some(Langue::Ar), ..AppProps::default() };
        LocalServerRenderer::<App>::with_props(props).hydratable(false).render()
    };
    let html = rendre("#/").await;
    assert!(arabe(h1(&html)), "the home heading is in Arabic: {}", h1(&html));
    assert!(html.contains(r#"lang="ar" dir="rtl""#), "lang and dir at the root");
    assert!(html.contains(">دليل الخدمات</a>"), "the menu is in Arabic");
    // The language choice: each language named in itself, the current one pressed.
    assert!(
        html.contains(
            r#"lang="ar" dir="rtl" aria-pressed="true" class="bouton bouton--discret langues__choix"><span aria-hidden="true" class="langues__court">عربي</span><span class="langues__long">العربية</span></button>"#
        ),
        "{html}"
    );
    assert!(html.contains(
        r#"lang="fr" dir="ltr" aria-pressed="false" class="bouton bouton--discret langues__choix"><span aria-hidden="true" class="langues__court">FR</span><span class="langues__long">Français</span></button>"#
    ));
    assert!(html.contains(
        r#"lang="en" dir="ltr" aria-pressed="false" class="bouton bouton--discret langues__choix"><span aria-hidden="true" class="langues__court">EN</span><span class="langues__long">English</span></button>"#
    ));
    let html = rendre("#/service/garantie-jeunes").await;
    assert!(html.contains(r#"<h1 lang="fr" dir="ltr">Garantie Jeunes</h1>"#), "French content isolated");
    assert!(html.contains("شروط الاستفادة"), "the fiche's headings are in Arabic");
    assert!(!html.contains(r#"lang="fr">"#), "every French element also has dir=ltr");
    // The questions are the catalogue's own Arabic, not French marked as such.
    let html = rendre("#/questionnaire/1").await;
    assert!(arabe(h1(&html)) && !h1(&html).contains("<bdi"), "{}", h1(&html));
    assert!(html.contains("السؤال 1 من"));
}

/// The repository's catalogue with the test fixture's territory imported (as `catalog import`).
fn catalogue_avec_import() -> std::rc::Rc<offre_insertion::catalogue::Catalogue> {
    use offre_insertion::catalogue::{date::Date, fichiers, import, load};
    let dir = std::env::temp_dir().join(format!("composants-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let copier = |from: &std::path::Path, to: &std::path::Path| {
        fn copier(from: &std::path::Path, to: &std::path::Path) {
            std::fs::create_dir_all(to).unwrap();
            for e in std::fs::read_dir(from).unwrap().flatten() {
                if e.path().is_dir() {
                    copier(&e.path(), &to.join(e.file_name()));
                } else {
                    std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
                }
            }
        }
        copier(from, to)
    };
    copier(&fichiers::dossier_du_depot(), &dir);
    let demande = import::Demande {
        depuis: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/data-inclusion"),
        nom: "essai".into(),
        territoires: vec![offre_insertion::territoire::Territoire::parse("75").unwrap()],
        catalogue: dir.clone(),
        aujourdhui: Date::parse("2026-12-02").unwrap(),
    };
    import::importer(&demande).unwrap();
    let (catalogue, _) = load::from_dir(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    std::rc::Rc::new(catalogue)
}

#[tokio::test(flavor = "current_thread")]
async fn an_imported_service_shows_its_address_phone_hours_and_provenance() {
    let props = AppProps {
        initial_route: Some(Route::Service { id: "dora--garde-19".into() }),
        catalogue: Some(catalogue_avec_import()),
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert_eq!(h1(&html), "Halte-garderie pour parents en recherche d'emploi");
    assert!(html.contains("2 quai de l'Exemple, 75019 Paris"), "{html}");
    assert!(
        html.contains(r#"href="geo:48.884000,2.370000?q=48.884000,2.370000("#),
        "a link opens the phone's maps app"
    );
    assert!(html.contains("https://www.openstreetmap.org/?mlat=48.884000&amp;mlon=2.370000"));
    assert!(html.contains(r#"href="tel:0100000002""#));
    assert!(html.contains("<th scope=\"row\">lundi</th><td>9 h – 17 h</td>"), "the week, in French");
    assert!(html.contains("Fermé les jours fériés."));
    assert!(html.contains("Information du 15 septembre 2026 (dora, via data·inclusion), importée le 2 décembre 2026."));
    // Hostile HTML in a description is text.
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;") && !html.contains("<img src=x"));
    // No clock when rendered ahead of time: « ouvert maintenant » comes in the browser.
    assert!(!html.contains("Ouvert maintenant"));
}

#[tokio::test(flavor = "current_thread")]
async fn hours_the_parser_cannot_read_are_shown_as_written_with_a_notice() {
    let props = AppProps {
        initial_route: Some(Route::Structure { id: "dora--vitry".into() }),
        catalogue: Some(catalogue_avec_import()),
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    // Vitry is outside 75: not imported with --territoire 75.
    assert_eq!(h1(&html), "Page introuvable");
    let props = AppProps {
        initial_route: Some(Route::Structure { id: "mission-locale-de-paris".into() }),
        catalogue: Some(catalogue_avec_import()),
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("1 rue de l'Exemple"), "the documents' structure gained the imported address");
    assert!(html.contains("9 h – 12 h 30, 13 h 30 – 17 h"));
}

#[tokio::test(flavor = "current_thread")]
async fn a_place_in_the_query_is_where_the_catalogue_searches_and_it_says_so() {
    let html = render_fragment("#/catalogue?q=rsa%20vitry").await;
    assert!(html.contains("Recherche dans : Vitry-sur-Seine"), "{html}");
    assert!(html.contains("dans le Val-de-Marne : un référent social"), "the Val-de-Marne's RSA services");
    assert!(!html.contains("EPI Flandre"), "not Paris's");
    assert!(!html.contains("Services de Paris (75) et services nationaux."), "not the territory in use");
    let html = render_fragment("#/catalogue?q=rsa%2019e").await;
    assert!(html.contains("Recherche dans : 19e arrondissement"));
    let html = render_fragment("#/catalogue?q=mes%20dettes").await;
    assert!(!html.contains("Recherche dans"), "no place named, nothing said");
}

#[tokio::test(flavor = "current_thread")]
async fn results_say_in_your_arrondissement_and_group_what_is_not_known_yet() {
    let html = render_fragment("#/resultats?cp=75019&res=rsa").await;
    assert!(html.contains("dans votre arrondissement"), "the EPI Flandre's RSA service is in the 19e");
    assert!(!html.contains("0,0 km"), "never « à environ 0,0 km »");
    assert!(!html.contains("Peut-être, selon votre situation") || html.contains("Répondre : "));
    let html = render_fragment("#/resultats?cp=75020&res=rsa&e3=1").await;
    let peut_etre = html.find("Peut-être, selon votre situation").expect("a « peut-être » group");
    assert!(peut_etre > html.find("Services qui peuvent vous aider").unwrap(), "after the confirmed services");
    let groupe = &html[peut_etre..];
    assert!(groupe.contains("caf-familles-monoparentales"), "the Caf's service for single parents");
    assert!(groupe.contains("Répondre : ") && groupe.contains("#/questionnaire/"), "the question that settles it");
    assert!(html.contains(r#"aria-controls="contenu-peut-etre""#), "one more collapsible section");
}
