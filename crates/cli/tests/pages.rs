//! Static pages: one per service and structure, holding its name and conditions.

#[test]
fn one_static_page_per_entry_with_its_name_and_conditions() {
    let (c, _) = offre_insertion_web::catalogue_embarque();
    let out = std::env::temp_dir().join(format!("pages-{}", std::process::id()));
    let written = offre_insertion_cli::pages_statiques::generer(&c, &out, &[]).unwrap();
    assert_eq!(written.len(), c.services.len() + c.structures.len() + 1);
    let text = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    for s in &c.services {
        let html = std::fs::read_to_string(out.join("service").join(format!("{}.html", s.id))).unwrap();
        assert!(html.contains("<html lang=\"fr\""), "{}", s.id);
        assert!(
            html.contains(&format!("<title>{} — Insertion Paris</title>", text(&s.nom).replace('"', "&quot;"))),
            "{}",
            s.id
        );
        if let Some(conditions) = &s.conditions_acces {
            // Acronyms become <abbr>, so compare the first words only.
            let start: String = conditions.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
            assert!(html.contains(&text(&start)), "{} : « {start} »", s.id);
        }
        assert!(!html.contains("href=\"#/"), "{} : app links are rewritten", s.id);
    }
    for s in &c.structures {
        assert!(out.join("structure").join(format!("{}.html", s.id)).exists());
    }
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("href=\"service/garantie-jeunes.html\""));
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn pages_for_one_territory_only_and_links_to_the_rest_lead_to_the_app() {
    let (c, _) = offre_insertion_web::catalogue_embarque();
    let out = std::env::temp_dir().join(format!("pages-94-{}", std::process::id()));
    let val_de_marne = offre_insertion::territoire::Territoire::parse("94").unwrap();
    let written = offre_insertion_cli::pages_statiques::generer(&c, &out, &[val_de_marne]).unwrap();
    let tous = c.services.len() + c.structures.len() + 1;
    assert!(written.len() < tous / 2, "{} pages of {tous}", written.len());
    let page = |p: &str| out.join(p).exists();
    let du_94 = c.services.iter().find(|s| s.lieu.departement.as_deref() == Some("94")).unwrap();
    assert!(page(&format!("service/{}.html", du_94.id)));
    assert!(page(&format!("structure/{}.html", du_94.structure_id)), "the structure that carries it");
    let de_paris =
        c.services.iter().find(|s| s.lieu.departement.as_deref() == Some("75") && s.zone_eligibilite.is_empty());
    assert!(!page(&format!("service/{}.html", de_paris.unwrap().id)));
    for f in written {
        let html = std::fs::read_to_string(&f).unwrap();
        for lien in html.split("href=\"").skip(1).filter_map(|l| l.split('"').next()) {
            if let Some(cible) = lien.strip_prefix("../").filter(|l| l.ends_with(".html") && !l.starts_with("../")) {
                assert!(out.join(cible).exists(), "{} : dead link {lien}", f.display());
            }
        }
    }
    let _ = std::fs::remove_dir_all(out);
}
