//! Personas written from the documents' own rules: answers in, parcours, entry points and
//! services out, each with reasons that cite their source.

use offre_insertion::catalogue::vocab::Parcours;
use offre_insertion::catalogue::vocab::Statut;
use offre_insertion::catalogue::Catalogue;
use offre_insertion::orientation::{
    orienter, premiere_etape, Avertissement, Champ, Etape, Groupe, Motif, Moyen, Probleme, Reponses, Resultat,
    VerdictParcours, SERVICES_MAX,
};
use serde_json::json;
use std::sync::OnceLock;

mod commun;

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let (c, notices) = commun::catalogue_livre().clone();
        assert!(notices.is_empty(), "{notices:#?}");
        c
    })
}

fn run(answers: serde_json::Value) -> Resultat {
    let (reponses, warnings) = Reponses::from_json(&answers);
    assert!(warnings.is_empty(), "{warnings:?}");
    let r = orienter(catalogue(), &reponses);
    // Every suggestion says why, and every reason cites a document.
    for s in r.points_entree.iter().chain(&r.services) {
        assert!(!s.raisons.is_empty(), "{} sans raison", s.id);
        for raison in &s.raisons {
            assert!(!raison.sources.is_empty(), "{} : {:?} sans source", s.id, raison.motif);
        }
    }
    r
}

fn parcours(r: &Resultat) -> Option<Parcours> {
    match &r.parcours {
        VerdictParcours::Determine { parcours, raisons, .. } => {
            assert!(raisons.iter().all(|x| !x.sources.is_empty()));
            Some(*parcours)
        }
        _ => None,
    }
}

fn entry_ids(r: &Resultat) -> Vec<&str> {
    r.points_entree.iter().map(|s| s.id.as_str()).collect()
}

fn service_ids(r: &Resultat) -> Vec<&str> {
    r.services.iter().map(|s| s.id.as_str()).collect()
}

/// What the reasons for `id` say, for assertions: a rule's French text with its placeholders
/// filled from the motif's own parameters, or the French labels of the values a motif names.
fn reason_of(r: &Resultat, id: &str) -> String {
    let s = r.points_entree.iter().chain(&r.services).find(|s| s.id == id).unwrap_or_else(|| panic!("{id} absent"));
    s.raisons.iter().map(|x| describe(&x.motif)).collect::<Vec<_>>().join(" ")
}

fn describe(m: &Motif) -> String {
    match m {
        Motif::Regle { regle, lieu, age } => {
            let rule = catalogue().regles.iter().find(|x| &x.id == regle).expect("the motif names a rule");
            let arrondissement = lieu.as_ref().and_then(|l| l.arrondissement).map(|n| format!("{n}e"));
            rule.raison
                .replace("{arrondissement}", &arrondissement.unwrap_or_default())
                .replace("{age}", &age.map(|a| format!("{a} ans")).unwrap_or_default())
        }
        Motif::FreinsLeves { freins } => freins.iter().map(|f| f.label().to_lowercase()).collect::<Vec<_>>().join(", "),
        Motif::Situations { situations } => {
            situations.iter().map(|f| f.label().to_lowercase()).collect::<Vec<_>>().join(", ")
        }
        other => format!("{other:?}"),
    }
}

#[test]
fn empty_answers_ask_what_decides_and_still_offer_a_first_door() {
    let r = run(json!({}));
    match &r.parcours {
        VerdictParcours::APreciser { probable: None, manque } => {
            assert!(manque.contains(&Champ::DisponibleEmploi), "{manque:?}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(entry_ids(&r), ["points-paris-emploi"]);
    assert!(r.services.is_empty(), "no need stated, no service pushed");
    assert!(r.a_preciser.iter().any(|p| p.champ == Champ::DisponibleEmploi));
    assert!(r
        .prochaines_etapes
        .iter()
        .any(|e| matches!(e, Etape::AdressesAupresDe { telephone, .. } if telephone.contains("3975"))));
}

#[test]
fn parcours_emploi_for_someone_available_without_social_difficulty() {
    let r = run(json!({"code_postal": "75011", "disponible_emploi": "oui", "freins": [], "projet": "emploi"}));
    assert_eq!(parcours(&r), Some(Parcours::Emploi));
    assert!(!entry_ids(&r).contains(&"plie-paris-accompagnement"), "no difficulty: not the PLIE public");
    assert!(entry_ids(&r).contains(&"points-paris-emploi"));
}

#[test]
fn rsa_in_the_19e_gives_epi_flandre_with_the_documents_reason() {
    let r = run(
        json!({"code_postal": "75019", "ressources": ["rsa"], "disponible_emploi": "oui", "freins": ["garde_enfants"]}),
    );
    assert_eq!(parcours(&r), Some(Parcours::EmploiRenforce));
    assert_eq!(entry_ids(&r)[0], "epi-flandre");
    assert!(reason_of(&r, "epi-flandre").starts_with(
        "Vous percevez le RSA et habitez le 19e. L'Espace Parisien pour l'Insertion Flandre vous accompagne"
    ));
    assert!(entry_ids(&r).contains(&"plie-paris-accompagnement"), "19e is PLIE territory");
    assert_eq!(r.lieu.as_ref().and_then(|l| l.arrondissement), Some(19));
}

#[test]
fn parcours_sante_when_health_comes_first() {
    let r =
        run(json!({"code_postal": "75013", "ressources": ["rsa"], "freins": ["sante"], "disponible_emploi": "non"}));
    assert_eq!(parcours(&r), Some(Parcours::Sante));
    assert!(entry_ids(&r).contains(&"epi-italie"));
    assert!(entry_ids(&r).contains(&"parcours-sante"));
    assert!(service_ids(&r).contains(&"cpam-bilan-sante"), "{:?}", service_ids(&r));
}

#[test]
fn health_problem_but_available_now_is_not_the_sante_parcours() {
    let r = run(json!({"code_postal": "75013", "freins": ["sante"], "disponible_emploi": "oui"}));
    assert_eq!(parcours(&r), Some(Parcours::Emploi));
}

#[test]
fn parcours_mobilisation_sociale_far_from_employment_with_social_difficulties() {
    let r = run(
        json!({"code_postal": "75020", "ressources": ["rsa"], "disponible_emploi": "non", "freins": ["logement", "isolement"]}),
    );
    assert_eq!(parcours(&r), Some(Parcours::MobilisationSociale));
    assert!(entry_ids(&r).contains(&"epi-buzenval"));
    assert!(
        service_ids(&r).contains(&"rsa-accompagnement-social-ssp") || service_ids(&r).contains(&"premieres-heures"),
        "{:?}",
        service_ids(&r)
    );
}

#[test]
fn people_without_a_home_are_sent_to_the_psa() {
    let r = run(json!({"freins": ["sans_domicile"], "disponible_emploi": "apres_freins"}));
    assert_eq!(entry_ids(&r)[0], "psa");
    // Available once the difficulties are solved: the reinforced employment pathway (000, l. 464);
    // l. 466 names no homelessness branch for social mobilisation.
    assert_eq!(parcours(&r), Some(Parcours::EmploiRenforce));
    let r = run(json!({"freins": ["sans_domicile"], "disponible_emploi": "non"}));
    assert_eq!(parcours(&r), Some(Parcours::MobilisationSociale));
    assert!(reason_of(&r, "psa").contains("sans domicile"));
}

#[test]
fn young_person_goes_to_the_mission_locale() {
    let r = run(json!({"code_postal": "75018", "age": 22, "projet": "emploi"}));
    assert!(entry_ids(&r).contains(&"mission-locale-de-paris"));
    assert!(reason_of(&r, "mission-locale-de-paris").contains("Vous avez 22 ans"));
    assert!(entry_ids(&r).contains(&"ppe-epec-18e"), "a Point Paris Emploi in the 18e");
    assert!(service_ids(&r).contains(&"garantie-jeunes"), "{:?}", service_ids(&r));
}

#[test]
fn at_26_the_mission_locale_no_longer_applies() {
    let r = run(json!({"code_postal": "75018", "age": 26, "projet": "emploi"}));
    assert!(!entry_ids(&r).contains(&"mission-locale-de-paris"));
    assert!(!service_ids(&r).iter().any(|id| id.starts_with("mission-locale") || *id == "garantie-jeunes"));
}

#[test]
fn young_person_from_child_welfare_gets_the_reinforced_platform() {
    let r = run(json!({"code_postal": "75019", "age": 19, "situations": ["jeune_ase"]}));
    assert!(entry_ids(&r).contains(&"plateforme-jeunes-fragiles"));
    assert!(service_ids(&r).contains(&"mission-locale-sortants-ase"), "{:?}", service_ids(&r));
}

#[test]
fn young_person_leaving_detention_is_met_by_the_mission_locale() {
    let r = run(json!({"code_postal": "75014", "age": 23, "situations": ["sortant_detention"]}));
    assert!(entry_ids(&r).contains(&"mission-locale-justice"));
    assert!(reason_of(&r, "mission-locale-justice").contains("sortez de détention"));
}

#[test]
fn single_parent_on_rsa_with_a_child_under_3_is_accompanied_by_the_caf() {
    let r = run(
        json!({"code_postal": "75012", "ressources": ["rsa"], "situations": ["famille_monoparentale"], "enfant_moins_3_ans": true}),
    );
    assert!(entry_ids(&r).contains(&"caf-familles-monoparentales"));
    assert!(entry_ids(&r).contains(&"epi-11-12"));
}

#[test]
fn single_parent_whose_children_are_older_is_not_sent_to_the_caf_programme() {
    let r = run(
        json!({"code_postal": "75012", "ressources": ["rsa"], "situations": ["famille_monoparentale"], "enfant_moins_3_ans": false, "freins": ["garde_enfants"]}),
    );
    assert!(!entry_ids(&r).contains(&"caf-familles-monoparentales"));
    assert!(!service_ids(&r).contains(&"caf-familles-monoparentales"), "excluded services are not suggested");
}

#[test]
fn artist_on_rsa_and_registered_gets_both_artist_offers() {
    let r = run(
        json!({"code_postal": "75003", "ressources": ["rsa"], "inscrit_france_travail": true, "situations": ["artiste"]}),
    );
    assert!(entry_ids(&r).contains(&"accompagnement-artistes-rsa"));
    assert!(entry_ids(&r).contains(&"france-travail-spectacle"));
    assert!(entry_ids(&r).contains(&"epi-minimes"));
}

#[test]
fn from_45_the_second_career_plan() {
    let r = run(json!({"code_postal": "75015", "age": 50, "projet": "emploi"}));
    assert!(entry_ids(&r).contains(&"plan-deuxieme-partie-carriere"));
    let r = run(json!({"code_postal": "75015", "age": 44, "projet": "emploi"}));
    assert!(!entry_ids(&r).contains(&"plan-deuxieme-partie-carriere"));
}

#[test]
fn registered_jobseeker_with_social_difficulties_gets_accompagnement_global() {
    let r = run(
        json!({"code_postal": "75017", "inscrit_france_travail": true, "freins": ["dettes"], "disponible_emploi": "oui"}),
    );
    assert!(entry_ids(&r).contains(&"accompagnement-global"));
    assert!(entry_ids(&r).contains(&"france-travail-paris"));
    assert_eq!(parcours(&r), Some(Parcours::EmploiRenforce));
}

#[test]
fn val_de_marne_rsa_registered_goes_to_france_travail_and_the_local_plie() {
    let r = run(json!({"code_postal": "94400", "ressources": ["rsa"], "inscrit_france_travail": true}));
    assert!(matches!(r.parcours, VerdictParcours::NonApplicable { .. }), "{:?}", r.parcours);
    let ids = entry_ids(&r);
    assert_eq!(ids[0], "rsa-94-reference-france-travail");
    assert!(ids.contains(&"rsa-94-contrat-engagement"));
    assert!(ids.contains(&"plie-d-ivry-vitry"), "Vitry is in the PLIE d'Ivry-Vitry");
    assert!(!ids.iter().any(|id| id.starts_with("epi-") || *id == "points-paris-emploi"), "{ids:?}");
    assert_eq!(r.lieu.as_ref().and_then(|l| l.nom_commune.as_deref()), Some("Vitry-sur-Seine"));
}

#[test]
fn val_de_marne_rsa_not_registered_goes_to_a_social_referent() {
    let r = run(json!({"code_postal": "94000", "ressources": ["rsa"], "inscrit_france_travail": false}));
    assert_eq!(entry_ids(&r)[0], "rsa-94-reference-sociale");
    assert!(reason_of(&r, "rsa-94-reference-sociale").contains("selon votre commune"));
    assert!(!service_ids(&r).contains(&"rsa-94-reference-france-travail"));
}

#[test]
fn val_de_marne_commune_outside_the_catalogue_still_gets_the_departement_rules() {
    let r = run(json!({"code_postal": "94300", "ressources": ["rsa"], "inscrit_france_travail": false}));
    assert!(entry_ids(&r).contains(&"rsa-94-reference-sociale"));
    assert!(!entry_ids(&r).iter().any(|id| id.starts_with("plie-")));
}

#[test]
fn outside_paris_and_val_de_marne_the_plie_directory_is_suggested() {
    let r = run(json!({"code_postal": "69001", "projet": "emploi"}));
    assert!(matches!(r.parcours, VerdictParcours::NonApplicable { .. }));
    // The directory lists no PLIE in the Rhône: those of its région, then the directory's door.
    let entrees = entry_ids(&r);
    assert_eq!(entrees.last(), Some(&"plie-parcours"));
    assert!(entrees.contains(&"plie-du-bassin-grenoblois"), "{entrees:?}");
    assert!(!entrees.contains(&"plie-de-marseille"), "another région's");
    assert!(r.services.iter().all(|s| !s.id.starts_with("epi")));
}

#[test]
fn rsa_without_postal_code_asks_for_it_to_find_the_epi() {
    let r = run(json!({"ressources": ["rsa"], "disponible_emploi": "oui", "freins": []}));
    assert!(!entry_ids(&r).iter().any(|id| id.starts_with("epi-")));
    assert!(r.a_preciser.iter().any(|p| p.champ == Champ::CodePostal), "{:?}", r.a_preciser);
}

#[test]
fn postal_code_75116_is_the_16e_and_epi_moisant() {
    let r = run(json!({"code_postal": "75116", "ressources": ["rsa"]}));
    assert!(entry_ids(&r).contains(&"epi-moisant"));
    assert_eq!(r.lieu.as_ref().and_then(|l| l.arrondissement), Some(16));
}

#[test]
fn language_obstacle_brings_french_courses_with_the_reason() {
    let r = run(json!({"code_postal": "75010", "freins": ["langue"], "disponible_emploi": "apres_freins"}));
    assert!(service_ids(&r).contains(&"formations-linguistiques"), "{:?}", service_ids(&r));
    assert!(reason_of(&r, "formations-linguistiques").contains("langue française"));
    assert!(entry_ids(&r).contains(&"ppe-epec-10e"));
}

#[test]
fn business_creation_project_brings_creation_services_nearest_first() {
    let r =
        run(json!({"code_postal": "75019", "projet": "creation_activite", "disponible_emploi": "oui", "freins": []}));
    let ids = service_ids(&r);
    assert!(ids.contains(&"creation-activite-paris") && ids.contains(&"adie-microcredit"), "{ids:?}");
    assert!(!ids.contains(&"mep-creation-services-personne"), "ended services are never suggested");
}

/// The result depends on the answers only: not on the order they were given in, nor on
/// whether they came from a form or a share link.
#[test]
fn same_answers_same_result_whatever_the_way_they_come() {
    let answers = json!({"code_postal": "75018", "age": 30, "ressources": ["rsa", "are"], "freins": ["numerique", "mobilite"], "disponible_emploi": "oui", "projet": "formation"});
    let reordered = json!({"projet": "formation", "disponible_emploi": "oui", "freins": ["numerique", "mobilite"], "ressources": ["rsa", "are"], "age": 30, "code_postal": "75018"});
    let first = run(answers.clone());
    assert_eq!(first, run(reordered));
    let (reponses, _) = Reponses::from_json(&answers);
    let (from_link, notices) = offre_insertion::share::decode(&offre_insertion::share::encode(&reponses));
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(orienter(catalogue(), &from_link), first);
}

#[test]
fn out_of_range_values_are_reported_not_fatal() {
    let (reponses, warnings) = Reponses::from_json(&json!({"age": 7, "code_postal": "99999"}));
    assert_eq!(warnings.len(), 1);
    let r = orienter(catalogue(), &reponses);
    assert_eq!(
        r.avertissements,
        [Avertissement::new(Champ::CodePostal, Probleme::CodePostalInconnu { valeur: "99999".into() })]
    );
    assert_eq!(r.lieu, None);
}

/// On a catalogue far larger than the page can list, the result stops at the cap, and every
/// service listed meets a need the person stated (serving the parcours alone is not one).
#[test]
fn services_are_capped_and_each_meets_a_stated_need() {
    let grand = offre_insertion::catalogue::synthetique::agrandir(catalogue(), 2_000);
    let answers = json!({"code_postal": "75019", "ressources": ["rsa"], "freins": ["sante", "logement", "numerique", "langue", "garde_enfants", "mobilite"], "disponible_emploi": "apres_freins", "projet": "formation"});
    let (reponses, _) = Reponses::from_json(&answers);
    let r = orienter(&grand, &reponses);
    let confirmes = r.services.iter().filter(|s| s.groupe == Groupe::Confirme).count();
    assert_eq!(confirmes, offre_insertion::orientation::SERVICES_MAX);
    assert!(r.services.len() <= SERVICES_MAX + offre_insertion::orientation::PEUT_ETRE_MAX);
    for s in &r.services {
        assert!(
            s.raisons.iter().any(|x| !matches!(x.motif, Motif::Parcours { .. } | Motif::AVerifier { .. })),
            "{} : {:?}",
            s.id,
            s.raisons
        );
    }
}

#[test]
fn the_first_step_names_whom_to_contact_why_and_how() {
    // Amina: RSA, 19e. The EPI has no phone in the sources: the 3975 gives its address.
    let r = run(json!({"code_postal": "75019", "ressources": ["rsa"]}));
    let etape = premiere_etape(catalogue(), &r).expect("a first step");
    assert_eq!((etape.id.as_str(), etape.genre), ("epi-flandre", "structure"));
    assert!(matches!(&etape.raison, Some(x) if !x.sources.is_empty()), "why, with its source");
    assert_eq!(etape.moyens, [Moyen::AppelerContactGeneral { nom: "Ville de Paris".into(), telephone: "3975".into() }]);
    // A service only a professional can request: ask one's referent first.
    let r = run(json!({"inscrit_france_travail": true, "freins": ["logement"]}));
    let etape = premiere_etape(catalogue(), &r).expect("a first step");
    assert_eq!(etape.id, "accompagnement-global");
    assert_eq!(etape.moyens.first(), Some(&Moyen::DemanderReferent));
    // Out of the catalogue's territory, a national network's office is not where one goes.
    let r = run(json!({"code_postal": "69001"}));
    let etape = premiere_etape(catalogue(), &r).expect("a first step");
    assert!(!etape.moyens.iter().any(|m| matches!(m, Moyen::Appeler { .. })), "{:?}", etape.moyens);
    assert!(etape.moyens.contains(&Moyen::Mairie), "{:?}", etape.moyens);
}

/// Sentences of a French text longer than `max` words (FALC: short sentences, one idea each).
fn phrases_longues(texte: &str, max: usize) -> Vec<String> {
    let mut phrases = Vec::new();
    let mut courante = String::new();
    let mut chars = texte.chars().peekable();
    while let Some(c) = chars.next() {
        courante.push(c);
        if matches!(c, '.' | '!' | '?' | '؟' | '…') && chars.peek().is_none_or(|n| n.is_whitespace()) {
            phrases.push(std::mem::take(&mut courante).trim().to_owned());
        }
    }
    phrases.push(courante);
    phrases
        .into_iter()
        .filter(|p| p.split_whitespace().filter(|m| m.chars().any(|c| c.is_alphanumeric() || c == '{')).count() > max)
        .collect()
}

#[test]
fn what_the_engine_says_in_french_english_and_arabic_is_in_short_sentences() {
    use offre_insertion::langue::Langue;
    let c = catalogue();
    let mut longues = Vec::new();
    for langue in [Langue::Fr, Langue::En, Langue::Ar] {
        for r in &c.regles {
            longues.extend(
                phrases_longues(r.raison_dans(langue), 20).into_iter().map(|p| format!("{langue:?} {} : {p}", r.id)),
            );
        }
        for q in &c.questions {
            let (intitule, aide, pourquoi) = q.textes(langue);
            for texte in [Some(intitule), aide, Some(pourquoi)].into_iter().flatten() {
                longues
                    .extend(phrases_longues(&texte, 20).into_iter().map(|p| format!("{langue:?} {} : {p}", q.champ)));
            }
        }
    }
    assert!(longues.is_empty(), "{} sentences over 20 words:\n{}", longues.len(), longues.join("\n"));
    assert_eq!(phrases_longues("Un deux trois. Quatre cinq six sept.", 3), ["Quatre cinq six sept."]);
    assert_eq!(phrases_longues("واحد اثنان ثلاثة؟ أربعة خمسة ستة سبعة.", 3), ["أربعة خمسة ستة سبعة."]);
}

#[test]
fn outside_the_described_territories_the_plie_of_the_departement_is_named() {
    let r = run(json!({ "code_postal": "13001" }));
    let entrees = entry_ids(&r);
    assert!(entrees.contains(&"plie-de-marseille"), "{entrees:?}");
    assert!(entrees.iter().all(|id| !id.contains("aurillac")), "only the Bouches-du-Rhône's PLIE");
    let lieu = r.lieu.as_ref().unwrap();
    assert_eq!(lieu.nom_departement.as_ref().map(|d| d.avec_article.as_str()), Some("les Bouches-du-Rhône"));
    // A département whose PLIE the 2019 directory does not list: those of the same région
    // (Nouvelle-Aquitaine), and the directory's general door.
    let r = run(json!({ "code_postal": "23000" }));
    let entrees = entry_ids(&r);
    assert!(entrees.contains(&"plie-de-la-communaute-d-agglomeration-du-grand-angouleme"), "{entrees:?}");
    assert!(!entrees.contains(&"plie-de-marseille") && !entrees.iter().any(|id| id.contains("aurillac")));
    assert!(entrees.contains(&"plie-parcours"));
    assert_eq!(r.lieu.unwrap().nom_departement.unwrap().avec_article, "la Creuse");
}

#[test]
fn entries_no_document_confirms_come_after_the_confirmed_ones_and_say_why() {
    use offre_insertion::catalogue::vocab::Statut;
    let r = run(
        json!({"code_postal": "75018", "age": 50, "projet": "emploi", "ressources": ["rsa"], "disponible_emploi": "oui", "freins": []}),
    );
    let statuts: Vec<Statut> = r.points_entree.iter().map(|s| s.statut).collect();
    let premier_non_confirme =
        statuts.iter().position(|s| *s != Statut::EnService).expect("an unconfirmed entry point");
    assert!(statuts[premier_non_confirme..].iter().all(|s| *s != Statut::EnService), "{statuts:?}");
    let plan = r.points_entree.iter().find(|s| s.id == "plan-deuxieme-partie-carriere").expect("the 45+ plan");
    assert_eq!(plan.statut, Statut::AVerifier);
    assert!(plan
        .raisons
        .iter()
        .any(|x| matches!(x.motif, Motif::NonConfirme { statut: Statut::AVerifier, annee: Some(2016) })));
    assert!(reason_of(&r, "plan-deuxieme-partie-carriere").contains("aucun document plus récent ne le confirme"));
    for s in r.services.iter().skip_while(|s| s.statut == Statut::EnService) {
        assert_ne!(s.statut, Statut::EnService, "{} ranked after an unconfirmed service", s.id);
        assert!(s.raisons.iter().any(|x| matches!(x.motif, Motif::NonConfirme { .. })), "{}", s.id);
    }
}

#[test]
fn young_people_in_the_val_de_marne_have_an_entry_point() {
    let r = run(json!({"code_postal": "94400", "age": 20, "projet": "emploi"}));
    assert!(entry_ids(&r).contains(&"missions-locales-val-de-marne"), "{:?}", entry_ids(&r));
    assert!(reason_of(&r, "missions-locales-val-de-marne").contains("Missions locales"));
}

/// The Caf's service for single parents with a child under 3, for someone who never said they
/// were one: « peut-être », after every confirmed service, with the question that settles it.
/// Said they are not: never listed. Said they are: confirmed.
#[test]
fn what_the_answers_do_not_settle_comes_after_with_its_question() {
    let caf = "caf-familles-monoparentales";
    let r = run(json!({"code_postal": "75020", "ressources": ["rsa"], "enfant_moins_3_ans": true}));
    let s = r.services.iter().find(|s| s.id == caf).expect("listed as « peut-être »");
    assert_eq!((s.groupe, s.question), (Groupe::PeutEtre, Some(Champ::Situations)));
    let premier = r.services.iter().position(|s| s.groupe == Groupe::PeutEtre).unwrap();
    assert!(premier > 0 && r.services[premier..].iter().all(|s| s.groupe == Groupe::PeutEtre), "{:?}", service_ids(&r));
    let r = run(json!({"code_postal": "75020", "ressources": ["rsa"], "enfant_moins_3_ans": true, "situations": []}));
    assert!(!service_ids(&r).contains(&caf), "the answers rule it out: {:?}", service_ids(&r));
    let r = run(
        json!({"code_postal": "75020", "ressources": ["rsa"], "enfant_moins_3_ans": true, "situations": ["famille_monoparentale"]}),
    );
    // Confirmed, it is one of the person's entry points (a rule names it).
    let s = r.points_entree.iter().find(|s| s.id == caf).expect("confirmed");
    assert_eq!((s.groupe, s.question), (Groupe::Confirme, None));
}

/// In each group, what the documents confirm first; the others say why they come after.
#[test]
fn unconfirmed_entries_rank_below_confirmed_ones_and_say_why() {
    for answers in [
        json!({"code_postal": "75019", "ressources": ["rsa"]}),
        json!({"code_postal": "75011", "age": 35, "ressources": ["rsa"], "freins": [], "projet": "emploi"}),
        json!({"code_postal": "75020", "ressources": ["rsa"], "freins": ["garde_enfants", "logement"]}),
    ] {
        let r = run(answers.clone());
        for groupe in [Groupe::Confirme, Groupe::PeutEtre] {
            let statuts: Vec<Statut> = r.services.iter().filter(|s| s.groupe == groupe).map(|s| s.statut).collect();
            let premier = statuts.iter().position(|s| *s != Statut::EnService).unwrap_or(statuts.len());
            assert!(statuts[premier..].iter().all(|s| *s != Statut::EnService), "{answers} : {statuts:?}");
        }
        for s in r.services.iter().filter(|s| s.statut != Statut::EnService) {
            assert!(s.raisons.iter().any(|x| matches!(x.motif, Motif::NonConfirme { .. })), "{}", s.id);
        }
        // « Parcours santé » is only announced: never second for someone who named no health problem.
        assert_ne!(service_ids(&r).get(1), Some(&"parcours-sante"), "{answers}");
    }
}

#[test]
fn services_in_the_persons_arrondissement_say_so() {
    let r = run(json!({"code_postal": "75019", "ressources": ["rsa"]}));
    let epi = r.services.iter().find(|s| s.id == "rsa-accompagnement-epi-flandre").unwrap();
    assert!(epi.sur_place && epi.distance_km == Some(0.0));
    assert!(r.points_entree.iter().any(|s| s.id == "epi-flandre" && s.sur_place));
    let r = run(json!({"code_postal": "75020", "ressources": ["rsa"]}));
    assert!(r.services.iter().all(|s| s.id != "rsa-accompagnement-epi-flandre" || !s.sur_place));
}

#[test]
fn the_referents_checklist_says_what_the_answers_confirm_contradict_or_leave_open() {
    use offre_insertion::catalogue::vocab::Ressource;
    use offre_insertion::orientation::{criteres, Constat, Critere, Personne};
    let c = catalogue();
    let garantie = c.service("garantie-jeunes").unwrap();
    let verdicts = |answers: serde_json::Value| {
        let personne = Personne::de(c, &Reponses::from_json(&answers).0);
        criteres(garantie, &personne).into_iter().map(|(_, v)| v).collect::<Vec<_>>()
    };
    let (age, residence) =
        (Critere::Age { min: Some(16), max: Some(25) }, &criteres(garantie, &Personne::de(c, &Reponses::default())));
    assert_eq!(residence[0].0, age);
    assert!(matches!(residence[1].0, Critere::Residence(_)));
    assert_eq!(verdicts(json!({"age": 22, "code_postal": "75019"})), [Constat::Confirme, Constat::Confirme]);
    assert_eq!(verdicts(json!({"age": 30, "code_postal": "94400"})), [Constat::Contredit, Constat::Contredit]);
    assert_eq!(verdicts(json!({"age": 19})), [Constat::Confirme, Constat::Inconnu]);
    let rsa = c.service("paris-info-rsa").unwrap();
    let p = Personne::de(c, &Reponses::from_json(&json!({"ressources": ["ass"]})).0);
    assert_eq!(criteres(rsa, &p)[0], (Critere::Ressources(vec![Ressource::Rsa]), Constat::Contredit));
}
