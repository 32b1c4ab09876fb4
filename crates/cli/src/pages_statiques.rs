//! Static pages for every service and structure, rendered natively with the app's own
//! components: a person without WebAssembly or JavaScript can browse the whole catalogue, and
//! search engines can index it. `catalog pages --out DIR` writes them (the build puts them in
//! `dist/pages/`, linked from the `<noscript>` of the app's page).

use offre_insertion::catalogue::vocab::Statut;
use offre_insertion::catalogue::Catalogue;
use offre_insertion::route::Route;
use offre_insertion_web::{App, AppProps, Donnees, DonneesRef};
use std::path::{Path, PathBuf};

/// Writes `index.html`, `service/ID.html` and `structure/ID.html` below `out`.
pub fn generer(c: &Catalogue, out: &Path) -> Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    for kind in ["service", "structure"] {
        std::fs::create_dir_all(out.join(kind)).map_err(|e| format!("{} : {e}", out.display()))?;
    }
    let mut write = |path: PathBuf, html: String| -> Result<(), String> {
        std::fs::write(&path, html).map_err(|e| format!("{} : {e}", path.display()))?;
        written.push(path);
        Ok(())
    };
    // Prepared once (search index, acronyms) for every page: per page, it made the build
    // quadratic in the number of services.
    let donnees = DonneesRef(std::rc::Rc::new(Donnees::depuis(c.clone(), Vec::new())));
    for s in &c.services {
        let main = rendre(&donnees, Route::Service { id: s.id.clone() });
        write(out.join("service").join(format!("{}.html", s.id)), page(&s.nom, &main, "../", c))?;
    }
    for s in &c.structures {
        let main = rendre(&donnees, Route::Structure { id: s.id.clone() });
        write(out.join("structure").join(format!("{}.html", s.id)), page(&s.nom, &main, "../", c))?;
    }
    write(out.join("index.html"), page("Tout le catalogue", &index(c), "", c))?;
    Ok(written)
}

/// Puts the home screen, rendered natively with the app's components, at the top of the app's
/// page (`<div id="premier-ecran">`): it paints with the first bytes, before the program has
/// arrived; the program then takes its place (`browser::reprendre_premier_ecran`). The home
/// screen needs no catalogue, so this is exactly what the program draws first.
pub fn premier_ecran(page: &Path) -> Result<(), String> {
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(AppProps {
            initial_route: Some(Route::Accueil),
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    );
    let texte = std::fs::read_to_string(page).map_err(|e| format!("{} : {e}", page.display()))?;
    if texte.contains("id=\"premier-ecran\"") {
        return Err(format!("{} : l'écran d'accueil y est déjà", page.display()));
    }
    let corps = texte.find("<body>").ok_or_else(|| format!("{} : pas de <body>", page.display()))? + "<body>".len();
    let avec = format!("{}\n<div id=\"premier-ecran\">{html}</div>{}", &texte[..corps], &texte[corps..]);
    let avec = demarrer_apres_le_premier_affichage(&avec).map_err(|e| format!("{} : {e}", page.display()))?;
    std::fs::write(page, avec).map_err(|e| format!("{} : {e}", page.display()))
}

/// Trunk's loader imports the program at once, so on a slow line its 270 kB compete with the
/// page's own few kilobytes for the first paint. Ours asks for it right after that paint (or
/// 100 ms later at most, for a tab drawn in the background): the screen rendered ahead shows
/// first, and the program is only a frame later.
fn demarrer_apres_le_premier_affichage(page: &str) -> Result<String, String> {
    const CHARGEUR_TRUNK: &str = "import init, * as bindings from './app.js';";
    const CHARGEUR: &str =
        "await new Promise((r) => { requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 100); });\n\
                            const bindings = await import('./app.js'), init = bindings.default;";
    match page.matches(CHARGEUR_TRUNK).count() {
        1 => Ok(page.replace(CHARGEUR_TRUNK, CHARGEUR)),
        n => {
            Err(format!("le chargeur de Trunk (« {CHARGEUR_TRUNK} ») y est {n} fois au lieu d'une : Trunk a changé ?"))
        }
    }
}

/// The `<main>` of the app for a route, with in-app links turned into links between pages.
fn rendre(donnees: &DonneesRef, route: Route) -> String {
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(AppProps {
            initial_route: Some(route),
            donnees: Some(donnees.clone()),
            ..AppProps::default()
        })
        .hydratable(false)
        .render(),
    );
    let start = html.find("<main").unwrap_or(0);
    let end = html.rfind("</main>").map_or(html.len(), |i| i + "</main>".len());
    relier(&html[start..end])
}

/// `#/service/ID` → `../service/ID.html`; other app links go to the app itself.
fn relier(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("href=\"#") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 6..];
        let end = after[1..].find('"').map_or(after.len(), |j| j + 1);
        let target = &after[..end];
        let link = if let Some(id) = target.strip_prefix("#/service/") {
            format!("../service/{id}.html")
        } else if let Some(id) = target.strip_prefix("#/structure/") {
            format!("../structure/{id}.html")
        } else if target == "#contenu" {
            target.to_owned()
        } else {
            format!("../../index.html{target}")
        };
        out.push_str(&format!("href=\"{link}"));
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn page(titre: &str, main: &str, up: &str, c: &Catalogue) -> String {
    format!(
        r#"<!doctype html>
<html lang="fr" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'">
  <title>{titre} — Insertion Paris</title>
  <link rel="stylesheet" href="{up}../main.css">
</head>
<body>
  <header class="entete">
    <a class="entete__titre" href="{up}index.html">Insertion Paris<span class="entete__sous-titre">Version sans JavaScript du catalogue</span></a>
    <nav aria-label="Menu principal"><ul class="menu"><li><a href="{up}index.html">Tout le catalogue</a></li><li><a href="{up}../index.html">Application complète</a></li></ul></nav>
  </header>
  {main}
  <footer class="pied"><p>Catalogue version {version} du {date}. Aucune donnée ne quitte votre appareil.</p></footer>
</body>
</html>
"#,
        titre = escape(titre),
        version = escape(&c.meta.version),
        date = escape(&c.meta.date),
    )
}

fn index(c: &Catalogue) -> String {
    let mut services: Vec<_> = c.services.iter().filter(|s| s.statut != Statut::Termine).collect();
    services.sort_by_key(|s| offre_insertion::text::fold(&s.nom));
    let mut structures: Vec<_> = c.structures.iter().collect();
    structures.sort_by_key(|s| offre_insertion::text::fold(&s.nom));
    let items = |list: Vec<(String, String)>| {
        list.into_iter()
            .map(|(href, nom)| format!("<li><a href=\"{href}\">{}</a></li>", escape(&nom)))
            .collect::<String>()
    };
    format!(
        "<main id=\"contenu\"><h1>Tout le catalogue</h1><p>Cette version fonctionne sans JavaScript. La recherche et le questionnaire demandent l'application complète.</p>\
         <h2>Services ({})</h2><ul>{}</ul><h2>Structures ({})</h2><ul>{}</ul></main>",
        services.len(),
        items(services.iter().map(|s| (format!("service/{}.html", s.id), s.nom.clone())).collect()),
        structures.len(),
        items(structures.iter().map(|s| (format!("structure/{}.html", s.id), s.nom.clone())).collect()),
    )
}

#[cfg(test)]
mod tests {
    use super::{demarrer_apres_le_premier_affichage, relier};

    #[test]
    fn the_program_is_asked_for_after_the_first_paint() {
        let trunk = "<script type=\"module\">\nimport init, * as bindings from './app.js';\nconst wasm = await init({});\n</script>";
        let page = demarrer_apres_le_premier_affichage(trunk).unwrap();
        assert!(!page.contains("import init"));
        let attente = page.find("requestAnimationFrame").unwrap();
        assert!(attente < page.find("import('./app.js')").unwrap());
        assert!(page.contains("await init({})"));
        // Another loader: the build stops rather than ship a page that never starts.
        assert!(demarrer_apres_le_premier_affichage("<script type=\"module\">init()</script>").is_err());
    }

    #[test]
    fn links_between_static_pages() {
        assert_eq!(
            relier(r##"<a href="#/service/a-b">x</a><a href="#/catalogue?q=1">y</a>"##),
            r#"<a href="../service/a-b.html">x</a><a href="../../index.html#/catalogue?q=1">y</a>"#
        );
    }
}
