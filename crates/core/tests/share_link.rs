//! Property tests of the share-link codec: every answer set round-trips, and no input panics.

use offre_insertion::catalogue::vocab::*;
use offre_insertion::orientation::Reponses;
use offre_insertion::share::{decode, encode};
use proptest::prelude::*;

fn subset<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Option<Vec<T>>> {
    proptest::option::of(proptest::sample::subsequence(all.to_vec(), 0..=all.len()))
}

fn one<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = Option<T>> {
    proptest::option::of(proptest::sample::select(all.to_vec()))
}

prop_compose! {
    fn answers()(
        code_postal in proptest::option::of("(75|94)[0-9]{3}"),
        age in proptest::option::of(15u8..=99),
        ressources in subset(Ressource::ALL),
        inscrit_france_travail in proptest::option::of(any::<bool>()),
        disponible_emploi in one(Disponibilite::ALL),
        freins in subset(Frein::ALL),
        situations in subset(Situation::ALL),
        enfant_moins_3_ans in proptest::option::of(any::<bool>()),
        diplome in one(Diplome::ALL),
        projet in one(Projet::ALL),
    ) -> Reponses {
        Reponses { code_postal, age, ressources, inscrit_france_travail, disponible_emploi, freins, situations, enfant_moins_3_ans, diplome, projet }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn answers_round_trip_through_the_link(r in answers()) {
        let link = encode(&r);
        prop_assert!(link.is_ascii());
        let (decoded, notices) = decode(&link);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(decoded, r);
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        let _ = decode(&s);
    }

    #[test]
    fn arbitrary_key_value_soup_never_panics(s in "([a-z0-9]{0,6}(=[%a-zA-Z0-9.+\\-]{0,12})?&?){0,12}") {
        let (r, _) = decode(&s);
        // Whatever was read is itself a valid, re-encodable answer set.
        let (again, notices) = decode(&encode(&r));
        prop_assert!(notices.is_empty());
        prop_assert_eq!(again, r);
    }
}

/// Inputs the fuzzer found (`tests/fixtures/share-link-fuzz-*.bin`); each must decode, and what
/// it keeps must re-encode cleanly.
#[test]
fn fuzzer_findings_stay_fixed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with("share-link-fuzz-") {
            continue;
        }
        found += 1;
        let path = entry.path();
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let (answers, _) = decode(&text);
        let (again, notices) = decode(&encode(&answers));
        assert!(notices.is_empty(), "{name}: {notices:?} for {answers:?}");
        assert_eq!(again, answers, "{name}");
    }
    assert!(found >= 1, "no fuzzer finding in tests/fixtures");
}
