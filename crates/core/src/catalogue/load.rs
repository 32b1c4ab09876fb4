//! Reading the catalogue from its files (native tools: `catalog check`, tests). Each file
//! arrives as a JSON value and each entry is decoded on its own, so that one bad entry is
//! reported with its file, id and field, and skipped, while the rest stays usable.
//! (The program itself carries the catalogue as a paquet: see `build.rs` and `paquet`.)

use super::fichiers::SECTIONS;
use super::model::*;
use super::regles::{Correspondance, Question, Regle};
use super::vocab::{DataInclusion, Terme};
use super::{Catalogue, Diagnostic};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// One catalogue file, already parsed.
pub struct CatalogueSource {
    /// Path relative to `catalog/`, e.g. `paris/services.toml`.
    pub chemin: String,
    pub contenu: Value,
    /// Original text, when available, to give line numbers in messages.
    pub texte: Option<String>,
}

/// Builds the catalogue from parsed files; entries that fail to decode are reported and left out.
/// (The vocabularies are restricted to the values used once imports are added: `from_dir`.)
pub fn assemble(sources: Vec<CatalogueSource>, vocabulaire: DataInclusion) -> (Catalogue, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut meta: Option<CatalogueMeta> = None;
    let mut catalogue = Catalogue::empty(vocabulaire);

    for source in &sources {
        let file = FileContext { source, diagnostics: &mut diagnostics };
        let Value::Object(sections) = &source.contenu else {
            file.diagnostics.push(file.diag(None, None, "le fichier doit contenir des tables".into()));
            continue;
        };
        let mut file = file;
        for (key, value) in sections {
            match key.as_str() {
                "catalogue" => {
                    if meta.is_some() {
                        file.push(None, None, "la table [catalogue] est définie deux fois".into());
                    } else if let Some(m) = file.decode::<CatalogueMeta>(value, None) {
                        meta = Some(m);
                    }
                }
                "structure" => catalogue.structures.extend(file.entries(value, |s: &mut Structure, f| s.fichier = f)),
                "service" => catalogue.services.extend(file.entries(value, |s: &mut Service, f| s.fichier = f)),
                "terme" => catalogue.glossaire.extend(file.entries(value, |t: &mut TermeGlossaire, f| t.fichier = f)),
                "arrondissement" => {
                    catalogue.arrondissements.extend(file.entries(value, |_: &mut Arrondissement, _| {}))
                }
                "commune" => catalogue.communes.extend(file.entries(value, |_: &mut Commune, _| {})),
                "departement" => catalogue.departements.extend(file.entries(value, |_: &mut Departement, _| {})),
                "regle" => catalogue.regles.extend(file.entries(value, |r: &mut Regle, f| r.fichier = f)),
                "question" => catalogue.questions.extend(file.entries(value, |q: &mut Question, f| q.fichier = f)),
                "mot" => catalogue.lexique.extend(file.entries(value, |m: &mut EntreeLexique, f| m.fichier = f)),
                "correspondance" => {
                    catalogue.correspondances.extend(file.entries(value, |c: &mut Correspondance, f| c.fichier = f))
                }
                other => file.push(
                    None,
                    None,
                    format!("section inconnue « {other} » (sections admises : {})", SECTIONS.join(", ")),
                ),
            }
        }
    }

    match meta {
        Some(m) => catalogue.meta = m,
        None => diagnostics.push(Diagnostic::general("aucun fichier ne définit la table [catalogue] (version, date)")),
    }
    (catalogue, diagnostics)
}

struct FileContext<'a> {
    source: &'a CatalogueSource,
    diagnostics: &'a mut Vec<Diagnostic>,
}

impl FileContext<'_> {
    fn diag(&self, entree: Option<&str>, champ: Option<String>, message: String) -> Diagnostic {
        Diagnostic {
            fichier: self.source.chemin.clone(),
            ligne: entree.and_then(|id| self.line_of_id(id)),
            entree: entree.map(str::to_owned),
            champ,
            message,
        }
    }

    fn push(&mut self, entree: Option<&str>, champ: Option<String>, message: String) {
        let d = self.diag(entree, champ, message);
        self.diagnostics.push(d);
    }

    /// Line of `id = "…"` (or `sigle = "…"`) in the original text.
    fn line_of_id(&self, id: &str) -> Option<usize> {
        ligne_entree(self.source.texte.as_deref()?, id)
    }

    /// Decodes an array of tables, one entry at a time.
    fn entries<T: DeserializeOwned + Serialize>(
        &mut self,
        value: &Value,
        mut tag: impl FnMut(&mut T, String),
    ) -> Vec<T> {
        let Value::Array(items) = value else {
            self.push(None, None, "une section d'entrées doit s'écrire [[section]]".into());
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| {
                let id = entry_label(item);
                let mut entry = self.decode::<T>(item, id.as_deref())?;
                tag(&mut entry, self.source.chemin.clone());
                Some(entry)
            })
            .collect()
    }

    fn decode<T: DeserializeOwned + Serialize>(&mut self, item: &Value, id: Option<&str>) -> Option<T> {
        match T::deserialize(item) {
            Ok(entry) => {
                // Only when reading the files: the embedded bundle was checked when it was built.
                if self.source.texte.is_some() {
                    self.report_unknown_fields(item, &entry, id);
                }
                Some(entry)
            }
            Err(e) => {
                let message = e.to_string();
                let champ = backticked(&message).map(|name| field_holding(item, &name).unwrap_or(name));
                self.push(id, champ, translate_serde_message(&message));
                None
            }
        }
    }

    /// serde cannot refuse unknown fields in flattened structs: compare keys instead.
    fn report_unknown_fields<T: Serialize>(&mut self, item: &Value, entry: &T, id: Option<&str>) {
        let (Value::Object(given), Ok(Value::Object(known))) = (item, serde_json::to_value(entry)) else {
            return;
        };
        for key in given.keys().filter(|k| !known.contains_key(*k)) {
            self.push(id, Some(key.clone()), format!("champ inconnu « {key} »"));
        }
    }
}

/// Keys that identify an entry, in order of preference.
const IDENTIFIANTS: [&str; 5] = ["id", "sigle", "numero", "code_insee", "champ"];

/// The line (1-based) where the entry `id` is declared: `id = "…"`, `sigle = "…"`, `numero = 3`…
/// Only identifying keys count, so a reference such as `structure_id = "…"` is never taken.
pub fn ligne_entree(texte: &str, id: &str) -> Option<usize> {
    let valeurs = [format!("\"{id}\""), id.to_owned()];
    texte
        .lines()
        .position(|l| {
            let Some((key, value)) = l.split_once('=') else { return false };
            IDENTIFIANTS.contains(&key.trim()) && valeurs.iter().any(|v| value.trim() == v)
        })
        .map(|i| i + 1)
}

/// What identifies an entry in messages: its `id`, else its `sigle`, `numero` or `code_insee`.
fn entry_label(item: &Value) -> Option<String> {
    IDENTIFIANTS.iter().find_map(|k| match item.get(k)? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// For "unknown variant `x`", the field whose value is (or contains) `x`; serde does not say.
fn field_holding(item: &Value, value: &str) -> Option<String> {
    let Value::Object(fields) = item else { return None };
    let holds = |v: &Value| match v {
        Value::String(s) => s == value,
        Value::Array(items) => items.iter().any(|i| i.as_str() == Some(value)),
        Value::Object(inner) => inner.values().any(|i| {
            i.as_str() == Some(value) || i.as_array().is_some_and(|a| a.iter().any(|x| x.as_str() == Some(value)))
        }),
        _ => false,
    };
    fields.iter().find(|(_, v)| holds(v)).map(|(k, v)| match v {
        Value::Object(inner) => inner
            .iter()
            .find(|(_, i)| {
                i.as_str() == Some(value) || i.as_array().is_some_and(|a| a.iter().any(|x| x.as_str() == Some(value)))
            })
            .map_or(k.clone(), |(ik, _)| format!("{k}.{ik}")),
        _ => k.clone(),
    })
}

fn backticked(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(message[start..end].to_owned())
}

/// serde's English messages, in French for the people who edit the catalogue.
fn translate_serde_message(message: &str) -> String {
    // "unknown variant `x`, expected one of `a`, `b`" and "unknown field `x`, expected …"
    for (english, french) in [("unknown variant `", "valeur inconnue"), ("unknown field `", "champ inconnu")] {
        if let Some(rest) = message.strip_prefix(english) {
            let (value, tail) = rest.split_once('`').unwrap_or((rest, ""));
            let allowed =
                tail.split_once("expected").map(|(_, a)| a.replace("one of", "").replace('`', "").trim().to_owned());
            return match allowed {
                Some(a) if !a.is_empty() => format!("{french} « {value} » (valeurs admises : {a})"),
                _ => format!("{french} « {value} »"),
            };
        }
    }
    message
        .replace("missing field `", "champ obligatoire absent : « ")
        .replace('`', " »")
        .replace("invalid type:", "type incorrect :")
        .replace("expected", "attendu")
}

/// Start of the message for a file that is not valid TOML (the whole file is then left out).
pub const TOML_INVALIDE: &str = "TOML invalide";

/// A catalogue file larger than this is refused (the largest is about 60 KB).
pub const TOML_MAX: u64 = 4 << 20;
/// Arrays and tables nested deeper than this are refused: no catalogue file needs more than
/// four levels, and deep input must not exhaust the stack of the parser or of serde.
pub const IMBRICATION_MAX: usize = 32;

/// Parses one catalogue file's text (`chemin` relative to `catalog/`). A file that is not
/// valid TOML, or nested too deep, gives one diagnostic with its line, never a panic.
#[cfg(feature = "native")]
pub fn lire_source(chemin: String, texte: String) -> Result<CatalogueSource, Diagnostic> {
    let erreur = |ligne, message| Diagnostic { fichier: chemin.clone(), ligne, entree: None, champ: None, message };
    if let Some(ligne) = trop_imbrique(&texte) {
        let message = format!("{TOML_INVALIDE} : tableaux ou tables imbriqués sur plus de {IMBRICATION_MAX} niveaux");
        return Err(erreur(Some(ligne), message));
    }
    match toml::from_str::<toml::Table>(&texte) {
        Ok(table) => {
            let contenu = serde_json::to_value(table).unwrap_or(Value::Null);
            Ok(CatalogueSource { chemin, contenu, texte: Some(texte) })
        }
        Err(e) => {
            let ligne = e.span().map(|s| texte[..s.start].lines().count().max(1));
            Err(erreur(ligne, format!("{TOML_INVALIDE} : {}", e.message())))
        }
    }
}

/// The line where brackets or braces outside strings and comments open deeper than
/// `IMBRICATION_MAX`, or dotted keys name more levels. Bytes suffice: every delimiter is
/// ASCII, and no byte of a multi-byte UTF-8 character is.
fn trop_imbrique(texte: &str) -> Option<usize> {
    let o = texte.as_bytes();
    let (mut profondeur, mut points, mut ligne, mut i) = (0usize, 0usize, 1, 0);
    // The closing quote of the string being read.
    let mut fin: Option<&[u8]> = None;
    while i < o.len() {
        let reste = &o[i..];
        match (fin, o[i]) {
            (_, b'\n') => {
                ligne += 1;
                points = 0;
            }
            (Some(f), _) if reste.starts_with(f) => {
                i += f.len();
                fin = None;
                continue;
            }
            (Some(f), b'\\') if f[0] == b'"' => {
                if o.get(i + 1) == Some(&b'\n') {
                    ligne += 1;
                }
                i += 2;
                continue;
            }
            (Some(_), _) => {}
            (None, b'#') => {
                i += reste.iter().position(|b| *b == b'\n').unwrap_or(reste.len());
                continue;
            }
            (None, b'"' | b'\'') => {
                let f: &[u8] =
                    if reste.starts_with(b"\"\"\"") || reste.starts_with(b"'''") { &reste[..3] } else { &reste[..1] };
                i += f.len();
                fin = Some(f);
                continue;
            }
            (None, b'[' | b'{') => profondeur += 1,
            (None, b']' | b'}') => profondeur = profondeur.saturating_sub(1),
            (None, b'.') => points += 1,
            // A list of decimals is not a dotted key.
            (None, b',' | b'=') => points = 0,
            (None, _) => {}
        }
        if profondeur > IMBRICATION_MAX || points > IMBRICATION_MAX {
            return Some(ligne);
        }
        i += 1;
    }
    None
}

/// Reads `catalog/` from disk: every `*.toml` file below it and the data·inclusion vocabularies.
#[cfg(feature = "native")]
pub fn from_dir(dir: &std::path::Path) -> (Catalogue, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut sources = Vec::new();
    for path in super::fichiers::toml_files(dir) {
        let chemin = path.strip_prefix(dir).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        let lu = std::fs::File::open(&path)
            .map_err(|e| format!("lecture impossible ({e})"))
            .and_then(|f| super::fichiers::lire_borne(f, TOML_MAX, "fichier"));
        let source = match lu {
            Ok(texte) => lire_source(chemin, texte),
            Err(message) => Err(Diagnostic { fichier: chemin, ligne: None, entree: None, champ: None, message }),
        };
        match source {
            Ok(s) => sources.push(s),
            Err(d) => diagnostics.push(d),
        }
    }
    let vocabulaire = match read_vocabulary(&dir.join(super::VOCABULARY_DIR)) {
        Ok(v) => v,
        Err(e) => {
            diagnostics.push(Diagnostic::general(&e));
            DataInclusion::default()
        }
    };
    let (mut catalogue, mut more) = assemble(sources, vocabulaire);
    diagnostics.append(&mut more);
    catalogue.meta.journal = std::fs::read_to_string(dir.join("CHANGELOG.md")).unwrap_or_default();
    super::imports::ajouter(&mut catalogue, dir, &mut diagnostics);
    catalogue.restreindre_vocabulaire();
    (catalogue, diagnostics)
}

#[cfg(feature = "native")]
/// Adds line numbers to diagnostics that name an entry, by finding the entry in its file.
pub fn completer_lignes(diagnostics: &mut [Diagnostic], dir: &std::path::Path) {
    let mut texts: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for d in diagnostics.iter_mut().filter(|d| d.ligne.is_none() && !d.fichier.is_empty()) {
        let Some(id) = d.entree.clone() else { continue };
        let text = texts
            .entry(d.fichier.clone())
            .or_insert_with(|| std::fs::read_to_string(dir.join(&d.fichier)).unwrap_or_default());
        d.ligne = ligne_entree(text, &id);
    }
}

/// Reads the data·inclusion vocabulary files (value + label only).
#[cfg(feature = "native")]
pub fn read_vocabulary(dir: &std::path::Path) -> Result<DataInclusion, String> {
    let mut vocabulaire = DataInclusion::default();
    for (name, file) in super::fichiers::DATA_INCLUSION_FILES {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{} : {e}", path.display()))?;
        let terms: Vec<Terme> = serde_json::from_str(&text).map_err(|e| format!("{} : {e}", path.display()))?;
        vocabulaire.set(name, terms);
    }
    Ok(vocabulaire)
}

#[cfg(test)]
mod tests {
    use super::{ligne_entree, lire_source, IMBRICATION_MAX};

    #[test]
    fn entry_line_is_its_declaration_not_a_reference() {
        let texte = "[[service]]\nid = \"s\"\nstructure_id = \"epec\"\n\n[[structure]]\nid = \"epec\"\n[[arrondissement]]\nnumero = 19\n";
        assert_eq!(ligne_entree(texte, "epec"), Some(6));
        assert_eq!(ligne_entree(texte, "19"), Some(8));
        assert_eq!(ligne_entree(texte, "absent"), None);
    }

    #[test]
    fn deep_nesting_is_refused_with_its_line_before_parsing() {
        let profond = IMBRICATION_MAX + 1;
        for (texte, ligne) in [
            (format!("a = 1\nb = {}{}", "[".repeat(100_000), "]".repeat(100_000)), 2),
            (format!("\n\nc = {}", "{ x = ".repeat(5_000)), 3),
            (format!("[{}]", "a.".repeat(profond)), 1),
            (format!("\"x\\\n\" = 1\n{} = 2", "a.".repeat(profond)), 3),
        ] {
            let d = lire_source("f.toml".into(), texte).err().expect("refused");
            assert!(d.message.contains("imbriqués"), "{}", d.message);
            assert_eq!(d.ligne, Some(ligne));
        }
        // Brackets and dots in strings and comments are text; four levels are ordinary.
        let ordinaire = format!(
            "# {b}\n[[service]]\nnom = \"{b}\\\"{p}\"\nx = '''{b}\n{p}'''\ny = [[[[1.5]]]]\nv = [{v}]\nz = 'é{p}'\n",
            b = "[{".repeat(profond),
            p = ".".repeat(profond),
            v = "1.5, ".repeat(profond)
        );
        assert!(lire_source("f.toml".into(), ordinaire).is_ok());
    }
}
