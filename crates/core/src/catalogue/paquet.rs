//! The catalogue as the web app carries it: a compact binary "paquet" that `build.rs` writes
//! from `catalog/` and the app reads at start-up.
//!
//! Why not JSON and serde: decoding the model with serde_json took about 110 KB of wasm (a third
//! of the download). Here each type reads its fields in declaration order with a handful of
//! small functions. The field lists are written once per type (`binaire_struct!`), and their
//! destructuring is exhaustive, so a field added to the model and forgotten here does not
//! compile. `build.rs` includes this file (and the model) by path: the writer and the reader
//! cannot drift apart.
//!
//! Reading never fails half-way: the first problem is recorded, every later read gives an empty
//! value, and `lire` reports the problem at the end. (Returning a `Result` from every field
//! added a clean-up path per field: 7 KB more to download, gzip.)
//!
//! Layout: `MAGIE`, then the values; integers as LEB128, text as length + UTF-8, `Option` as a
//! 0/1 tag, lists as length + items, closed vocabularies as their position in `ALL`, numbers with
//! a fraction as whole millionths when that is exact; a territory's entries as columns
//! (`Colonnes`), short lists of text as a table and positions (`Dictionnaire`).

use super::horaires::{Horaires, JoursFeries, Plage};
use super::model::*;
use super::paquets::Complement;
use super::regles::{
    Condition, Correspondance, FormeQuestion, NatureRegle, Question, Regle, TraductionQuestion, TraductionRegle,
};
use super::vocab::*;
use crate::orientation::champ::Champ;
use crate::territoire::Territoire;
use std::fmt;

/// Start of every paquet; the last byte is the layout's version.
pub const MAGIE: [u8; 4] = *b"OIP\x07";

/// Why a paquet could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErreurPaquet {
    pub position: usize,
    pub message: &'static str,
}

impl fmt::Display for ErreurPaquet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "catalogue intégré illisible (octet {}) : {}", self.position, self.message)
    }
}

/// Bytes being written.
#[derive(Default)]
pub struct Ecriture {
    octets: Vec<u8>,
}

impl Ecriture {
    fn entier(&mut self, n: u64) {
        ecrire_entier(&mut self.octets, n);
    }
}

/// An integer as LEB128 (seven bits a byte, the high bit saying more follow).
pub(crate) fn ecrire_entier(octets: &mut Vec<u8>, mut n: u64) {
    loop {
        let octet = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            octets.push(octet);
            return;
        }
        octets.push(octet | 0x80);
    }
}

/// Bytes being read.
pub struct Lecture<'a> {
    octets: &'a [u8],
    position: usize,
    erreur: Option<ErreurPaquet>,
}

impl<'a> Lecture<'a> {
    /// Records the first problem; from then on, reads give empty values.
    pub(crate) fn echec(&mut self, message: &'static str) {
        if self.erreur.is_none() {
            self.erreur = Some(ErreurPaquet { position: self.position, message });
        }
        self.position = self.octets.len();
    }

    fn octet(&mut self) -> u8 {
        match self.octets.get(self.position) {
            Some(&o) => {
                self.position += 1;
                o
            }
            None => {
                self.echec("fin inattendue");
                0
            }
        }
    }

    fn entier(&mut self) -> u64 {
        let mut n = 0u64;
        for decalage in (0..64).step_by(7) {
            let o = self.octet();
            n |= u64::from(o & 0x7f) << decalage;
            if o & 0x80 == 0 {
                return n;
            }
        }
        self.echec("entier trop long");
        0
    }

    fn octets(&mut self, longueur: usize) -> &'a [u8] {
        match self.octets.get(self.position..self.position.saturating_add(longueur)) {
            Some(o) => {
                self.position += longueur;
                o
            }
            None => {
                self.echec("fin inattendue");
                &[]
            }
        }
    }

    /// A length, checked against what is left so that a corrupt paquet cannot ask for gigabytes.
    fn longueur(&mut self) -> usize {
        let n = self.entier();
        if n > (self.octets.len() - self.position) as u64 {
            self.echec("longueur plus grande que le paquet");
            return 0;
        }
        n as usize
    }
}

/// A value that goes into the paquet and comes back out equal.
pub trait Binaire: Sized {
    fn ecrire(&self, e: &mut Ecriture);
    /// The value, or an empty one once the reading has failed (see `Lecture::echec`).
    fn lire(l: &mut Lecture) -> Self;
}

/// Writes a value (the catalogue) as a paquet.
pub fn ecrire<T: Binaire>(valeur: &T) -> Vec<u8> {
    let mut e = Ecriture::default();
    e.octets.extend_from_slice(&MAGIE);
    valeur.ecrire(&mut e);
    e.octets
}

/// Reads a paquet written by `ecrire`, all of it.
pub fn lire<T: Binaire>(octets: &[u8]) -> Result<T, ErreurPaquet> {
    let mut l = Lecture { octets, position: 0, erreur: None };
    if l.octets(MAGIE.len()) != MAGIE {
        l.echec("en-tête inconnu (paquet d'une autre version ?)");
    }
    let valeur = T::lire(&mut l);
    if l.position != octets.len() {
        l.echec("octets en trop après le catalogue");
    }
    match l.erreur {
        None => Ok(valeur),
        Some(e) => Err(e),
    }
}

impl Binaire for String {
    fn ecrire(&self, e: &mut Ecriture) {
        e.entier(self.len() as u64);
        e.octets.extend_from_slice(self.as_bytes());
    }
    fn lire(l: &mut Lecture) -> Self {
        let n = l.longueur();
        let octets = l.octets(n);
        match std::str::from_utf8(octets) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                l.echec("texte qui n'est pas de l'UTF-8");
                String::new()
            }
        }
    }
}

/// Bytes as they are (a `Vec<u8>` writes each as an integer).
pub struct Octets(pub Vec<u8>);

impl Binaire for Octets {
    fn ecrire(&self, e: &mut Ecriture) {
        e.entier(self.0.len() as u64);
        e.octets.extend_from_slice(&self.0);
    }
    fn lire(l: &mut Lecture) -> Self {
        let n = l.longueur();
        Octets(l.octets(n).to_vec())
    }
}

impl Binaire for bool {
    fn ecrire(&self, e: &mut Ecriture) {
        e.octets.push(u8::from(*self));
    }
    fn lire(l: &mut Lecture) -> Self {
        match l.octet() {
            0 => false,
            1 => true,
            _ => {
                l.echec("booléen invalide");
                false
            }
        }
    }
}

macro_rules! binaire_entier {
    ($($t:ty),*) => {$(
        impl Binaire for $t {
            fn ecrire(&self, e: &mut Ecriture) {
                e.entier(*self as u64);
            }
            fn lire(l: &mut Lecture) -> Self {
                let n = l.entier();
                <$t>::try_from(n).unwrap_or_else(|_| {
                    l.echec("entier hors limites");
                    0
                })
            }
        }
    )*};
}
binaire_entier!(u8, u16, u32);

impl Binaire for i32 {
    fn ecrire(&self, e: &mut Ecriture) {
        // Zigzag: small negative numbers stay short.
        e.entier((((*self) << 1) ^ ((*self) >> 31)) as u32 as u64);
    }
    fn lire(l: &mut Lecture) -> Self {
        let z = u32::lire(l);
        ((z >> 1) as i32) ^ -((z & 1) as i32)
    }
}

/// Coordinates have six decimals or fewer: as a whole number of millionths (zigzag LEB128, tag
/// bit 0) they take half the bytes of an `f64`. Any other value travels whole (tag bit 1), so
/// every value reads back as written.
impl Binaire for f64 {
    fn ecrire(&self, e: &mut Ecriture) {
        let millioniemes = (self * 1e6).round();
        if millioniemes.abs() < 1e15 && millioniemes / 1e6 == *self {
            let m = millioniemes as i64;
            e.entier((((m << 1) ^ (m >> 63)) as u64) << 1);
        } else {
            e.entier(1);
            e.octets.extend_from_slice(&self.to_le_bytes());
        }
    }
    fn lire(l: &mut Lecture) -> Self {
        let n = l.entier();
        if n & 1 == 0 {
            let z = n >> 1;
            return ((z >> 1) as i64 ^ -((z & 1) as i64)) as f64 / 1e6;
        }
        let mut o = [0; 8];
        o.copy_from_slice(match l.octets(8) {
            lus @ [_, _, _, _, _, _, _, _] => lus,
            _ => &[0; 8],
        });
        f64::from_le_bytes(o)
    }
}

impl<T: Binaire> Binaire for Option<T> {
    fn ecrire(&self, e: &mut Ecriture) {
        match self {
            None => e.octets.push(0),
            Some(v) => {
                e.octets.push(1);
                v.ecrire(e);
            }
        }
    }
    fn lire(l: &mut Lecture) -> Self {
        match l.octet() {
            0 => None,
            1 => Some(T::lire(l)),
            _ => {
                l.echec("option invalide");
                None
            }
        }
    }
}

impl<T: Binaire> Binaire for Vec<T> {
    fn ecrire(&self, e: &mut Ecriture) {
        e.entier(self.len() as u64);
        for v in self {
            v.ecrire(e);
        }
    }
    fn lire(l: &mut Lecture) -> Self {
        let n = l.longueur();
        // Bounded: a corrupt length must not reserve n big structs up front.
        let mut out = Vec::with_capacity(n.min(256));
        for _ in 0..n {
            out.push(T::lire(l));
        }
        out
    }
}

/// Closed enums travel as their position in a list of all their values.
macro_rules! binaire_enum {
    ($($t:ty => $tous:expr),* $(,)?) => {$(
        impl Binaire for $t {
            fn ecrire(&self, e: &mut Ecriture) {
                let rang = $tous.iter().position(|v| v == self).expect("every value is listed");
                e.entier(rang as u64);
            }
            fn lire(l: &mut Lecture) -> Self {
                let rang = l.entier();
                match $tous.get(rang as usize) {
                    Some(v) => *v,
                    None => {
                        l.echec("valeur de vocabulaire inconnue");
                        $tous[0]
                    }
                }
            }
        }
    )*};
}
binaire_enum! {
    Parcours => Parcours::ALL,
    Ressource => Ressource::ALL,
    Frein => Frein::ALL,
    Situation => Situation::ALL,
    Projet => Projet::ALL,
    Diplome => Diplome::ALL,
    Disponibilite => Disponibilite::ALL,
    Statut => Statut::ALL,
    CategorieStructure => CategorieStructure::ALL,
    NatureRegle => NATURES_REGLE,
    FormeQuestion => FORMES_QUESTION,
    Champ => Champ::ALL,
}

// The match makes the compiler check that these lists name every variant.
const NATURES_REGLE: [NatureRegle; 3] = {
    let _ = |n: NatureRegle| match n {
        NatureRegle::Parcours | NatureRegle::HorsParcours | NatureRegle::PointEntree => (),
    };
    [NatureRegle::Parcours, NatureRegle::HorsParcours, NatureRegle::PointEntree]
};
const FORMES_QUESTION: [FormeQuestion; 5] = {
    let _ = |f: FormeQuestion| match f {
        FormeQuestion::CodePostal
        | FormeQuestion::Nombre
        | FormeQuestion::OuiNon
        | FormeQuestion::ChoixUnique
        | FormeQuestion::ChoixMultiple => (),
    };
    [
        FormeQuestion::CodePostal,
        FormeQuestion::Nombre,
        FormeQuestion::OuiNon,
        FormeQuestion::ChoixUnique,
        FormeQuestion::ChoixMultiple,
    ]
};

/// A territory travels as a tag and its code's part: an arrondissement takes two bytes.
impl Binaire for Territoire {
    fn ecrire(&self, e: &mut Ecriture) {
        match self {
            Territoire::France => e.entier(0),
            Territoire::Departement(c) => {
                e.entier(1);
                c.ecrire(e);
            }
            Territoire::Commune(c) => {
                e.entier(2);
                c.ecrire(e);
            }
            Territoire::Arrondissement(n) => {
                e.entier(3);
                n.ecrire(e);
            }
            Territoire::Epci(c) => {
                e.entier(4);
                c.ecrire(e);
            }
        }
    }
    fn lire(l: &mut Lecture) -> Self {
        match l.entier() {
            0 => Territoire::France,
            1 => Territoire::Departement(String::lire(l)),
            2 => Territoire::Commune(String::lire(l)),
            3 => Territoire::Arrondissement(u8::lire(l)),
            4 => Territoire::Epci(String::lire(l)),
            _ => {
                l.echec("territoire inconnu");
                Territoire::France
            }
        }
    }
}

impl Binaire for JoursFeries {
    fn ecrire(&self, e: &mut Ecriture) {
        match self {
            JoursFeries::NonPrecise => e.entier(0),
            JoursFeries::Ferme => e.entier(1),
            JoursFeries::Plages(p) => {
                e.entier(2);
                p.ecrire(e);
            }
        }
    }
    fn lire(l: &mut Lecture) -> Self {
        match l.entier() {
            0 => JoursFeries::NonPrecise,
            1 => JoursFeries::Ferme,
            2 => JoursFeries::Plages(Vec::lire(l)),
            _ => {
                l.echec("jours fériés inconnus");
                JoursFeries::NonPrecise
            }
        }
    }
}

/// A struct travels as its fields, in the order listed. The destructuring has no `..`: listing
/// every field is compulsory.
macro_rules! binaire_struct {
    ($($t:ident { $($champ:ident $(: $mode:ident)?),+ $(,)? })*) => {$(
        impl Binaire for $t {
            fn ecrire(&self, e: &mut Ecriture) {
                let $t { $($champ),+ } = self;
                $( $champ.ecrire(e); )+
            }
            fn lire(l: &mut Lecture) -> Self {
                $t { $($champ: Binaire::lire(l)),+ }
            }
        }
    )*};
}
pub(crate) use binaire_struct;

/// A list of many entries written field by field (every entry's first field, then every
/// entry's second…), not entry by entry: alike values side by side compress about twice as
/// well (a large territory pack, gzip). Implemented for the types `binaire_colonnes!` lists.
pub trait Colonnes: Sized {
    fn ecrire_colonnes(items: &[Self], e: &mut Ecriture);
    fn lire_colonnes(l: &mut Lecture) -> Vec<Self>;
}

/// Like `binaire_struct!`, for `Colonnes`; the struct literal of `binaire_struct!` keeps the
/// field list exhaustive. A field marked `: dictionnaire` travels as a `Dictionnaire` column, one
/// marked `: colonnes` as its own type's columns.
macro_rules! binaire_colonnes {
    ($($t:ident { $($champ:ident $(: $mode:ident)?),+ $(,)? })*) => {$(
        impl Colonnes for $t {
            fn ecrire_colonnes(items: &[Self], e: &mut Ecriture) {
                e.entier(items.len() as u64);
                $( colonne!(ecrire $($mode)?, items, e, $champ); )+
            }
            fn lire_colonnes(l: &mut Lecture) -> Vec<Self> {
                let n = l.longueur();
                // Empty entries filled column by column (no column held apart: less code).
                let mut out = vec![<$t>::default(); n];
                $( colonne!(lire $($mode)?, out, l, $champ); )+
                out
            }
        }
    )*};
}

/// One column of `binaire_colonnes!`, written or read as its mode says.
macro_rules! colonne {
    (ecrire, $items:ident, $e:ident, $champ:ident) => {
        for x in $items {
            x.$champ.ecrire($e);
        }
    };
    (lire, $out:ident, $l:ident, $champ:ident) => {
        for x in $out.iter_mut() {
            x.$champ = Binaire::lire($l);
        }
    };
    (ecrire dictionnaire, $items:ident, $e:ident, $champ:ident) => {
        ecrire_dictionnaire($items.iter().map(|x| &x.$champ), $e)
    };
    (lire dictionnaire, $out:ident, $l:ident, $champ:ident) => {
        let table: Vec<String> = Binaire::lire($l);
        for x in $out.iter_mut() {
            x.$champ = lire_par_dictionnaire($l, &table);
        }
    };
    (ecrire colonnes, $items:ident, $e:ident, $champ:ident) => {
        Colonnes::ecrire_colonnes(&$items.iter().map(|x| x.$champ.clone()).collect::<Vec<_>>(), $e)
    };
    (lire colonnes, $out:ident, $l:ident, $champ:ident) => {
        let valeurs = Colonnes::lire_colonnes($l);
        if valeurs.len() != $out.len() {
            $l.echec("colonne d'une autre longueur");
        }
        for (x, v) in $out.iter_mut().zip(valeurs) {
            x.$champ = v;
        }
    };
}

/// Text from a short list (a vocabulary's values, a commune, a date): a column of it travels as
/// the table of its distinct values, then each entry's positions in the table. The thématiques
/// of ten thousand services weighed 75 kB gzip written out; a position is a byte.
pub trait Dictionnaire: Sized + Default {
    fn chaines(&self) -> &[String];
    /// `None` when the count does not fit the type (two values for an `Option`).
    fn de_chaines(chaines: Vec<String>) -> Option<Self>;
}

impl Dictionnaire for Vec<String> {
    fn chaines(&self) -> &[String] {
        self
    }
    fn de_chaines(chaines: Vec<String>) -> Option<Self> {
        Some(chaines)
    }
}

impl Dictionnaire for Option<String> {
    fn chaines(&self) -> &[String] {
        self.as_slice()
    }
    fn de_chaines(mut chaines: Vec<String>) -> Option<Self> {
        (chaines.len() <= 1).then(|| chaines.pop())
    }
}

impl Dictionnaire for String {
    fn chaines(&self) -> &[String] {
        std::slice::from_ref(self)
    }
    fn de_chaines(mut chaines: Vec<String>) -> Option<Self> {
        (chaines.len() == 1).then(|| chaines.pop()).flatten()
    }
}

fn ecrire_dictionnaire<'a, T: Dictionnaire + 'a>(valeurs: impl Iterator<Item = &'a T> + Clone, e: &mut Ecriture) {
    let mut table: Vec<&String> = Vec::new();
    let mut positions: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
    for s in valeurs.clone().flat_map(Dictionnaire::chaines) {
        positions.entry(s).or_insert_with(|| {
            table.push(s);
            table.len() as u64 - 1
        });
    }
    e.entier(table.len() as u64);
    for s in &table {
        s.ecrire(e);
    }
    for v in valeurs {
        e.entier(v.chaines().len() as u64);
        for s in v.chaines() {
            e.entier(positions[s.as_str()]);
        }
    }
}

fn lire_par_dictionnaire<T: Dictionnaire>(l: &mut Lecture, table: &[String]) -> T {
    let n = l.longueur();
    let mut chaines = Vec::with_capacity(n.min(16));
    for _ in 0..n {
        let position = l.entier();
        match usize::try_from(position).ok().and_then(|p| table.get(p)) {
            Some(s) => chaines.push(s.clone()),
            None => l.echec("valeur hors de la table de sa colonne"),
        }
    }
    T::de_chaines(chaines).unwrap_or_else(|| {
        l.echec("nombre de valeurs impossible pour ce champ");
        T::default()
    })
}

/// Both ways for the same field list.
macro_rules! binaire_struct_et_colonnes {
    ($($tout:tt)*) => {
        binaire_struct! { $($tout)* }
        binaire_colonnes! { $($tout)* }
    };
}

binaire_struct_et_colonnes! {
    Structure {
        id, nom, sigle, aliases, categorie, description, reseaux_porteurs: dictionnaire, porteur, lieu: colonnes,
        contact, siret, statut, date_maj: dictionnaire, source, origine, fichier: dictionnaire,
    }
    Service {
        id, structure_id, nom, sigle, aliases, description, type_service: dictionnaire, thematiques: dictionnaire,
        publics: dictionnaire, publics_precisions, frais: dictionnaire, frais_precisions,
        modes_accueil: dictionnaire, modes_mobilisation: dictionnaire, mobilisable_par: dictionnaire,
        mobilisation_precisions, conditions_acces, lien_mobilisation, zone_eligibilite, lieu: colonnes, contact,
        parcours, freins, projets, situations_visees, eligibilite, formation, statut, date_maj: dictionnaire,
        source, score_qualite, origine, fichier: dictionnaire,
    }
    Complement { description, contact, origine }
    Lieu {
        departement: dictionnaire, commune: dictionnaire, code_postal: dictionnaire, code_insee: dictionnaire,
        arrondissements, communes, latitude, longitude,
    }
}

binaire_struct! {
    Contact {
        adresse, complement_adresse, telephone, courriel, site_web, horaires_accueil, contact_source, horaires,
        provenance,
    }
    Catalogue {
        meta, structures, services, glossaire, arrondissements, communes, communes_france, departements, regles,
        questions, correspondances, lexique, vocabulaire,
    }
    EntreeLexique { id, dit, cherche, thematiques, fichier }
    Departement { code, nom, article, region }
    CatalogueMeta { version, date, titre, producteur, licence, signalement, contact_general, journal }
    Provenance { import, source, id, importe_le, date_maj, lien_source }
    Horaires { semaine, jours_feries, reguliers }
    Plage { debut, fin }
    Eligibilite { age_min, age_max, ressources, situations, inscrit_france_travail, enfant_moins_3_ans, residence_requise }
    Formation { secteur, niveau, duree }
    TermeGlossaire { sigle, developpe, definition, synonymes, source, fichier }
    Arrondissement { numero, nom, codes_postaux, code_insee, latitude, longitude }
    Commune { nom, code_insee, codes_postaux, departement, latitude, longitude }
    Regle {
        id, nature, si, parcours, structure_id, service_id, structures_du_departement, structures_de_la_region, priorite, raison, en, ar, source,
        fichier,
    }
    TraductionRegle { raison }
    Correspondance { id, frein, projet, situation, thematiques, publics, source, fichier }
    Condition {
        departement, hors_departements, lieu_inconnu_accepte, arrondissements, communes, age_min, age_max, ressources,
        freins, sans_freins, freins_sociaux_min, freins_sociaux_max, situations, inscrit_france_travail,
        disponible_emploi, enfant_moins_3_ans, projets, ou,
    }
    Question { champ, ordre, intitule, aide, forme, options, afficher_si, pourquoi, en, ar, fichier }
    TraductionQuestion { intitule, aide, pourquoi }
    Terme { value, label }
    DataInclusion {
        thematiques, publics, frais, modes_accueil, modes_mobilisation, personnes_mobilisatrices, types_de_services,
        reseaux_porteurs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_round_trip_at_their_limits() {
        for n in [0i32, 1, -1, 63, -64, 64, i32::MAX, i32::MIN] {
            assert_eq!(lire::<i32>(&ecrire(&n)), Ok(n));
        }
        for n in [0u16, 127, 128, u16::MAX] {
            assert_eq!(lire::<u16>(&ecrire(&n)), Ok(n));
        }
        assert_eq!(
            lire::<Vec<Option<String>>>(&ecrire(&vec![None, Some("é".to_owned())])),
            Ok(vec![None, Some("é".to_owned())])
        );
    }

    #[test]
    fn corrupt_paquets_are_refused_with_a_position() {
        let bon = ecrire(&vec!["crèche".to_owned(), "emploi".to_owned()]);
        // Truncated anywhere: an error, never a panic.
        for fin in 0..bon.len() {
            assert!(lire::<Vec<String>>(&bon[..fin]).is_err(), "coupé à {fin}");
        }
        let mut autre_version = bon.clone();
        autre_version[3] = 9;
        assert!(lire::<Vec<String>>(&autre_version).unwrap_err().message.contains("en-tête"));
        // A length bigger than the paquet is refused before anything is allocated.
        let mut enorme = MAGIE.to_vec();
        enorme.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
        assert_eq!(lire::<Vec<String>>(&enorme).unwrap_err().message, "longueur plus grande que le paquet");
        let mut en_trop = bon.clone();
        en_trop.push(0);
        assert!(lire::<Vec<String>>(&en_trop).is_err());
        let mut vocabulaire_inconnu = MAGIE.to_vec();
        vocabulaire_inconnu.push(99);
        assert_eq!(lire::<Frein>(&vocabulaire_inconnu).unwrap_err().message, "valeur de vocabulaire inconnue");
    }
}
