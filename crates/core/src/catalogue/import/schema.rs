//! The official data·inclusion JSON Schemas (`catalog/vocabulaires/…/structure.json`,
//! `service.json`), applied to a row, with the problems said in French.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::ValidationError;
use serde_json::Value;
use std::path::Path;

pub struct Schema {
    validateur: jsonschema::Validator,
    proprietes: Vec<String>,
}

impl Schema {
    pub fn lire(chemin: &Path) -> Result<Schema, String> {
        let nom = chemin.display();
        let texte = std::fs::read_to_string(chemin).map_err(|e| format!("schéma {nom} : lecture impossible ({e})"))?;
        let schema: Value = serde_json::from_str(&texte).map_err(|e| format!("schéma {nom} : JSON invalide ({e})"))?;
        let proprietes = schema
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .ok_or_else(|| format!("schéma {nom} : pas de « properties »"))?;
        let validateur = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .map_err(|e| format!("schéma {nom} : illisible ({e})"))?;
        Ok(Schema { validateur, proprietes })
    }

    /// Whether the schema describes this field.
    pub fn connait(&self, champ: &str) -> bool {
        self.proprietes.iter().any(|p| p == champ)
    }

    /// Each problem: the field (first segment of the path) and what is wrong, in French.
    pub fn erreurs(&self, ligne: &Value) -> Vec<(Option<String>, String)> {
        self.validateur.iter_errors(ligne).map(|e| (champ(&e), en_francais(&e))).collect()
    }
}

fn champ(e: &ValidationError) -> Option<String> {
    if let ValidationErrorKind::Required { property } = e.kind() {
        return property.as_str().map(str::to_owned);
    }
    e.instance_path().as_str().trim_start_matches('/').split('/').next().filter(|s| !s.is_empty()).map(str::to_owned)
}

fn valeur(v: &Value) -> String {
    match v {
        Value::String(s) => format!("« {} »", crate::text::abrege(s, 60)),
        autre => crate::text::abrege(&autre.to_string(), 60),
    }
}

fn en_francais(e: &ValidationError) -> String {
    let instance = e.instance();
    match e.kind() {
        ValidationErrorKind::Required { property } => {
            format!("champ obligatoire absent : {}", property.as_str().unwrap_or_default())
        }
        // `anyOf` is how the schema writes « this, or null »: say what is wrong with « this ».
        ValidationErrorKind::AnyOf { context } => {
            let utile = context.iter().find(|branche| {
                !branche.iter().all(|x| {
                    matches!(x.kind(), ValidationErrorKind::Type { kind: TypeKind::Single(_) }) && branche.len() == 1
                })
            });
            match utile.and_then(|b| b.first()).or_else(|| context.first().and_then(|b| b.first())) {
                Some(premier) => en_francais(premier),
                None => format!("valeur {} non conforme", valeur(instance)),
            }
        }
        ValidationErrorKind::Enum { .. } => {
            format!("valeur inconnue {} (hors du vocabulaire data·inclusion)", valeur(instance))
        }
        ValidationErrorKind::Constant { expected_value } => {
            format!("valeur {} : {} attendu", valeur(instance), expected_value)
        }
        ValidationErrorKind::Format { format } => {
            let attendu = match format.as_str() {
                "date" => "une date AAAA-MM-JJ",
                "email" => "une adresse électronique",
                "uri" => "une adresse web complète",
                autre => autre,
            };
            format!("valeur {} : {attendu} attendue", valeur(instance))
        }
        ValidationErrorKind::MaxLength { limit } => format!("texte trop long ({limit} caractères au plus)"),
        ValidationErrorKind::MinLength { limit } => format!("texte trop court ({limit} caractères au moins)"),
        ValidationErrorKind::MinItems { limit } => format!("liste vide ({limit} élément au moins)"),
        ValidationErrorKind::UniqueItems => "liste avec une valeur en double".into(),
        ValidationErrorKind::Minimum { limit } => format!("valeur {} : au moins {limit}", valeur(instance)),
        ValidationErrorKind::Pattern { .. } => {
            format!("valeur {} : forme incorrecte (voir le schéma)", valeur(instance))
        }
        ValidationErrorKind::Type { kind } => {
            let attendu = match kind {
                TypeKind::Single(t) => type_en_francais(&format!("{t:?}")),
                TypeKind::Multiple(_) => "un autre type".into(),
            };
            format!("valeur {} : {attendu} attendu", valeur(instance))
        }
        _ => e.to_string(),
    }
}

fn type_en_francais(t: &str) -> String {
    match t.to_ascii_lowercase().as_str() {
        "string" => "un texte",
        "number" => "un nombre",
        "integer" => "un nombre entier",
        "array" => "une liste",
        "object" => "un objet",
        "boolean" => "vrai ou faux",
        "null" => "null",
        autre => return autre.to_owned(),
    }
    .to_owned()
}
