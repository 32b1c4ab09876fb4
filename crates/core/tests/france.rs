//! All of France's postal codes and communes, from the geography pack the build writes from the
//! official list (npm `@etalab/decoupage-administratif`): the encoding gives back every pair,
//! and the questionnaire and results place any code or commune.

use offre_insertion::catalogue::france;
use offre_insertion::geo::{code_postal_saisi, localiser, ErreurCodePostal};
use offre_insertion::orientation::{orienter, Reponses};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod commun;
use commun::{catalogue_france, catalogue_livre, paquet_france};

fn communes_json() -> Vec<serde_json::Value> {
    let chemin =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(france::PAQUET_NPM).join("data/communes.json");
    serde_json::from_str(&std::fs::read_to_string(chemin).expect("npm ci")).unwrap()
}

#[test]
fn every_postal_code_and_commune_pair_of_the_official_list_comes_back() {
    let communes = france::lire(paquet_france()).unwrap();
    let mut par_code: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for c in &communes {
        for p in &c.codes_postaux {
            par_code.entry(p).or_default().insert(&c.code_insee);
        }
    }
    let mut paires = 0;
    for e in communes_json() {
        let Some(codes) = e["codesPostaux"].as_array() else { continue };
        // A municipal arrondissement (Lyon 3e) is its commune's.
        let insee = match e["type"].as_str() {
            Some("arrondissement-municipal") => e["commune"].as_str().unwrap(),
            _ => e["code"].as_str().unwrap(),
        };
        for p in codes {
            let p = p.as_str().unwrap();
            assert!(par_code.get(p).is_some_and(|s| s.contains(insee)), "{p} → {insee} ({})", e["nom"]);
            paires += 1;
        }
        if e["type"] == "commune-actuelle" {
            let c = communes.iter().find(|c| c.code_insee == insee).unwrap();
            assert_eq!(c.nom, e["nom"].as_str().unwrap());
            assert_eq!(c.departement, e["departement"].as_str().unwrap());
        }
    }
    assert_eq!(paires, 35_539);
    assert_eq!(
        communes.len(),
        34_969
            - communes_json().iter().filter(|e| e["type"] == "commune-actuelle" && e["codesPostaux"].is_null()).count()
    );
}

#[test]
fn the_encoding_gives_back_the_communes_it_was_given() {
    let communes = france::lire(paquet_france()).unwrap();
    let source = "essai";
    assert_eq!(france::lire(&france::ecrire(source, &communes)).unwrap(), communes);
    assert_eq!(france::lire(&france::ecrire(source, &[])).unwrap(), vec![]);
}

#[test]
fn the_pack_records_its_source_version_and_licence() {
    let f: france::France = offre_insertion::catalogue::paquet::lire(paquet_france()).unwrap();
    assert_eq!(
        f.source,
        "@etalab/decoupage-administratif 6.0.0 (licence MIT), d'après le Code officiel géographique de l'INSEE"
    );
}

fn lieu(code: &str) -> (Option<String>, String, String, Vec<String>) {
    let l = localiser(catalogue_france(), code).unwrap_or_else(|e| panic!("{code} : {e:?}"));
    (l.nom_commune, l.departement, l.nom_departement.unwrap().avec_article, l.communes_du_code)
}

#[test]
fn any_postal_code_of_france_finds_its_commune_and_departement() {
    assert_eq!(lieu("69003"), (Some("Lyon".into()), "69".into(), "le Rhône".into(), vec![]));
    assert_eq!(lieu("20000"), (Some("Ajaccio".into()), "2A".into(), "la Corse-du-Sud".into(), vec![]));
    assert_eq!(lieu("20200").1, "2B");
    assert_eq!(lieu("97400"), (Some("Saint-Denis".into()), "974".into(), "La Réunion".into(), vec![]));
    assert_eq!(lieu("15000"), (None, "15".into(), "le Cantal".into(), vec!["Aurillac".into(), "Ytrac".into()]));
    assert_eq!(localiser(catalogue_france(), "69003").unwrap().commune.as_deref(), Some("69123"));
    // Paris and the Val-de-Marne keep the catalogue's own geography (arrondissements, centres).
    assert_eq!(localiser(catalogue_france(), "75019").unwrap().arrondissement, Some(19));
    assert!(localiser(catalogue_france(), "94400").unwrap().centre.is_some());
}

#[test]
fn a_code_serving_several_communes_lists_them_and_keeps_the_departement() {
    let (commune, departement, nom, communes) = lieu("10100");
    assert_eq!((commune, departement.as_str(), nom.as_str()), (None, "10", "l'Aube"));
    assert!(communes.contains(&"Romilly-sur-Seine".to_owned()) && communes.len() == 9, "{communes:?}");
}

#[test]
fn a_code_that_does_not_exist_says_so() {
    for code in ["69999", "15999", "00000", "97999"] {
        assert_eq!(localiser(catalogue_france(), code), Err(ErreurCodePostal::Inconnu), "{code}");
    }
    // Before the geography pack arrives, only the département is known: nothing is refused.
    let l = localiser(&catalogue_livre().0, "69003").unwrap();
    assert_eq!((l.departement.as_str(), l.nom_commune), ("69", None));
}

#[test]
fn a_commune_typed_anywhere_in_france_gives_its_postal_code() {
    let c = catalogue_france();
    for (saisie, code) in [
        ("Villeurbanne", "69100"),
        ("st etienne", "42000"),
        ("Saint-Étienne", "42000"),
        ("ajaccio", "20000"),
        ("93 saint denis", "93200"),
        ("Vitry", "94400"),
        ("Aurillac", "15000"),
        ("Ytrac", "15000"),
    ] {
        assert_eq!(code_postal_saisi(c, saisie).as_deref(), Ok(code), "« {saisie} »");
    }
    // Several communes bear that whole name: the département's number says which.
    assert_eq!(code_postal_saisi(c, "Saint-Denis"), Err(ErreurCodePostal::Forme));
    assert_eq!(code_postal_saisi(c, "Villeurbanne-les-Bains"), Err(ErreurCodePostal::Forme));
}

fn points_entree(code: &str) -> Vec<(String, Vec<String>)> {
    let (reponses, _) =
        Reponses::from_json_str(&format!(r#"{{"code_postal":"{code}","ressources":["rsa"]}}"#)).unwrap();
    let r = orienter(catalogue_france(), &reponses);
    r.points_entree
        .iter()
        .map(|s| {
            let regles = s
                .raisons
                .iter()
                .filter_map(|r| match &r.motif {
                    offre_insertion::orientation::Motif::Regle { regle, .. } => Some(regle.clone()),
                    _ => None,
                })
                .collect();
            (s.id.clone(), regles)
        })
        .collect()
}

#[test]
fn outside_a_described_territory_the_plie_of_the_departement_or_else_of_the_region() {
    // The Cantal has its PLIE in the 2019 directory.
    let cantal = points_entree("15000");
    assert_eq!(cantal[0].0, "plie-de-la-communaute-d-agglomeration-du-bassin-d-aurillac");
    assert_eq!(cantal[0].1, ["entree-plie-du-departement"]);
    assert!(!cantal.iter().any(|(_, r)| r.contains(&"entree-plie-de-la-region".to_owned())));
    // The Rhône has none: those of Auvergne-Rhône-Alpes (Cantal, Isère, Loire…), never another région's.
    let rhone = points_entree("69003");
    let regionaux: Vec<&str> = rhone
        .iter()
        .filter(|(_, r)| r.contains(&"entree-plie-de-la-region".to_owned()))
        .map(|(id, _)| id.as_str())
        .collect();
    assert!(regionaux.contains(&"plie-du-bassin-grenoblois"), "{rhone:?}");
    assert!(regionaux.contains(&"plie-de-la-communaute-d-agglomeration-du-bassin-d-aurillac"));
    assert!(!regionaux.contains(&"plie-de-clermont-auvergne-metropole") || regionaux.len() > 2);
    let structures = &catalogue_livre().0.structures;
    for id in &regionaux {
        let d = structures.iter().find(|s| s.id == *id).unwrap().lieu.departement.clone().unwrap();
        let region = catalogue_livre().0.departements.iter().find(|x| x.code == d).unwrap().region.clone();
        assert_eq!(region, "84", "{id} ({d})");
    }
    // The national entry point is still there: never a dead end.
    assert!(rhone.iter().any(|(id, _)| id == "plie-parcours"));
}
