//! Catalogue search: accent- and case-insensitive, acronyms and former names understood
//! (glossary and aliases), everyday words understood (the lexicon, `catalog/lexique.toml`),
//! French word forms brought together (a light stemming), typos tolerated on longer words
//! (the vocabulary's words one or two edits away), and a place in the query (« 19e », « 94400 »,
//! « vitry », « Val-de-Marne ») read as where to search. The index is built once; a query
//! touches only the entries that share its words.

use crate::catalogue::vocab::Statut;
use crate::catalogue::{Catalogue, Lieu, Service, Structure};
use crate::geo::Localisation;
use crate::territoire::{self, Territoire};
use crate::text::{fold, trier, words};
use std::collections::HashMap;

mod mots;
mod scores;
pub use mots::{Mots, Segment};
use scores::Scores;

/// The index's words, hashed with a plain multiplicative hash: the catalogue's words are the
/// build's, not a visitor's, and SipHash took a good part of building the index in the page.
type ParMot<V> = HashMap<String, V, std::hash::BuildHasherDefault<HacheMot>>;

#[derive(Default)]
struct HacheMot(u64);

impl std::hash::Hasher for HacheMot {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, octets: &[u8]) {
        // Eight bytes at a time: the index's words are hashed millions of times as it is built.
        let mut morceaux = octets.chunks_exact(8);
        for m in &mut morceaux {
            self.write_u64(u64::from_le_bytes(m.try_into().expect("eight bytes")));
        }
        for &o in morceaux.remainder() {
            self.write_u64(u64::from(o));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
    fn write_isize(&mut self, n: isize) {
        self.write_u64(n as u64);
    }
}

/// One value per structure and per service, side by side, read by hit: a search reads a value
/// of each of its thousands of hits, and reading it inside each entry went through memory for
/// little (a tenth of a search).
pub struct ParEntree<T> {
    structures: Vec<T>,
    services: Vec<T>,
}

impl<T: Copy> ParEntree<T> {
    pub fn de(c: &Catalogue, structure: impl Fn(&Structure) -> T, service: impl Fn(&Service) -> T) -> ParEntree<T> {
        ParEntree {
            structures: c.structures.iter().map(structure).collect(),
            services: c.services.iter().map(service).collect(),
        }
    }

    /// How many services and structures it has values for.
    pub fn nombres(&self) -> (usize, usize) {
        (self.services.len(), self.structures.len())
    }

    /// A hit's value; none for a hit of another catalogue than the one it was made from.
    pub fn de_la_cible(&self, cible: Cible) -> Option<T> {
        match cible {
            Cible::Service(i) => self.services.get(i),
            Cible::Structure(i) => self.structures.get(i),
        }
        .copied()
    }
}

/// An entry's status, read from the catalogue.
fn statut(c: &Catalogue, cible: Cible) -> Statut {
    match cible {
        Cible::Service(i) => c.services[i].statut,
        Cible::Structure(i) => c.structures[i].statut,
    }
}

/// In a ranking key's low 30 bits: the hit's index, and whether it is a structure.
const INDICE: u64 = (1 << 29) - 1;
const STRUCTURE: u64 = 1 << 29;

/// A hit in the low 30 bits of a ranking key (catalogue order: services, then structures).
fn cle_de_cible(cible: Cible) -> u64 {
    match cible {
        Cible::Service(i) => i as u64 & INDICE,
        Cible::Structure(i) => STRUCTURE | (i as u64 & INDICE),
    }
}

fn cible_de_cle(cle: u64) -> Cible {
    let i = (cle & INDICE) as usize;
    if cle & STRUCTURE == 0 {
        Cible::Service(i)
    } else {
        Cible::Structure(i)
    }
}

/// Sorts integers a byte at a time (least significant first, skipping the bytes all keys
/// share): linear time, no comparator.
fn trier_entiers(cles: &mut Vec<u64>) {
    let mut tampon = vec![0u64; cles.len()];
    for decalage in (0..64).step_by(8) {
        let mut places = [0usize; 256];
        for &k in cles.iter() {
            places[((k >> decalage) & 0xff) as usize] += 1;
        }
        if places.contains(&cles.len()) {
            continue;
        }
        let mut debut = 0;
        for p in places.iter_mut() {
            (*p, debut) = (debut, debut + *p);
        }
        for &k in cles.iter() {
            let octet = ((k >> decalage) & 0xff) as usize;
            tampon[places[octet]] = k;
            places[octet] += 1;
        }
        std::mem::swap(cles, &mut tampon);
    }
}

/// What a hit points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cible {
    Service(usize),
    Structure(usize),
}

/// Where a word was found, from most to least telling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Champ {
    Description = 1,
    Thematique = 2,
    Structure = 3,
    Nom = 5,
}

/// Filters from the catalogue screen; empty means "any".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filtres {
    /// data·inclusion thématique, or its category prefix (`sante`, `numerique`…).
    pub thematique: Option<String>,
    pub public: Option<String>,
    pub arrondissement: Option<u8>,
    pub departement: Option<String>,
    pub frais: Option<String>,
    pub mode_accueil: Option<String>,
    pub mobilisable_par: Option<String>,
    /// Keep ended services (history) in results.
    pub inclure_termines: bool,
    /// Services only (no structures).
    pub services_seulement: bool,
}

impl Filtres {
    /// No narrowing filter set (the history and services-only switches do not count).
    pub fn is_empty(&self) -> bool {
        self.thematique.is_none()
            && self.public.is_none()
            && self.arrondissement.is_none()
            && self.departement.is_none()
            && self.frais.is_none()
            && self.mode_accueil.is_none()
            && self.mobilisable_par.is_none()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resultats {
    pub cibles: Vec<Cible>,
    /// No entry matched every word: these match some of them.
    pub approchants: bool,
    /// Words the query was understood as, after acronyms and corrections.
    pub compris: Vec<String>,
    /// The place the query names, where the results were searched (the interface says it).
    pub lieu: Option<Localisation>,
}

pub struct Index {
    /// The words of each pack read (or of the whole catalogue), with their entries' places.
    segments: Vec<Segment>,
    /// The words of closed lists and structures' names, derived from the entries.
    derives: mots::Derives,
    /// Acronym or former name (folded) → phrases (word lists) it stands for.
    synonymes: HashMap<String, Vec<Vec<String>>>,
    /// Everyday expression (folded, without empty words) → phrases it stands for; a thématique
    /// is the one-word phrase `#value` (a token no text folds to).
    lexique: HashMap<String, Vec<Vec<String>>>,
    /// The words of each commune's and département's name, in the catalogue's order (places
    /// in queries), read once.
    noms_communes: Vec<Vec<String>>,
    noms_departements: Vec<Vec<String>>,
    /// The entries' statuses (the catalogue's, which the index was made with).
    statuts: ParEntree<Statut>,
}

/// Words too common to mean anything alone (articles, pronouns, « je cherche »…): never
/// indexed, never searched, so that « mes dettes » does not find « Blanc-Mesnil ».
const VIDES: [&str; 62] = [
    "de", "du", "des", "la", "le", "les", "l", "d", "un", "une", "et", "a", "au", "aux", "en", "pour", "par", "sur",
    "avec", "dans", "ou", "vous", "je", "j", "me", "m", "moi", "mes", "mon", "ma", "ton", "ta", "tes", "son", "sa",
    "ses", "nos", "notre", "votre", "vos", "tu", "il", "elle", "on", "nous", "qui", "que", "qu", "quoi", "est", "suis",
    "ai", "y", "ce", "se", "s", "ne", "pas", "cherche", "besoin", "veux", "comment",
];

/// Whether a folded word means something alone.
fn plein(w: &str) -> bool {
    // None is longer than 7 letters: a word is compared as one integer with each (comparing
    // strings was a tenth of building the index).
    w.len() > 7 || !VIDES_COURTS.contains(&mot_court(w))
}

/// A word of at most 8 bytes as one integer (its bytes, zero after them).
const fn mot_court(w: &str) -> u64 {
    let b = w.as_bytes();
    let mut k = 0u64;
    let mut i = 0;
    while i < b.len() && i < 8 {
        k |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

const VIDES_COURTS: [u64; VIDES.len()] = {
    let mut t = [0u64; VIDES.len()];
    let mut i = 0;
    while i < VIDES.len() {
        t[i] = mot_court(VIDES[i]);
        i += 1;
    }
    t
};

/// A light French stem, enough to bring together plural, feminine and verb forms
/// (« réfugiées » and « réfugié », « formation » and « former »): one ending removed, and
/// four letters kept at least.
pub fn racine(w: &str) -> &str {
    const FINS: [&str; 12] = ["ations", "ation", "ements", "ement", "ees", "es", "ee", "er", "ez", "s", "x", "e"];
    FINS.iter().find(|f| w.len() >= f.len() + 4 && w.ends_with(*f)).map_or(w, |f| &w[..w.len() - f.len()])
}

/// The words of a name, folded, without empty words.
fn mots_de(nom: &str) -> Vec<String> {
    words(&fold(nom)).filter(|w| plein(w)).map(str::to_owned).collect()
}

/// The expression a lexicon or glossary entry is looked up by: folded, without empty words.
pub fn cle(texte: &str) -> String {
    words(&fold(texte)).filter(|w| plein(w)).collect::<Vec<_>>().join(" ")
}

impl Index {
    /// The index of a whole catalogue, its words read from its entries (native tools, tests).
    pub fn new(c: &Catalogue) -> Index {
        let mots = Mots::des_entrees(&c.structures, &c.services);
        Index::des_segments(c, vec![Segment { mots, premiere_structure: 0, premier_service: 0 }])
    }

    /// The index of a catalogue put together from packs, with the words they carry.
    pub fn des_segments(c: &Catalogue, segments: Vec<Segment>) -> Index {
        let mut index = Index {
            segments,
            derives: mots::Derives::de(c),
            synonymes: HashMap::new(),
            lexique: HashMap::new(),
            noms_communes: c.communes.iter().map(|x| mots_de(&x.nom)).collect(),
            noms_departements: c.departements.iter().map(|x| mots_de(&x.nom)).collect(),
            statuts: ParEntree::de(c, |s| s.statut, |s| s.statut),
        };
        for t in &c.glossaire {
            // "France Travail (anciennement Pôle emploi)": the part before the brackets.
            let developpe = t.developpe.split(" (").next().unwrap_or(&t.developpe);
            let names: Vec<&String> = std::iter::once(&t.sigle).chain(&t.synonymes).collect();
            let phrases: Vec<Vec<String>> = std::iter::once(developpe)
                .chain(names.iter().map(|n| n.as_str()))
                .map(|p| words(&fold(p)).filter(|w| plein(w)).map(str::to_owned).collect::<Vec<_>>())
                .filter(|p| !p.is_empty())
                .collect();
            for name in names {
                let key = fold(name);
                if key.is_empty() {
                    continue;
                }
                let entry = index.synonymes.entry(key).or_default();
                for phrase in &phrases {
                    if !entry.contains(phrase) {
                        entry.push(phrase.clone());
                    }
                }
            }
        }
        for m in &c.lexique {
            let phrases: Vec<Vec<String>> = m
                .cherche
                .iter()
                .map(|p| cle(p).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect::<Vec<_>>())
                .chain(m.thematiques.iter().map(|t| vec![format!("#{t}")]))
                .filter(|p| !p.is_empty())
                .collect();
            for dit in &m.dit {
                let key = cle(dit);
                if !key.is_empty() {
                    index.lexique.entry(key).or_default().extend(phrases.iter().cloned());
                }
            }
        }
        index
    }

    /// A word's hits in every pack and in what is derived; an entry may come twice (its name
    /// and its structure's), and its best field counts.
    fn occurrences<'a>(&'a self, w: &'a str) -> impl Iterator<Item = (Cible, u8)> + 'a {
        self.occurrences_aux_places(self.places(w), w)
    }

    /// The word's place in each pack that has it, looked up once.
    fn places(&self, w: &str) -> Vec<(&Segment, usize)> {
        self.segments.iter().filter_map(|s| Some((s, s.mots.trouver(w)?))).collect()
    }

    /// The hits of the word at these places, and those derived.
    fn occurrences_aux_places<'a>(
        &'a self,
        places: Vec<(&'a Segment, usize)>,
        w: &str,
    ) -> impl Iterator<Item = (Cible, u8)> + 'a {
        let derives = self.derives.occurrences(w).iter().copied();
        places.into_iter().flat_map(|(s, i)| s.occurrences(i)).chain(derives)
    }

    /// No score yet, for the index's catalogue.
    fn scores(&self) -> Scores {
        let (services, structures) = self.statuts.nombres();
        Scores::pour(services, structures)
    }

    /// Adds a word's hits to `out`, each entry's best field times `facteur`.
    fn ajouter_occurrences(&self, out: &mut Scores, w: &str, facteur: u32) {
        // Each pack's place of the word looked up once: for the room, then for the hits.
        let places = self.places(w);
        // Room made once: growing the list hit by hit copied it a dozen times for a common word.
        out.reserver(places.iter().map(|(s, i)| s.occurrences_au_plus(*i)).sum());
        for (c, wt) in self.occurrences_aux_places(places, w) {
            out.garder_meilleur(c, u32::from(wt) * facteur);
        }
    }

    /// The words that begin with `debut`, in order, each once. Thématique tokens (`#…`) are
    /// looked up whole, never by prefix, stem or spelling: no query word begins with `#`.
    fn mots_commencant_par(&self, debut: &str) -> Vec<&str> {
        let mut mots: Vec<&str> = Vec::new();
        for s in &self.segments {
            let m = &s.mots;
            mots.extend((m.debut(debut)..m.nombre()).map(|i| m.mot(i)).take_while(|v| v.starts_with(debut)));
        }
        let d = &self.derives;
        mots.extend((d.debut(debut)..d.nombre()).map(|i| d.mot(i)).take_while(|v| v.starts_with(debut)));
        trier(&mut mots, Ord::cmp);
        mots.dedup();
        mots
    }

    /// Whether the words of a phrase are all found in one entry (the lexicon's check).
    pub fn mene_a(&self, phrase: &str) -> bool {
        let words: Vec<String> = cle(phrase).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
        !words.is_empty() && !self.synonym_group("", &[words], &mut Vec::new()).is_empty()
    }

    /// Searches; an empty query lists everything the filters keep, in catalogue order.
    pub fn chercher(&self, c: &Catalogue, requete: &str, filtres: &Filtres) -> Resultats {
        let folded = fold(requete);
        let mut mots: Vec<&str> = words(&folded).filter(|w| plein(w)).collect();
        let lieu = self.lieu_dans(c, &mut mots);
        let keep = |cible: &Cible| {
            self.garder(c, *cible, filtres) && lieu.as_ref().is_none_or(|l| self.dans_le_lieu(c, *cible, l))
        };
        if mots.is_empty() {
            return Resultats {
                cibles: (0..c.structures.len())
                    .map(Cible::Structure)
                    .chain((0..c.services.len()).map(Cible::Service))
                    .filter(keep)
                    .collect(),
                approchants: false,
                compris: Vec::new(),
                lieu,
            };
        }
        // Each query word (or acronym phrase) becomes a group of alternatives with weights.
        let mut compris = Vec::new();
        let groups: Vec<Scores> = self.groupes(&mots, &mut compris);
        // The entries of every group, read from the smallest; one word (what typing mostly is)
        // is its own.
        let plus_petit = groups.iter().min_by_key(|g| g.len());
        let full: Vec<(Cible, u32)> = plus_petit
            .into_iter()
            .flat_map(|g| g.iter())
            .filter_map(|(cible, _)| {
                groups.iter().try_fold(0u32, |t, g| Some(t.saturating_add(g.get(cible)?))).map(|t| (cible, t))
            })
            .filter(|(c, _)| keep(c))
            .collect();
        let (mut full, approchants) = if full.is_empty() && groups.len() > 1 {
            // None has every word: those that have some, the more the better.
            let mut union = self.scores();
            for g in &groups {
                for (cible, s) in g.iter() {
                    union.ajouter(cible, s);
                }
            }
            let n = |c: Cible| groups.iter().filter(|g| g.get(c).is_some()).count() as u32;
            (union.iter().map(|(c, s)| (c, s.saturating_mul(n(c)))).filter(|(c, _)| keep(c)).collect(), true)
        } else {
            let approchants = full.is_empty();
            (full, approchants)
        };
        // Entries of the place itself (its arrondissement, commune or département) before those
        // that only serve it.
        if let Some(l) = &lieu {
            for (cible, score) in &mut full {
                if self.situe_dans(c, *cible, l) {
                    *score *= 2;
                }
            }
        }
        // Among the close matches (half the best score or more), what the documents do not
        // confirm (`a_verifier`, `prevu`) comes after what they do; its badge says why. A weak
        // match never passes a strong one for being confirmed.
        let meilleur = full.iter().map(|(_, s)| *s).max().unwrap_or(0);
        let proche = |s: u32| 2 * s >= meilleur;
        let confirme = |cible: &Cible| self.statut(c, *cible) == Statut::EnService;
        // One integer per hit, smallest first: close, confirmed, best score, catalogue order.
        // A first letter in a territory of 10,000 services finds thousands of hits, and sorting
        // them with a comparator took most of a keystroke.
        let mut cles: Vec<u64> = full
            .iter()
            .map(|(cible, score)| {
                let rang = (u64::from(!proche(*score)) << 1) | u64::from(!confirme(cible));
                (rang << 62) | (u64::from(u32::MAX - score) << 30) | cle_de_cible(*cible)
            })
            .collect();
        trier_entiers(&mut cles);
        Resultats { cibles: cles.into_iter().map(cible_de_cle).collect(), approchants, compris, lieu }
    }

    /// Finds a place among the query's words and takes its words out: an arrondissement
    /// (« 19e », « 1er », « paris 16 », « 75019 »), a postal code, a commune the catalogue
    /// knows (its name, or its first word when that names no entry: « vitry », « saint maur »),
    /// a département by name (« Val-de-Marne »), or by number when it has a pack of its own.
    fn lieu_dans(&self, c: &Catalogue, mots: &mut Vec<&str>) -> Option<Localisation> {
        let nombre = |w: &str| -> Option<u8> {
            let chiffres = w.trim_end_matches(|x: char| x.is_ascii_alphabetic());
            let suffixe = &w[chiffres.len()..];
            let n: u8 = chiffres.parse().ok().filter(|n| (1..=20).contains(n))?;
            ["", "e", "eme", "er", "ieme"].contains(&suffixe).then_some(n)
        };
        let arrondissement = |n: u8| {
            let a = c.arrondissements.iter().find(|a| a.numero == n)?;
            crate::geo::localiser(c, a.codes_postaux.first()?).ok()
        };
        for i in 0..mots.len() {
            let w = mots[i];
            let suivant = mots.get(i + 1).copied();
            let (trouve, longueur) = if w == "paris" {
                match suivant.and_then(nombre) {
                    Some(n) => (arrondissement(n), 2),
                    None => (None, 1),
                }
            } else if w.len() == 5 && w.bytes().all(|b| b.is_ascii_digit()) {
                (crate::geo::localiser(c, w).ok(), 1)
            } else if nombre(w).is_some() && w.bytes().any(|b| b.is_ascii_alphabetic()) {
                let fin = usize::from(matches!(suivant, Some("arrondissement" | "arr")));
                (nombre(w).and_then(arrondissement), 1 + fin)
            } else if w.len() == 2 && suivant != Some("ans") && decrit(c, w) {
                (Some(self.departement(c, w)), 1)
            } else {
                self.lieu_nomme(c, &mots[i..]).map_or((None, 1), |(l, n)| (Some(l), n))
            };
            if let Some(l) = trouve {
                mots.drain(i..(i + longueur).min(mots.len()));
                return Some(l);
            }
        }
        None
    }

    /// A département as the place a query names.
    fn departement(&self, c: &Catalogue, code: &str) -> Localisation {
        crate::geo::departement_seul(c, code)
    }

    /// A commune or a département named at the start of `mots`, with how many words it took.
    fn lieu_nomme(&self, c: &Catalogue, mots: &[&str]) -> Option<(Localisation, usize)> {
        // A word that names an entry (« maisons » of the Maisons de l'emploi) is not taken for
        // the first word of a commune's name.
        let departement = |cible: &Cible| match cible {
            Cible::Service(i) => c.services[*i].lieu.departement.as_deref(),
            Cible::Structure(i) => c.structures[*i].lieu.departement.as_deref(),
        };
        let nomme = |w: &str, dep: &str| {
            self.occurrences(w).any(|(x, p)| p == Champ::Nom as u8 && departement(&x) != Some(dep))
        };
        let mot = |w: &str| if w == "st" { "saint".to_owned() } else { w.to_owned() };
        let debut = |(commune, noms): (&crate::catalogue::Commune, &Vec<String>)| -> Option<usize> {
            let n = noms.iter().zip(mots).take_while(|(a, b)| **a == mot(b)).count();
            let premier = noms.first().is_some_and(|p| p.len() >= 4 && !nomme(p, &commune.departement));
            (n >= 1 && (n == noms.len() || premier)).then_some(n)
        };
        let communes: Vec<(&crate::catalogue::Commune, usize)> =
            c.communes.iter().zip(&self.noms_communes).filter_map(|x| Some((x.0, debut(x)?))).collect();
        if let [(commune, n)] = communes[..] {
            let l = crate::geo::commune(c, commune);
            return Some((l, n));
        }
        // A département by its whole name; Paris is the app's own, and a word of entries' names.
        c.departements.iter().zip(&self.noms_departements).filter(|(d, _)| d.code != "75").find_map(|(d, noms)| {
            let entier = !noms.is_empty() && noms.len() <= mots.len() && noms.iter().zip(mots).all(|(a, b)| a == b);
            (entier && (noms.len() > 1 || (noms[0].len() >= 5 && !nomme(&noms[0], &d.code))))
                .then(|| (self.departement(c, &d.code), noms.len()))
        })
    }

    /// Whether an entry is located in the place itself, at the place's own level.
    fn situe_dans(&self, c: &Catalogue, cible: Cible, l: &Localisation) -> bool {
        let lieu = match cible {
            Cible::Service(i) => &c.services[i].lieu,
            Cible::Structure(i) => &c.structures[i].lieu,
        };
        match (l.arrondissement, &l.commune) {
            (Some(n), _) => lieu.arrondissements.len() <= 3 && lieu.arrondissements.contains(&n),
            (None, Some(commune)) => lieu.code_insee.as_ref() == Some(commune) || lieu.communes.contains(commune),
            (None, None) => lieu.departement.as_ref() == Some(&l.departement),
        }
    }

    /// Whether an entry is in the place a query names, or serves it (or all of France).
    fn dans_le_lieu(&self, c: &Catalogue, cible: Cible, l: &Localisation) -> bool {
        let (lieu, zone): (&Lieu, &[Territoire]) = match cible {
            Cible::Service(i) => (&c.services[i].lieu, &c.services[i].zone_eligibilite),
            Cible::Structure(i) => (&c.structures[i].lieu, &[]),
        };
        if zone.contains(&Territoire::France) {
            return true;
        }
        let filtres = Filtres {
            arrondissement: l.arrondissement,
            departement: Some(l.departement.clone()),
            ..Filtres::default()
        };
        let Some(commune) = &l.commune else { return lieu_ok(lieu, zone, &filtres) };
        // A commune: entries there, covering it, or covering its whole département.
        lieu.code_insee.as_ref() == Some(commune)
            || lieu.communes.contains(commune)
            || zone.contains(&Territoire::Commune(commune.clone()))
            || zone.contains(&Territoire::Departement(l.departement.clone()))
            || (lieu.departement.as_ref() == Some(&l.departement)
                && lieu.code_insee.is_none()
                && lieu.communes.is_empty()
                && zone.iter().all(|z| matches!(z, Territoire::Departement(_))))
    }

    fn groupes(&self, mots: &[&str], compris: &mut Vec<String>) -> Vec<Scores> {
        let mut groups = Vec::new();
        let mut i = 0;
        'mots: while i < mots.len() {
            // Everyday expressions of two or three words first (« maman solo », « à la rue »):
            // what they stand for, or their own words together.
            for n in [3, 2] {
                if i + n <= mots.len() {
                    let expression = mots[i..i + n].join(" ");
                    if let Some(phrases) = self.lexique.get(&expression) {
                        let propres = mots[i..i + n].iter().map(|w| (*w).to_owned()).collect();
                        let mut toutes = phrases.clone();
                        toutes.push(propres);
                        groups.push(self.synonym_group(&expression, &toutes, compris));
                        i += n;
                        continue 'mots;
                    }
                }
            }
            // Multi-word synonyms next ("pole emploi" → France Travail).
            if i + 1 < mots.len() {
                let pair = format!("{} {}", mots[i], mots[i + 1]);
                if let Some(expansion) = self.synonymes.get(&pair) {
                    groups.push(self.synonym_group(&pair, expansion, compris));
                    i += 2;
                    continue;
                }
            }
            let w = mots[i];
            let mut group = self.word_group(w, compris);
            for expansion in [self.synonymes.get(w), self.lexique.get(w)].into_iter().flatten() {
                for (c, s) in self.synonym_group(w, expansion, compris).iter() {
                    group.garder_meilleur(c, s);
                }
            }
            groups.push(group);
            i += 1;
        }
        groups
    }

    /// Entries containing every word of one of the phrases an acronym or former name stands for.
    fn synonym_group(&self, name: &str, phrases: &[Vec<String>], compris: &mut Vec<String>) -> Scores {
        let mut out = self.scores();
        // One phrase's entries, and one of its words': made once, emptied for the next.
        let mut hits = self.scores();
        let mut these = self.scores();
        for phrase in phrases {
            let dit = phrase.join(" ");
            if dit != name && !dit.starts_with('#') && !compris.iter().any(|x| x.ends_with(&format!("→ {dit}"))) {
                compris.push(format!("{name} → {dit}"));
            }
            hits.vider();
            for (k, w) in phrase.iter().enumerate() {
                if k == 0 {
                    self.ajouter_occurrences(&mut hits, w, 8);
                } else {
                    these.vider();
                    self.ajouter_occurrences(&mut these, w, 8);
                    hits.garder_communes(&these);
                }
            }
            for (c, score) in hits.iter() {
                out.garder_meilleur(c, score / phrase.len().max(1) as u32);
            }
        }
        out
    }

    /// Entries matching one word: exactly (best), by prefix, or by a close spelling.
    fn word_group(&self, w: &str, compris: &mut Vec<String>) -> Scores {
        let mut out = self.scores();
        self.ajouter_occurrences(&mut out, w, 10);
        // Prefixes: "form" finds "formation"; binary search in the sorted vocabulary.
        if w.len() >= 3 {
            for v in self.mots_commencant_par(w).into_iter().filter(|v| *v != w).take(50) {
                self.ajouter_occurrences(&mut out, v, 6);
            }
        }
        // Other forms of the word: « refugiees » finds « refugie », « former » « formation »;
        // they all begin with the stem, so the sorted vocabulary holds them together.
        // A word under four letters is its own stem and no other word's: its vocabulary is not
        // even listed (a one-letter start listed and sorted thousands of words for nothing).
        let r = racine(w);
        for v in if r.len() >= 4 { self.mots_commencant_par(r) } else { Vec::new() } {
            if v != w && racine(v) == r {
                self.ajouter_occurrences(&mut out, v, 8);
            }
        }
        // Typos on longer words only: a short word is too easily another one (a place name).
        if out.is_empty() && w.len() >= 5 {
            // Typos: the closest vocabulary words by edit distance, then by the start they share
            // with the query (people mistype the end of a word more than its start).
            let mut candidates: Vec<(i64, &str)> = self
                .segments
                .iter()
                .flat_map(|s| (0..s.mots.nombre()).map(|i| s.mots.mot(i)))
                .chain((0..self.derives.nombre()).map(|i| self.derives.mot(i)))
                .filter(|v| !v.starts_with('#') && v.len() + 2 >= w.len() && v.len() <= w.len() + 3)
                .filter_map(|v| {
                    let d = edit_distance(w, v);
                    let allowed = if w.len() >= 8 { 2 } else { 1 };
                    if d > allowed {
                        return None;
                    }
                    let debut = w.bytes().zip(v.bytes()).take_while(|(a, b)| a == b).count() as i64;
                    Some((debut - 10 * d as i64, v))
                })
                .collect();
            trier(&mut candidates, |a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
            // A word of two packs is one candidate.
            candidates.dedup();
            for (_, v) in candidates.into_iter().take(3) {
                compris.push(format!("{w} → {v}"));
                self.ajouter_occurrences(&mut out, v, 4);
            }
        }
        out
    }

    /// An entry's status, from the index's side-by-side copy.
    fn statut(&self, c: &Catalogue, cible: Cible) -> Statut {
        self.statuts.de_la_cible(cible).unwrap_or_else(|| statut(c, cible))
    }

    fn garder(&self, c: &Catalogue, cible: Cible, f: &Filtres) -> bool {
        if !f.inclure_termines && self.statut(c, cible) == Statut::Termine {
            return false;
        }
        // Without a filter the entry itself is not read: thousands of hits each touching its
        // entry were a fifth of a keystroke in a large territory, waiting on memory.
        if f.is_empty() {
            return !(f.services_seulement && matches!(cible, Cible::Structure(_)));
        }
        match cible {
            Cible::Structure(i) => {
                let s = &c.structures[i];
                !f.services_seulement
                    && f.thematique.is_none()
                    && f.public.is_none()
                    && f.frais.is_none()
                    && f.mode_accueil.is_none()
                    && f.mobilisable_par.is_none()
                    && lieu_ok(&s.lieu, &[], f)
            }
            Cible::Service(i) => {
                let s = &c.services[i];
                f.thematique
                    .as_ref()
                    .is_none_or(|t| s.thematiques.iter().any(|x| x == t || x.starts_with(&format!("{t}--"))))
                    && f.public.as_ref().is_none_or(|p| s.publics.contains(p))
                    && f.frais.as_ref().is_none_or(|x| s.frais.as_ref() == Some(x))
                    && f.mode_accueil.as_ref().is_none_or(|m| s.modes_accueil.contains(m))
                    && f.mobilisable_par.as_ref().is_none_or(|m| s.mobilisable_par.contains(m))
                    && lieu_ok(&s.lieu, &s.zone_eligibilite, f)
            }
        }
    }
}

/// Whether a département has a pack of its own (as many entries as `SEUIL_PAQUET`): its number
/// alone in a query is then a place (« rsa 94 »), and « 16 25 ans » names none.
fn decrit(c: &Catalogue, code: &str) -> bool {
    let lieux = c.structures.iter().map(|s| &s.lieu).chain(c.services.iter().map(|s| &s.lieu));
    lieux.filter(|l| l.departement.as_deref() == Some(code)).count() >= crate::catalogue::paquets::SEUIL_PAQUET
}

/// Place filters: an entry located in or covering the arrondissement, or serving all of its
/// département (no arrondissement given) is kept.
fn lieu_ok(lieu: &Lieu, zone: &[Territoire], f: &Filtres) -> bool {
    let dep_ok = f.departement.as_ref().is_none_or(|d| {
        lieu.departement.as_ref() == Some(d) || zone.iter().any(|z| z.departement() == Some(d.as_str()))
    });
    let arr_ok = f.arrondissement.is_none_or(|n| {
        let tout_paris = |z: &Territoire| match z {
            Territoire::Departement(d) => d == "75",
            Territoire::Commune(c) => c == territoire::PARIS,
            _ => false,
        };
        let in_paris = lieu.departement.as_deref() == Some("75") || zone.iter().any(tout_paris);
        let par_arrondissement = zone.iter().any(|z| matches!(z, Territoire::Arrondissement(_)));
        lieu.arrondissements.contains(&n)
            || (in_paris && lieu.arrondissements.is_empty() && !par_arrondissement)
            || zone.contains(&Territoire::Arrondissement(n))
    });
    dep_ok && arr_ok
}

/// Levenshtein distance on bytes (folded text is ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::{cible_de_cle, cle_de_cible, edit_distance, plein, trier_entiers, Cible, HacheMot, VIDES};

    #[test]
    fn empty_words_are_short_enough_for_the_quick_check() {
        // `plein` compares only words of 7 letters or fewer with the list.
        assert!(VIDES.iter().all(|w| w.len() <= 7));
        assert!(!plein("cherche") && plein("formation"));
        assert!(VIDES.iter().all(|w| !plein(w)), "each empty word is recognised");
        assert!(plein("dee") && plein("d2") && plein("chercher") && plein(""), "and only those");
    }

    #[test]
    fn words_hash_alike_whatever_their_length() {
        use std::hash::BuildHasher;
        let h = std::hash::BuildHasherDefault::<HacheMot>::default();
        let mots = ["", "a", "formatio", "formation", "accompagnement-global"];
        let haches: Vec<u64> = mots.iter().map(|m| h.hash_one(m)).collect();
        assert_eq!(haches, mots.iter().map(|m| h.hash_one(m.to_string())).collect::<Vec<_>>());
        let mut distincts = haches.clone();
        distincts.sort_unstable();
        distincts.dedup();
        assert_eq!(distincts.len(), mots.len(), "no two of these words collide");
    }

    #[test]
    fn integers_sort_as_the_standard_sort_does() {
        // A fixed pseudo-random sequence, with repeats and keys sharing their high bytes.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut cles: Vec<u64> = (0..5000)
            .map(|i| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                if i % 3 == 0 {
                    x >> 40
                } else {
                    x % 97
                }
            })
            .collect();
        let mut attendu = cles.clone();
        attendu.sort_unstable();
        trier_entiers(&mut cles);
        assert_eq!(cles, attendu);
        let mut vide = Vec::new();
        trier_entiers(&mut vide);
        assert!(vide.is_empty());
    }

    #[test]
    fn a_hit_survives_its_ranking_key_in_catalogue_order() {
        let hits = [Cible::Service(0), Cible::Service(139_999), Cible::Structure(0), Cible::Structure(99_999)];
        for h in hits {
            assert_eq!(cible_de_cle(cle_de_cible(h) | (7 << 40)), h);
        }
        assert!(hits.windows(2).all(|w| cle_de_cible(w[0]) < cle_de_cible(w[1])));
    }

    #[test]
    fn edit_distance_counts_single_edits() {
        assert_eq!(edit_distance("creche", "creche"), 0);
        assert_eq!(edit_distance("crehce", "creche"), 2);
        assert_eq!(edit_distance("formaton", "formation"), 1);
    }
}
