//! The search's words and the entries each is found in. Those of the entries' own text (names,
//! acronyms, descriptions) are computed when the packs are written and read as they are in the
//! page (`Mots`): folding that text there took 200 ms for 20,000 services on a desktop, several
//! times that on a cheap phone, before the first result. Those of closed lists (thématiques,
//! publics, place, category) and of a service's structure's names are derived in the page
//! (`Derives`) from words folded once per value: they were three quarters of the words' bytes in
//! a pack (a thématique's entries look random to gzip), and take milliseconds to derive.
//!
//! A pack's words are sorted, one after the other in one text; each word's hits are LEB128
//! integers, `(gap from the previous entry << 3) | field`, entries counted structures first,
//! then services, in the pack's order. Nothing is decoded until a query asks for a word.

use super::{plein, Champ, Cible, ParMot};
use crate::catalogue::paquet::{ecrire_entier, Binaire, Ecriture, Lecture, Octets};
use crate::catalogue::{Catalogue, Lieu, Service, Structure};
use crate::text::{fold_dans, trier, words};

/// The words of some entries (a territory pack's, the index's, or a whole catalogue's).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Mots {
    structures: u32,
    services: u32,
    /// The words, sorted, one after the other.
    texte: String,
    /// Where each word ends in `texte`.
    fins: Vec<u32>,
    /// Each word's hits, one after the other.
    occurrences: Vec<u8>,
    /// Where each word's hits end in `occurrences`.
    fins_occurrences: Vec<u32>,
}

/// A pack's words and where its entries are in the catalogue the app put together.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub mots: Mots,
    pub premiere_structure: usize,
    pub premier_service: usize,
}

impl Mots {
    /// The words of these entries' own text.
    pub fn des_entrees(structures: &[Structure], services: &[Service]) -> Mots {
        let mut r = Recueil { postings: ParMot::default(), tampon: String::new(), entree: 0 };
        for s in structures {
            r.texte_propre(&s.nom, &s.sigle, &s.aliases, &s.description);
            r.entree += 1;
        }
        for s in services {
            r.texte_propre(&s.nom, &s.sigle, &s.aliases, &s.description);
            r.entree += 1;
        }
        let mut mots: Vec<(String, Vec<(u32, u8)>)> = r.postings.into_iter().collect();
        trier(&mut mots, |a, b| a.0.cmp(&b.0));
        let mut m = Mots { structures: structures.len() as u32, services: services.len() as u32, ..Mots::default() };
        for (mot, liste) in mots {
            m.texte.push_str(&mot);
            m.fins.push(m.texte.len() as u32);
            let mut precedente = 0;
            for (entree, champ) in liste {
                ecrire_entier(&mut m.occurrences, (u64::from(entree - precedente) << 3) | u64::from(champ));
                precedente = entree;
            }
            m.fins_occurrences.push(m.occurrences.len() as u32);
        }
        m
    }

    /// The entries these words are of: (structures, services).
    pub fn entrees(&self) -> (usize, usize) {
        (self.structures as usize, self.services as usize)
    }

    pub fn nombre(&self) -> usize {
        self.fins.len()
    }

    pub fn mot(&self, i: usize) -> &str {
        let debut = if i == 0 { 0 } else { self.fins[i - 1] as usize };
        &self.texte[debut..self.fins[i] as usize]
    }

    /// The rank of the first word not before `w`.
    pub fn debut(&self, w: &str) -> usize {
        let (mut bas, mut haut) = (0, self.nombre());
        while bas < haut {
            let milieu = (bas + haut) / 2;
            if self.mot(milieu) < w {
                bas = milieu + 1;
            } else {
                haut = milieu;
            }
        }
        bas
    }

    pub fn trouver(&self, w: &str) -> Option<usize> {
        let i = self.debut(w);
        (i < self.nombre() && self.mot(i) == w).then_some(i)
    }

    fn octets_de(&self, i: usize) -> &[u8] {
        let debut = if i == 0 { 0 } else { self.fins_occurrences[i - 1] as usize };
        &self.occurrences[debut..self.fins_occurrences[i] as usize]
    }

    /// Checks what was read: every word ends on a character, in order, and its hits are there.
    fn coherent(&self) -> bool {
        let ordonne = |fins: &[u32], longueur: usize| {
            fins.windows(2).all(|p| p[0] <= p[1]) && fins.last().map_or(0, |&f| f as usize) == longueur
        };
        ordonne(&self.fins, self.texte.len())
            && ordonne(&self.fins_occurrences, self.occurrences.len())
            && self.fins.len() == self.fins_occurrences.len()
            && self.fins.iter().all(|&f| self.texte.is_char_boundary(f as usize))
            && (1..self.nombre()).all(|i| self.mot(i - 1) < self.mot(i))
    }
}

impl Segment {
    /// The hits of the word of this rank, as entries of the whole catalogue.
    pub(super) fn occurrences(&self, i: usize) -> Occurrences<'_> {
        Occurrences { segment: self, octets: self.mots.octets_de(i), entree: 0 }
    }

    /// At most how many hits word `i` has: a hit takes one byte at least.
    pub(super) fn occurrences_au_plus(&self, i: usize) -> usize {
        self.mots.octets_de(i).len()
    }
}

/// A word's hits, decoded as they are read. A corrupt byte ends the list, never the page.
pub(super) struct Occurrences<'a> {
    segment: &'a Segment,
    octets: &'a [u8],
    entree: u64,
}

impl Iterator for Occurrences<'_> {
    type Item = (Cible, u8);
    fn next(&mut self) -> Option<(Cible, u8)> {
        let mut n = 0u64;
        let mut decalage = 0;
        loop {
            let (&o, reste) = self.octets.split_first()?;
            self.octets = reste;
            n |= u64::from(o & 0x7f) << decalage;
            if o & 0x80 == 0 {
                break;
            }
            decalage += 7;
            if decalage > 56 {
                self.octets = &[];
                return None;
            }
        }
        self.entree += n >> 3;
        let (structures, services) = self.segment.mots.entrees();
        let e = self.entree as usize;
        let cible = if e < structures {
            Cible::Structure(self.segment.premiere_structure + e)
        } else if e < structures + services {
            Cible::Service(self.segment.premier_service + e - structures)
        } else {
            self.octets = &[];
            return None;
        };
        Some((cible, (n & 7) as u8))
    }
}

/// An entry found in a field: a new hit, or the entry's last one kept with its best field
/// (an entry's words are gathered one after another).
fn noter<E: PartialEq>(list: &mut Vec<(E, u8)>, entree: E, champ: Champ) {
    match list.last_mut() {
        Some((last, weight)) if *last == entree => *weight = (*weight).max(champ as u8),
        _ => list.push((entree, champ as u8)),
    }
}

/// The words of the entries as they are read, entry after entry.
struct Recueil {
    /// word → (entry, best field), entries in order.
    postings: ParMot<Vec<(u32, u8)>>,
    /// Where each text is folded: the allocator is slow in the page.
    tampon: String,
    entree: u32,
}

impl Recueil {
    fn texte(&mut self, text: &str, champ: Champ) {
        let mut folded = std::mem::take(&mut self.tampon);
        fold_dans(&mut folded, text);
        for w in words(&folded).filter(|w| plein(w)) {
            self.mot(w, champ);
        }
        self.tampon = folded;
    }

    fn mot(&mut self, w: &str, champ: Champ) {
        // A word met before (most of them) is not copied to be looked up.
        let list = match self.postings.get_mut(w) {
            Some(list) => list,
            None => self.postings.entry(w.to_owned()).or_default(),
        };
        noter(list, self.entree, champ);
    }

    /// An entry's own text: its names, acronym and description.
    fn texte_propre(&mut self, nom: &str, sigle: &Option<String>, aliases: &[String], description: &str) {
        self.texte(nom, Champ::Nom);
        if let Some(s) = sigle {
            self.texte(s, Champ::Nom);
        }
        for a in aliases {
            self.texte(a, Champ::Nom);
        }
        self.texte(description, Champ::Description);
    }
}

/// The words of the catalogue's closed lists and of services' structures, derived in the page.
#[derive(Default)]
pub(super) struct Derives {
    /// Sorted.
    mots: Vec<String>,
    /// Each word's hits (entry, field), entries in catalogue order.
    listes: Vec<Vec<(Cible, u8)>>,
}

/// Words numbered as they are met, and each text's words, folded the first time it is met.
struct Numerotation {
    numeros: ParMot<u32>,
    listes: Vec<Vec<(Cible, u8)>>,
    /// Text → its words' numbers (a thématique's tokens under `#value`, a key no text has).
    par_texte: ParMot<Vec<u32>>,
    tampon: String,
}

impl Numerotation {
    /// A text's words' numbers, each once.
    fn plier(&mut self, texte: &str) -> Vec<u32> {
        let mut folded = std::mem::take(&mut self.tampon);
        fold_dans(&mut folded, texte);
        let mut numeros = Vec::new();
        for w in words(&folded).filter(|w| plein(w)) {
            let n = self.numero(w);
            if !numeros.contains(&n) {
                numeros.push(n);
            }
        }
        self.tampon = folded;
        numeros
    }

    fn numero(&mut self, w: &str) -> u32 {
        if let Some(&n) = self.numeros.get(w) {
            return n;
        }
        let n = self.listes.len() as u32;
        self.numeros.insert(w.to_owned(), n);
        self.listes.push(Vec::new());
        n
    }

    /// The entry has the words known under `cle` (a text, or `#value` for a thématique, `@value`
    /// for a public), computed by `calcul` the first time: one lookup per value and entry.
    fn ajouter_sous(&mut self, cle: &str, cible: Cible, champ: Champ, calcul: impl FnOnce(&mut Self) -> Vec<u32>) {
        if !self.par_texte.contains_key(cle) {
            let numeros = calcul(self);
            self.par_texte.insert(cle.to_owned(), numeros);
        }
        let Numerotation { par_texte, listes, .. } = self;
        for &n in par_texte.get(cle).map_or(&[][..], Vec::as_slice) {
            noter(&mut listes[n as usize], cible, champ);
        }
    }

    /// The entry's place: its commune's name, its arrondissements (`arrondissements[n]`).
    fn lieu(&mut self, lieu: &Lieu, arrondissements: &[String], cible: Cible) {
        if let Some(commune) = &lieu.commune {
            self.ajouter(commune, cible, Champ::Thematique);
        }
        for &a in &lieu.arrondissements {
            if let Some(texte) = arrondissements.get(usize::from(a)) {
                self.ajouter(texte, cible, Champ::Thematique);
            }
        }
    }

    /// The entry has a text's words, in this field.
    fn ajouter(&mut self, texte: &str, cible: Cible, champ: Champ) {
        self.ajouter_sous(texte, cible, champ, |n| n.plier(texte));
    }
}

impl Derives {
    pub(super) fn de(c: &Catalogue) -> Derives {
        let mut n = Numerotation {
            numeros: ParMot::default(),
            listes: Vec::new(),
            par_texte: ParMot::default(),
            tampon: String::new(),
        };
        // An arrondissement's three ways of being written.
        let arrondissements: Vec<String> = (0..=u8::MAX).map(|a| format!("{a}e {a} 750{a:02}")).collect();
        for (i, s) in c.structures.iter().enumerate() {
            let cible = Cible::Structure(i);
            n.lieu(&s.lieu, &arrondissements, cible);
            n.ajouter(s.categorie.label(), cible, Champ::Thematique);
        }
        let structures = c.structures_par_id();
        // Where a value's key is written (`#value`, `@value`), for every entry.
        let mut cle = String::new();
        for (i, s) in c.services.iter().enumerate() {
            let cible = Cible::Service(i);
            n.lieu(&s.lieu, &arrondissements, cible);
            // A value's label is looked up (through the vocabulary's list) once, not per entry.
            for t in &s.thematiques {
                cle.clear();
                cle.push('#');
                cle.push_str(t);
                n.ajouter_sous(&cle, cible, Champ::Thematique, |n| {
                    let mut numeros = n.plier(c.vocabulaire.label("thematiques", t));
                    // The lexicon names a thématique or its family (`famille--garde-denfants`,
                    // `famille`), as a token no text folds to.
                    numeros.push(n.numero(&format!("#{t}")));
                    if let Some((famille, _)) = t.split_once("--") {
                        numeros.push(n.numero(&format!("#{famille}")));
                    }
                    numeros
                });
            }
            for p in &s.publics {
                cle.clear();
                cle.push('@');
                cle.push_str(p);
                n.ajouter_sous(&cle, cible, Champ::Thematique, |n| n.plier(c.vocabulaire.label("publics", p)));
            }
            for f in &s.freins {
                n.ajouter(f.label(), cible, Champ::Thematique);
            }
            for x in &s.eligibilite.situations {
                n.ajouter(x.label(), cible, Champ::Thematique);
            }
            if let Some(st) = structures.get(s.structure_id.as_str()) {
                n.ajouter(&st.nom, cible, Champ::Structure);
                if let Some(sigle) = &st.sigle {
                    n.ajouter(sigle, cible, Champ::Structure);
                }
                for a in &st.aliases {
                    n.ajouter(a, cible, Champ::Structure);
                }
            }
        }
        let mut par_numero: Vec<Option<String>> = vec![None; n.listes.len()];
        for (w, i) in n.numeros {
            par_numero[i as usize] = Some(w);
        }
        let mot = |i: usize| par_numero[i].as_deref().unwrap_or_default();
        let rangs = crate::text::ordre(par_numero.len(), &|a, b| mot(a).cmp(mot(b)));
        let mut listes: Vec<Option<Vec<(Cible, u8)>>> = n.listes.into_iter().map(Some).collect();
        Derives {
            mots: rangs.iter().map(|&i| par_numero[i].take().unwrap_or_default()).collect(),
            listes: rangs.iter().map(|&i| listes[i].take().unwrap_or_default()).collect(),
        }
    }

    pub(super) fn nombre(&self) -> usize {
        self.mots.len()
    }

    pub(super) fn mot(&self, i: usize) -> &str {
        &self.mots[i]
    }

    pub(super) fn debut(&self, w: &str) -> usize {
        self.mots.partition_point(|v| v.as_str() < w)
    }

    /// A word's hits.
    pub(super) fn occurrences(&self, w: &str) -> &[(Cible, u8)] {
        let i = self.debut(w);
        match self.mots.get(i) {
            Some(v) if v == w => &self.listes[i],
            _ => &[],
        }
    }
}

/// Lengths travel rather than ends: most are one byte.
impl Binaire for Mots {
    fn ecrire(&self, e: &mut Ecriture) {
        let longueurs = |fins: &[u32]| -> Vec<u32> {
            fins.iter().scan(0, |avant, &f| Some(f - std::mem::replace(avant, f))).collect()
        };
        self.structures.ecrire(e);
        self.services.ecrire(e);
        self.texte.ecrire(e);
        longueurs(&self.fins).ecrire(e);
        Octets(self.occurrences.clone()).ecrire(e);
        longueurs(&self.fins_occurrences).ecrire(e);
    }
    fn lire(l: &mut Lecture) -> Self {
        let fins = |longueurs: Vec<u32>| -> Vec<u32> {
            // Saturating: a corrupt length makes the last end wrong, and `coherent` says so.
            let mut fin = 0u32;
            longueurs
                .into_iter()
                .map(|n| {
                    fin = fin.saturating_add(n);
                    fin
                })
                .collect()
        };
        let m = Mots {
            structures: Binaire::lire(l),
            services: Binaire::lire(l),
            texte: Binaire::lire(l),
            fins: fins(Binaire::lire(l)),
            occurrences: <Octets as Binaire>::lire(l).0,
            fins_occurrences: fins(Binaire::lire(l)),
        };
        if m.coherent() {
            m
        } else {
            l.echec("index de recherche incohérent");
            Mots::default()
        }
    }
}
