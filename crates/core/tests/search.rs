//! Search as people type it: without accents, with acronyms, former names and typos.

use offre_insertion::catalogue::Catalogue;
use offre_insertion::search::{Cible, Filtres, Index};
use std::sync::OnceLock;

mod commun;

fn setup() -> &'static (Catalogue, Index) {
    static S: OnceLock<(Catalogue, Index)> = OnceLock::new();
    S.get_or_init(|| {
        let (c, _) = commun::catalogue_livre().clone();
        let i = Index::new(&c);
        (c, i)
    })
}

fn ids(q: &str, f: &Filtres) -> (Vec<String>, bool) {
    let (c, i) = setup();
    let r = i.chercher(c, q, f);
    let ids = r
        .cibles
        .iter()
        .map(|t| match t {
            Cible::Service(n) => c.services[*n].id.clone(),
            Cible::Structure(n) => c.structures[*n].id.clone(),
        })
        .collect();
    (ids, r.approchants)
}

fn top(q: &str, n: usize) -> Vec<String> {
    ids(q, &Filtres::default()).0.into_iter().take(n).collect()
}

#[test]
fn accents_and_case_do_not_matter() {
    let (with, _) = ids("crèche", &Filtres::default());
    let (without, _) = ids("CRECHE", &Filtres::default());
    assert!(with.contains(&"pack-reussite".to_owned()), "{with:?}");
    assert_eq!(with, without);
    let (refugies, approx) = ids("refugies", &Filtres::default());
    assert!(!approx);
    assert!(refugies.contains(&"plie-action-refugies".to_owned()), "{refugies:?}");
}

#[test]
fn acronyms_find_what_they_stand_for() {
    assert!(top("EPI", 10).iter().any(|id| id.starts_with("epi-")), "{:?}", top("EPI", 10));
    assert!(
        top("PLIE", 5).contains(&"plie-paris-accompagnement".to_owned()) || top("PLIE", 5).contains(&"epec".to_owned()),
        "{:?}",
        top("PLIE", 5)
    );
    assert!(top("ppe", 5).iter().any(|id| id.starts_with("ppe") || id == "points-paris-emploi"), "{:?}", top("ppe", 5));
}

#[test]
fn former_names_lead_to_current_services() {
    // No document says the EPI succeeded the CAPI: the former name leads to what the CAPI did.
    let capi = top("CAPI", 10);
    assert!(capi.contains(&"accompagnement-artistes-rsa".to_owned()), "{capi:?}");
    assert!(!capi.iter().any(|id| id.starts_with("epi-")), "{capi:?}");
    let pole = top("Pôle emploi", 5);
    assert!(pole.iter().any(|id| id.starts_with("france-travail")), "{pole:?}");
    assert!(top("maison de l'emploi", 5).contains(&"epec".to_owned()), "{:?}", top("maison de l'emploi", 5));
}

#[test]
fn typos_are_forgiven_and_said() {
    let (c, i) = setup();
    let r = i.chercher(c, "formaton", &Filtres::default());
    assert!(!r.cibles.is_empty());
    assert!(r.compris.iter().any(|x| x.contains("formation")), "{:?}", r.compris);
}

#[test]
fn prefixes_match_while_typing() {
    assert!(top("numeri", 10).iter().any(|id| id.contains("numerique")), "{:?}", top("numeri", 10));
}

#[test]
fn every_word_must_match_before_partial_results() {
    let (all, approx) = ids("mission locale justice", &Filtres::default());
    assert!(!approx);
    assert_eq!(all.first().map(String::as_str), Some("mission-locale-justice"));
    let (some, approx) = ids("garantie xylophone", &Filtres::default());
    assert!(approx, "no entry has both words");
    assert!(some.contains(&"garantie-jeunes".to_owned()));
}

#[test]
fn ended_services_stay_out_unless_asked() {
    let (current, _) = ids("VAE", &Filtres::default());
    assert!(!current.contains(&"mep-vae-accompagnee".to_owned()));
    let (history, _) = ids("VAE", &Filtres { inclure_termines: true, ..Filtres::default() });
    assert!(history.contains(&"mep-vae-accompagnee".to_owned()));
}

#[test]
fn filters_narrow_results() {
    let health = Filtres { thematique: Some("sante".into()), services_seulement: true, ..Filtres::default() };
    let (list, _) = ids("", &health);
    assert!(!list.is_empty());
    let (c, _) = setup();
    for id in &list {
        let s = c.service(id).expect("services only");
        assert!(s.thematiques.iter().any(|t| t.starts_with("sante--")), "{id}");
    }
    let in_19e = Filtres { arrondissement: Some(19), services_seulement: true, ..Filtres::default() };
    let (list, _) = ids("rsa", &in_19e);
    assert!(list.contains(&"rsa-accompagnement-epi-flandre".to_owned()));
    assert!(!list.contains(&"rsa-accompagnement-epi-minimes".to_owned()), "EPI Minimes does not cover the 19e");
    let val_de_marne = Filtres { departement: Some("94".into()), ..Filtres::default() };
    let (list, _) = ids("rsa", &val_de_marne);
    assert!(list.iter().all(|id| !id.starts_with("rsa-accompagnement-epi")), "{list:?}");
    assert!(list.contains(&"rsa-94-reference-sociale".to_owned()));
}

#[test]
fn empty_query_lists_everything_current() {
    let (c, _) = setup();
    let (all, _) = ids("", &Filtres::default());
    let current =
        c.structures.iter().filter(|s| s.statut != offre_insertion::catalogue::vocab::Statut::Termine).count()
            + c.services.iter().filter(|s| s.statut != offre_insertion::catalogue::vocab::Statut::Termine).count();
    assert_eq!(all.len(), current);
}

#[test]
fn entries_no_document_confirms_come_after_the_confirmed_ones() {
    use offre_insertion::catalogue::vocab::Statut;
    let (c, i) = setup();
    let r = i.chercher(c, "point paris emploi", &Filtres::default());
    let statuts: Vec<Statut> = r
        .cibles
        .iter()
        .map(|t| match t {
            Cible::Service(n) => c.services[*n].statut,
            Cible::Structure(n) => c.structures[*n].statut,
        })
        .collect();
    let premier = statuts.iter().position(|s| *s != Statut::EnService).expect("the EPEC's 2016 points are to check");
    assert!(premier > 0, "a confirmed entry first: {statuts:?}");
    assert!(statuts[premier..].iter().all(|s| *s != Statut::EnService), "{statuts:?}");
}

fn lieu(q: &str) -> Option<offre_insertion::geo::Localisation> {
    let (c, i) = setup();
    i.chercher(c, q, &Filtres::default()).lieu
}

#[test]
fn everyday_words_find_what_they_mean() {
    // The examples: before the lexicon, each found nothing or the wrong thing.
    let creche = top("crèche", 10);
    let garde = ["pack-reussite", "garde-enfants-parents-rsa-majore", "plie-action-garde-enfants", "levee-freins-94"];
    assert!(garde.iter().filter(|id| creche.contains(&(**id).to_owned())).count() >= 3, "{creche:?}");
    for (q, attendu) in [
        ("boulot", "ppe-premier-accueil"),
        ("chomage", "france-travail-inscription-accompagnement"),
        ("sdf", "psa-accompagnement-sans-domicile"),
        ("rqth", "cap-emploi-accompagnement"),
        ("mutuelle", "cpam-droits-sante"),
        ("maman solo", "caf-familles-monoparentales"),
        ("mère célibataire", "caf-familles-monoparentales"),
        ("auto-entrepreneur", "creation-activite-paris"),
        ("illettrisme", "region-cap-competences"),
        ("permis", "pack-reussite"),
    ] {
        assert!(top(q, 5).contains(&attendu.to_owned()), "« {q} » : {:?}", top(q, 5));
    }
    assert!(!top("mère célibataire", 1)[0].starts_with("plie-de"), "{:?}", top("mère célibataire", 3));
    assert!(!top("auto-entrepreneur", 5).contains(&"metiers-autonomie-94".to_owned()));
    let (c, i) = setup();
    let r = i.chercher(c, "nounou", &Filtres::default());
    assert!(r.compris.iter().any(|x| x == "nounou → garde enfants"), "{:?}", r.compris);
}

#[test]
fn little_words_never_match_by_themselves() {
    let dettes = top("mes dettes", 5);
    assert!(!dettes.contains(&"plie-du-blanc-mesnil".to_owned()), "« mes » is not « Mesnil » : {dettes:?}");
    assert!(dettes.contains(&"micro-credit-social".to_owned()), "{dettes:?}");
    assert_eq!(top("je cherche une formation", 5), top("formation", 5));
    let (rien, _) = ids("le de pour mes", &Filtres::default());
    assert_eq!(rien, ids("", &Filtres::default()).0, "only little words: the whole list");
}

#[test]
fn word_forms_meet() {
    for q in ["réfugiée", "refugiees", "réfugié·e·s"] {
        assert!(top(q, 5).contains(&"plie-action-refugies".to_owned()), "« {q} » : {:?}", top(q, 5));
    }
    assert_eq!(offre_insertion::search::racine("formation"), offre_insertion::search::racine("former"));
    assert!(top("handicapées", 5).iter().any(|id| id.contains("handicap")), "{:?}", top("handicapées", 5));
}

#[test]
fn only_longer_words_are_corrected() {
    let (c, i) = setup();
    // « vitr » is no typo for Vitry, nor « meu » for anything: short words are never corrected.
    let r = i.chercher(c, "meu", &Filtres::default());
    assert!(r.compris.is_empty(), "{:?}", r.compris);
    let r = i.chercher(c, "accompagnemnt", &Filtres::default());
    assert!(r.compris.iter().any(|x| x.contains("accompagnement")), "{:?}", r.compris);
}

#[test]
fn places_in_the_query_say_where_to_search() {
    let l = lieu("rsa 19e").expect("19e");
    assert_eq!(l.arrondissement, Some(19));
    assert_eq!(lieu("75019"), Some(l.clone()));
    assert_eq!(lieu("RSA Paris 19").and_then(|l| l.arrondissement), Some(19));
    assert_eq!(lieu("rsa paris 16").and_then(|l| l.arrondissement), Some(16));
    assert_eq!(lieu("emploi 1er").and_then(|l| l.arrondissement), Some(1));
    assert_eq!(top("rsa 19e", 1), ["rsa-accompagnement-epi-flandre"]);
    for q in ["rsa vitry", "rsa 94400", "RSA Vitry-sur-Seine"] {
        let l = lieu(q).unwrap_or_else(|| panic!("« {q} »"));
        assert_eq!(l.nom_commune.as_deref(), Some("Vitry-sur-Seine"), "« {q} »");
        let premiers = top(q, 3);
        assert!(premiers.iter().filter(|id| id.starts_with("rsa-94")).count() >= 2, "« {q} » : {premiers:?}");
        assert!(!ids(q, &Filtres::default()).0.iter().any(|id| id.starts_with("rsa-accompagnement-epi")), "« {q} »");
    }
    let l = lieu("formation Val-de-Marne").expect("Val-de-Marne");
    assert_eq!((l.departement.as_str(), l.commune.as_ref()), ("94", None));
    assert_eq!(lieu("rsa 94").map(|l| l.departement), Some("94".into()));
    // Not places: an age, the word of an entry's name, the app's own city alone.
    assert_eq!(lieu("jeunes 16 25 ans"), None);
    assert_eq!(lieu("maisons de l'emploi"), None);
    assert_eq!(lieu("paris formation emploi"), None);
    // A place alone lists what is there.
    let (vitry, _) = ids("vitry", &Filtres::default());
    assert!(vitry.contains(&"rsa-94-reference-sociale".to_owned()), "{vitry:?}");
    assert!(!vitry.iter().any(|id| id.starts_with("rsa-accompagnement-epi")), "{vitry:?}");
}

#[test]
fn odd_queries_never_panic() {
    let (c, i) = setup();
    for q in
        ["75", "paris", "paris paris 99", "1er 2e 3e 21e", "00000", "99999", "st", "saint", "75116", "0e", "94 94", "é"]
    {
        let r = i.chercher(c, q, &Filtres::default());
        assert!(r.lieu.is_none() || !r.cibles.is_empty() || q == "99999", "« {q} » : {r:?}");
    }
    assert_eq!(lieu("75116").and_then(|l| l.arrondissement), Some(16));
}

/// The packs carry their words (computed when they are written): the page searches with them
/// and must find what an index built from the assembled catalogue finds, rank for rank, in
/// whole packs and in light ones (excerpts), as a person types each query letter by letter.
#[test]
fn the_packs_words_find_what_the_catalogues_index_finds() {
    use offre_insertion::catalogue::paquets;
    let (c, _) = commun::catalogue_livre();
    let chemin = commun::dossier_catalogue().join("../tests/recherche/requetes.toml");
    let texte = std::fs::read_to_string(&chemin).expect("tests/recherche/requetes.toml");
    let mut requetes: Vec<String> =
        offre_insertion::requetes::lire(&texte, c).expect("query set").into_iter().map(|r| r.texte).collect();
    requetes.extend(
        ["formaton", "numerik", "pole emploi", "maman solo", "vitry", "94400", "paris 16", ""].map(String::from),
    );
    let frappes: Vec<String> = requetes
        .iter()
        .flat_map(|q| q.char_indices().map(|(i, ch)| q[..i + ch.len_utf8()].to_owned()).collect::<Vec<_>>())
        .collect();
    for seuil in [usize::MAX, 0] {
        let d = paquets::decouper_avec_fiches(c, seuil);
        let (nom, octets) = paquets::fichier_index(&d.index);
        let index = paquets::lire_index(&nom, &octets).unwrap();
        let territoriaux: Vec<paquets::Territorial> = d
            .territoriaux
            .iter()
            .map(|(nom, octets)| paquets::lire_territorial(&index, nom, octets).unwrap())
            .collect();
        // The first results come before a light territory's complements (excerpts), the same.
        let (sans_complements, _) = paquets::assembler_avec_mots(index.clone(), territoriaux.clone());
        let completes = territoriaux
            .into_iter()
            .map(|mut t| {
                if let Some(nom) = t.complements.clone() {
                    let (_, octets) = d.complements.iter().find(|(n, _)| *n == nom).unwrap();
                    let c = paquets::lire_complements(&t, &nom, octets).unwrap();
                    t.completer(c);
                }
                t
            })
            .collect();
        let (assemble, segments) = paquets::assembler_avec_mots(index, completes);
        assert_eq!(segments.len(), 3, "the index's words and each territory's");
        let des_paquets = Index::des_segments(&assemble, segments);
        let reconstruit = Index::new(&assemble);
        let filtres = [Filtres::default(), Filtres { departement: Some("94".into()), ..Filtres::default() }];
        for q in &frappes {
            for f in &filtres {
                let trouves = des_paquets.chercher(&assemble, q, f);
                let contexte = format!("« {q} » (fiches à part au-delà de {seuil} services)");
                assert_eq!(trouves, reconstruit.chercher(&assemble, q, f), "{contexte}");
                assert_eq!(trouves, des_paquets.chercher(&sans_complements, q, f), "{contexte}, before complements");
            }
        }
    }
}

#[test]
fn a_query_no_entry_fully_matches_gives_those_matching_part_of_it() {
    // « pizzeria » is in no entry: the crèche entries come, said to be close matches only.
    let (seules, exact) = ids("creche", &Filtres::default());
    let (partielles, approx) = ids("creche pizzeria", &Filtres::default());
    assert!(!exact);
    assert!(approx, "{partielles:?}");
    assert_eq!(partielles, seules, "the entries of the word found, in the same order");
    // Both words found, never in one entry: the entries of either, each once, still close.
    let (melange, approx) = ids("creche artiste", &Filtres::default());
    let (artistes, _) = ids("artiste", &Filtres::default());
    assert!(approx, "{melange:?}");
    for id in seules.iter().chain(&artistes) {
        assert_eq!(melange.iter().filter(|x| *x == id).count(), 1, "{id} in {melange:?}");
    }
    // Two words one entry has together: only such entries, not said to be close.
    let (ensemble, approx) = ids("creche rsa", &Filtres::default());
    assert!(!approx && !ensemble.is_empty(), "{ensemble:?}");
    assert!(ensemble.iter().all(|id| seules.contains(id)), "{ensemble:?}");
}
