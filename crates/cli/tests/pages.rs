//! Static pages: one per service and structure, holding its name and conditions.

#[test]
fn one_static_page_per_entry_with_its_name_and_conditions() {
    let (c, _) = offre_insertion_web::catalogue_embarque();
    let out = std::env::temp_dir().join(format!("pages-{}", std::process::id()));
    let written = offre_insertion_cli::pages_statiques::generer(&c, &out).unwrap();
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
