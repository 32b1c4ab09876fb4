//! A query word's scores by entry, in one array as long as the catalogue: a short prefix in a
//! large territory gives thousands of hits, and filling hash maps with them was 40 % of a
//! search. The entries that have a score are listed apart, so that reading them or starting
//! again costs what was found, not the catalogue's size.

use super::Cible;

pub(super) struct Scores {
    /// By place: services first, then structures; 0 is no score.
    valeurs: Vec<u32>,
    /// The places that have a score, in the order they got one.
    notees: Vec<u32>,
    services: usize,
}

impl Scores {
    /// No score yet, for a catalogue of this many services and structures.
    pub(super) fn pour(services: usize, structures: usize) -> Scores {
        Scores { valeurs: vec![0; services + structures], notees: Vec::new(), services }
    }

    /// An entry's place; none for an entry the catalogue does not have (a corrupt pack).
    fn place(&self, cible: Cible) -> Option<usize> {
        let p = match cible {
            Cible::Service(i) if i < self.services => i,
            Cible::Service(_) => return None,
            Cible::Structure(i) => self.services.checked_add(i)?,
        };
        (p < self.valeurs.len()).then_some(p)
    }

    fn cible(&self, place: u32) -> Cible {
        let p = place as usize;
        if p < self.services {
            Cible::Service(p)
        } else {
            Cible::Structure(p - self.services)
        }
    }

    /// Room for this many more entries with a score; never more than the catalogue has (the
    /// bound a word's hits give adds up over the words of a prefix).
    pub(super) fn reserver(&mut self, en_plus: usize) {
        self.notees.reserve(en_plus.min(self.valeurs.len() - self.notees.len()));
    }

    /// The entry's score to change, the entry listed if it had none; none for an entry the
    /// catalogue lacks.
    fn noter(&mut self, cible: Cible) -> Option<&mut u32> {
        let p = self.place(cible)?;
        if self.valeurs[p] == 0 {
            self.notees.push(p as u32);
        }
        Some(&mut self.valeurs[p])
    }

    /// Keeps the better of the entry's score and `score` (at least 1: a score is a hit).
    pub(super) fn garder_meilleur(&mut self, cible: Cible, score: u32) {
        if let Some(v) = self.noter(cible) {
            *v = (*v).max(score.max(1));
        }
    }

    /// Adds `score` to the entry's.
    pub(super) fn ajouter(&mut self, cible: Cible, score: u32) {
        if let Some(v) = self.noter(cible) {
            *v = v.saturating_add(score.max(1));
        }
    }

    pub(super) fn get(&self, cible: Cible) -> Option<u32> {
        self.place(cible).map(|p| self.valeurs[p]).filter(|v| *v > 0)
    }

    pub(super) fn len(&self) -> usize {
        self.notees.len()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.notees.is_empty()
    }

    /// The entries with a score, in the order they got one.
    pub(super) fn iter(&self) -> impl Iterator<Item = (Cible, u32)> + '_ {
        self.notees.iter().map(|&p| (self.cible(p), self.valeurs[p as usize]))
    }

    /// Keeps only the entries `autre` scores too, adding its score to theirs.
    pub(super) fn garder_communes(&mut self, autre: &Scores) {
        let valeurs = &mut self.valeurs;
        self.notees.retain(|&p| {
            let p = p as usize;
            match autre.valeurs.get(p).copied().unwrap_or(0) {
                0 => {
                    valeurs[p] = 0;
                    false
                }
                s => {
                    valeurs[p] = valeurs[p].saturating_add(s);
                    true
                }
            }
        });
    }

    /// No score any more, at the cost of the entries that had one.
    pub(super) fn vider(&mut self) {
        for &p in &self.notees {
            self.valeurs[p as usize] = 0;
        }
        self.notees.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_score_stays_and_each_entry_is_listed_once() {
        let mut s = Scores::pour(3, 2);
        s.garder_meilleur(Cible::Structure(1), 5);
        s.garder_meilleur(Cible::Service(2), 3);
        s.garder_meilleur(Cible::Structure(1), 2);
        assert_eq!(s.iter().collect::<Vec<_>>(), [(Cible::Structure(1), 5), (Cible::Service(2), 3)]);
        assert_eq!(s.get(Cible::Service(0)), None);
    }

    #[test]
    fn an_entry_the_catalogue_lacks_is_ignored_not_a_panic() {
        let mut s = Scores::pour(2, 1);
        s.garder_meilleur(Cible::Service(2), 4);
        s.ajouter(Cible::Structure(1), 4);
        s.garder_meilleur(Cible::Structure(usize::MAX), 4);
        assert!(s.is_empty());
        assert_eq!(s.get(Cible::Service(2)), None);
    }

    #[test]
    fn common_entries_add_up_and_the_others_go() {
        let mut a = Scores::pour(4, 0);
        let mut b = Scores::pour(4, 0);
        a.garder_meilleur(Cible::Service(0), 10);
        a.garder_meilleur(Cible::Service(1), 10);
        b.garder_meilleur(Cible::Service(1), 6);
        b.garder_meilleur(Cible::Service(3), 6);
        a.garder_communes(&b);
        assert_eq!(a.iter().collect::<Vec<_>>(), [(Cible::Service(1), 16)]);
        assert_eq!(a.get(Cible::Service(0)), None);
    }

    #[test]
    fn emptied_scores_start_again_from_nothing() {
        let mut s = Scores::pour(2, 2);
        s.ajouter(Cible::Service(1), 3);
        s.ajouter(Cible::Service(1), 3);
        assert_eq!(s.get(Cible::Service(1)), Some(6));
        s.vider();
        assert!(s.is_empty());
        s.garder_meilleur(Cible::Structure(0), 1);
        assert_eq!(s.iter().collect::<Vec<_>>(), [(Cible::Structure(0), 1)]);
    }
}
