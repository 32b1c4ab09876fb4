//! Imported offer: the snapshots `catalog import` writes under `catalog/imports/NOM/`
//! (`structures.json`, `services.json`: data·inclusion rows already checked), the city's
//! `corrections.toml` on top of them, and the link with the documents' entries. Read by the
//! native loader, so the build packs imports like any other catalogue file.
//!
//! Precedence: corrections win over imported values, imported values over nothing; the
//! documents' knowledge (roles, parcours, rules) is never overwritten.

use super::horaires;
use super::model::*;
use super::regles::Correspondance;
use super::vocab::{CategorieStructure, Statut};
use super::{Catalogue, Diagnostic};
use crate::text::fold;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub use super::fichiers::IMPORTS_DIR as DOSSIER;
pub const STRUCTURES: &str = "structures.json";
pub const SERVICES: &str = "services.json";
pub const DESCRIPTION: &str = "import.toml";
pub const CORRECTIONS: &str = "corrections.toml";

/// `import.toml`: what the snapshot is (written by `catalog import`, read by the loader).
#[derive(Clone, Debug, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DescriptionImport {
    pub format: String,
    /// Import date, `AAAA-MM-JJ`.
    pub date: String,
    /// Where the files came from, as given to `--from`.
    pub origine: String,
    #[serde(default)]
    pub territoires: Vec<String>,
    pub structures: usize,
    pub services: usize,
    pub rejets: usize,
    #[serde(default)]
    pub changements: Changements,
}

/// What changed since the previous snapshot of the same name.
#[derive(Clone, Debug, Default, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Changements {
    pub ajoutes: usize,
    pub retires: usize,
    pub modifies: usize,
    /// The first identifiers of each kind (the counts are complete; the lists are capped).
    #[serde(default)]
    pub ids_ajoutes: Vec<String>,
    #[serde(default)]
    pub ids_retires: Vec<String>,
    #[serde(default)]
    pub ids_modifies: Vec<String>,
}

/// One line of `corrections.toml`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The imported row (structure or service) it applies to.
    pub id: String,
    /// Why (kept for the next person who edits the file).
    #[serde(default)]
    pub raison: Option<String>,
    /// Leave the row out.
    #[serde(default)]
    pub masquer: bool,
    /// A structure: link it with this documents' structure (when the automatic link missed it).
    #[serde(default)]
    pub lier_a: Option<String>,
    /// A structure: never link it automatically.
    #[serde(default)]
    pub ne_pas_lier: bool,
    /// data·inclusion fields and their corrected values (an empty string removes the value).
    #[serde(default)]
    pub champs: Map<String, Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FichierCorrections {
    #[serde(default)]
    correction: Vec<Correction>,
}

/// Fields a correction may set: the data·inclusion fields the catalogue keeps.
pub const CHAMPS_CORRIGEABLES: [&str; 27] = [
    "nom",
    "description",
    "siret",
    "commune",
    "code_postal",
    "code_insee",
    "adresse",
    "complement_adresse",
    "longitude",
    "latitude",
    "telephone",
    "courriel",
    "site_web",
    "horaires_accueil",
    "reseaux_porteurs",
    "type",
    "thematiques",
    "publics",
    "publics_precisions",
    "frais",
    "frais_precisions",
    "modes_accueil",
    "modes_mobilisation",
    "mobilisable_par",
    "mobilisation_precisions",
    "conditions_acces",
    "zone_eligibilite",
];

/// Adds every snapshot below `catalog/imports/` to the catalogue (after the documents' files).
pub fn ajouter(catalogue: &mut Catalogue, dir: &Path, diagnostics: &mut Vec<Diagnostic>) {
    let racine = dir.join(DOSSIER);
    let Ok(entries) = std::fs::read_dir(&racine) else { return };
    let mut noms: Vec<String> = entries
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| !n.starts_with('.'))
        .collect();
    noms.sort();
    // The documents' structures come first; imported ones are appended after them.
    let documents = catalogue.structures.len();
    for nom in noms {
        let snapshot = Snapshot::lire(&racine.join(&nom), &nom, diagnostics);
        if let Some(snapshot) = snapshot {
            snapshot.ajouter_a(catalogue, documents, diagnostics);
        }
    }
    appliquer_correspondances(catalogue);
}

/// Removes invisible and direction-changing characters from every text of a row (on import,
/// and again on load for a snapshot edited by hand). Returns how many were removed.
pub(super) fn neutraliser_ligne(row: &mut Map<String, Value>) -> usize {
    row.values_mut().map(|v| if let Value::String(s) = v { crate::text::neutraliser(s) } else { 0 }).sum()
}

struct Snapshot {
    nom: String,
    description: DescriptionImport,
    structures: Vec<Map<String, Value>>,
    services: Vec<Map<String, Value>>,
    corrections: Vec<Correction>,
}

fn diag(fichier: String, entree: Option<&str>, champ: Option<&str>, message: String) -> Diagnostic {
    Diagnostic { fichier, ligne: None, entree: entree.map(str::to_owned), champ: champ.map(str::to_owned), message }
}

impl Snapshot {
    fn lire(dossier: &Path, nom: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Snapshot> {
        let chemin = |f: &str| format!("{DOSSIER}/{nom}/{f}");
        let texte = |f: &str| std::fs::read_to_string(dossier.join(f));
        let description = match texte(DESCRIPTION).map_err(|e| e.to_string()).and_then(|t| {
            #[derive(Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Fichier {
                import: DescriptionImport,
            }
            toml::from_str::<Fichier>(&t).map(|f| f.import).map_err(|e| e.message().to_owned())
        }) {
            Ok(d) => d,
            Err(e) => {
                diagnostics.push(diag(chemin(DESCRIPTION), None, None, format!("import illisible : {e}")));
                return None;
            }
        };
        let mut lignes = |f: &str| -> Vec<Map<String, Value>> {
            match texte(f)
                .map_err(|e| e.to_string())
                .and_then(|t| serde_json::from_str::<Vec<Map<String, Value>>>(&t).map_err(|e| e.to_string()))
            {
                Ok(mut rows) => {
                    rows.iter_mut().for_each(|r| {
                        neutraliser_ligne(r);
                    });
                    rows
                }
                Err(e) => {
                    diagnostics.push(diag(chemin(f), None, None, format!("fichier d'import illisible : {e}")));
                    Vec::new()
                }
            }
        };
        let structures = lignes(STRUCTURES);
        let services = lignes(SERVICES);
        let corrections = match texte(CORRECTIONS) {
            Err(_) => Vec::new(),
            Ok(t) => match toml::from_str::<FichierCorrections>(&t) {
                Ok(f) => f.correction,
                Err(e) => {
                    let ligne = e.span().map(|s| t[..s.start].lines().count().max(1));
                    let mut d =
                        diag(chemin(CORRECTIONS), None, None, format!("corrections illisibles : {}", e.message()));
                    d.ligne = ligne;
                    diagnostics.push(d);
                    Vec::new()
                }
            },
        };
        Some(Snapshot { nom: nom.to_owned(), description, structures, services, corrections })
    }

    fn ajouter_a(mut self, catalogue: &mut Catalogue, documents: usize, diagnostics: &mut Vec<Diagnostic>) {
        let fichier_corrections = format!("{DOSSIER}/{}/{CORRECTIONS}", self.nom);
        let mut corrections: HashMap<String, Correction> = HashMap::new();
        let ids: std::collections::HashSet<String> =
            self.structures.iter().chain(&self.services).filter_map(|r| texte(r, "id")).collect();
        for c in std::mem::take(&mut self.corrections) {
            let mut probleme = |champ: Option<&str>, message: String| {
                diagnostics.push(diag(fichier_corrections.clone(), Some(&c.id), champ, message));
            };
            if !ids.contains(&c.id) {
                probleme(Some("id"), format!("aucune ligne importée n'a l'identifiant « {} »", c.id));
                continue;
            }
            for champ in c.champs.keys().filter(|k| !CHAMPS_CORRIGEABLES.contains(&k.as_str())) {
                probleme(
                    Some(champ),
                    format!("champ « {champ} » : pas un champ data·inclusion que le catalogue garde"),
                );
            }
            if let Some(cible) =
                c.lier_a.as_deref().filter(|id| catalogue.structure(id).is_none_or(|s| s.origine.is_some()))
            {
                probleme(Some("lier_a"), format!("« {cible} » n'est pas une structure des documents"));
            }
            corrections.insert(c.id.clone(), c);
        }
        let corriger = |row: &mut Map<String, Value>| -> Option<Option<String>> {
            let id = texte(row, "id")?;
            let Some(c) = corrections.get(&id) else { return Some(None) };
            if c.masquer {
                return None;
            }
            for (k, v) in &c.champs {
                if v.as_str() == Some("") || v.is_null() {
                    row.remove(k);
                } else {
                    row.insert(k.clone(), v.clone());
                }
            }
            Some(c.lier_a.clone().or(c.ne_pas_lier.then(String::new)))
        };
        let date = self.description.date.clone();
        let mut liens: HashMap<String, String> = HashMap::new();
        let fichier = format!("{DOSSIER}/{}/{STRUCTURES}", self.nom);
        for mut row in std::mem::take(&mut self.structures) {
            let Some(lien_force) = corriger(&mut row) else { continue };
            let Some(structure) = structure(&row, &self.nom, &date, &fichier) else { continue };
            let cible = match lien_force.as_deref() {
                Some("") => None,
                Some(id) => catalogue.structures.iter().position(|s| s.id == id && s.origine.is_none()),
                None => meme_structure(&catalogue.structures[..documents], &structure),
            };
            match cible {
                Some(i) => {
                    let documents = &mut catalogue.structures[i];
                    liens.insert(structure.id.clone(), documents.id.clone());
                    lier(documents, structure);
                }
                None => catalogue.structures.push(structure),
            }
        }
        let fichier = format!("{DOSSIER}/{}/{SERVICES}", self.nom);
        for mut row in std::mem::take(&mut self.services) {
            if corriger(&mut row).is_none() {
                continue;
            }
            let Some(mut service) = service(&row, &self.nom, &date, &fichier) else { continue };
            if let Some(documents) = liens.get(&service.structure_id) {
                service.structure_id = documents.clone();
            }
            catalogue.services.push(service);
        }
    }
}

fn texte(row: &Map<String, Value>, champ: &str) -> Option<String> {
    row.get(champ).and_then(Value::as_str).map(str::to_owned).filter(|s| !s.trim().is_empty())
}

fn liste(row: &Map<String, Value>, champ: &str) -> Vec<String> {
    row.get(champ)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

fn nombre(row: &Map<String, Value>, champ: &str) -> Option<f64> {
    row.get(champ).and_then(Value::as_f64).filter(|x| x.is_finite())
}

fn provenance(row: &Map<String, Value>, import: &str, importe_le: &str) -> Provenance {
    Provenance {
        import: import.to_owned(),
        source: texte(row, "source").unwrap_or_default(),
        id: texte(row, "id").unwrap_or_default(),
        importe_le: importe_le.to_owned(),
        date_maj: texte(row, "date_maj").unwrap_or_default(),
        lien_source: texte(row, "lien_source"),
    }
}

/// Place fields shared by structures and services; the département and arrondissement are
/// derived from the INSEE code, else from the postal code.
fn lieu(row: &Map<String, Value>) -> Lieu {
    let code_insee = texte(row, "code_insee");
    let code_postal = texte(row, "code_postal");
    let departement = code_insee.as_deref().or(code_postal.as_deref()).and_then(departement_du_code);
    let arrondissement = match (code_insee.as_deref(), code_postal.as_deref()) {
        (Some(i), _) if i.starts_with("751") => i[3..].parse::<u8>().ok(),
        (None, Some(cp)) if cp.starts_with("750") => cp[3..].parse::<u8>().ok(),
        (None, Some("75116")) => Some(16),
        _ => None,
    }
    .filter(|n| (1..=20).contains(n));
    Lieu {
        departement,
        commune: texte(row, "commune"),
        code_postal,
        code_insee,
        arrondissements: arrondissement.into_iter().collect(),
        communes: Vec::new(),
        latitude: nombre(row, "latitude"),
        longitude: nombre(row, "longitude"),
    }
}

pub use crate::geo::departement_du_code;

fn contact(row: &Map<String, Value>, provenance: &Provenance, site_web: Option<String>) -> Contact {
    let horaires_accueil = texte(row, "horaires_accueil");
    Contact {
        adresse: texte(row, "adresse"),
        complement_adresse: texte(row, "complement_adresse"),
        telephone: texte(row, "telephone"),
        courriel: texte(row, "courriel"),
        site_web,
        horaires: horaires_accueil.as_deref().and_then(|h| horaires::depuis_osm(h).ok()),
        horaires_accueil,
        contact_source: Vec::new(),
        provenance: Some(provenance.clone()),
    }
}

fn structure(row: &Map<String, Value>, import: &str, date: &str, fichier: &str) -> Option<Structure> {
    let p = provenance(row, import, date);
    let reseaux_porteurs = liste(row, "reseaux_porteurs");
    Some(Structure {
        id: texte(row, "id")?,
        nom: texte(row, "nom")?,
        sigle: None,
        aliases: Vec::new(),
        categorie: categorie(&reseaux_porteurs),
        description: texte(row, "description").unwrap_or_default(),
        reseaux_porteurs,
        porteur: None,
        lieu: lieu(row),
        contact: contact(row, &p, texte(row, "site_web")),
        siret: texte(row, "siret"),
        statut: Statut::EnService,
        date_maj: p.date_maj.clone(),
        source: Vec::new(),
        origine: Some(p),
        fichier: fichier.to_owned(),
    })
}

/// The catalogue's category for an imported structure, from its networks.
fn categorie(reseaux: &[String]) -> CategorieStructure {
    let a = |r: &str| reseaux.iter().any(|x| x == r);
    if a("mission-locale") {
        CategorieStructure::MissionLocale
    } else if a("france-travail") || a("cap-emploi-reseau-cheops") {
        CategorieStructure::ServicePublicEmploi
    } else if a("caf") || a("cpam") || a("msa") || a("carsat") {
        CategorieStructure::ProtectionSociale
    } else if a("departements") || a("communes") || a("ccas-cias") || a("france-services") {
        CategorieStructure::Collectivite
    } else if reseaux.iter().any(|r| r.starts_with("siae") || r.contains("insertion")) {
        CategorieStructure::Siae
    } else {
        CategorieStructure::Association
    }
}

fn service(row: &Map<String, Value>, import: &str, date: &str, fichier: &str) -> Option<Service> {
    let p = provenance(row, import, date);
    let zone_eligibilite =
        liste(row, "zone_eligibilite").iter().filter_map(|c| crate::territoire::Territoire::parse(c)).collect();
    let mut s = Service {
        id: texte(row, "id")?,
        structure_id: texte(row, "structure_id")?,
        nom: texte(row, "nom")?,
        sigle: None,
        aliases: Vec::new(),
        description: texte(row, "description").unwrap_or_default(),
        type_service: texte(row, "type").unwrap_or_default(),
        thematiques: liste(row, "thematiques"),
        publics: liste(row, "publics"),
        publics_precisions: texte(row, "publics_precisions"),
        frais: texte(row, "frais"),
        frais_precisions: texte(row, "frais_precisions"),
        modes_accueil: liste(row, "modes_accueil"),
        modes_mobilisation: liste(row, "modes_mobilisation"),
        mobilisable_par: liste(row, "mobilisable_par"),
        mobilisation_precisions: texte(row, "mobilisation_precisions"),
        conditions_acces: texte(row, "conditions_acces"),
        lien_mobilisation: texte(row, "lien_mobilisation"),
        zone_eligibilite,
        lieu: lieu(row),
        contact: contact(row, &p, None),
        parcours: Vec::new(),
        freins: Vec::new(),
        projets: Vec::new(),
        situations_visees: Vec::new(),
        eligibilite: Eligibilite::default(),
        formation: None,
        statut: Statut::EnService,
        date_maj: p.date_maj.clone(),
        source: Vec::new(),
        score_qualite: None,
        origine: Some(p),
        fichier: fichier.to_owned(),
    };
    s.score_qualite = Some(score_qualite(&s, date));
    Some(s)
}

/// The documents' structure an imported one is, if any: same SIRET, or same name (accents,
/// case and a site suffix aside) in the same commune (or département when the documents give
/// no commune). An exact name wins over a name with a suffix.
fn meme_structure(structures: &[Structure], importee: &Structure) -> Option<usize> {
    let documents = || structures.iter().enumerate().filter(|(_, s)| s.origine.is_none());
    if let Some(siret) = &importee.siret {
        if let Some((i, _)) = documents().find(|(_, s)| s.siret.as_ref() == Some(siret)) {
            return Some(i);
        }
    }
    let (nom, nom_court) = (fold(&importee.nom), nom_sans_site(&importee.nom));
    // Whether the imported place is Paris, once: not for each of the documents' structures.
    let importee_a_paris = a_paris(&importee.lieu);
    let meme_lieu = |s: &Structure| meme_commune(&s.lieu, &importee.lieu, importee_a_paris);
    documents()
        .filter(|(_, s)| meme_lieu(s))
        .find(|(_, s)| noms(s).any(|n| fold(n) == nom))
        .or_else(|| {
            documents().filter(|(_, s)| meme_lieu(s)).find(|(_, s)| noms(s).any(|n| nom_sans_site(n) == nom_court))
        })
        .map(|(i, _)| i)
}

/// Every name a structure goes by.
fn noms(s: &Structure) -> impl Iterator<Item = &str> {
    std::iter::once(s.nom.as_str()).chain(s.sigle.as_deref()).chain(s.aliases.iter().map(String::as_str))
}

/// The name without what names a site: « Mission Locale de Paris - site Belleville » and
/// « Mission locale de Paris (antenne Nord) » are « mission locale de paris ».
fn nom_sans_site(nom: &str) -> String {
    let coupe = [" - ", " – ", " — ", " (", ", "].iter().filter_map(|sep| nom.find(sep)).min().unwrap_or(nom.len());
    fold(&nom[..coupe])
}

fn a_paris(l: &Lieu) -> bool {
    // The commune's name, folded (an allocation), last.
    l.departement.as_deref() == Some("75")
        || l.code_insee.as_deref().is_some_and(|c| c.starts_with("75"))
        || l.commune.as_deref().is_some_and(|c| fold(c) == "paris")
}

/// Same commune (Paris counts as one), or same département when the documents name no commune.
fn meme_commune(documents: &Lieu, importe: &Lieu, importe_a_paris: bool) -> bool {
    let documents_a_paris = a_paris(documents);
    if documents_a_paris || importe_a_paris {
        return documents_a_paris && importe_a_paris;
    }
    if let (Some(a), Some(b)) = (&documents.code_insee, &importe.code_insee) {
        return a == b;
    }
    if let Some(b) = &importe.code_insee {
        if documents.communes.contains(b) {
            return true;
        }
    }
    match (&documents.commune, &importe.commune) {
        (Some(a), Some(b)) => fold(a) == fold(b),
        _ => documents.departement.is_some() && documents.departement == importe.departement,
    }
}

/// A documents' structure gains the imported place, contacts and hours, each with provenance;
/// what the documents say stays.
fn lier(documents: &mut Structure, importee: Structure) {
    let c = importee.contact;
    let d = &mut documents.contact;
    if c.adresse.is_some() || c.telephone.is_some() || c.courriel.is_some() || c.horaires_accueil.is_some() {
        d.adresse = c.adresse.or(d.adresse.take());
        d.complement_adresse = c.complement_adresse.or(d.complement_adresse.take());
        d.telephone = c.telephone.or(d.telephone.take());
        d.courriel = c.courriel.or(d.courriel.take());
        d.horaires_accueil = c.horaires_accueil.or(d.horaires_accueil.take());
        d.horaires = c.horaires.or(d.horaires.take());
    }
    d.site_web = c.site_web.or(d.site_web.take());
    d.provenance = c.provenance;
    let l = &mut documents.lieu;
    l.latitude = importee.lieu.latitude.or(l.latitude);
    l.longitude = importee.lieu.longitude.or(l.longitude);
    l.code_postal = l.code_postal.take().or(importee.lieu.code_postal);
    l.code_insee = l.code_insee.take().or(importee.lieu.code_insee);
    documents.siret = documents.siret.take().or(importee.siret);
}

/// Imported services gain the questionnaire's freins, projets and situations their thématiques
/// and publics correspond to (`catalog/orientation/correspondances.toml`).
pub fn appliquer_correspondances(catalogue: &mut Catalogue) {
    let correspondances: &[Correspondance] = &catalogue.correspondances;
    for s in catalogue.services.iter_mut().filter(|s| s.origine.is_some()) {
        for c in correspondances {
            let touche = c.thematiques.iter().any(|t| s.thematiques.contains(t))
                || c.publics.iter().any(|p| s.publics.contains(p));
            if !touche {
                continue;
            }
            if let Some(f) = c.frein.filter(|f| !s.freins.contains(f)) {
                s.freins.push(f);
            }
            if let Some(p) = c.projet.filter(|p| !s.projets.contains(p)) {
                s.projets.push(p);
            }
            if let Some(x) = c.situation.filter(|x| !s.situations_visees.contains(x)) {
                s.situations_visees.push(x);
            }
        }
    }
}

/// data·inclusion's quality score (`score_qualite.py` of the schema 1.0.10): the mean of the
/// criteria that apply, each between 0 and 1, rounded to two decimals.
pub fn score_qualite(s: &Service, aujourdhui: &str) -> f64 {
    let a = |liste: &[String], v: &str| liste.iter().any(|x| x == v);
    let c = &s.contact;
    let mut criteres: Vec<f64> = Vec::new();
    if a(&s.modes_accueil, "en-presentiel") || a(&s.modes_mobilisation, "se-presenter") {
        criteres.push(if c.adresse.is_some() { 1.0 } else { 0.0 });
    }
    criteres.push(match (s.modes_mobilisation.is_empty(), s.mobilisable_par.is_empty()) {
        (true, true) => 0.0,
        (false, false) => 1.0,
        _ => 0.5,
    });
    criteres.push(if s.publics.is_empty() { 0.0 } else { 1.0 });
    criteres.push(if s.thematiques.is_empty() { 0.0 } else { 1.0 });
    criteres.push(if c.courriel.is_some() || s.lien_mobilisation.is_some() || c.telephone.is_some() {
        1.0
    } else {
        0.0
    });
    if a(&s.modes_mobilisation, "envoyer-un-courriel") {
        criteres.push(if c.courriel.is_some() { 1.0 } else { 0.0 });
    }
    let source = s.origine.as_ref().map_or("", |p| p.source.as_str());
    if !["agefiph", "france-travail"].contains(&source) {
        let age = match (super::date::Date::parse(&s.date_maj), super::date::Date::parse(aujourdhui)) {
            (Some(d), Some(t)) => Some(t.days_since_epoch() - d.days_since_epoch()),
            _ => None,
        };
        // Six months and two years, as pendulum counts them (approximately, in days).
        criteres.push(match age {
            None => 0.0,
            Some(j) if j < 183 => 1.0,
            Some(j) if j < 730 => (730 - j) as f64 / (730.0 - 183.0),
            Some(_) => 0.0,
        });
    }
    criteres.push(match (s.frais.as_deref(), s.frais_precisions.is_some()) {
        (None, _) => 0.0,
        (Some("payant"), false) => 0.5,
        _ => 1.0,
    });
    let n = s.description.chars().count();
    criteres.push(match n {
        0..50 => 0.0,
        50..200 => 0.5,
        200..2000 => 1.0,
        _ => 0.5,
    });
    if a(&s.modes_mobilisation, "telephoner") {
        criteres.push(if c.telephone.is_some() { 1.0 } else { 0.0 });
    }
    let arrondi = |x: f64| (x * 100.0).round() / 100.0;
    arrondi(criteres.iter().map(|x| arrondi(*x)).sum::<f64>() / criteres.len() as f64)
}

/// Rows of a snapshot by id (for the change summary of the next import).
pub fn lignes_par_id(rows: Vec<Map<String, Value>>) -> BTreeMap<String, Map<String, Value>> {
    rows.into_iter().filter_map(|r| Some((texte(&r, "id")?, r))).collect()
}
