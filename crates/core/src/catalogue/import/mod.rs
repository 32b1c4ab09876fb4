//! `catalog import --format data-inclusion`: a territory's offer from the national référentiel
//! (`structures.json`, `services.json`), checked row by row, filtered to the territories asked
//! for, and written as a snapshot under `catalog/imports/NOM/` that the loader reads.
//!
//! Every row passes the official JSON Schemas (`catalog/vocabulaires/`) and the rules of the
//! official Python models that the JSON Schemas do not express (`regles_du_modele`). A bad row
//! is reported and left out; unreadable input stops the import before anything is written.

mod schema;

pub use schema::Schema;

use super::date::Date;
use super::fichiers::VOCABULARY_DIR;
use super::imports::{self, Changements, DescriptionImport, CORRECTIONS, DESCRIPTION, SERVICES, STRUCTURES};
use super::validate::{adresse_courriel, adresse_web};
use crate::territoire::Territoire;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// What the command was asked to do.
pub struct Demande {
    /// The folder holding `structures.json` and `services.json`.
    pub depuis: PathBuf,
    /// The snapshot's name: `catalog/imports/NOM/`.
    pub nom: String,
    /// Keep only rows located in, or eligible for, one of these (none: keep everything).
    pub territoires: Vec<Territoire>,
    /// The catalogue folder (`catalog/`).
    pub catalogue: PathBuf,
    pub aujourdhui: Date,
}

/// A row left out, and why (in French, for the person who imports).
#[derive(Clone, Debug, PartialEq)]
pub struct Rejet {
    pub fichier: &'static str,
    /// Position of the row in its file's array, from 1.
    pub rang: usize,
    pub id: Option<String>,
    pub champ: Option<String>,
    pub motif: String,
}

impl std::fmt::Display for Rejet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, ligne n° {}", self.fichier, self.rang)?;
        if let Some(id) = &self.id {
            write!(f, " (id « {id} »)")?;
        }
        if let Some(c) = &self.champ {
            write!(f, ", champ « {c} »")?;
        }
        write!(f, " : {}", self.motif)
    }
}

/// What the import did.
#[derive(Debug)]
pub struct Bilan {
    pub dossier: PathBuf,
    pub structures: usize,
    pub services: usize,
    pub rejets: Vec<Rejet>,
    /// Valid rows left out because outside the territories asked for.
    pub hors_territoire: usize,
    /// Invisible or direction-changing characters removed from texts.
    pub caracteres_neutralises: usize,
    pub changements: Changements,
}

/// Texts longer than this are refused, whatever the field (the schema bounds descriptions at
/// 10,000 characters; other fields have no bound there).
const TEXTE_MAX: usize = 10_000;
/// Input files larger than this are refused before being read.
const FICHIER_MAX: u64 = 2 << 30;
/// How many identifiers of each kind `import.toml` lists.
const IDS_LISTES: usize = 50;

/// Runs the import. `Err` is a message for unreadable input or an impossible write: then
/// nothing was written and the previous snapshot is as it was.
pub fn importer(demande: &Demande) -> Result<Bilan, String> {
    if demande.nom.is_empty() || !demande.nom.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!(
            "nom d'import « {} » : lettres minuscules sans accent, chiffres et tirets seulement",
            demande.nom
        ));
    }
    let vocabulaires = demande.catalogue.join(VOCABULARY_DIR);
    let schema_structure = schema::Schema::lire(&vocabulaires.join("structure.json"))?;
    let schema_service = schema::Schema::lire(&vocabulaires.join("service.json"))?;
    let texte_structures = lire_fichier(&demande.depuis.join(STRUCTURES))?;
    let texte_services = lire_fichier(&demande.depuis.join(SERVICES))?;

    let mut rejets = Vec::new();
    let mut neutralises = 0;
    let mut structures: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    lignes(&texte_structures, STRUCTURES, |rang, ligne| {
        match verifier(STRUCTURES, rang, ligne, &schema_structure, demande.aujourdhui, &mut neutralises) {
            Ok((id, _)) if structures.contains_key(&id) => rejets.push(doublon(STRUCTURES, rang, id)),
            Ok((id, row)) => {
                structures.insert(id, row);
            }
            Err(mut r) => rejets.append(&mut r),
        }
    })?;
    drop(texte_structures);
    let mut services: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    lignes(&texte_services, SERVICES, |rang, ligne| {
        match verifier(SERVICES, rang, ligne, &schema_service, demande.aujourdhui, &mut neutralises) {
            Ok((id, _)) if services.contains_key(&id) => rejets.push(doublon(SERVICES, rang, id)),
            Ok((id, row)) => {
                let structure_id = row.get("structure_id").and_then(Value::as_str).unwrap_or_default();
                if structures.contains_key(structure_id) {
                    services.insert(id, row);
                } else {
                    rejets.push(Rejet {
                        fichier: SERVICES,
                        rang,
                        id: Some(id),
                        champ: Some("structure_id".into()),
                        motif: format!(
                            "la structure « {structure_id} » est absente de structures.json ou y a été rejetée"
                        ),
                    });
                }
            }
            Err(mut r) => rejets.append(&mut r),
        }
    })?;
    drop(texte_services);

    // The territories: services located in them or eligible there, and their structures.
    let mut hors_territoire = 0;
    if !demande.territoires.is_empty() {
        let avant = services.len();
        services.retain(|_, s| dans_les_territoires(s, &demande.territoires, true));
        let gardees: BTreeSet<String> =
            services.values().filter_map(|s| s.get("structure_id")?.as_str().map(str::to_owned)).collect();
        let avant_structures = structures.len();
        structures.retain(|id, s| gardees.contains(id) || dans_les_territoires(s, &demande.territoires, false));
        hors_territoire = avant - services.len() + avant_structures - structures.len();
    }

    let racine = demande.catalogue.join(imports::DOSSIER);
    let dossier = racine.join(&demande.nom);
    let changements = changements(&dossier, &structures, &services);
    let description = DescriptionImport {
        format: "data-inclusion".into(),
        date: demande.aujourdhui.to_string(),
        origine: demande.depuis.display().to_string(),
        territoires: demande.territoires.iter().map(Territoire::code).collect(),
        structures: structures.len(),
        services: services.len(),
        rejets: rejets.len(),
        changements: changements.clone(),
    };
    ecrire_instantane(&racine, &demande.nom, &description, &structures, &services, &rejets)?;
    Ok(Bilan {
        dossier,
        structures: structures.len(),
        services: services.len(),
        rejets,
        hors_territoire,
        caracteres_neutralises: neutralises,
        changements,
    })
}

/// A row whose id an earlier row of the same file already has.
fn doublon(fichier: &'static str, rang: usize, id: String) -> Rejet {
    let motif = "identifiant déjà utilisé par une ligne précédente".into();
    Rejet { fichier, rang, id: Some(id), champ: Some("id".into()), motif }
}

/// Reads an input file whole, refusing what is not UTF-8 (with where) or too large.
fn lire_fichier(chemin: &Path) -> Result<String, String> {
    let nom = chemin.display();
    let taille = std::fs::metadata(chemin).map_err(|e| format!("{nom} : lecture impossible ({e})"))?.len();
    if taille > FICHIER_MAX {
        return Err(format!(
            "{nom} : fichier de {} Mo, au-delà de la limite de {} Mo",
            taille >> 20,
            FICHIER_MAX >> 20
        ));
    }
    let octets = std::fs::read(chemin).map_err(|e| format!("{nom} : lecture impossible ({e})"))?;
    let octets = octets.strip_prefix(b"\xEF\xBB\xBF").map(<[u8]>::to_vec).unwrap_or(octets);
    String::from_utf8(octets).map_err(|e| {
        format!(
            "{nom} : le fichier n'est pas en UTF-8 (octet {} illisible) ; réenregistrez-le en UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

/// A row kept: its id and the row as it will be written.
pub type LigneGardee = (String, Map<String, Value>);

/// One input file's text checked as `importer` checks it, without writing anything: the rows
/// kept (id and row) and the rows left out. `Err` is unreadable input (tests and fuzzing).
pub fn verifier_texte(
    texte: &str,
    fichier: &'static str,
    schema: &Schema,
    aujourdhui: Date,
) -> Result<(Vec<LigneGardee>, Vec<Rejet>), String> {
    let (mut gardees, mut rejets, mut neutralises) = (Vec::new(), Vec::new(), 0);
    lignes(texte, fichier, |rang, ligne| match verifier(fichier, rang, ligne, schema, aujourdhui, &mut neutralises) {
        Ok(l) => gardees.push(l),
        Err(mut r) => rejets.append(&mut r),
    })?;
    Ok((gardees, rejets))
}

/// Calls `chaque` for each element of the top-level array, one at a time (a national file is
/// never held as one big value).
fn lignes(texte: &str, fichier: &str, mut chaque: impl FnMut(usize, Value)) -> Result<(), String> {
    use serde::de::{Deserializer as _, SeqAccess, Visitor};
    struct Elements<'f, F: FnMut(usize, Value)>(&'f mut F);
    impl<'de, F: FnMut(usize, Value)> Visitor<'de> for Elements<'_, F> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("un tableau JSON de lignes")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut rang = 0;
            while let Some(v) = seq.next_element::<Value>()? {
                rang += 1;
                (self.0)(rang, v);
            }
            Ok(())
        }
    }
    let mut de = serde_json::Deserializer::from_str(texte);
    let lu = de.deserialize_seq(Elements(&mut chaque)).and_then(|()| de.end());
    lu.map_err(|e| {
        let quoi = match e.classify() {
            serde_json::error::Category::Data => "le fichier doit contenir un tableau JSON de lignes",
            serde_json::error::Category::Eof => "JSON tronqué",
            _ if e.to_string().contains("recursion limit") => "JSON trop profondément imbriqué",
            _ => "JSON invalide",
        };
        format!("{fichier} : {quoi} (ligne {}, colonne {})", e.line(), e.column())
    })
}

/// Checks one row; returns its id and the row as kept, or every reason to leave it out.
fn verifier(
    fichier: &'static str,
    rang: usize,
    ligne: Value,
    schema: &schema::Schema,
    aujourdhui: Date,
    neutralises: &mut usize,
) -> Result<(String, Map<String, Value>), Vec<Rejet>> {
    let id = ligne.get("id").and_then(Value::as_str).map(str::to_owned);
    let rejet = |champ: Option<String>, motif: String| Rejet { fichier, rang, id: id.clone(), champ, motif };
    let Value::Object(mut row) = ligne else {
        return Err(vec![rejet(None, "une ligne doit être un objet JSON { … }".into())]);
    };
    // Fields the schema does not know are not kept; nulls are absences.
    row.retain(|k, v| !v.is_null() && schema.connait(k));
    *neutralises += imports::neutraliser_ligne(&mut row);
    let mut problemes: Vec<Rejet> = Vec::new();
    for (k, v) in &row {
        if let Some(n) = v.as_str().map(|s| s.chars().count()).filter(|n| *n > TEXTE_MAX) {
            problemes.push(rejet(Some(k.clone()), format!("texte de {n} caractères, au-delà de {TEXTE_MAX}")));
        }
    }
    let valeur = Value::Object(row);
    problemes.extend(schema.erreurs(&valeur).into_iter().map(|(champ, motif)| rejet(champ, motif)));
    let Value::Object(row) = valeur else { unreachable!("built as an object above") };
    problemes
        .extend(regles_du_modele(&row, aujourdhui).into_iter().map(|(champ, motif)| rejet(Some(champ.into()), motif)));
    match (problemes.is_empty(), id.clone()) {
        (true, Some(id)) => Ok((id, row)),
        (true, None) => Err(vec![rejet(Some("id".into()), "identifiant absent".into())]),
        (false, _) => {
            // One line per field is enough to fix a row.
            let mut vus = BTreeSet::new();
            problemes.retain(|p| vus.insert(p.champ.clone()));
            Err(problemes)
        }
    }
}

/// The rules of the official Python models (data-inclusion-schema 1.0.10) that the JSON Schemas
/// do not express: `tous-publics` alone, `date_maj` in this century and not in the future,
/// `HttpUrl` links (http or https with a host: never `javascript:` or `data:`), `EmailStr`.
pub fn regles_du_modele(row: &Map<String, Value>, aujourdhui: Date) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(publics) = row.get("publics").and_then(Value::as_array) {
        if publics.len() > 1 && publics.iter().any(|p| p.as_str() == Some("tous-publics")) {
            out.push(("publics", "« tous-publics » ne peut pas être utilisé avec d'autres publics".into()));
        }
    }
    if let Some(d) = row.get("date_maj").and_then(Value::as_str).and_then(Date::parse) {
        if d.annee < 2000 {
            out.push(("date_maj", "la date de dernière modification doit être au XXIe siècle".into()));
        } else if d > aujourdhui {
            out.push(("date_maj", format!("date de dernière modification {d} dans le futur")));
        }
    }
    for champ in ["site_web", "lien_source", "lien_mobilisation", "accessibilite_lieu"] {
        if let Some(lien) = row.get(champ).and_then(Value::as_str) {
            if !adresse_web(lien) {
                out.push((
                    champ,
                    format!(
                        "adresse « {} » refusée : seules les adresses http:// et https:// sont admises",
                        crate::text::abrege(lien, 60)
                    ),
                ));
            }
        }
    }
    if let Some(c) = row.get("courriel").and_then(Value::as_str) {
        if !adresse_courriel(c) {
            out.push(("courriel", format!("adresse électronique « {} » illisible", crate::text::abrege(c, 60))));
        }
    }
    for (lat_ou_lon, max) in [("latitude", 90.0), ("longitude", 180.0)] {
        if let Some(x) = row.get(lat_ou_lon).and_then(Value::as_f64) {
            if !(-max..=max).contains(&x) {
                out.push((lat_ou_lon, format!("{lat_ou_lon} {x} hors des limites (±{max})")));
            }
        }
    }
    out
}

/// Whether a row is located in one of the territories, or (services only) eligible there and
/// usable from there: with no place of its own, or at a distance.
fn dans_les_territoires(row: &Map<String, Value>, territoires: &[Territoire], service: bool) -> bool {
    let code = |k: &str| row.get(k).and_then(Value::as_str);
    let commune = code("code_insee").map(str::to_owned);
    let departement = commune.as_deref().or(code("code_postal")).and_then(imports::departement_du_code);
    let situe = |t: &Territoire| match t {
        Territoire::France => true,
        Territoire::Departement(d) => departement.as_deref() == Some(d.as_str()),
        Territoire::Commune(c) if c == crate::territoire::PARIS => departement.as_deref() == Some("75"),
        Territoire::Commune(c) => commune.as_deref() == Some(c.as_str()),
        Territoire::Arrondissement(n) => commune.as_deref() == Some(format!("751{n:02}").as_str()),
        Territoire::Epci(_) => false,
    };
    if territoires.iter().any(situe) {
        return true;
    }
    if !service {
        return false;
    }
    let sans_lieu = commune.is_none() && departement.is_none();
    let a_distance = row
        .get("modes_accueil")
        .and_then(Value::as_array)
        .is_some_and(|m| m.iter().any(|x| x.as_str() == Some("a-distance")));
    let zone: Vec<Territoire> = row
        .get("zone_eligibilite")
        .and_then(Value::as_array)
        .map(|z| {
            z.iter()
                .filter_map(|c| c.as_str())
                .filter_map(|c| Territoire::parse(if c == "99100" { "france" } else { c }))
                .collect()
        })
        .unwrap_or_default();
    (sans_lieu || a_distance) && territoires.iter().any(|t| zone.iter().any(|z| z.contient(t) || t.contient(z)))
}

/// Compares with the previous snapshot of the same name, if any.
fn changements(
    dossier: &Path,
    structures: &BTreeMap<String, Map<String, Value>>,
    services: &BTreeMap<String, Map<String, Value>>,
) -> Changements {
    let precedent = |f: &str| -> BTreeMap<String, Map<String, Value>> {
        std::fs::read_to_string(dossier.join(f))
            .ok()
            .and_then(|t| serde_json::from_str::<Vec<Map<String, Value>>>(&t).ok())
            .map(imports::lignes_par_id)
            .unwrap_or_default()
    };
    let mut c = Changements::default();
    for (avant, apres) in [(precedent(STRUCTURES), structures), (precedent(SERVICES), services)] {
        for (id, row) in apres {
            match avant.get(id) {
                None => {
                    c.ajoutes += 1;
                    if c.ids_ajoutes.len() < IDS_LISTES {
                        c.ids_ajoutes.push(id.clone());
                    }
                }
                Some(ancien) if ancien != row => {
                    c.modifies += 1;
                    if c.ids_modifies.len() < IDS_LISTES {
                        c.ids_modifies.push(id.clone());
                    }
                }
                Some(_) => {}
            }
        }
        for id in avant.keys().filter(|id| !apres.contains_key(*id)) {
            c.retires += 1;
            if c.ids_retires.len() < IDS_LISTES {
                c.ids_retires.push(id.clone());
            }
        }
    }
    c
}

const MODELE_CORRECTIONS: &str = "\
# Corrections de la ville sur cet import : elles l'emportent sur les données importées et
# survivent aux imports suivants (`catalog import` ne touche jamais ce fichier).
# `catalog check` refuse une correction dont l'identifiant ou le champ n'existe pas.
#
# Corriger ou effacer un champ (une chaîne vide efface la valeur importée) :
#   [[correction]]
#   id = \"IDENTIFIANT-DE-LA-LIGNE\"
#   raison = \"Vérifié auprès de la structure le JJ/MM/AAAA\"
#   champs = { horaires_accueil = \"Mo-Fr 09:00-12:00; PH off\" }
#
# Cacher une ligne :
#   [[correction]]
#   id = \"IDENTIFIANT-DE-LA-LIGNE\"
#   masquer = true
#   raison = \"Service fermé\"
#
# Relier une structure importée à une structure des documents (ou l'empêcher : ne_pas_lier = true) :
#   [[correction]]
#   id = \"IDENTIFIANT-DE-LA-LIGNE\"
#   lier_a = \"mission-locale-paris\"
";

/// One row per line, sorted by id: a new import reads as a readable diff.
fn tableau(rows: &BTreeMap<String, Map<String, Value>>) -> String {
    let lignes: Vec<String> = rows.values().map(|r| serde_json::to_string(r).unwrap_or_default()).collect();
    if lignes.is_empty() {
        "[]\n".into()
    } else {
        format!("[\n{}\n]\n", lignes.join(",\n"))
    }
}

/// Writes the snapshot in a temporary folder, then swaps it in: a failure leaves the previous
/// snapshot untouched. The city's corrections are carried over.
fn ecrire_instantane(
    racine: &Path,
    nom: &str,
    description: &DescriptionImport,
    structures: &BTreeMap<String, Map<String, Value>>,
    services: &BTreeMap<String, Map<String, Value>>,
    rejets: &[Rejet],
) -> Result<(), String> {
    let ecrire = |chemin: PathBuf, contenu: &str| {
        std::fs::write(&chemin, contenu).map_err(|e| format!("{} : écriture impossible ({e})", chemin.display()))
    };
    let dossier = racine.join(nom);
    let temporaire = racine.join(format!(".{nom}.nouveau"));
    let ancien = racine.join(format!(".{nom}.ancien"));
    let _ = std::fs::remove_dir_all(&temporaire);
    std::fs::create_dir_all(&temporaire)
        .map_err(|e| format!("{} : création impossible ({e})", temporaire.display()))?;
    #[derive(serde::Serialize)]
    struct Fichier<'a> {
        import: &'a DescriptionImport,
    }
    let toml = toml::to_string(&Fichier { import: description }).map_err(|e| e.to_string())?;
    ecrire(
        temporaire.join(DESCRIPTION),
        &format!("# Écrit par `catalog import` : ne pas modifier (les corrections vont dans {CORRECTIONS}).\n{toml}"),
    )?;
    ecrire(temporaire.join(STRUCTURES), &tableau(structures))?;
    ecrire(temporaire.join(SERVICES), &tableau(services))?;
    let corrections = std::fs::read_to_string(dossier.join(CORRECTIONS)).unwrap_or_else(|_| MODELE_CORRECTIONS.into());
    ecrire(temporaire.join(CORRECTIONS), &corrections)?;
    if !rejets.is_empty() {
        let mut csv = String::from("fichier;ligne;id;champ;motif\n");
        for r in rejets {
            let champ = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            csv.push_str(&format!(
                "{};{};{};{};{}\n",
                r.fichier,
                r.rang,
                champ(r.id.as_deref().unwrap_or_default()),
                champ(r.champ.as_deref().unwrap_or_default()),
                champ(&r.motif)
            ));
        }
        ecrire(temporaire.join("rejets.csv"), &csv)?;
    }
    let _ = std::fs::remove_dir_all(&ancien);
    let existait = dossier.exists();
    if existait {
        std::fs::rename(&dossier, &ancien)
            .map_err(|e| format!("{} : remplacement impossible ({e})", dossier.display()))?;
    }
    if let Err(e) = std::fs::rename(&temporaire, &dossier) {
        if existait {
            let _ = std::fs::rename(&ancien, &dossier);
        }
        return Err(format!("{} : remplacement impossible ({e})", dossier.display()));
    }
    let _ = std::fs::remove_dir_all(&ancien);
    Ok(())
}
