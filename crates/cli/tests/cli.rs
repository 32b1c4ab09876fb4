//! The `catalog` command line, run as a user would.

use std::io::Write;
use std::process::{Command, Stdio};

fn catalog(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_catalog"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("catalog runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn version_names_tool_and_catalogue() {
    let (code, out, _) = catalog(&["--version"], None);
    assert_eq!(code, 0);
    assert!(out.starts_with("catalog 0.") && out.contains("catalogue 1."), "{out}");
}

#[test]
fn check_passes_on_the_shipped_catalogue() {
    let (code, out, err) = catalog(&["check"], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("aucune erreur"));
}

#[test]
fn suggest_reads_answers_from_stdin_and_prints_the_result_as_json() {
    let (code, out, err) =
        catalog(&["suggest", "--answers", "-"], Some(r#"{"code_postal": "75019", "ressources": ["rsa"]}"#));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["catalogue_version"], offre_insertion_web::catalogue_embarque().0.meta.version.as_str());
    assert_eq!(v["points_entree"][0]["id"], "epi-flandre");
    // Reasons are data: the rule that chose it, with the place it was filled with.
    let motif = &v["points_entree"][0]["raisons"][0]["motif"];
    assert_eq!(motif["genre"], "regle");
    assert_eq!(motif["regle"], "entree-rsa-epi-flandre");
    assert_eq!(motif["lieu"]["arrondissement"], 19);
    assert_eq!(v["lieu"]["arrondissement"], 19);
    assert!(v["services"].is_array());
}

#[test]
fn suggest_rejects_bad_json_and_bad_values_with_exit_2() {
    let (code, _, err) = catalog(&["suggest", "--answers", "-"], Some("{pas du json"));
    assert_eq!(code, 2);
    assert!(err.contains("JSON invalide"), "{err}");
    let (code, out, err) = catalog(&["suggest", "--answers", "-"], Some(r#"{"age": 7}"#));
    assert_eq!(code, 2);
    assert!(err.contains("attention : âge : 7 ne convient pas. Écrivez un nombre de 15 à 99."), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("the valid part is still computed");
    assert_eq!(
        v["avertissements"],
        serde_json::json!([{"champ": "age", "probleme": {"genre": "hors_limites", "valeur": 7, "min": 15, "max": 99}}])
    );
}

#[test]
fn suggest_stops_reading_endless_input_and_refuses_deep_nesting() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_catalog"))
        .args(["suggest", "--answers", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("catalog runs");
    // 64 MB of spaces (valid JSON so far): the tool must stop at its limit, not read it all.
    let mut stdin = child.stdin.take().unwrap();
    let ecrivain = std::thread::spawn(move || {
        let bloc = vec![b' '; 1 << 20];
        (0..64).try_for_each(|_| stdin.write_all(&bloc)).is_err()
    });
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0));
    assert!(err.contains("entrée standard : plus de 1024 Ko, au-delà de la limite"), "{err}");
    assert!(ecrivain.join().unwrap(), "the tool stopped reading before the end");

    let profond = format!("{{\"freins\": {}{}}}", "[".repeat(1000), "]".repeat(1000));
    let (code, _, err) = catalog(&["suggest", "--answers", "-"], Some(&profond));
    assert_eq!(code, 2);
    assert!(err.contains("JSON trop profondément imbriqué"), "{err}");
}

#[test]
fn unknown_command_is_a_usage_error() {
    let (code, _, err) = catalog(&["fabrique"], None);
    assert_eq!(code, 2);
    assert!(err.contains("commande inconnue"));
}

#[test]
fn export_writes_both_files() {
    let dir = std::env::temp_dir().join(format!("export-{}", std::process::id()));
    let (code, out, err) = catalog(&["export", "--format", "data-inclusion", "--out", dir.to_str().unwrap()], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("structures.json") && out.contains("services.json"));
    let services: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("services.json")).unwrap()).unwrap();
    assert!(services.as_array().unwrap().len() > 100);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn requetes_measures_the_query_set_as_json() {
    let (code, out, err) = catalog(
        &["requetes", "--fichier", "../../tests/recherche/requetes.toml", "--catalogue", "../../catalog"],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["succes_a_5"].as_f64().unwrap() >= 0.95, "{}", v["succes_a_5"]);
    let premiere = &v["issues"][0];
    assert_eq!(premiere["texte"], "crèche");
    assert!(premiere["trouves"].as_array().unwrap().len() <= 5);
    let epi = v["complements"].as_array().unwrap().iter().find(|e| e["id"] == "epi-flandre").unwrap();
    assert!(epi["zone"].as_str().unwrap().contains("19e 75019"), "{epi}");
    let (code, _, err) = catalog(&["requetes", "--fichier", "absent.toml"], None);
    assert_eq!(code, 2);
    assert!(err.contains("absent.toml"), "{err}");
}

#[test]
fn suggest_says_which_group_and_which_question_would_settle_it() {
    let answers = r#"{"code_postal": "75020", "ressources": ["rsa"], "enfant_moins_3_ans": true}"#;
    let (code, out, err) = catalog(&["suggest", "--answers", "-"], Some(answers));
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let services = v["services"].as_array().unwrap();
    let caf = services.iter().find(|s| s["id"] == "caf-familles-monoparentales").expect("« peut-être »");
    assert_eq!((&caf["groupe"], &caf["question"]), (&"peut_etre".into(), &"situations".into()));
    assert_eq!(services[0]["groupe"], "confirme");
    assert_eq!(services[0]["sur_place"], true, "the EPI Buzenval's RSA service is in the 20e");
}
