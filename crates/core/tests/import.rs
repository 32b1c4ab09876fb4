//! `catalog import --format data-inclusion`: rows checked one by one, unreadable input refused
//! without touching the previous snapshot, the link with the documents' structures, the
//! corrections, the hours, the orientation over imported services, export → import → export.

use offre_insertion::catalogue::date::Date;
use offre_insertion::catalogue::horaires::JoursFeries;
use offre_insertion::catalogue::import::{importer, Demande};
use offre_insertion::catalogue::validate::{remarques, validate};
use offre_insertion::catalogue::vocab::Frein;
use offre_insertion::catalogue::{export, fichiers, load, paquet, Catalogue, Diagnostic};
use offre_insertion::orientation::{orienter, Reponses};
use offre_insertion::territoire::Territoire;
use proptest::strategy::Strategy as _;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data-inclusion")
}

fn aujourdhui() -> Date {
    Date::parse("2026-12-02").unwrap()
}

/// A copy of the repository's catalogue in a folder of its own, removed at the end.
struct CatalogueEssai {
    dir: PathBuf,
}

impl CatalogueEssai {
    fn new(nom: &str) -> CatalogueEssai {
        let dir = std::env::temp_dir().join(format!("import-essai-{}-{nom}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copier(&fichiers::dossier_du_depot(), &dir);
        let _ = std::fs::remove_dir_all(dir.join("imports"));
        CatalogueEssai { dir }
    }

    fn demande(&self, depuis: &Path, territoires: &[&str]) -> Demande {
        Demande {
            depuis: depuis.to_owned(),
            nom: "essai".into(),
            territoires: territoires.iter().map(|t| Territoire::parse(t).unwrap()).collect(),
            catalogue: self.dir.clone(),
            aujourdhui: aujourdhui(),
        }
    }

    fn snapshot(&self) -> PathBuf {
        self.dir.join("imports/essai")
    }

    fn charger(&self) -> (Catalogue, Vec<Diagnostic>) {
        let (c, mut d) = load::from_dir(&self.dir);
        d.extend(validate(&c, Some(aujourdhui())));
        // Only what the import brings: the documents' own data is tested elsewhere.
        d.retain(|x| x.fichier.starts_with("imports/") || x.fichier.starts_with("orientation/correspondances"));
        (c, d)
    }
}

impl Drop for CatalogueEssai {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copier(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let cible = to.join(entry.file_name());
        if entry.path().is_dir() {
            copier(&entry.path(), &cible);
        } else {
            std::fs::copy(entry.path(), cible).unwrap();
        }
    }
}

#[test]
fn every_bad_row_is_reported_with_its_row_id_field_and_reason_and_the_rest_is_kept() {
    let essai = CatalogueEssai::new("rejets");
    let bilan = importer(&essai.demande(&fixtures(), &["75", "94"])).unwrap();
    let vus: Vec<(&str, usize, Option<&str>, Option<&str>)> =
        bilan.rejets.iter().map(|r| (r.fichier, r.rang, r.id.as_deref(), r.champ.as_deref())).collect();
    let attendus = [
        ("structures.json", 5, Some("dora--atelier-19"), Some("id")),
        ("structures.json", 6, Some("dora--js"), Some("site_web")),
        ("structures.json", 7, Some("dora--futur"), Some("date_maj")),
        ("structures.json", 9, None, None),
        ("structures.json", 10, Some("dora--x"), Some("date_maj")),
        ("structures.json", 10, Some("dora--x"), Some("nom")),
        ("services.json", 6, Some("dora--mix"), Some("publics")),
        ("services.json", 7, Some("dora--vocab"), Some("thematiques")),
        ("services.json", 8, Some("dora--long"), Some("description")),
        ("services.json", 9, Some("dora--orphelin"), Some("structure_id")),
        ("services.json", 10, Some("dora--lien"), Some("lien_mobilisation")),
    ];
    assert_eq!(vus, attendus, "{:#?}", bilan.rejets);
    for r in &bilan.rejets {
        assert!(!r.motif.is_empty() && !r.motif.contains("expected"), "motif en français : {r}");
    }
    // Lyon is outside 75 and 94: its structure and service are left out.
    assert_eq!((bilan.structures, bilan.services, bilan.hors_territoire), (4, 4, 2));
    assert_eq!(bilan.caracteres_neutralises, 2);
    for fichier in ["import.toml", "structures.json", "services.json", "corrections.toml", "rejets.csv"] {
        assert!(essai.snapshot().join(fichier).exists(), "{fichier} écrit");
    }
    let kept = std::fs::read_to_string(essai.snapshot().join("structures.json")).unwrap();
    assert!(!kept.contains("unknown_field"), "fields outside the schema are not kept");
    assert!(!kept.contains('\u{202e}'), "direction overrides are removed");
}

#[test]
fn unreadable_input_writes_nothing_and_keeps_the_previous_snapshot() {
    let essai = CatalogueEssai::new("illisible");
    importer(&essai.demande(&fixtures(), &["75"])).unwrap();
    let avant = std::fs::read(essai.snapshot().join("services.json")).unwrap();
    let mauvais = essai.dir.join("mauvais");
    std::fs::create_dir_all(&mauvais).unwrap();
    std::fs::copy(fixtures().join("structures.json"), mauvais.join("structures.json")).unwrap();
    let cas: [(&[u8], &str); 5] = [
        (b"[{\"id\": \"a\",", "JSON tronqué"),
        (b"{\"id\": \"a\"}", "tableau JSON"),
        (b"[{\"nom\": \"Caf\xe9\"}]", "UTF-8"),
        (b"[1, 2, }", "JSON invalide"),
        (&[b'['; 2000], "imbriqué"),
    ];
    for (contenu, mots) in cas {
        std::fs::write(mauvais.join("services.json"), contenu).unwrap();
        let erreur = importer(&essai.demande(&mauvais, &["75"])).unwrap_err();
        assert!(erreur.contains(mots), "« {mots} » absent de : {erreur}");
        assert_eq!(std::fs::read(essai.snapshot().join("services.json")).unwrap(), avant);
    }
    std::fs::remove_file(mauvais.join("services.json")).unwrap();
    let erreur = importer(&essai.demande(&mauvais, &["75"])).unwrap_err();
    assert!(erreur.contains("services.json") && erreur.contains("lecture impossible"), "{erreur}");
    let restes: Vec<_> =
        std::fs::read_dir(essai.dir.join("imports")).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(restes, vec![std::ffi::OsString::from("essai")], "no temporary folder left");
}

#[test]
fn imported_offer_joins_the_documents_catalogue() {
    let essai = CatalogueEssai::new("fusion");
    importer(&essai.demande(&fixtures(), &["75", "94"])).unwrap();
    let (c, diagnostics) = essai.charger();
    assert_eq!(diagnostics, vec![], "an import passes check");

    // « Mission Locale de Paris - site Belleville » is the documents' Mission Locale de Paris:
    // linked, not duplicated; its role stays and it gains the imported contact.
    assert!(c.structure("dora--ml-belleville").is_none());
    let ml = c.structure("mission-locale-de-paris").unwrap();
    assert_eq!(ml.contact.adresse.as_deref(), Some("1 rue de l'Exemple"));
    assert_eq!(ml.contact.telephone.as_deref(), Some("01 00 00 00 01"));
    let p = ml.contact.provenance.as_ref().unwrap();
    assert_eq!(
        (p.source.as_str(), p.id.as_str(), p.importe_le.as_str()),
        ("dora", "dora--ml-belleville", "2026-12-02")
    );
    assert!(ml.origine.is_none() && !ml.source.is_empty(), "still the documents' entry");
    assert_eq!(c.service("dora--ml-accueil").unwrap().structure_id, "mission-locale-de-paris");

    // Hours are read at build time; a value the parser rejects is kept as written and reported.
    let garde = c.service("dora--garde-19").unwrap();
    let h = garde.contact.horaires.as_ref().unwrap();
    assert_eq!(h.semaine[0].len(), 1);
    assert_eq!(h.jours_feries, JoursFeries::Ferme);
    let vitry = c.service("dora--vitry-svc").unwrap();
    assert_eq!(vitry.contact.horaires_accueil.as_deref(), Some("lundi de 9h à 12h"));
    assert!(vitry.contact.horaires.is_none());
    let r = remarques(&c);
    assert!(r
        .iter()
        .any(|d| d.entree.as_deref() == Some("dora--vitry-svc") && d.champ.as_deref() == Some("horaires_accueil")));

    // The correspondences give imported services the questionnaire's words.
    assert_eq!(garde.freins, vec![Frein::GardeEnfants]);
    assert!(garde.description.contains("<img"), "HTML stays text, the interface escapes it");
    assert!(garde.score_qualite.is_some_and(|s| (0.0..=1.0).contains(&s)));

    // The program carries all of it.
    let relu: Catalogue = paquet::lire(&paquet::ecrire(&c)).unwrap();
    assert_eq!(relu, c);
}

#[test]
fn imported_services_are_suggested_near_the_person_with_a_real_distance() {
    let essai = CatalogueEssai::new("orientation");
    importer(&essai.demande(&fixtures(), &["75", "94", "69"])).unwrap();
    let (c, _) = essai.charger();
    let reponses = Reponses {
        code_postal: Some("75019".into()),
        freins: Some(vec![Frein::GardeEnfants, Frein::Numerique]),
        ..Reponses::default()
    };
    let r = orienter(&c, &reponses);
    let garde = r.services.iter().find(|s| s.id == "dora--garde-19").expect("the 19e childcare service is suggested");
    // From the 19e's centre (48.8871, 2.3848) to the service (48.8840, 2.3700): about 1.1 km.
    let d = garde.distance_km.unwrap();
    assert!((0.9..1.4).contains(&d), "{d}");
    assert!(!r.services.iter().any(|s| s.id == "dora--lyon-svc"), "Lyon is not near the 19e");
    let distance = r.services.iter().find(|s| s.id == "dora--num-distance").expect("the remote service is suggested");
    assert!(distance.a_distance && distance.distance_km.is_none());
}

#[test]
fn the_kit_gives_where_when_and_the_next_step_and_a_csv_with_accents() {
    use offre_insertion::feuille::{csv, entrees, prochain_pas, ProchainPas};
    let essai = CatalogueEssai::new("kit");
    importer(&essai.demande(&fixtures(), &["75"])).unwrap();
    let (c, _) = essai.charger();
    let ids = ["dora--garde-19", "paris-info-rsa", "garantie-jeunes", "inconnu"].map(str::to_owned);
    let liste = entrees(&c, &ids);
    assert_eq!(liste.len(), 3, "an unknown id is left out");
    let garde = liste[0];
    assert_eq!(prochain_pas(garde, garde.contact(&c).map(|x| x.0)), ProchainPas::SePresenter);
    let texte = csv(&c, &liste, |r| format!("https://exemple.fr/{}", r.to_fragment()));
    let lignes: Vec<&str> = texte.split("\r\n").collect();
    assert_eq!(lignes[0], "\u{FEFF}nom;structure;adresse;téléphone;horaires;lien");
    assert_eq!(
        lignes[1],
        "Halte-garderie pour parents en recherche d'emploi;Atelier du Bassin;2 quai de l'Exemple, 75019 Paris;\
         01 00 00 00 02;\"Mo-Fr 09:00-17:00; PH off\";https://exemple.fr/#/service/dora--garde-19"
    );
    // A documents' service: accents as written, no address invented.
    assert!(lignes[2].starts_with("Réunion « Paris info rSa »;"), "{}", lignes[2]);
    // One whose structure was linked with an imported one: the structure's address and place.
    assert!(
        lignes[3].starts_with("Garantie Jeunes;Mission Locale de Paris;1 rue de l'Exemple, 75019 Paris;"),
        "{}",
        lignes[3]
    );
    assert_eq!((lignes.len(), lignes[4]), (5, ""), "every row ends with CRLF");
}

#[test]
fn near_me_lists_only_services_with_an_address_nearest_first() {
    let essai = CatalogueEssai::new("proches");
    importer(&essai.demande(&fixtures(), &["75", "94", "69"])).unwrap();
    let (c, _) = essai.charger();
    // Standing by the 19e's childcare service (48.884, 2.370).
    let proches = offre_insertion::geo::services_proches(&c, (48.884, 2.370), 10.0, 20);
    let ids: Vec<&str> = proches.iter().map(|(i, _)| c.services[*i].id.as_str()).collect();
    assert_eq!(ids.first(), Some(&"dora--garde-19"), "{ids:?}");
    assert!(proches[0].1 < 0.05, "{}", proches[0].1);
    assert!(proches.windows(2).all(|w| w[0].1 <= w[1].1), "nearest first: {proches:?}");
    assert!(ids.contains(&"dora--ml-accueil"), "Belleville is 1.4 km away: {ids:?}");
    assert!(!ids.contains(&"dora--lyon-svc"), "Lyon is not within 10 km");
    assert!(!ids.contains(&"dora--num-distance"), "a phone service is near nobody");
    // The documents give no address: their entries are listed only through an imported
    // structure (the Mission Locale, matched to its Belleville site), never by their district.
    assert!(!ids.iter().any(|id| id.starts_with("rsa-accompagnement-epi")), "{ids:?}");
    assert!(
        proches
            .iter()
            .map(|(i, _)| &c.services[*i])
            .all(|s| s.origine.is_some()
                || c.structure(&s.structure_id).is_some_and(|st| st.contact.provenance.is_some())),
        "{ids:?}"
    );
    assert_eq!(offre_insertion::geo::services_proches(&c, (48.884, 2.370), 10.0, 1).len(), 1);
}

#[test]
fn corrections_win_over_imports_and_survive_the_next_import() {
    let essai = CatalogueEssai::new("corrections");
    importer(&essai.demande(&fixtures(), &["75"])).unwrap();
    let corrections = essai.snapshot().join("corrections.toml");
    std::fs::write(
        &corrections,
        r#"
[[correction]]
id = "dora--garde-19"
raison = "Numéro vérifié"
champs = { telephone = "01 00 00 00 09", horaires_accueil = "" }

[[correction]]
id = "dora--num-distance"
masquer = true
"#,
    )
    .unwrap();
    let (c, diagnostics) = essai.charger();
    assert_eq!(diagnostics, vec![]);
    let garde = c.service("dora--garde-19").unwrap();
    assert_eq!(garde.contact.telephone.as_deref(), Some("01 00 00 00 09"));
    assert!(garde.contact.horaires_accueil.is_none());
    assert!(c.service("dora--num-distance").is_none());

    // Next import: one row changed at the source; the corrections stay.
    let nouveau = essai.dir.join("nouveau");
    std::fs::create_dir_all(&nouveau).unwrap();
    std::fs::copy(fixtures().join("structures.json"), nouveau.join("structures.json")).unwrap();
    let services = std::fs::read_to_string(fixtures().join("services.json")).unwrap();
    std::fs::write(
        nouveau.join("services.json"),
        services.replace("Aide numérique par téléphone", "Aide numérique au téléphone"),
    )
    .unwrap();
    let bilan = importer(&essai.demande(&nouveau, &["75"])).unwrap();
    assert_eq!((bilan.changements.ajoutes, bilan.changements.retires, bilan.changements.modifies), (0, 0, 1));
    assert_eq!(bilan.changements.ids_modifies, vec!["dora--num-distance".to_owned()]);
    assert!(std::fs::read_to_string(&corrections).unwrap().contains("01 00 00 00 09"));

    std::fs::write(&corrections, "[[correction]]\nid = \"dora--absent\"\nmasquer = true\n").unwrap();
    let (_, diagnostics) = essai.charger();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    assert!(diagnostics[0].message.contains("dora--absent"));
}

/// The export's rows, nulls left out (an absent field and `null` mean the same in the schema).
fn lignes_exportees(c: &Catalogue) -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
    let sans_nuls = |v: serde_json::Value| -> Vec<serde_json::Value> {
        let mut rows: Vec<serde_json::Value> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let mut r = r.as_object().unwrap().clone();
                r.retain(|_, v| !v.is_null());
                serde_json::Value::Object(r)
            })
            .collect();
        rows.sort_by_key(|r| r["id"].as_str().unwrap_or_default().to_owned());
        rows
    };
    let (s, v) = export::data_inclusion(c);
    (sans_nuls(s), sans_nuls(v))
}

#[test]
fn export_then_import_then_export_gives_the_same_rows() {
    // A catalogue made of one import only: every row goes out and comes back.
    let essai = CatalogueEssai::new("aller-retour");
    for f in std::fs::read_dir(&essai.dir).unwrap().flatten() {
        let garde =
            f.file_name() == "catalogue.toml" || f.file_name() == "vocabulaires" || f.file_name() == "geographie.toml";
        if !garde {
            let _ = std::fs::remove_dir_all(f.path()).or_else(|_| std::fs::remove_file(f.path()));
        }
    }
    std::fs::write(
        essai.dir.join("catalogue.toml"),
        "[catalogue]\nversion = \"1.0.0\"\ndate = \"2026-12-01\"\ntitre = \"Essai\"\nproducteur = \"essai\"\n",
    )
    .unwrap();
    importer(&essai.demande(&fixtures(), &["75", "94"])).unwrap();
    let (premier, _) = load::from_dir(&essai.dir);
    let (structures, services) = lignes_exportees(&premier);
    assert_eq!((structures.len(), services.len()), (4, 4));

    let sortie = essai.dir.join("export");
    std::fs::create_dir_all(&sortie).unwrap();
    std::fs::write(sortie.join("structures.json"), serde_json::to_string(&structures).unwrap()).unwrap();
    std::fs::write(sortie.join("services.json"), serde_json::to_string(&services).unwrap()).unwrap();
    std::fs::remove_dir_all(essai.snapshot()).unwrap();
    let bilan = importer(&essai.demande(&sortie, &[])).unwrap();
    assert!(bilan.rejets.is_empty(), "{:#?}", bilan.rejets);
    let (second, _) = load::from_dir(&essai.dir);
    assert_eq!(lignes_exportees(&second), (structures, services));
}

// ---- Hostile input: refused row by row with a message, never a panic ----

fn lire_schema(nom: &str) -> offre_insertion::catalogue::import::Schema {
    let dir = fichiers::dossier_du_depot().join(offre_insertion::catalogue::VOCABULARY_DIR);
    offre_insertion::catalogue::import::Schema::lire(&dir.join(nom)).unwrap()
}

/// The fixture's childcare service, as one row of `services.json`, with `champ` set to `valeur`.
fn service_avec(champ: &str, valeur: serde_json::Value) -> String {
    let lignes: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("services.json")).unwrap()).unwrap();
    let mut ligne = lignes.into_iter().find(|l| l["id"] == "dora--garde-19").unwrap();
    ligne[champ] = valeur;
    serde_json::to_string(&[ligne]).unwrap()
}

#[test]
fn links_that_are_not_http_and_ten_megabyte_fields_are_refused_with_a_message() {
    let schema = lire_schema("service.json");
    let verifier = |texte: &str| {
        offre_insertion::catalogue::import::verifier_texte(texte, "services.json", &schema, aujourdhui()).unwrap()
    };
    assert_eq!(verifier(&service_avec("lien_source", "https://dora.inclusion.beta.gouv.fr/".into())).0.len(), 1);
    for champ in ["lien_source", "lien_mobilisation"] {
        for lien in ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JavaScript:alert(1)"] {
            let (gardees, rejets) = verifier(&service_avec(champ, lien.into()));
            assert!(gardees.is_empty(), "{champ} = {lien} kept");
            let r = rejets.iter().find(|r| r.champ.as_deref() == Some(champ)).expect("rejected on its field");
            // The schema's « uri » format or the model's http(s) rule, whichever speaks first.
            assert!(r.motif.contains("adresse"), "{r}");
        }
    }
    let structure = lire_schema("structure.json");
    let ligne = r#"[{"id": "s", "source": "dora", "nom": "Structure d'essai", "date_maj": "2026-01-01", "site_web": "javascript:alert(1)"}]"#;
    let (_, rejets) =
        offre_insertion::catalogue::import::verifier_texte(ligne, "structures.json", &structure, aujourdhui()).unwrap();
    assert!(rejets.iter().any(|r| r.champ.as_deref() == Some("site_web")), "{rejets:?}");

    // A 10 MB description: one row refused, said with its size, the file still read.
    let (gardees, rejets) = verifier(&service_avec("description", "x".repeat(10 << 20).into()));
    assert!(gardees.is_empty());
    assert!(rejets
        .iter()
        .any(|r| r.champ.as_deref() == Some("description") && r.motif.contains("10485760 caractères")));
}

#[test]
fn a_snapshot_edited_by_hand_is_checked_and_its_names_neutralised_on_load() {
    let essai = CatalogueEssai::new("a-la-main");
    importer(&essai.demande(&fixtures(), &["75"])).unwrap();
    let chemin = essai.snapshot().join("services.json");
    let mut lignes: Vec<serde_json::Value> = serde_json::from_str(&std::fs::read_to_string(&chemin).unwrap()).unwrap();
    let ligne = lignes.iter_mut().find(|l| l["id"] == "dora--garde-19").unwrap();
    ligne["lien_source"] = "javascript:alert(1)".into();
    ligne["lien_mobilisation"] = "data:text/html,x".into();
    ligne["nom"] = "Halte\u{202E}-garderie\u{200B} d'essai\u{FEFF}".into();
    std::fs::write(&chemin, serde_json::to_string(&lignes).unwrap()).unwrap();
    let (c, diagnostics) = essai.charger();
    let champs: Vec<_> = diagnostics
        .iter()
        .filter(|d| d.entree.as_deref() == Some("dora--garde-19"))
        .map(|d| (d.champ.as_deref().unwrap_or_default(), d.message.contains("http:// et https://")))
        .collect();
    assert_eq!(champs, [("lien_mobilisation", true), ("lien_source", true)], "{diagnostics:#?}");
    assert_eq!(c.service("dora--garde-19").unwrap().nom, "Halte-garderie d'essai");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// Any text as an import file, and rows of any values in the schema's fields: each row is
    /// kept or refused with reasons, the file refused with a message, never a panic.
    #[test]
    fn import_files_never_panic(
        texte in proptest::prelude::any::<String>(),
        champs in proptest::collection::vec((
            proptest::sample::select(vec!["id", "nom", "description", "site_web", "lien_source", "lien_mobilisation", "date_maj", "publics", "thematiques", "latitude", "courriel", "horaires_accueil", "zone_eligibilite", "code_postal"]),
            proptest::prop_oneof![
                proptest::prelude::any::<String>().prop_map(serde_json::Value::from),
                proptest::prelude::any::<f64>().prop_map(serde_json::Value::from),
                proptest::collection::vec("[a-z-]{0,12}", 0..3).prop_map(serde_json::Value::from),
            ],
        ), 0..8),
    ) {
        static SCHEMA: std::sync::OnceLock<offre_insertion::catalogue::import::Schema> = std::sync::OnceLock::new();
        let schema = SCHEMA.get_or_init(|| lire_schema("service.json"));
        let ligne: serde_json::Map<String, serde_json::Value> = champs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        for t in [texte, serde_json::to_string(&[ligne]).unwrap()] {
            if let Ok((_, rejets)) = offre_insertion::catalogue::import::verifier_texte(&t, "services.json", schema, aujourdhui()) {
                proptest::prop_assert!(rejets.iter().all(|r| !r.motif.is_empty()));
            }
        }
    }
}
