//! Embeds the catalogue: every `catalog/**/*.toml` file and the data·inclusion vocabularies,
//! decoded into the model and written as one binary paquet (`src/catalogue/paquet.rs`) that
//! the program reads at start-up. The model and the paquet's code are the program's own,
//! included here by path.
//! Entries that do not decode are left out with a warning; `catalog check` reports every
//! problem with its file, line and field.

use std::path::{Path, PathBuf};

// Siblings here as in `src/catalogue/`, so their `super::…` paths resolve the same way.
#[allow(dead_code)]
#[path = "src/catalogue/fichiers.rs"]
mod fichiers;
#[allow(dead_code)]
#[path = "src/catalogue/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/catalogue/paquet.rs"]
mod paquet;
#[allow(dead_code)]
#[path = "src/catalogue/regles.rs"]
mod regles;
#[allow(dead_code)]
#[path = "src/catalogue/vocab.rs"]
mod vocab;

use model::*;
use serde::de::DeserializeOwned;

fn main() {
    println!("cargo:rerun-if-changed=catalog");
    for file in ["fichiers", "model", "paquet", "regles", "vocab"] {
        println!("cargo:rerun-if-changed=src/catalogue/{file}.rs");
    }
    let root = Path::new("catalog");
    let mut meta = None;
    let mut catalogue = Catalogue {
        meta: CatalogueMeta {
            version: "0.0.0".into(),
            date: "1970-01-01".into(),
            titre: "Catalogue sans table [catalogue]".into(),
            producteur: "inconnu".into(),
            licence: None,
            signalement: None,
        },
        structures: Vec::new(),
        services: Vec::new(),
        glossaire: Vec::new(),
        arrondissements: Vec::new(),
        communes: Vec::new(),
        regles: Vec::new(),
        questions: Vec::new(),
        vocabulaire: vocab::DataInclusion::default(),
    };

    for path in fichiers::toml_files(root) {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let table: toml::Table = toml::from_str(&text).unwrap_or_else(|e| {
            panic!("{} : TOML invalide (lancez `cargo run --bin catalog -- check`)\n{e}", path.display())
        });
        let chemin = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        let file = Fichier { chemin: &chemin };
        for (key, value) in table {
            match key.as_str() {
                "catalogue" => meta = file.decode::<CatalogueMeta>(value),
                "structure" => catalogue.structures.extend(file.entries(value, |s: &mut Structure, f| s.fichier = f)),
                "service" => catalogue.services.extend(file.entries(value, |s: &mut Service, f| s.fichier = f)),
                "terme" => catalogue.glossaire.extend(file.entries(value, |t: &mut TermeGlossaire, f| t.fichier = f)),
                "arrondissement" => catalogue.arrondissements.extend(file.entries(value, |_: &mut Arrondissement, _| {})),
                "commune" => catalogue.communes.extend(file.entries(value, |_: &mut Commune, _| {})),
                "regle" => catalogue.regles.extend(file.entries(value, |r: &mut regles::Regle, f| r.fichier = f)),
                "question" => catalogue.questions.extend(file.entries(value, |q: &mut regles::Question, f| q.fichier = f)),
                other => file.warn(&format!("section inconnue « {other} », ignorée")),
            }
        }
    }
    match meta {
        Some(m) => catalogue.meta = m,
        None => println!("cargo:warning=catalog : aucun fichier ne définit la table [catalogue] (version, date)"),
    }

    for (name, file) in fichiers::DATA_INCLUSION_FILES {
        let path = root.join(fichiers::VOCABULARY_DIR).join(file);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Value and label only: descriptions are not shown and would weigh on the download.
        let terms: Vec<vocab::Terme> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        catalogue.vocabulaire.set(name, terms);
    }

    catalogue.restreindre_vocabulaire();

    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("catalogue.paquet");
    std::fs::write(out, paquet::ecrire(&catalogue)).unwrap();
}

struct Fichier<'a> {
    chemin: &'a str,
}

impl Fichier<'_> {
    fn warn(&self, message: &str) {
        println!("cargo:warning=catalog/{} : {message} (détails : `cargo run --bin catalog -- check`)", self.chemin);
    }

    fn decode<T: DeserializeOwned>(&self, value: toml::Value) -> Option<T> {
        value.try_into().map_err(|e| self.warn(&format!("entrée ignorée : {e}"))).ok()
    }

    fn entries<T: DeserializeOwned>(&self, value: toml::Value, mut tag: impl FnMut(&mut T, String)) -> Vec<T> {
        let toml::Value::Array(items) = value else {
            self.warn("une section d'entrées doit s'écrire [[section]]");
            return Vec::new();
        };
        items
            .into_iter()
            .filter_map(|item| {
                let mut entry = self.decode::<T>(item)?;
                tag(&mut entry, self.chemin.to_owned());
                Some(entry)
            })
            .collect()
    }
}
