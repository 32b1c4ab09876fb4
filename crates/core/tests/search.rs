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
