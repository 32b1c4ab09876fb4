//! Static pages for every service and structure, rendered natively with the app's own
//! components: a person without WebAssembly or JavaScript can browse the whole catalogue, and
//! search engines can index it. `catalog pages --out DIR` writes them (the build puts them in
//! `dist/pages/`, linked from the `<noscript>` of the app's page).

use offre_insertion::catalogue::vocab::Statut;
use offre_insertion::catalogue::{Catalogue, Lieu};
use offre_insertion::route::Route;
use offre_insertion::territoire::Territoire;
use offre_insertion_web::{App, AppProps, Donnees, DonneesRef};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Whether an entry has its page when the build asks for some territories only (a national
/// build: `catalog pages --territoire 69`): located or serving there, or national.
fn concerne(lieu: &Lieu, zone: &[Territoire], territoires: &[Territoire]) -> bool {
    // Where it is, as precisely as known: its commune, else its arrondissements, else its département.
    let commune = lieu.code_insee.as_deref().and_then(Territoire::parse);
    let arrondissements = lieu.arrondissements.iter().map(|a| Territoire::Arrondissement(*a));
    let departement = lieu.departement.as_deref().and_then(Territoire::parse);
    let ici: Vec<Territoire> = match (commune, lieu.arrondissements.is_empty()) {
        (Some(c), _) => vec![c],
        (None, false) => arrondissements.collect(),
        (None, true) => departement.into_iter().collect(),
    }
    .into_iter()
    .chain(zone.iter().cloned())
    .collect();
    territoires.is_empty() || territoires.iter().any(|t| ici.iter().any(|l| t.contient(l) || l.contient(t)))
}

/// Writes `index.html`, `service/ID.html` and `structure/ID.html` below `out`: for every entry,
/// or, given `territoires`, for those that concern them (and the structures that carry them).
/// Links to entries left out lead to the app.
pub fn generer(c: &Catalogue, out: &Path, territoires: &[Territoire]) -> Result<Vec<PathBuf>, String> {
    let services: Vec<_> = c.services.iter().filter(|s| concerne(&s.lieu, &s.zone_eligibilite, territoires)).collect();
    let porteuses: HashSet<&str> = services.iter().map(|s| s.structure_id.as_str()).collect();
    let structures: Vec<_> = c
        .structures
        .iter()
        .filter(|s| porteuses.contains(s.id.as_str()) || concerne(&s.lieu, &[], territoires))
        .collect();
    let ont_leur_page: HashSet<String> = services
        .iter()
        .map(|s| format!("service/{}", s.id))
        .chain(structures.iter().map(|s| format!("structure/{}", s.id)))
        .collect();
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
    for s in &services {
        let main = rendre(&donnees, Route::Service { id: s.id.clone() }, &ont_leur_page);
        write(out.join("service").join(format!("{}.html", s.id)), page(&s.nom, &main, "../", c))?;
    }
    for s in &structures {
        let main = rendre(&donnees, Route::Structure { id: s.id.clone() }, &ont_leur_page);
        write(out.join("structure").join(format!("{}.html", s.id)), page(&s.nom, &main, "../", c))?;
    }
    write(out.join("index.html"), page("Tout le catalogue", &index(services, structures), "", c))?;
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

/// The page's JavaScript expression naming the program an address (`hash`, an expression) starts:
/// `"complet"` for a screen of the complete program (`programme` in the web crate), else `"app"`.
/// Both the inline script of `catalog paquets` and the loader below ask it.
pub fn programme_de_l_adresse(hash: &str) -> String {
    format!(
        "({:?}.includes(({hash}.match(/^#\\/([^/?]*)/) || [])[1]) ? \"complet\" : \"app\")",
        offre_insertion::route::ECRANS_DU_PROGRAMME_COMPLET
    )
}

/// Trunk's loader imports the program at once and its `<link rel=preload>` fetch it while the
/// page is parsed, so on a slow line its 270 kB compete with the page's own few kilobytes for
/// the first paint (and the paint that counts waits for them). Ours asks for the program and
/// its code together once that paint is reported (at once in a hidden tab or a browser that does
/// not report paints; 3 s at most, for a browser slow to paint — a shorter wait let the program
/// replace the screen before it was ever shown): the screen rendered ahead shows first, alone on
/// the line. A link to another screen than the home screen asks for it at once: its first paint
/// is only the frame and a loading line, and what the person came for waits for the program.
fn demarrer_apres_le_premier_affichage(page: &str) -> Result<String, String> {
    const CHARGEUR_TRUNK: &str = "import init, * as bindings from './app.js';";
    // A link to a screen of the complete program starts it at once (`programme`), not the
    // first program, which would only fetch it.
    let chargeur = format!(
        "await new Promise((r) => {{ const o = self.PerformanceObserver;\
         if (location.hash.length > 2 || document.hidden || !o || !(o.supportedEntryTypes || []).includes('paint')) return r();\
         new o((l) => l.getEntriesByName('first-contentful-paint').length && r())\
         .observe({{ type: 'paint', buffered: true }});\
         addEventListener('visibilitychange', r); setTimeout(r, 3000); }});\n\
         const nom = {};\n\
         const programme = self.offreInsertionProgramme || fetch('./' + nom + '_bg.wasm');\n\
         const bindings = await import('./' + nom + '.js'), init = bindings.default;",
        programme_de_l_adresse("location.hash")
    );
    const INIT_TRUNK: &str = "init({ module_or_path: './app_bg.wasm' })";
    for attendu in [CHARGEUR_TRUNK, INIT_TRUNK] {
        match page.matches(attendu).count() {
            1 => {}
            n => {
                return Err(format!(
                    "le chargeur de Trunk (« {attendu} ») y est {n} fois au lieu d'une : Trunk a changé ?"
                ))
            }
        }
    }
    let page = page.replace(CHARGEUR_TRUNK, &chargeur).replace(INIT_TRUNK, "init({ module_or_path: programme })");
    Ok(sans_prechargement(
        &page,
        &["<link rel=\"modulepreload\" href=\"./app.js\"", "<link rel=\"preload\" href=\"./app_bg.wasm\""],
    ))
}

/// The page without the tags that start with one of `debuts` (up to their `>`).
fn sans_prechargement(page: &str, debuts: &[&str]) -> String {
    let mut page = page.to_owned();
    for debut in debuts {
        while let Some(i) = page.find(debut) {
            let fin = page[i..].find('>').map_or(page.len(), |j| i + j + 1);
            page.replace_range(i..fin, "");
        }
    }
    page
}

/// The `<main>` of the app for a route, with in-app links turned into links between pages.
fn rendre(donnees: &DonneesRef, route: Route, ont_leur_page: &HashSet<String>) -> String {
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
    relier(&html[start..end], ont_leur_page)
}

/// `#/service/ID` → `../service/ID.html` (when the entry has its page: `service/ID` is in
/// `ont_leur_page`); other app links go to the app itself.
fn relier(html: &str, ont_leur_page: &HashSet<String>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find("href=\"#") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 6..];
        let end = after[1..].find('"').map_or(after.len(), |j| j + 1);
        let target = &after[..end];
        let link = if let Some(page) = target.strip_prefix("#/").filter(|p| ont_leur_page.contains(*p)) {
            format!("../{page}.html")
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
    let mut out = String::with_capacity(text.len());
    offre_insertion::text::echapper_html(&mut out, text);
    out
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

fn index(
    mut services: Vec<&offre_insertion::catalogue::Service>,
    mut structures: Vec<&offre_insertion::catalogue::Structure>,
) -> String {
    services.retain(|s| s.statut != Statut::Termine);
    services.sort_by_key(|s| offre_insertion::text::fold(&s.nom));
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
    use super::{concerne, demarrer_apres_le_premier_affichage, relier};
    use offre_insertion::catalogue::Lieu;
    use offre_insertion::territoire::Territoire;

    #[test]
    fn the_program_is_asked_for_after_the_first_paint() {
        let trunk = "<script type=\"module\">\nimport init, * as bindings from './app.js';\n\
                     const wasm = await init({ module_or_path: './app_bg.wasm' });\n</script>\n\
                     <link rel=\"modulepreload\" href=\"./app.js\" integrity=\"x\">\
                     <link rel=\"preload\" href=\"./app_bg.wasm\" as=\"fetch\"></head>";
        let page = demarrer_apres_le_premier_affichage(trunk).unwrap();
        assert!(!page.contains("import init"));
        let attente = page.find("first-contentful-paint").unwrap();
        assert!(attente < page.find("fetch('./' + nom + '_bg.wasm')").unwrap());
        assert!(attente < page.find("import('./' + nom + '.js')").unwrap());
        // The first program, unless the link is to a screen of the complete one.
        assert!(
            page.contains(r#"["questionnaire", "resultats", "plan", "selection", "services", "feuille"].includes("#)
        );
        assert!(page.contains(r#"? "complet" : "app""#));
        assert!(page.contains("await init({ module_or_path: programme })"));
        // Nothing fetches the program while the page is parsed.
        assert!(!page.contains("<link"), "{page}");
        assert!(page.ends_with("</script>\n</head>"), "{page}");
        // Another loader: the build stops rather than ship a page that never starts.
        assert!(demarrer_apres_le_premier_affichage("<script type=\"module\">init()</script>").is_err());
    }

    #[test]
    fn links_between_static_pages() {
        let pages = ["service/a-b".to_owned()].into();
        assert_eq!(
            relier(
                r##"<a href="#/service/a-b">x</a><a href="#/catalogue?q=1">y</a><a href="#/service/c">z</a>"##,
                &pages
            ),
            r#"<a href="../service/a-b.html">x</a><a href="../../index.html#/catalogue?q=1">y</a><a href="../../index.html#/service/c">z</a>"#
        );
    }

    #[test]
    fn pages_for_chosen_territories_keep_what_concerns_them() {
        let t = |code: &str| Territoire::parse(code).unwrap();
        let lyon = Lieu { departement: Some("69".into()), code_insee: Some("69123".into()), ..Lieu::default() };
        let paris_13 = Lieu { departement: Some("75".into()), arrondissements: vec![13], ..Lieu::default() };
        assert!(concerne(&lyon, &[], &[]), "no territory asked: every entry");
        assert!(concerne(&lyon, &[], &[t("69")]));
        assert!(!concerne(&lyon, &[], &[t("75")]));
        assert!(concerne(&paris_13, &[], &[t("75113")]));
        assert!(!concerne(&paris_13, &[], &[t("75101")]));
        assert!(concerne(&Lieu::default(), &[t("france")], &[t("69")]), "national services everywhere");
        assert!(concerne(&Lieu::default(), &[t("69")], &[t("69123")]), "serving the département, so Lyon");
    }
}
