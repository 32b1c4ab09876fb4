//! The catalogue apart from the program: a small national **index** (version, glossary, rules,
//! questionnaire, correspondences, search lexicon, vocabularies, geography, the entries of no described
//! territory such as the PLIE directory) and one **territory pack** per département that the
//! catalogue describes. The build writes them next to the app under content-hashed names, so
//! any static host can cache them forever; the app fetches them and puts the catalogue back
//! together (`assembler`).

use super::model::*;
use super::paquet::{self, Binaire, Colonnes, Ecriture, ErreurPaquet, Lecture};
use super::regles::{Correspondance, Question, Regle};
use super::vocab::DataInclusion;
use crate::search::{Mots, Segment};
use std::collections::{BTreeMap, HashMap};

/// A département gets a pack of its own from this many entries (structures and services); the
/// others stay in the index (one or two PLIE of the national directory each).
pub const SEUIL_PAQUET: usize = 20;

/// A territory with more services than this carries its entries light: each description cut to
/// an excerpt (`LONGUEUR_EXTRAIT`), the whole of it in lots of fiches fetched when a fiche is
/// opened. Descriptions are most of a large territory's weight; the rest (places, contacts,
/// hours, conditions) is what search, the questionnaire's results and the cards need. The
/// documents' territories stay whole, under it.
pub const SEUIL_FICHES_A_PART: usize = 500;

/// An excerpt's characters: the cards' summary (first sentence, or 200 characters) reads the
/// same from it as from the whole description.
pub const LONGUEUR_EXTRAIT: usize = 220;

/// Characters of description per lot of fiches: about 25 kB gzip for French prose, one request.
pub const CARACTERES_PAR_LOT: usize = 60_000;

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
    /// Their words, for the search.
    pub mots: Mots,
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
    /// Their words, for the search: computed with the pack, not in the page.
    pub mots: Mots,
    /// Where the whole descriptions are, when the entries are light (else empty): each lot
    /// holds those of the next entries, in order.
    pub lots: Vec<LotDecrit>,
    /// A light territory's complements (file name, relative to `DOSSIER`): what its entries
    /// lack here, fetched once the first results are on screen.
    pub complements: Option<String>,
}

/// What a light territory's entries leave out of its pack, so that search and the first results
/// need only the pack: their excerpts, contacts and import provenance (two thirds of a large
/// territory's bytes). The page fetches it right after the pack; a fiche or a feuille de route
/// waits for it, the cards show their excerpt once it is there.
#[derive(Clone, Debug, PartialEq)]
pub struct Complements {
    pub version: String,
    pub departement: String,
    pub structures: Vec<Complement>,
    pub services: Vec<Complement>,
}

/// One entry's complement, in the pack's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Complement {
    pub description: String,
    pub contact: Contact,
    pub origine: Option<Provenance>,
}

/// A lot of fiches as its territory pack lists it: it holds the descriptions of the next
/// `services` services and `structures` structures of the pack.
#[derive(Clone, Debug, PartialEq)]
pub struct LotDecrit {
    /// File name, relative to `DOSSIER` (content-hashed).
    pub fichier: String,
    pub services: u32,
    pub structures: u32,
}

/// The whole descriptions of some entries of a light territory pack.
#[derive(Clone, Debug, PartialEq)]
pub struct LotDeFiches {
    pub version: String,
    pub descriptions: Vec<Description>,
}

/// One entry's whole description (services' and structures' ids do not overlap).
#[derive(Clone, Debug, PartialEq)]
pub struct Description {
    pub id: String,
    pub texte: String,
}

/// Up to this many bytes of territory packs in all, the page fetches every one with the program
/// (the documents' catalogue: two packs). Above (a national build: a hundred packs, tens of
/// megabytes), only the home territory's; the others when a screen asks for their territory.
pub const OCTETS_TOUS_AVEC_LE_PROGRAMME: u64 = 2_000_000;

/// Whether the page fetches this territory pack with the program, or only once a screen asks
/// for its département (`departements_demandes`).
/// `octets_max` is `OCTETS_TOUS_AVEC_LE_PROGRAMME` unless the build says otherwise.
pub fn avec_le_programme(
    index: &Index,
    departement_d_accueil: Option<&str>,
    paquet: &PaquetDecrit,
    octets_max: u64,
) -> bool {
    let total: u64 = index.territoires.iter().map(|t| u64::from(t.octets)).sum();
    total <= octets_max || departement_d_accueil == Some(paquet.departement.as_str())
}

/// The départements a screen needs the packs of: the catalogue's département filter, or that of
/// the postal code in the answers (a share link included). `dep=tous` asks for none: it searches
/// the packs at hand.
pub fn departements_demandes(route: &crate::route::Route) -> Vec<String> {
    use crate::route::Route;
    match route {
        Route::Catalogue { filtres, .. } => {
            filtres.departement.iter().filter(|d| d.as_str() != crate::route::TOUS_TERRITOIRES).cloned().collect()
        }
        Route::Questionnaire { reponses, .. } | Route::Resultats { reponses } | Route::Feuille { reponses, .. } => {
            let code = crate::share::decode(reponses).0.code_postal;
            code.as_deref().and_then(crate::geo::departement_du_code).into_iter().collect()
        }
        _ => Vec::new(),
    }
}

/// The packs of a catalogue, as the build writes them.
pub struct Decoupage {
    pub index: Index,
    /// Territory packs: named in the page, fetched with the program.
    pub territoriaux: Vec<(String, Vec<u8>)>,
    /// Lots of fiches: fetched one at a time, when a fiche is opened.
    pub lots: Vec<(String, Vec<u8>)>,
    /// Light territories' complements: fetched after their pack.
    pub complements: Vec<(String, Vec<u8>)>,
}

/// Why packs could not be put together.
#[derive(Clone, Debug, PartialEq)]
pub enum ErreurPaquets {
    Illisible {
        fichier: String,
        erreur: ErreurPaquet,
    },
    AutreVersion {
        fichier: String,
        attendue: String,
        trouvee: String,
    },
    Manquant {
        fichier: String,
    },
    /// Complements of other entries than the pack's.
    Etranger {
        fichier: String,
    },
}

impl std::fmt::Display for ErreurPaquets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ErreurPaquets::Illisible { fichier, erreur } => write!(f, "{fichier} : {erreur}"),
            ErreurPaquets::AutreVersion { fichier, attendue, trouvee } => {
                write!(f, "{fichier} : catalogue {trouvee}, alors que l'index est en version {attendue}")
            }
            ErreurPaquets::Manquant { fichier } => write!(f, "{fichier} : paquet absent"),
            ErreurPaquets::Etranger { fichier } => write!(f, "{fichier} : compléments d'autres entrées"),
        }
    }
}

/// The département a structure belongs to for packing.
fn departement_structure(s: &Structure) -> Option<&str> {
    s.lieu.departement.as_deref()
}

/// Splits a catalogue into its index and territory packs (with their file names), every entry
/// whole.
pub fn decouper(catalogue: &Catalogue) -> (Index, Vec<(String, Vec<u8>)>) {
    let d = decouper_avec_fiches(catalogue, usize::MAX);
    (d.index, d.territoriaux)
}

/// Splits a catalogue into its index, territory packs and, for a territory of more than
/// `seuil_fiches` services, lots of fiches (`SEUIL_FICHES_A_PART`).
pub fn decouper_avec_fiches(catalogue: &Catalogue, seuil_fiches: usize) -> Decoupage {
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
                mots: Mots::default(),
                lots: Vec::new(),
                complements: None,
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
        mots: Mots::default(),
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
    index.mots = Mots::des_entrees(&index.structures, &index.services);
    let mut fichiers = Vec::new();
    let (mut lots, mut complements) = (Vec::new(), Vec::new());
    for mut t in territoriaux.into_values() {
        let leger = t.services.len() > seuil_fiches;
        if leger {
            lots.extend(mettre_a_part(&mut t));
        }
        // From the entries as the page gets them: a light entry is found by its excerpt's words.
        t.mots = Mots::des_entrees(&t.structures, &t.services);
        if leger {
            complements.push(mettre_de_cote(&mut t));
        }
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
    Decoupage { index, territoriaux: fichiers, lots, complements }
}

/// Takes a light territory's excerpts, contacts and provenance out of its entries into its
/// complements (their file), named in the pack.
fn mettre_de_cote(t: &mut Territorial) -> (String, Vec<u8>) {
    let complement = |description: &mut String, contact: &mut Contact, origine: &mut Option<Provenance>| Complement {
        description: std::mem::take(description),
        contact: std::mem::take(contact),
        origine: origine.take(),
    };
    let c = Complements {
        version: t.version.clone(),
        departement: t.departement.clone(),
        structures: t
            .structures
            .iter_mut()
            .map(|s| complement(&mut s.description, &mut s.contact, &mut s.origine))
            .collect(),
        services: t
            .services
            .iter_mut()
            .map(|s| complement(&mut s.description, &mut s.contact, &mut s.origine))
            .collect(),
    };
    let octets = paquet::ecrire(&c);
    let fichier = format!("complements-{}-{}.paquet", t.departement, empreinte(&octets));
    t.complements = Some(fichier.clone());
    (fichier, octets)
}

/// Reads a territory's complements and checks they are its own (version, département, counts).
pub fn lire_complements(t: &Territorial, fichier: &str, octets: &[u8]) -> Result<Complements, ErreurPaquets> {
    let c = lire_de_la_version(&t.version, fichier, octets, |c: &mut Complements| &mut c.version)?;
    if c.departement != t.departement
        || (c.structures.len(), c.services.len()) != (t.structures.len(), t.services.len())
    {
        return Err(ErreurPaquets::Etranger { fichier: fichier.to_owned() });
    }
    Ok(c)
}

impl Territorial {
    /// Gives the entries back what their complements hold (`lire_complements` checked they match).
    pub fn completer(&mut self, c: Complements) {
        let remettre =
            |description: &mut String, contact: &mut Contact, origine: &mut Option<Provenance>, c: Complement| {
                (*description, *contact, *origine) = (c.description, c.contact, c.origine);
            };
        for (s, c) in self.structures.iter_mut().zip(c.structures) {
            remettre(&mut s.description, &mut s.contact, &mut s.origine, c);
        }
        for (s, c) in self.services.iter_mut().zip(c.services) {
            remettre(&mut s.description, &mut s.contact, &mut s.origine, c);
        }
        self.complements = None;
    }
}

/// Cuts a territory's descriptions to excerpts and writes the whole ones in lots (their files),
/// listed in the pack.
fn mettre_a_part(t: &mut Territorial) -> Vec<(String, Vec<u8>)> {
    let mut lots = Vec::new();
    let mut lot = LotDeFiches { version: t.version.clone(), descriptions: Vec::new() };
    let (mut services, mut structures, mut caracteres) = (0u32, 0u32, 0usize);
    let mut fermer = |lot: &mut LotDeFiches, services: &mut u32, structures: &mut u32, t: &mut Territorial| {
        let octets = paquet::ecrire(&*lot);
        let fichier = format!("fiches-{}-{}.paquet", t.departement, empreinte(&octets));
        t.lots.push(LotDecrit { fichier: fichier.clone(), services: *services, structures: *structures });
        lots.push((fichier, octets));
        lot.descriptions.clear();
        (*services, *structures) = (0, 0);
    };
    let entrees: Vec<(bool, String, String)> = t
        .services
        .iter_mut()
        .map(|s| (true, s.id.clone(), alleger(&mut s.description)))
        .chain(t.structures.iter_mut().map(|s| (false, s.id.clone(), alleger(&mut s.description))))
        .collect();
    let nombre = entrees.len();
    for (rang, (service, id, texte)) in entrees.into_iter().enumerate() {
        caracteres += texte.len();
        lot.descriptions.push(Description { id, texte });
        if service {
            services += 1;
        } else {
            structures += 1;
        }
        // A lot holds services or structures, never both, so that either list is read in order.
        let bascule = service && rang + 1 < nombre && rang + 1 == t.services.len();
        if caracteres >= CARACTERES_PAR_LOT || bascule || rang + 1 == nombre {
            fermer(&mut lot, &mut services, &mut structures, t);
            caracteres = 0;
        }
    }
    lots
}

/// The excerpt kept in the pack; the whole description, returned, goes to a lot.
fn alleger(description: &mut String) -> String {
    let extrait = crate::text::abrege(description, LONGUEUR_EXTRAIT);
    std::mem::replace(description, extrait)
}

/// Which lot holds each light entry's whole description: entry id → file name (relative to
/// `DOSSIER`). Empty for packs of whole entries.
pub fn fiches_a_part(territoriaux: &[Territorial]) -> std::collections::HashMap<String, String> {
    let mut lot_de = std::collections::HashMap::new();
    for t in territoriaux {
        let (mut services, mut structures) = (t.services.iter(), t.structures.iter());
        for lot in &t.lots {
            let ids = services
                .by_ref()
                .take(lot.services as usize)
                .map(|s| &s.id)
                .chain(structures.by_ref().take(lot.structures as usize).map(|s| &s.id));
            for id in ids {
                lot_de.insert(id.clone(), lot.fichier.clone());
            }
        }
    }
    lot_de
}

/// Reads a lot of fiches and checks it belongs to the index's version.
pub fn lire_lot(index_version: &str, fichier: &str, octets: &[u8]) -> Result<LotDeFiches, ErreurPaquets> {
    lire_de_la_version(index_version, fichier, octets, |lot: &mut LotDeFiches| &mut lot.version)
}

/// Reads a downloaded file of the catalogue and checks it is of the `attendue` version (its own
/// `version` field, which `version` gives).
fn lire_de_la_version<T: Binaire>(
    attendue: &str,
    fichier: &str,
    octets: &[u8],
    version: impl Fn(&mut T) -> &mut String,
) -> Result<T, ErreurPaquets> {
    let mut lu: T =
        paquet::lire(octets).map_err(|erreur| ErreurPaquets::Illisible { fichier: fichier.to_owned(), erreur })?;
    if version(&mut lu) != attendue {
        return Err(ErreurPaquets::AutreVersion {
            fichier: fichier.to_owned(),
            attendue: attendue.to_owned(),
            trouvee: std::mem::take(version(&mut lu)),
        });
    }
    Ok(lu)
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
    lire_de_la_version(&index.meta.version, fichier, octets, |t: &mut Territorial| &mut t.version)
}

/// The catalogue the app works with: the index and the territories loaded, in the order the
/// index lists them (so that it equals the catalogue that was split).
pub fn assembler(index: Index, territoriaux: Vec<Territorial>) -> Catalogue {
    assembler_avec_mots(index, territoriaux).0
}

/// The catalogue put together, and the packs' words placed where their entries went.
pub fn assembler_avec_mots(index: Index, mut territoriaux: Vec<Territorial>) -> (Catalogue, Vec<Segment>) {
    let rang = |d: &str| index.territoires.iter().position(|t| t.departement == d).unwrap_or(usize::MAX);
    // The app's one sort: another copy would weigh on its download.
    crate::text::trier(&mut territoriaux, |a, b| rang(&a.departement).cmp(&rang(&b.departement)));
    let mut segments = vec![Segment { mots: index.mots, premiere_structure: 0, premier_service: 0 }];
    let mut structures = index.structures;
    let mut services = index.services;
    for t in territoriaux {
        segments.push(Segment { mots: t.mots, premiere_structure: structures.len(), premier_service: services.len() });
        structures.extend(t.structures);
        services.extend(t.services);
    }
    let catalogue = Catalogue {
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
    };
    (catalogue, segments)
}

/// Whether a pack's words are of its entries (else its hits would point elsewhere).
fn mots_des_entrees(l: &mut Lecture, mots: &Mots, structures: &[Structure], services: &[Service]) {
    if mots.entrees() != (structures.len(), services.len()) {
        l.echec("index de recherche d'autres entrées");
    }
}

/// A territory's entries travel as columns (`Colonnes`): they are most of its bytes.
impl Binaire for Territorial {
    fn ecrire(&self, e: &mut Ecriture) {
        let Territorial { version, departement, structures, services, mots, lots, complements } = self;
        version.ecrire(e);
        departement.ecrire(e);
        Colonnes::ecrire_colonnes(structures, e);
        // A service names its structure by its place in the pack, and takes the structure's
        // place when it is the same (most imported services): a tenth of a large pack's bytes.
        let position: HashMap<&str, usize> = structures.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let mut renvois: Vec<u32> = Vec::with_capacity(services.len());
        let services: Vec<Service> = services
            .iter()
            .map(|s| {
                let mut s = s.clone();
                renvois.push(match position.get(s.structure_id.as_str()) {
                    Some(&i) => {
                        s.structure_id.clear();
                        let meme_lieu = s.lieu == structures[i].lieu;
                        if meme_lieu {
                            s.lieu = Lieu::default();
                        }
                        (i as u32 + 1) << 1 | u32::from(meme_lieu)
                    }
                    None => 0,
                });
                s
            })
            .collect();
        Colonnes::ecrire_colonnes(&services, e);
        renvois.ecrire(e);
        mots.ecrire(e);
        lots.ecrire(e);
        complements.ecrire(e);
    }
    fn lire(l: &mut Lecture) -> Self {
        let (version, departement) = (Binaire::lire(l), Binaire::lire(l));
        let structures: Vec<Structure> = Colonnes::lire_colonnes(l);
        let mut services: Vec<Service> = Colonnes::lire_colonnes(l);
        let renvois: Vec<u32> = Binaire::lire(l);
        if renvois.len() != services.len() {
            l.echec("renvois aux structures d'une autre longueur");
        }
        for (s, &r) in services.iter_mut().zip(&renvois).filter(|(_, r)| **r != 0) {
            match structures.get((r >> 1) as usize - 1) {
                Some(st) => {
                    s.structure_id.clone_from(&st.id);
                    if r & 1 == 1 {
                        s.lieu.clone_from(&st.lieu);
                    }
                }
                None => l.echec("renvoi à une structure hors du paquet"),
            }
        }
        let t = Territorial {
            version,
            departement,
            structures,
            services,
            mots: Binaire::lire(l),
            lots: Binaire::lire(l),
            complements: Binaire::lire(l),
        };
        mots_des_entrees(l, &t.mots, &t.structures, &t.services);
        t
    }
}

impl Binaire for Complements {
    fn ecrire(&self, e: &mut Ecriture) {
        let Complements { version, departement, structures, services } = self;
        version.ecrire(e);
        departement.ecrire(e);
        Colonnes::ecrire_colonnes(structures, e);
        Colonnes::ecrire_colonnes(services, e);
    }
    fn lire(l: &mut Lecture) -> Self {
        Complements {
            version: Binaire::lire(l),
            departement: Binaire::lire(l),
            structures: Colonnes::lire_colonnes(l),
            services: Colonnes::lire_colonnes(l),
        }
    }
}

/// The index's entries travel as columns, as a territory's (one way of reading them, in the
/// program).
impl Binaire for Index {
    fn ecrire(&self, e: &mut Ecriture) {
        let Index {
            meta,
            glossaire,
            arrondissements,
            communes,
            departements,
            regles,
            questions,
            correspondances,
            lexique,
            vocabulaire,
            structures,
            services,
            mots,
            territoires,
            france,
        } = self;
        meta.ecrire(e);
        glossaire.ecrire(e);
        arrondissements.ecrire(e);
        communes.ecrire(e);
        departements.ecrire(e);
        regles.ecrire(e);
        questions.ecrire(e);
        correspondances.ecrire(e);
        lexique.ecrire(e);
        vocabulaire.ecrire(e);
        Colonnes::ecrire_colonnes(structures, e);
        Colonnes::ecrire_colonnes(services, e);
        mots.ecrire(e);
        territoires.ecrire(e);
        france.ecrire(e);
    }
    fn lire(l: &mut Lecture) -> Self {
        let index = Index {
            meta: Binaire::lire(l),
            glossaire: Binaire::lire(l),
            arrondissements: Binaire::lire(l),
            communes: Binaire::lire(l),
            departements: Binaire::lire(l),
            regles: Binaire::lire(l),
            questions: Binaire::lire(l),
            correspondances: Binaire::lire(l),
            lexique: Binaire::lire(l),
            vocabulaire: Binaire::lire(l),
            structures: Colonnes::lire_colonnes(l),
            services: Colonnes::lire_colonnes(l),
            mots: Binaire::lire(l),
            territoires: Binaire::lire(l),
            france: Binaire::lire(l),
        };
        mots_des_entrees(l, &index.mots, &index.structures, &index.services);
        index
    }
}

paquet::binaire_struct! {
    PaquetDecrit { departement, fichier, octets, structures, services }
    LotDecrit { fichier, services, structures }
    LotDeFiches { version, descriptions }
    Description { id, texte }
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
