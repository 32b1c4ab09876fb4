//! Every parser of outside input, fed what no one should send: « never panics » properties (CI
//! covers them without nightly) and the fuzzers' findings kept in `fixtures/fuzz/TARGET/`, each
//! refused with a clear message. The fuzz targets (`fuzz/`) run the same calls.

use offre_insertion::catalogue::load::{assemble, lire_source};
use offre_insertion::catalogue::paquets::{self, decouper, lire_index, lire_territorial, Index};
use offre_insertion::catalogue::validate::validate;
use offre_insertion::catalogue::vocab::DataInclusion;
use offre_insertion::orientation::answers::Saisie;
use offre_insertion::orientation::{Champ, Reponses};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

mod commun;

/// The fuzz target's call for one catalogue file's text: a diagnostic, never a panic.
fn catalogue_toml(texte: &str) -> Result<(), String> {
    let source = lire_source("paris/services.toml".into(), texte.to_owned()).map_err(|d| d.message)?;
    let (catalogue, _) = assemble(vec![source], DataInclusion::default());
    let _ = validate(&catalogue, None);
    Ok(())
}

/// The shipped catalogue split as the build does: the index and the territory packs.
type Decoupe = (Index, Vec<(String, Vec<u8>)>);

fn index_livre() -> &'static Decoupe {
    static INDEX: OnceLock<Decoupe> = OnceLock::new();
    INDEX.get_or_init(|| decouper(&commun::catalogue_livre().0))
}

/// The shipped catalogue split as if its territories were large: light packs, their
/// complements and their lots of fiches.
fn legers() -> &'static paquets::Decoupage {
    static LEGERS: OnceLock<paquets::Decoupage> = OnceLock::new();
    LEGERS.get_or_init(|| paquets::decouper_avec_fiches(&commun::catalogue_livre().0, 0))
}

/// The first light pack, read: what its complements are checked against.
fn territorial_leger() -> &'static paquets::Territorial {
    static T: OnceLock<paquets::Territorial> = OnceLock::new();
    T.get_or_init(|| {
        let (nom, octets) = &legers().territoriaux[0];
        lire_territorial(&legers().index, nom, octets).unwrap()
    })
}

/// The fuzz target's call for one downloaded pack.
fn paquet(octets: &[u8]) -> Result<(), String> {
    let index = lire_index("index.paquet", octets).map(drop).map_err(|e| e.to_string());
    let territoire = lire_territorial(&index_livre().0, "75.paquet", octets).map(drop).map_err(|e| e.to_string());
    let version = &index_livre().0.meta.version;
    let lot = paquets::lire_lot(version, "fiches-75.paquet", octets).map(drop).map_err(|e| e.to_string());
    let complements = paquets::lire_complements(territorial_leger(), "complements-75.paquet", octets);
    index.or(territoire).or(lot).or(complements.map(drop).map_err(|e| e.to_string()))
}

/// The files of `fixtures/fuzz/TARGET/`.
fn trouvailles(cible: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz").join(cible);
    let mut fichiers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} : {e}", dir.display()))
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap()))
        .collect();
    fichiers.sort();
    assert!(!fichiers.is_empty(), "{} vide", dir.display());
    fichiers
}

/// A refusal a person can act on: short, not a crash's words.
fn clair(message: &str) {
    assert!(!message.is_empty() && message.chars().count() < 300, "{message}");
    assert!(!message.contains("recursion limit") && !message.contains("overflow"), "{message}");
}

/// The answers' messages are wholly French (serde's English is translated).
fn clair_en_francais(message: &str) {
    clair(message);
    assert!(!message.contains("expected") && !message.contains("at line"), "{message}");
}

#[test]
fn fuzz_findings_for_the_answers_json_are_refused_clearly() {
    for (nom, octets) in trouvailles("reponses_json") {
        let texte = String::from_utf8_lossy(&octets);
        let erreur = Reponses::from_json_str(&texte).err().unwrap_or_else(|| panic!("{nom} accepté"));
        clair_en_francais(&erreur);
    }
}

#[test]
fn fuzz_findings_for_the_catalogue_toml_are_refused_clearly() {
    for (nom, octets) in trouvailles("catalogue_toml") {
        let erreur = catalogue_toml(&String::from_utf8_lossy(&octets)).err().unwrap_or_else(|| panic!("{nom} accepté"));
        clair(&erreur);
    }
}

#[test]
fn fuzz_findings_for_the_data_packs_are_refused_clearly() {
    for (nom, octets) in trouvailles("paquet") {
        let erreur = paquet(&octets).err().unwrap_or_else(|| panic!("{nom} accepté"));
        clair(&erreur);
    }
}

#[test]
fn a_territory_pack_of_another_version_is_refused_with_both_versions() {
    let (index, fichiers) = index_livre();
    let (nom, octets) = fichiers.iter().find(|(n, _)| n.starts_with("75-")).unwrap();
    let mut autre = lire_territorial(index, nom, octets).unwrap();
    autre.version = "0.9.0".into();
    let octets = offre_insertion::catalogue::paquet::ecrire(&autre);
    let erreur = lire_territorial(index, nom, &octets).unwrap_err();
    assert!(matches!(erreur, paquets::ErreurPaquets::AutreVersion { .. }));
    let message = erreur.to_string();
    assert!(message.contains("0.9.0") && message.contains(&index.meta.version), "{message}");
}

#[test]
fn a_territory_pack_whose_search_words_are_of_other_entries_is_refused() {
    let (index, fichiers) = index_livre();
    let lire = |prefixe: &str| {
        let (nom, octets) = fichiers.iter().find(|(n, _)| n.starts_with(prefixe)).unwrap();
        (nom, lire_territorial(index, nom, octets).unwrap())
    };
    let (nom, mut paris) = lire("75-");
    paris.mots = lire("94-").1.mots;
    let octets = offre_insertion::catalogue::paquet::ecrire(&paris);
    let erreur = lire_territorial(index, nom, &octets).unwrap_err().to_string();
    assert!(erreur.contains("index de recherche"), "{erreur}");
}

/// JSON-like text: the answers' field names, values of every kind, brackets anywhere.
fn json_presque() -> impl Strategy<Value = String> {
    let noms: Vec<&str> = Champ::ALL.iter().map(|c| c.nom()).collect();
    let valeur = prop_oneof![
        Just("null".to_owned()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|x| format!("{x:e}")),
        "\"[^\"\\\\]{0,12}\"",
        "\\[(\"[a-z_]{0,12}\", ?){0,4}\\]",
        "[\\[\\]{}\",:0-9a-z -]{0,24}",
    ];
    proptest::collection::vec((proptest::sample::select(noms), valeur), 0..8).prop_map(|paires| {
        let corps: Vec<String> = paires.into_iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
        format!("{{{}}}", corps.join(", "))
    })
}

/// TOML-like text: tables, keys, strings, arrays and inline tables, and stray delimiters.
fn toml_presque() -> impl Strategy<Value = String> {
    let ligne = prop_oneof![
        Just("[[service]]".to_owned()),
        Just("[[structure]]".to_owned()),
        Just("[catalogue]".to_owned()),
        "[a-z_]{1,10} = \"[^\"\\\\\n]{0,16}\"",
        "[a-z_]{1,10} = [0-9]{1,4}",
        "[a-z_]{1,10} = \\[(\"[a-z0-9:.-]{0,12}\", ?){0,3}\\]",
        "[a-z_]{1,6}(\\.[a-z]{1,3}){0,4} = \\{ ?[a-z]{1,4} = [0-9] ?\\}",
        "[\\[\\]{}=\"',.#a-z0-9 ]{0,30}",
    ];
    proptest::collection::vec(ligne, 0..20).prop_map(|l| l.join("\n"))
}

/// The app's call for the downloaded geography pack.
fn paquet_france(octets: &[u8]) -> Result<(), String> {
    offre_insertion::catalogue::france::lire(octets).map(drop).map_err(|e| e.to_string())
}

#[test]
fn a_cut_complements_file_or_a_pack_in_its_place_is_refused_clearly() {
    let (_, octets) = &legers().complements[0];
    assert_eq!(paquets::lire_complements(territorial_leger(), "c", octets).map(drop), Ok(()));
    for coupe in (0..octets.len()).step_by((octets.len() / 97).max(1)) {
        let e = paquets::lire_complements(territorial_leger(), "c", &octets[..coupe]).expect_err("cut");
        clair(&e.to_string());
    }
    // A territory pack is no complements file.
    let e = paquets::lire_complements(territorial_leger(), "c", &legers().territoriaux[0].1).expect_err("pack");
    clair(&e.to_string());
}

#[test]
fn a_cut_or_foreign_geography_pack_is_refused_clearly() {
    let octets = commun::paquet_france();
    assert_eq!(paquet_france(octets), Ok(()));
    for coupe in (0..octets.len()).step_by(octets.len() / 97) {
        let e = paquet_france(&octets[..coupe]).expect_err("cut");
        clair(&e);
    }
    // A territory pack is no geography pack.
    clair(&paquet_france(&index_livre().1[0].1).expect_err("territory pack"));
    // Well formed, but a commune's postal code points past the département's list.
    let e = paquet_france(b"OIP\x07\x00\x01\x022A\x02ab\x01\x05\x00\x01\x01\x01\x01").expect_err("incoherent");
    assert!(e.contains("géographie incohérente"), "{e}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn geography_packs_never_panic(position in any::<prop::sample::Index>(), octet: u8, coupe in any::<prop::sample::Index>()) {
        // A whole pack of a few hundred communes: the damage reaches the decoding of the lists.
        static PETIT: OnceLock<Vec<u8>> = OnceLock::new();
        let petit = PETIT.get_or_init(|| {
            let communes = offre_insertion::catalogue::france::lire(commun::paquet_france()).unwrap();
            offre_insertion::catalogue::france::ecrire("essai", &communes[..400])
        });
        let mut octets = petit.clone();
        let i = position.index(octets.len());
        octets[i] = octet;
        octets.truncate(coupe.index(octets.len() + 1));
        if let Err(e) = paquet_france(&octets) {
            clair(&e);
        }
    }

    #[test]
    fn answers_json_never_panics(texte in prop_oneof![json_presque(), any::<String>()]) {
        if let Err(e) = Reponses::from_json_str(&texte) {
            clair_en_francais(&e);
        }
    }

    #[test]
    fn answers_typed_in_the_questionnaire_never_panic(champ in proptest::sample::select(Champ::ALL.to_vec()), texte in any::<String>(), liste in proptest::collection::vec(any::<String>(), 0..4)) {
        let _ = Reponses::from_saisies([(champ.nom(), Saisie::texte(texte)), (champ.nom(), Saisie::liste(liste))]);
    }

    #[test]
    fn catalogue_toml_never_panics(texte in prop_oneof![toml_presque(), any::<String>()]) {
        if let Err(e) = catalogue_toml(&texte) {
            clair(&e);
        }
    }

    #[test]
    fn data_packs_never_panic(rang in 0usize..4, position in any::<prop::sample::Index>(), octet: u8, coupe in any::<prop::sample::Index>()) {
        let (_, fichiers) = index_livre();
        let mut octets = match rang {
            0 => offre_insertion::catalogue::paquets::fichier_index(&index_livre().0).1,
            1 => fichiers[0].1.clone(),
            2 => legers().lots[0].1.clone(),
            _ => legers().complements[0].1.clone(),
        };
        let i = position.index(octets.len());
        octets[i] = octet;
        octets.truncate(coupe.index(octets.len() + 1));
        if let Err(e) = paquet(&octets) {
            clair(&e);
        }
    }
}
