//! The catalogue apart from the program: a small national **index** (version, glossary, rules,
//! questionnaire, correspondences, search lexicon, vocabularies, geography, the entries of no described
//! territory such as the PLIE directory) and one **territory pack** per département that the
//! catalogue describes. The build writes them next to the app under content-hashed names, so
//! any static host can cache them forever; the app fetches them and puts the catalogue back
//! together (`assembler`).

use super::model::*;
use super::paquet::{self, Binaire, Ecriture, ErreurPaquet, Lecture};
use super::regles::{Correspondance, Question, Regle};
use super::vocab::DataInclusion;
use std::collections::BTreeMap;

/// A département gets a pack of its own from this many entries (structures and services); the
/// others stay in the index (one or two PLIE of the national directory each).
pub const SEUIL_PAQUET: usize = 20;

/// Folder of the packs, next to `index.html`.
pub const DOSSIER: &str = "donnees";

/// What the app needs before any territory: everything but the territories' entries.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    pub meta: CatalogueMeta,
    pub glossaire: Vec<TermeGlossaire>,
    pub arrondissements: Vec<Arrondissement>,
    pub communes: Vec<Commune>,
    pub departements: Vec<Departement>,
    pub regles: Vec<Regle>,
    pub questions: Vec<Question>,
    pub correspondances: Vec<Correspondance>,
    pub lexique: Vec<EntreeLexique>,
    pub vocabulaire: DataInclusion,
    /// Entries of no described territory (national, and the PLIE directory).
    pub structures: Vec<Structure>,
    pub services: Vec<Service>,
    pub territoires: Vec<PaquetDecrit>,
    /// The geography pack of all of France (`france`), fetched only for a place the index does
    /// not know: its file name, relative to `DOSSIER`.
    pub france: Option<String>,
}

/// A territory pack as the index lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PaquetDecrit {
    /// The département's code.
    pub departement: String,
    /// File name, relative to `DOSSIER` (content-hashed).
    pub fichier: String,
    pub octets: u32,
    pub structures: u32,
    pub services: u32,
}

/// The entries of one département.
#[derive(Clone, Debug, PartialEq)]
pub struct Territorial {
    /// The catalogue version it belongs to: a pack of another version is refused.
    pub version: String,
    pub departement: String,
    pub structures: Vec<Structure>,
    pub services: Vec<Service>,
}

/// Why packs could not be put together.
#[derive(Clone, Debug, PartialEq)]
pub enum ErreurPaquets {
    Illisible { fichier: String, erreur: ErreurPaquet },
    AutreVersion { fichier: String, attendue: String, trouvee: String },
    Manquant { fichier: String },
}

impl std::fmt::Display for ErreurPaquets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ErreurPaquets::Illisible { fichier, erreur } => write!(f, "{fichier} : {erreur}"),
            ErreurPaquets::AutreVersion { fichier, attendue, trouvee } => {
                write!(f, "{fichier} : catalogue {trouvee}, alors que l'index est en version {attendue}")
            }
            ErreurPaquets::Manquant { fichier } => write!(f, "{fichier} : paquet absent"),
        }
    }
}

/// The département a structure belongs to for packing.
fn departement_structure(s: &Structure) -> Option<&str> {
    s.lieu.departement.as_deref()
}

/// Splits a catalogue into its index and territory packs (with their file names).
pub fn decouper(catalogue: &Catalogue) -> (Index, Vec<(String, Vec<u8>)>) {
    let mut compte: BTreeMap<&str, usize> = BTreeMap::new();
    for d in catalogue.structures.iter().filter_map(departement_structure) {
        *compte.entry(d).or_default() += 1;
    }
    // By id, once: a national catalogue has a hundred thousand structures.
    let departement_de: std::collections::HashMap<&str, &str> =
        catalogue.structures.iter().filter_map(|s| Some((s.id.as_str(), departement_structure(s)?))).collect();
    let departement_service = |s: &Service| -> Option<String> {
        s.lieu.departement.clone().or_else(|| departement_de.get(s.structure_id.as_str()).map(|d| (*d).to_owned()))
    };
    for d in catalogue.services.iter().filter_map(|s| s.lieu.departement.as_deref()) {
        *compte.entry(d).or_default() += 1;
    }
    let decrits: Vec<String> =
        compte.into_iter().filter(|(_, n)| *n >= SEUIL_PAQUET).map(|(d, _)| d.to_owned()).collect();
    let version = catalogue.meta.version.clone();
    let mut territoriaux: BTreeMap<String, Territorial> = decrits
        .iter()
        .map(|d| {
            let t = Territorial {
                version: version.clone(),
                departement: d.clone(),
                structures: Vec::new(),
                services: Vec::new(),
            };
            (d.clone(), t)
        })
        .collect();
    let mut index = Index {
        meta: catalogue.meta.clone(),
        glossaire: catalogue.glossaire.clone(),
        arrondissements: catalogue.arrondissements.clone(),
        communes: catalogue.communes.clone(),
        departements: catalogue.departements.clone(),
        regles: catalogue.regles.clone(),
        questions: catalogue.questions.clone(),
        correspondances: catalogue.correspondances.clone(),
        lexique: catalogue.lexique.clone(),
        vocabulaire: catalogue.vocabulaire.clone(),
        structures: Vec::new(),
        services: Vec::new(),
        territoires: Vec::new(),
        france: None,
    };
    for s in &catalogue.structures {
        match departement_structure(s).and_then(|d| territoriaux.get_mut(d)) {
            Some(t) => t.structures.push(s.clone()),
            None => index.structures.push(s.clone()),
        }
    }
    for s in &catalogue.services {
        match departement_service(s).and_then(|d| territoriaux.get_mut(&d)) {
            Some(t) => t.services.push(s.clone()),
            None => index.services.push(s.clone()),
        }
    }
    let mut fichiers = Vec::new();
    for t in territoriaux.into_values() {
        let octets = paquet::ecrire(&t);
        let fichier = format!("{}-{}.paquet", t.departement, empreinte(&octets));
        index.territoires.push(PaquetDecrit {
            departement: t.departement.clone(),
            fichier: fichier.clone(),
            octets: octets.len() as u32,
            structures: t.structures.len() as u32,
            services: t.services.len() as u32,
        });
        fichiers.push((fichier, octets));
    }
    (index, fichiers)
}

/// The index's file name and bytes.
pub fn fichier_index(index: &Index) -> (String, Vec<u8>) {
    let octets = paquet::ecrire(index);
    (format!("index-{}.paquet", empreinte(&octets)), octets)
}

/// A short content digest (FNV-1a, 64 bits) for cache-busting file names; not a security hash.
pub fn empreinte(octets: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for o in octets {
        h ^= u64::from(*o);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Reads the index.
pub fn lire_index(fichier: &str, octets: &[u8]) -> Result<Index, ErreurPaquets> {
    paquet::lire(octets).map_err(|erreur| ErreurPaquets::Illisible { fichier: fichier.to_owned(), erreur })
}

/// Reads a territory pack and checks it belongs to the index's version.
pub fn lire_territorial(index: &Index, fichier: &str, octets: &[u8]) -> Result<Territorial, ErreurPaquets> {
    let t: Territorial =
        paquet::lire(octets).map_err(|erreur| ErreurPaquets::Illisible { fichier: fichier.to_owned(), erreur })?;
    if t.version != index.meta.version {
        return Err(ErreurPaquets::AutreVersion {
            fichier: fichier.to_owned(),
            attendue: index.meta.version.clone(),
            trouvee: t.version,
        });
    }
    Ok(t)
}

/// The catalogue the app works with: the index and the territories loaded, in the order the
/// index lists them (so that it equals the catalogue that was split).
pub fn assembler(index: Index, mut territoriaux: Vec<Territorial>) -> Catalogue {
    let rang = |d: &str| index.territoires.iter().position(|t| t.departement == d).unwrap_or(usize::MAX);
    territoriaux.sort_by_key(|t| rang(&t.departement));
    let mut structures = index.structures;
    let mut services = index.services;
    for t in territoriaux {
        structures.extend(t.structures);
        services.extend(t.services);
    }
    Catalogue {
        meta: index.meta,
        structures,
        services,
        glossaire: index.glossaire,
        arrondissements: index.arrondissements,
        communes: index.communes,
        communes_france: Vec::new(),
        departements: index.departements,
        regles: index.regles,
        questions: index.questions,
        correspondances: index.correspondances,
        lexique: index.lexique,
        vocabulaire: index.vocabulaire,
    }
}

paquet::binaire_struct! {
    Index {
        meta, glossaire, arrondissements, communes, departements, regles, questions, correspondances, lexique,
        vocabulaire, structures, services, territoires, france,
    }
    PaquetDecrit { departement, fichier, octets, structures, services }
    Territorial { version, departement, structures, services }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_differ_with_content() {
        assert_ne!(empreinte(b"a"), empreinte(b"b"));
        assert_eq!(empreinte(b"").len(), 16);
    }
}
