//! The shipped catalogue against the documents, the validator against broken fixtures (one per
//! rule), and the data·inclusion export against the official JSON Schemas.

use offre_insertion::catalogue::vocab::CategorieStructure;
use offre_insertion::catalogue::{date::Date, load, paquet, validate::validate, Catalogue, Diagnostic};
use std::path::{Path, PathBuf};

mod commun;

fn catalog_dir() -> PathBuf {
    commun::dossier_catalogue()
}

fn shipped() -> Catalogue {
    let (catalogue, diagnostics) = load::from_dir(&catalog_dir());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    catalogue
}

#[test]
fn shipped_catalogue_is_valid_and_every_entry_cites_a_source() {
    let catalogue = shipped();
    let problems = validate(&catalogue, Some(Date::today()));
    assert!(problems.is_empty(), "{}", problems.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"));
    assert!(catalogue.structures.iter().all(|s| !s.source.is_empty()));
    assert!(catalogue.services.iter().all(|s| !s.source.is_empty()));
    assert!(catalogue.glossaire.iter().all(|t| !t.source.is_empty()));
}

/// The paquet writer and reader agree: nothing is lost on the way (the web crate checks that
/// the paquet it carries is this one).
#[test]
fn paquet_round_trip_keeps_every_field() {
    let from_files = shipped();
    let again: Catalogue = paquet::lire(&paquet::ecrire(&from_files)).unwrap();
    assert_eq!(again, from_files);
}

#[test]
fn the_seven_epi_cover_each_arrondissement_once_as_the_plan_says() {
    let catalogue = shipped();
    let expected: [(&str, &[u8]); 7] = [
        ("epi-minimes", &[1, 2, 3, 4, 9, 10]),
        ("epi-11-12", &[11, 12]),
        ("epi-italie", &[5, 6, 13, 14]),
        ("epi-moisant", &[7, 15, 16]),
        ("epi-championnet", &[8, 17, 18]),
        ("epi-flandre", &[19]),
        ("epi-buzenval", &[20]),
    ];
    for (id, arrondissements) in expected {
        let epi = catalogue.structure(id).unwrap_or_else(|| panic!("{id} manque"));
        assert_eq!(epi.lieu.arrondissements, arrondissements, "{id}");
        assert!(epi.source.iter().any(|s| s.starts_with("000_a0b6241785604dfc.txt:25")), "{id} cite la liste des EPI");
    }
    let mut covered: Vec<u8> = catalogue
        .structures
        .iter()
        .filter(|s| s.categorie == CategorieStructure::EspaceInsertion && s.lieu.departement.as_deref() == Some("75"))
        .flat_map(|s| s.lieu.arrondissements.clone())
        .collect();
    covered.sort_unstable();
    assert_eq!(covered, (1..=20).collect::<Vec<u8>>());
}

#[test]
fn the_plie_directory_lists_the_105_plie_of_2019() {
    let catalogue = shipped();
    let plie: Vec<_> = catalogue.structures.iter().filter(|s| s.categorie == CategorieStructure::Plie).collect();
    assert_eq!(plie.len(), 105);
    let paris = catalogue.structure("epec").unwrap();
    assert!(paris.aliases.iter().any(|a| a == "PLIE de Paris"));
    let ivry = plie.iter().find(|s| s.nom == "PLIE d'Ivry-Vitry").expect("PLIE d'Ivry-Vitry");
    assert_eq!(ivry.lieu.departement.as_deref(), Some("94"));
    assert_eq!(ivry.lieu.commune.as_deref(), Some("Ivry-sur-Seine"));
}

#[test]
fn glossary_holds_the_plie_glossary_and_the_paris_acronyms() {
    let catalogue = shipped();
    // The 2019 consolidation's glossary has 65 terms; the file may hold more, never fewer.
    let from_plie = catalogue.glossaire.iter().filter(|t| t.fichier == "glossaire/plie-2019.toml").count();
    assert!(from_plie >= 65, "{from_plie} termes");
    for sigle in [
        "EPI", "PPE", "PSA", "SSP", "EPEC", "CAPI", "MdEE", "PDAE", "CER", "PPAE", "RUPE", "RUS", "EDS", "PLIE",
        "SIAE", "RSA",
    ] {
        assert!(catalogue.glossaire.iter().any(|t| t.sigle == sigle), "{sigle} manque au glossaire");
    }
}

#[test]
fn points_paris_emploi_placed_by_the_text_are_in_the_10e_and_18e() {
    let catalogue = shipped();
    assert_eq!(catalogue.structure("ppe-epec-10e").unwrap().lieu.arrondissements, [10]);
    assert_eq!(catalogue.structure("ppe-epec-18e").unwrap().lieu.arrondissements, [18]);
    assert!(
        catalogue.structure("ppe-mission-locale").unwrap().lieu.arrondissements.is_empty(),
        "the text does not place them"
    );
}

#[test]
fn no_contact_detail_without_a_cited_source() {
    let catalogue = shipped();
    for s in &catalogue.structures {
        if s.contact.sourced_fields().next().is_some() {
            assert!(!s.contact.contact_source.is_empty(), "{}", s.id);
        }
    }
    // The documents give no opening hours anywhere.
    assert!(catalogue.structures.iter().all(|s| s.contact.horaires_accueil.is_none()));
    assert!(catalogue.services.iter().all(|s| s.contact.horaires_accueil.is_none()));
}

// ---- Broken fixtures: one catalogue per rule, each must fail with a precise message. ----

/// A minimal valid catalogue in a temporary folder; `services` is appended to its services file.
struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new(name: &str, structures: &str, services: &str) -> Fixture {
        let dir = std::env::temp_dir().join(format!("catalogue-fixture-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("vocabulaires")).unwrap();
        copy_dir(
            &catalog_dir().join(offre_insertion::catalogue::VOCABULARY_DIR),
            &dir.join(offre_insertion::catalogue::VOCABULARY_DIR),
        );
        std::fs::copy(catalog_dir().join("geographie.toml"), dir.join("geographie.toml")).unwrap();
        std::fs::write(
            dir.join("catalogue.toml"),
            "[catalogue]\nversion = \"1.0.0\"\ndate = \"2024-01-01\"\ntitre = \"Essai\"\nproducteur = \"essai\"\n",
        )
        .unwrap();
        std::fs::write(dir.join("structures.toml"), format!("{VALID_STRUCTURE}\n{structures}")).unwrap();
        std::fs::write(dir.join("services.toml"), format!("{VALID_SERVICE}\n{services}")).unwrap();
        Fixture { dir }
    }

    /// Adds a file of the catalogue (rules, questions…).
    fn with_file(self, name: &str, text: &str) -> Fixture {
        std::fs::write(self.dir.join(name), text).unwrap();
        self
    }

    fn diagnostics(&self) -> Vec<Diagnostic> {
        let (catalogue, mut diagnostics) = load::from_dir(&self.dir);
        diagnostics.extend(validate(&catalogue, Some(Date::parse("2026-01-01").unwrap())));
        load::completer_lignes(&mut diagnostics, &self.dir);
        diagnostics
    }

    /// Asserts exactly one problem, in `file`, on `entry` and `field`, whose message contains `words`.
    fn assert_single(&self, file: &str, entry: Option<&str>, field: Option<&str>, words: &str) -> Diagnostic {
        let diagnostics = self.diagnostics();
        assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
        let d = diagnostics.into_iter().next().unwrap();
        assert_eq!(d.fichier, file, "{d}");
        assert_eq!(d.entree.as_deref(), entry, "{d}");
        assert_eq!(d.champ.as_deref(), field, "{d}");
        assert!(d.message.contains(words), "« {words} » absent de : {d}");
        d
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

const VALID_STRUCTURE: &str = r#"
[[structure]]
id = "structure-valide"
nom = "Structure valide"
categorie = "association"
description = "Une structure d'essai."
departement = "75"
date_maj = "2024-01-01"
source = ["000_a0b6241785604dfc.txt:1-2"]
"#;

const VALID_SERVICE: &str = r#"
[[service]]
id = "service-valide"
structure_id = "structure-valide"
nom = "Service valide"
description = "Un service d'essai."
type = "accompagnement"
thematiques = ["sante--acces-aux-soins"]
date_maj = "2024-01-01"
source = ["000_a0b6241785604dfc.txt:1-2"]
"#;

fn service(id: &str, extra: &str) -> String {
    format!(
        "[[service]]\nid = \"{id}\"\nstructure_id = \"structure-valide\"\nnom = \"Service cassé\"\ndescription = \"Un service d'essai.\"\ntype = \"accompagnement\"\ndate_maj = \"2024-01-01\"\nsource = [\"000_a0b6241785604dfc.txt:1-2\"]\n{extra}\n"
    )
}

#[test]
fn fixture_valid_catalogue_has_no_problem() {
    let f = Fixture::new("valide", "", "");
    assert!(f.diagnostics().is_empty(), "{:#?}", f.diagnostics());
}

#[test]
fn fixture_unknown_vocabulary_value() {
    let f = Fixture::new("vocab", "", &service("s-vocab", "publics = [\"martiens\"]"));
    let d = f.assert_single("services.toml", Some("s-vocab"), Some("publics"), "valeur inconnue « martiens »");
    assert!(d.ligne.is_some(), "line given: {d}");
}

#[test]
fn fixture_unknown_project_vocabulary_value() {
    let f = Fixture::new("frein", "", &service("s-frein", "freins = [\"fatigue\"]"));
    f.assert_single("services.toml", Some("s-frein"), Some("freins"), "valeur inconnue « fatigue »");
}

#[test]
fn fixture_unknown_eligibility_value_names_the_nested_field() {
    let f = Fixture::new("eligibilite", "", &service("s-elig", "eligibilite = { ressources = [\"loto\"] }"));
    f.assert_single("services.toml", Some("s-elig"), Some("eligibilite.ressources"), "valeur inconnue « loto »");
}

#[test]
fn fixture_duplicate_id() {
    let f = Fixture::new("double", "", &service("service-valide", ""));
    f.assert_single("services.toml", Some("service-valide"), Some("id"), "en double");
}

#[test]
fn fixture_dangling_structure_id() {
    let text =
        service("s-orphelin", "").replace("structure_id = \"structure-valide\"", "structure_id = \"nulle-part\"");
    let f = Fixture::new("orphelin", "", &text);
    f.assert_single("services.toml", Some("s-orphelin"), Some("structure_id"), "« nulle-part » n'existe pas");
}

#[test]
fn fixture_malformed_postal_code() {
    let f = Fixture::new("cp", "", &service("s-cp", "code_postal = \"7501\""));
    f.assert_single("services.toml", Some("s-cp"), Some("code_postal"), "cinq chiffres");
}

#[test]
fn fixture_postal_code_outside_paris_arrondissements() {
    let f = Fixture::new("cp-paris", "", &service("s-cp-paris", "departement = \"75\"\ncode_postal = \"75021\""));
    f.assert_single("services.toml", Some("s-cp-paris"), Some("code_postal"), "75001 à 75020");
}

#[test]
fn fixture_malformed_insee_code() {
    let f = Fixture::new("insee", "", &service("s-insee", "code_insee = \"751\""));
    f.assert_single("services.toml", Some("s-insee"), Some("code_insee"), "cinq caractères");
}

#[test]
fn fixture_lexicon_entries_are_checked_with_their_line() {
    let bon = "[[mot]]\nid = \"soins\"\ndit = [\"docteur\", \"Médecin\"]\ncherche = [\"service essai\"]\nthematiques = [\"sante\"]\n";
    assert!(Fixture::new("lexique-ok", "", "").with_file("lexique.toml", bon).diagnostics().is_empty());
    let cas = [
        ("dit = [\"docteur\", \"Médecin\"]", "dit = [\"docteur\", \"le de\"]", "dit", "petits mots"),
        ("cherche = [\"service essai\"]", "cherche = [\"xylophone\"]", "cherche", "aucune entrée"),
        ("thematiques = [\"sante\"]", "thematiques = [\"sante--inconnue\"]", "thematiques", "valeur inconnue"),
    ];
    for (avant, apres, champ, mots) in cas {
        let texte = format!("# en-tête\n\n{}", bon.replace(avant, apres));
        let f = Fixture::new(&format!("lexique-{champ}"), "", "").with_file("lexique.toml", &texte);
        let d = f.assert_single("lexique.toml", Some("soins"), Some(champ), mots);
        assert_eq!(d.ligne, Some(4), "{d}");
    }
    // The same expression in two entries: the second is refused, naming the first.
    let double = format!("{bon}\n[[mot]]\nid = \"docteurs\"\ndit = [\"DOCTEUR\"]\nthematiques = [\"sante\"]\n");
    let f = Fixture::new("lexique-double", "", "").with_file("lexique.toml", &double);
    f.assert_single("lexique.toml", Some("docteurs"), Some("dit"), "déjà dans l'entrée « soins »");
}

#[test]
fn fixture_empty_required_field() {
    let text = service("s-vide", "").replace("description = \"Un service d'essai.\"", "description = \"  \"");
    let f = Fixture::new("vide", "", &text);
    f.assert_single("services.toml", Some("s-vide"), Some("description"), "obligatoire vide");
}

#[test]
fn fixture_missing_required_field() {
    let text = service("s-sans-nom", "").replace("nom = \"Service cassé\"\n", "");
    let f = Fixture::new("sans-nom", "", &text);
    f.assert_single("services.toml", Some("s-sans-nom"), Some("nom"), "champ obligatoire absent");
}

#[test]
fn fixture_date_in_the_future() {
    let text = service("s-futur", "").replace("date_maj = \"2024-01-01\"", "date_maj = \"2099-01-01\"");
    let f = Fixture::new("futur", "", &text);
    f.assert_single("services.toml", Some("s-futur"), Some("date_maj"), "dans le futur");
}

#[test]
fn fixture_missing_source() {
    let text = service("s-sans-source", "").replace("source = [\"000_a0b6241785604dfc.txt:1-2\"]", "source = []");
    let f = Fixture::new("sans-source", "", &text);
    f.assert_single("services.toml", Some("s-sans-source"), Some("source"), "source absente");
}

#[test]
fn fixture_citation_outside_the_document() {
    let text = service("s-citation", "").replace("000_a0b6241785604dfc.txt:1-2", "000_a0b6241785604dfc.txt:900-999");
    let f = Fixture::new("citation", "", &text);
    f.assert_single("services.toml", Some("s-citation"), Some("source"), "hors du document");
}

#[test]
fn fixture_phone_without_source() {
    let f = Fixture::new("telephone", "", &service("s-tel", "telephone = \"01 23 45 67 89\""));
    f.assert_single("services.toml", Some("s-tel"), Some("telephone"), "coordonnée sans source");
}

#[test]
fn fixture_hours_without_source() {
    let f = Fixture::new("horaires", "", &service("s-horaires", "horaires_accueil = \"9h-17h\""));
    f.assert_single("services.toml", Some("s-horaires"), Some("horaires_accueil"), "coordonnée sans source");
}

#[test]
fn fixture_unknown_field() {
    let f = Fixture::new("champ", "", &service("s-champ", "couleur = \"bleu\""));
    f.assert_single("services.toml", Some("s-champ"), Some("couleur"), "champ inconnu");
}

#[test]
fn fixture_arrondissement_out_of_range() {
    let f = Fixture::new("arrondissement", "", &service("s-arr", "arrondissements = [21]"));
    f.assert_single("services.toml", Some("s-arr"), Some("arrondissements"), "Paris en compte 20");
}

const VALID_RULE: &str = r#"
[[regle]]
id = "regle-valide"
nature = "point_entree"
si = { ressources = ["rsa"] }
structure_id = "structure-valide"
raison = "Une raison d'essai."
en = { raison = "A test reason." }
ar = { raison = "سبب للتجربة." }
source = ["000_a0b6241785604dfc.txt:1-2"]
"#;

#[test]
fn fixture_rule_with_an_unknown_condition_key() {
    let rule = VALID_RULE.replace("ressources = [\"rsa\"]", "ressource = [\"rsa\"]");
    let f = Fixture::new("condition", "", "").with_file("regles.toml", &rule);
    let d = f.assert_single("regles.toml", Some("regle-valide"), Some("ressource"), "champ inconnu « ressource »");
    assert_eq!(d.ligne, Some(3), "{d}");
    assert!(Fixture::new("condition-ok", "", "").with_file("regles.toml", VALID_RULE).diagnostics().is_empty());
}

const VALID_QUESTION: &str = r#"
[[question]]
champ = "diplome"
ordre = 1
intitule = "Quel est votre diplôme ?"
forme = "choix_unique"
options = ["aucun", "bac"]
pourquoi = "Pour une raison d'essai."
en = { intitule = "What is your diploma?", pourquoi = "For a test reason." }
ar = { intitule = "ما هي شهادتك؟", pourquoi = "لسبب للتجربة." }
"#;

#[test]
fn fixture_question_for_an_unknown_answer_field() {
    let question = VALID_QUESTION.replace("champ = \"diplome\"", "champ = \"diplomes\"");
    let f = Fixture::new("question", "", "").with_file("questionnaire.toml", &question);
    let d = f.assert_single("questionnaire.toml", Some("diplomes"), Some("champ"), "valeur inconnue « diplomes »");
    assert_eq!(d.ligne, Some(3), "{d}");
    assert!(Fixture::new("question-ok", "", "")
        .with_file("questionnaire.toml", VALID_QUESTION)
        .diagnostics()
        .is_empty());
}

#[test]
fn fixture_question_option_outside_its_field_vocabulary() {
    let question = VALID_QUESTION.replace("\"bac\"]", "\"licence\"]");
    let f = Fixture::new("option", "", "").with_file("questionnaire.toml", &question);
    f.assert_single("questionnaire.toml", Some("diplome"), Some("options"), "option « licence » inconnue pour diplome");
}

#[test]
fn fixture_question_form_that_its_field_does_not_take() {
    let question = VALID_QUESTION.replace("forme = \"choix_unique\"", "forme = \"choix_multiple\"");
    let f = Fixture::new("forme", "", "").with_file("questionnaire.toml", &question);
    f.assert_single("questionnaire.toml", Some("diplome"), Some("forme"), "attend la forme « choix_unique »");
}

const EPI: &str = r#"
[[structure]]
id = "epi-essai"
nom = "EPI d'essai"
categorie = "espace_insertion"
description = "Un espace d'essai."
departement = "75"
arrondissements = [19, 20]
date_maj = "2024-01-01"
source = ["000_a0b6241785604dfc.txt:1-2"]
"#;

#[test]
fn fixture_entry_point_sector_differs_from_its_structure() {
    let rule = |arrondissements: &str| {
        VALID_RULE
            .replace(
                "si = { ressources = [\"rsa\"] }",
                &format!("si = {{ ressources = [\"rsa\"], arrondissements = {arrondissements} }}"),
            )
            .replace("structure-valide", "epi-essai")
    };
    let ok = Fixture::new("secteur-ok", EPI, "").with_file("regles.toml", &rule("[20, 19]"));
    assert!(ok.diagnostics().is_empty(), "{:#?}", ok.diagnostics());
    let f = Fixture::new("secteur", EPI, "").with_file("regles.toml", &rule("[19]"));
    let d = f.assert_single("regles.toml", Some("regle-valide"), Some("si.arrondissements"), "« epi-essai » ([19, 20]");
    assert_eq!(d.ligne, Some(3), "{d}");
}

#[test]
fn fixture_general_contact_must_exist() {
    let f = Fixture::new("contact", "", "");
    let meta = std::fs::read_to_string(f.dir.join("catalogue.toml")).unwrap();
    std::fs::write(f.dir.join("catalogue.toml"), format!("{meta}contact_general = \"nulle-part\"\n")).unwrap();
    f.assert_single("catalogue.toml", Some("catalogue"), Some("contact_general"), "« nulle-part » n'existe pas");
}

#[test]
fn fixture_unparsable_zone_code() {
    let f = Fixture::new("zone", "", &service("s-zone", "zone_eligibilite = [\"75\", \"75121\"]"));
    let d = f.assert_single("services.toml", Some("s-zone"), Some("zone_eligibilite"), "valeur inconnue « 75121 »");
    assert!(d.ligne.is_some(), "{d}");
}

#[test]
fn fixture_toml_syntax_error_gives_file_and_line() {
    let f = Fixture::new("syntaxe", "", "[[service]]\nid = \"oups\nnom = 3\n");
    let diagnostics = f.diagnostics();
    let d = diagnostics.iter().find(|d| d.message.contains("TOML invalide")).expect("syntax error reported");
    assert_eq!(d.fichier, "services.toml");
    assert!(d.ligne.is_some_and(|l| l >= 10), "{d}");
}

// ---- Translations: every question and rule in French, English and Arabic ----

const VALID_QUESTION_EN: &str =
    r#"en = { intitule = "How old are you?", pourquoi = "Some services are for people under 26." }"#;
const VALID_QUESTION_AR: &str = r#"ar = { intitule = "كم عمرك؟", pourquoi = "بعض الخدمات مخصّصة لمن هم دون 26 سنة." }"#;

fn question(translations: &str, aide: &str) -> String {
    format!("[[question]]\nchamp = \"age\"\nordre = 1\nintitule = \"Quel âge avez-vous ?\"\nforme = \"nombre\"\npourquoi = \"Certains services sont réservés aux moins de 26 ans.\"\n{aide}\n{translations}\n")
}

fn regle(raison: &str, translations: &str) -> String {
    format!("[[regle]]\nid = \"r-essai\"\nnature = \"point_entree\"\nstructure_id = \"structure-valide\"\nraison = \"{raison}\"\n{translations}\nsource = [\"000_a0b6241785604dfc.txt:1-2\"]\n")
}

#[test]
fn fixture_question_and_rule_in_three_languages_are_valid() {
    let f = Fixture::new("trois-langues", "", "")
        .with_file("questionnaire.toml", &question(&format!("{VALID_QUESTION_EN}\n{VALID_QUESTION_AR}"), ""))
        .with_file(
            "regles.toml",
            &regle("Vous avez {age}.", "en = { raison = \"You are {age}.\" }\nar = { raison = \"عمرك {age}.\" }"),
        );
    assert!(f.diagnostics().is_empty(), "{:#?}", f.diagnostics());
}

#[test]
fn fixture_question_without_arabic() {
    let f =
        Fixture::new("question-sans-arabe", "", "").with_file("questionnaire.toml", &question(VALID_QUESTION_EN, ""));
    let d = f.assert_single("questionnaire.toml", Some("age"), Some("ar"), "traduction arabe manquante");
    assert!(d.ligne.is_some(), "line given: {d}");
}

#[test]
fn fixture_question_without_english() {
    let f =
        Fixture::new("question-sans-anglais", "", "").with_file("questionnaire.toml", &question(VALID_QUESTION_AR, ""));
    f.assert_single("questionnaire.toml", Some("age"), Some("en"), "traduction anglaise manquante");
}

#[test]
fn fixture_question_help_in_one_language_only() {
    // French and English give help, Arabic does not.
    let en = r#"en = { intitule = "How old are you?", aide = "In years.", pourquoi = "Some services are for people under 26." }"#;
    let f = Fixture::new("question-aide", "", "")
        .with_file("questionnaire.toml", &question(&format!("{en}\n{VALID_QUESTION_AR}"), "aide = \"En années.\""));
    f.assert_single(
        "questionnaire.toml",
        Some("age"),
        Some("ar.aide"),
        "l'aide n'existe que dans certaines langues (français : oui, arabe : non)",
    );
}

#[test]
fn fixture_rule_without_english() {
    let f = Fixture::new("regle-sans-anglais", "", "")
        .with_file("regles.toml", &regle("Vous avez {age}.", "ar = { raison = \"عمرك {age}.\" }"));
    f.assert_single("regles.toml", Some("r-essai"), Some("en"), "traduction anglaise manquante");
}

#[test]
fn fixture_rule_translation_with_other_placeholders() {
    // The Arabic names the place where the French gives the age: the engine would leave it empty.
    let f = Fixture::new("regle-emplacements", "", "").with_file(
        "regles.toml",
        &regle("Vous avez {age}.", "en = { raison = \"You are {age}.\" }\nar = { raison = \"أنت تسكن في {lieu}.\" }"),
    );
    let d = f.assert_single("regles.toml", Some("r-essai"), Some("ar.raison"), "emplacements de la traduction arabe");
    assert!(d.message.contains("{lieu}") && d.message.contains("{age}"), "{d}");
}

/// Guards against a missing translation and against French pasted where the Arabic should be.
#[test]
fn shipped_questions_and_rules_are_complete_in_the_three_languages() {
    use offre_insertion::langue::Langue;
    let arabe = offre_insertion::text::ecrit_en_arabe;
    let c = shipped();
    assert!(!c.questions.is_empty() && !c.regles.is_empty());
    for q in &c.questions {
        let missing = || panic!("{} : traduction manquante", q.champ.nom());
        let (en, ar) = (q.en.as_ref().unwrap_or_else(missing), q.ar.as_ref().unwrap_or_else(missing));
        for t in [en, ar] {
            assert!(!t.intitule.trim().is_empty() && !t.pourquoi.trim().is_empty(), "{}", q.champ);
            assert_eq!(t.aide.is_some(), q.aide.is_some(), "{}", q.champ);
        }
        assert!(arabe(&ar.intitule) && arabe(&ar.pourquoi), "{}: {ar:?}", q.champ);
        assert!(ar.aide.as_deref().is_none_or(arabe), "{}: {ar:?}", q.champ);
        assert!(!arabe(&en.intitule) && en.intitule != q.intitule, "{}: {en:?}", q.champ);
        assert_eq!(q.textes(Langue::Ar).0, ar.intitule);
    }
    for r in &c.regles {
        let (en, ar) = (r.en.as_ref().expect(&r.id), r.ar.as_ref().expect(&r.id));
        assert!(!en.raison.trim().is_empty() && en.raison != r.raison, "{}", r.id);
        assert!(arabe(&ar.raison), "{}: {}", r.id, ar.raison);
        assert_eq!(r.raison_dans(Langue::Fr), r.raison);
        assert_eq!(r.raison_dans(Langue::En), en.raison);
        assert_eq!(r.raison_dans(Langue::Ar), ar.raison);
    }
}

// ---- Export ----

#[test]
fn data_inclusion_export_validates_against_the_official_schemas() {
    let catalogue = shipped();
    let (structures, services) = offre_insertion::catalogue::export::data_inclusion(&catalogue);
    for (schema_file, items) in [("structure.json", &structures), ("service.json", &services)] {
        let schema_text =
            std::fs::read_to_string(catalog_dir().join(offre_insertion::catalogue::VOCABULARY_DIR).join(schema_file))
                .unwrap();
        let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
        let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
        let items = items.as_array().unwrap();
        assert!(!items.is_empty());
        for item in items {
            let errors: Vec<String> =
                validator.iter_errors(item).map(|e| format!("{} à {}", e, e.instance_path())).collect();
            assert!(errors.is_empty(), "{} {} : {errors:#?}", schema_file, item["id"]);
        }
    }
    // Extensions stay out of the interchange format.
    assert!(services[0].get("parcours").is_none());
}

#[test]
fn schema_check_is_real_a_wrong_value_fails() {
    // The check is real: a broken item fails the schema.
    let schema_text =
        std::fs::read_to_string(catalog_dir().join(offre_insertion::catalogue::VOCABULARY_DIR).join("service.json"))
            .unwrap();
    let schema: serde_json::Value = serde_json::from_str(&schema_text).unwrap();
    let validator = jsonschema::options().should_validate_formats(true).build(&schema).unwrap();
    let (_, services) = offre_insertion::catalogue::export::data_inclusion(&shipped());
    let mut broken = services[0].clone();
    broken["publics"] = serde_json::json!(["martiens"]);
    assert!(!validator.is_valid(&broken));
}

#[test]
fn filters_offer_only_vocabulary_values_that_some_entry_uses() {
    let c = shipped();
    assert!(!c.vocabulaire.publics.is_empty());
    for t in &c.vocabulaire.publics {
        assert!(c.services.iter().any(|s| s.publics.contains(&t.value)), "public « {} » sans service", t.value);
    }
    for s in &c.services {
        for p in &s.publics {
            assert!(c.vocabulaire.contains("publics", p), "{p}");
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// A damaged paquet is refused with a message (the app then says so), never a panic.
    #[test]
    fn damaged_paquets_never_panic(position in 0usize..commun::paquet_livre().len(), octet: u8, coupe in proptest::option::of(0usize..commun::paquet_livre().len())) {
        let mut octets = commun::paquet_livre().to_vec();
        octets[position] = octet;
        if let Some(fin) = coupe {
            octets.truncate(fin);
        }
        let _ = paquet::lire::<Catalogue>(&octets);
    }

    #[test]
    fn random_bytes_after_the_header_never_panic(mut octets in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512)) {
        let mut avec_entete = paquet::MAGIE.to_vec();
        avec_entete.append(&mut octets);
        let _ = paquet::lire::<Catalogue>(&avec_entete);
    }
}

// ---- Hostile data is data: refused with a message, never made clickable or shown disguised ----

#[test]
fn fixture_web_address_that_is_not_http_is_refused() {
    for url in ["javascript:alert(1)", "data:text/html,<script>x</script>", "https://exemple.fr/a b"] {
        let extra = format!("site_web = \"{url}\"\ncontact_source = [\"000_a0b6241785604dfc.txt:1-2\"]");
        let f = Fixture::new("lien", "", &service("s-lien", &extra));
        f.assert_single("services.toml", Some("s-lien"), Some("site_web"), "seules les adresses http:// et https://");
    }
    let ok = "site_web = \"https://www.paris.fr/\"\ncontact_source = [\"000_a0b6241785604dfc.txt:1-2\"]";
    assert!(Fixture::new("lien-ok", "", &service("s-lien-ok", ok)).diagnostics().is_empty());
}

#[test]
fn fixture_unreadable_email_and_phone_are_refused() {
    let extra =
        "courriel = \"a@b.fr?body=x\"\ntelephone = \"39 75; rm\"\ncontact_source = [\"000_a0b6241785604dfc.txt:1-2\"]";
    let f = Fixture::new("coordonnees", "", &service("s-coord", extra));
    let champs: Vec<_> = f.diagnostics().into_iter().filter_map(|d| d.champ).collect();
    assert_eq!(champs, ["courriel", "telephone"]);
}

#[test]
fn fixture_invisible_or_direction_characters_in_a_name_are_refused() {
    let s = service("s-bidi", "").replace("nom = \"Service cassé\"", "nom = \"Service \u{202E}éssac\"");
    let f = Fixture::new("bidi", "", &s);
    f.assert_single("services.toml", Some("s-bidi"), Some("nom"), "U+202E");
    let s = service("s-zw", "")
        .replace("description = \"Un service d'essai.\"", "description = \"Un ser\u{200B}vice d'essai.\"");
    let f = Fixture::new("zw", "", &s);
    f.assert_single("services.toml", Some("s-zw"), Some("description"), "U+200B");
}

#[test]
fn the_catalogue_splits_into_an_index_and_territory_packs_and_back() {
    use offre_insertion::catalogue::paquets::{self, ErreurPaquets};
    let c = shipped();
    let (index, fichiers) = paquets::decouper(&c);
    let departements: Vec<&str> = index.territoires.iter().map(|t| t.departement.as_str()).collect();
    assert_eq!(departements, ["75", "94"], "Paris and the Val-de-Marne are described territories");
    assert!(index.structures.iter().any(|s| s.id.contains("aurillac")), "the PLIE directory stays in the index");
    for (nom, octets) in &fichiers {
        assert!(
            nom.ends_with(".paquet") && nom.contains(&paquets::empreinte(octets)),
            "{nom}: named after its content"
        );
    }
    let (nom_index, octets_index) = paquets::fichier_index(&index);
    let relu = paquets::lire_index(&nom_index, &octets_index).unwrap();
    let territoriaux: Vec<_> =
        fichiers.iter().map(|(nom, octets)| paquets::lire_territorial(&relu, nom, octets).unwrap()).collect();
    let mut remonte = paquets::assembler(relu, territoriaux);
    let mut attendu = c.clone();
    for cat in [&mut remonte, &mut attendu] {
        cat.structures.sort_by(|a, b| a.id.cmp(&b.id));
        cat.services.sort_by(|a, b| a.id.cmp(&b.id));
    }
    assert_eq!(remonte, attendu, "index + packs = the catalogue, field for field");

    // A truncated pack, or one of another catalogue version, is refused with a message.
    let (nom, octets) = &fichiers[0];
    let tronque = paquets::lire_territorial(&index, nom, &octets[..octets.len() / 2]).unwrap_err();
    assert!(matches!(tronque, ErreurPaquets::Illisible { .. }), "{tronque}");
    let mut autre = index.clone();
    autre.meta.version = "0.0.1".into();
    let version = paquets::lire_territorial(&autre, nom, octets).unwrap_err();
    assert!(version.to_string().contains("0.0.1"), "{version}");
}

#[test]
fn a_large_territory_keeps_excerpts_and_its_descriptions_in_lots_and_its_complements_apart() {
    use offre_insertion::catalogue::paquets::{self, LONGUEUR_EXTRAIT};
    let c = shipped();
    // Every territory as if it were large: its descriptions go to lots.
    let d = paquets::decouper_avec_fiches(&c, 0);
    let (nom_index, octets_index) = paquets::fichier_index(&d.index);
    let index = paquets::lire_index(&nom_index, &octets_index).unwrap();
    let mut territoriaux: Vec<_> =
        d.territoriaux.iter().map(|(nom, octets)| paquets::lire_territorial(&index, nom, octets).unwrap()).collect();
    assert!(territoriaux.iter().all(|t| !t.lots.is_empty()), "each territory lists its lots");
    // The pack alone: what search and the first results need, no excerpt, contact or provenance.
    for t in &territoriaux {
        assert!(t.services.iter().all(|s| s.description.is_empty() && s.contact == Default::default()));
        assert!(t.structures.iter().all(|s| s.description.is_empty() && s.origine.is_none()));
    }
    let complements = |t: &paquets::Territorial| {
        let nom = t.complements.clone().expect("a light territory names its complements");
        let (_, octets) = d.complements.iter().find(|(n, _)| *n == nom).expect("written beside it");
        (nom, octets)
    };
    // Another territory's complements, or another version's, are refused.
    let (nom_autre, octets_autre) = complements(&territoriaux[1]);
    assert!(matches!(
        paquets::lire_complements(&territoriaux[0], &nom_autre, octets_autre),
        Err(paquets::ErreurPaquets::Etranger { .. })
    ));
    let mut ancien = territoriaux[0].clone();
    ancien.version = "0.0.1".into();
    let (nom, octets) = complements(&territoriaux[0]);
    assert!(paquets::lire_complements(&ancien, &nom, octets).unwrap_err().to_string().contains("0.0.1"));
    for t in &mut territoriaux {
        let (nom, octets) = complements(t);
        let c = paquets::lire_complements(t, &nom, octets).unwrap();
        t.completer(c);
        assert_eq!(t.complements, None, "completed");
    }
    let lot_de = paquets::fiches_a_part(&territoriaux);
    let mut entiers = std::collections::HashMap::new();
    for (nom, octets) in &d.lots {
        assert!(nom.starts_with("fiches-") && nom.contains(&paquets::empreinte(octets)), "{nom}");
        let lot = paquets::lire_lot(&index.meta.version, nom, octets).unwrap();
        for desc in lot.descriptions {
            assert_eq!(lot_de.get(&desc.id), Some(nom), "{}: listed in the lot that holds it", desc.id);
            entiers.insert(desc.id, desc.texte);
        }
    }
    let mut remonte = paquets::assembler(index.clone(), territoriaux);
    let decrits: Vec<&str> = index.territoires.iter().map(|t| t.departement.as_str()).collect();
    let mut coupees = 0;
    for s in &mut remonte.services {
        if let Some(entier) = entiers.get(&s.id) {
            assert!(s.description.chars().count() <= LONGUEUR_EXTRAIT + 1, "{}: an excerpt", s.id);
            assert!(entier.starts_with(s.description.trim_end_matches('…')), "{}: the excerpt opens it", s.id);
            coupees += usize::from(*entier != s.description);
            s.description = entier.clone();
        } else {
            assert!(!decrits.contains(&s.lieu.departement.as_deref().unwrap_or("")), "{}: in no lot", s.id);
        }
    }
    for s in &mut remonte.structures {
        if let Some(entier) = entiers.get(&s.id) {
            s.description = entier.clone();
        }
    }
    assert!(coupees > 10, "long descriptions were cut ({coupees})");
    let mut attendu = c.clone();
    for cat in [&mut remonte, &mut attendu] {
        cat.structures.sort_by(|a, b| a.id.cmp(&b.id));
        cat.services.sort_by(|a, b| a.id.cmp(&b.id));
    }
    assert_eq!(remonte, attendu, "light packs + lots = the catalogue");
    // A lot of another version is refused.
    let (nom, octets) = &d.lots[0];
    assert!(paquets::lire_lot("0.0.1", nom, octets).unwrap_err().to_string().contains("0.0.1"));
}

// ---- Statut and period: what a document after its own period does not confirm is not current ----

const PDIE_2011: &str = "001_4c690b11006831f4.txt:1-2";
const PDIE_94_2023: &str = "004_e4e6f0a51a711c49.txt:1-2";

fn service_source(id: &str, source: &[&str], statut: Option<&str>) -> String {
    let source = source.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ");
    let statut = statut.map(|s| format!("statut = \"{s}\"\n")).unwrap_or_default();
    service(id, &statut).replace("source = [\"000_a0b6241785604dfc.txt:1-2\"]", &format!("source = [{source}]"))
}

#[test]
fn fixture_running_entry_whose_newest_source_a_later_plan_followed() {
    let f = Fixture::new("periode-1", "", &service_source("s-2011", &[PDIE_2011], None));
    let d = f.assert_single("services.toml", Some("s-2011"), Some("statut"), "s'arrête avant la période");
    assert!(d.message.contains("2011-2014") && d.message.contains("2016-2020"), "{d}");
    let f = Fixture::new("periode-2", "", &service_source("s-2011p", &[PDIE_2011], Some("prevu")));
    f.assert_single("services.toml", Some("s-2011p"), Some("statut"), "a_verifier");
    // A structure too, from the 2005-2009 convention.
    let structure = VALID_STRUCTURE
        .replace("structure-valide", "mep-ancienne")
        .replace("000_a0b6241785604dfc.txt:1-2", "003_ea9a13aec280cced.txt:1-2");
    let f = Fixture::new("periode-3", &structure, "");
    f.assert_single("structures.toml", Some("mep-ancienne"), Some("statut"), "2005-2009");
}

#[test]
fn fixture_old_sources_are_fine_when_said_to_check_or_ended_or_confirmed_later() {
    let services = [
        service_source("s-a-verifier", &[PDIE_2011], Some("a_verifier")),
        service_source("s-termine", &[PDIE_2011], Some("termine")),
        service_source("s-confirme", &[PDIE_2011, "000_a0b6241785604dfc.txt:3"], None),
        service_source("s-annonce-en-cours", &[PDIE_94_2023], Some("prevu")),
    ]
    .concat();
    let f = Fixture::new("periode-ok", "", &services);
    assert!(f.diagnostics().is_empty(), "{:#?}", f.diagnostics());
}

#[test]
fn fixture_announcement_whose_period_ended_is_to_check() {
    // The fixture catalogue is dated 2024: the 2016-2020 plan's announcements are over.
    let f = Fixture::new(
        "annonce-finie",
        "",
        &service_source("s-annonce", &["000_a0b6241785604dfc.txt:1-2"], Some("prevu")),
    );
    let d = f.assert_single("services.toml", Some("s-annonce"), Some("statut"), "période (2016-2020) est finie");
    assert!(d.message.contains("a_verifier"), "{d}");
}

#[test]
fn fixture_tous_publics_only_alone() {
    let f = Fixture::new("tous-publics", "", &service("s-tous", "publics = [\"tous-publics\", \"jeunes\"]"));
    f.assert_single(
        "services.toml",
        Some("s-tous"),
        Some("publics"),
        "« tous-publics » ne peut pas être utilisé avec d'autres publics",
    );
    let f = Fixture::new("tous-publics-seul", "", &service("s-tous-seul", "publics = [\"tous-publics\"]"));
    assert!(f.diagnostics().is_empty(), "{:#?}", f.diagnostics());
}

#[test]
fn shipped_entries_only_the_2011_plan_describes_are_not_presented_as_running() {
    use offre_insertion::catalogue::vocab::Statut;
    let catalogue = shipped();
    for id in ["adie", "bge-paris", "credit-municipal-de-paris", "jardin-halage", "ppe-epec-10e", "ppe-epec-18e"] {
        assert_eq!(catalogue.structure(id).map(|s| s.statut), Some(Statut::AVerifier), "{id}");
    }
    for id in ["adie-microcredit", "micro-credit-social", "plie-action-pic", "cpam-droits-sante", "parcours-sante"] {
        assert_eq!(catalogue.service(id).map(|s| s.statut), Some(Statut::AVerifier), "{id}");
    }
    assert!(catalogue.services.iter().all(|s| s.publics.len() == 1 || !s.publics.iter().any(|p| p == "tous-publics")));
}

#[test]
fn a_large_build_fetches_the_home_territory_with_the_program_and_the_others_when_asked() {
    use offre_insertion::catalogue::paquets::{self, avec_le_programme, departements_demandes};
    use offre_insertion::route::Route;
    let c = shipped();
    let (index, _) = paquets::decouper(&c);
    let accueil = c.departement_d_accueil();
    assert_eq!(accueil.as_deref(), Some("75"), "the documents' catalogue serves Paris first");
    let avec = |max| -> Vec<&str> {
        let t = index.territoires.iter().filter(|t| avec_le_programme(&index, accueil.as_deref(), t, max));
        t.map(|t| t.departement.as_str()).collect()
    };
    assert_eq!(avec(paquets::OCTETS_TOUS_AVEC_LE_PROGRAMME), ["75", "94"], "two small packs: both, as always");
    assert_eq!(avec(0), ["75"], "a large build: the home territory's only");

    let demandes = |fragment: &str| departements_demandes(&Route::parse(fragment));
    assert_eq!(demandes("#/catalogue?dep=69&q=garde"), ["69"]);
    assert_eq!(demandes("#/catalogue?dep=tous"), Vec::<String>::new(), "every territory: those at hand");
    assert_eq!(demandes("#/resultats?cp=94400&age=30"), ["94"], "a share link's postal code");
    assert_eq!(demandes("#/questionnaire/2?cp=20167"), ["2A"], "Corse-du-Sud");
    assert_eq!(demandes("#/feuille?cp=97411"), ["974"], "La Réunion");
    assert_eq!(demandes("#/resultats?cp=7501"), Vec::<String>::new(), "a malformed code asks for nothing");
    assert_eq!(demandes("#/catalogue?q=garde"), Vec::<String>::new(), "the home territory's, already there");
}
