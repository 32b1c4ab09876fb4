//! Opening hours as the app carries them: a weekly table computed at build time from the
//! OpenStreetMap `opening_hours` value of an import (see `depuis_osm`, native only), so that the
//! program needs no parser. « Ouvert maintenant » is computed in the browser from the device
//! clock, with the French public holidays computed here.

/// One opening, in minutes since midnight (`fin` may be 1440).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Plage {
    pub debut: u16,
    pub fin: u16,
}

/// What happens on a public holiday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoursFeries {
    /// The value says nothing about them: the day's usual hours apply, with a caveat.
    NonPrecise,
    Ferme,
    Plages(Vec<Plage>),
}

/// A week of openings, Monday first, and the public holidays.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Horaires {
    /// Seven days, Monday (0) to Sunday (6).
    pub semaine: Vec<Vec<Plage>>,
    pub jours_feries: JoursFeries,
    /// False when the value varies across the year (months, weeks, dates): the table is then
    /// the week of reference only, and the interface shows the value as written.
    pub reguliers: bool,
}

/// A moment on the device's clock (local time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instant {
    pub annee: i32,
    pub mois: u8,
    pub jour: u8,
    /// 0 = Monday … 6 = Sunday.
    pub jour_semaine: u8,
    pub minute: u16,
}

/// Open or closed now, and until when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Etat {
    /// Open, closing at `ferme_a` (minutes) today.
    Ouvert { ferme_a: u16, jour_ferie: bool },
    /// Closed; opens next on `jour_semaine` (in `dans_jours` days) at `a` minutes, if ever.
    Ferme { prochaine: Option<Ouverture>, jour_ferie: bool },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ouverture {
    pub dans_jours: u8,
    pub jour_semaine: u8,
    pub a: u16,
}

impl Horaires {
    /// The openings of a given day, holidays included.
    pub fn plages_du(&self, instant: &Instant) -> (&[Plage], bool) {
        let ferie = est_jour_ferie(instant.annee, instant.mois, instant.jour);
        let usuel = self.semaine.get(usize::from(instant.jour_semaine)).map_or(&[][..], Vec::as_slice);
        match (&self.jours_feries, ferie) {
            (JoursFeries::Ferme, true) => (&[], true),
            (JoursFeries::Plages(p), true) => (p.as_slice(), true),
            _ => (usuel, ferie),
        }
    }

    /// Whether it is open at `instant`, and the next change.
    pub fn etat(&self, instant: &Instant) -> Etat {
        let (aujourdhui, jour_ferie) = self.plages_du(instant);
        if let Some(p) = aujourdhui.iter().find(|p| p.debut <= instant.minute && instant.minute < p.fin) {
            return Etat::Ouvert { ferme_a: p.fin, jour_ferie };
        }
        if let Some(p) = aujourdhui.iter().find(|p| p.debut > instant.minute) {
            let prochaine = Ouverture { dans_jours: 0, jour_semaine: instant.jour_semaine, a: p.debut };
            return Etat::Ferme { prochaine: Some(prochaine), jour_ferie };
        }
        let mut jour = *instant;
        for dans_jours in 1..=14u8 {
            jour = lendemain(&jour);
            if let Some(p) = self.plages_du(&jour).0.first() {
                let prochaine = Ouverture { dans_jours, jour_semaine: jour.jour_semaine, a: p.debut };
                return Etat::Ferme { prochaine: Some(prochaine), jour_ferie };
            }
        }
        Etat::Ferme { prochaine: None, jour_ferie }
    }

    pub fn jamais_ouvert(&self) -> bool {
        self.semaine.iter().all(Vec::is_empty)
    }
}

fn lendemain(i: &Instant) -> Instant {
    let (mut annee, mut mois, mut jour) = (i.annee, i.mois, i.jour + 1);
    if jour > jours_dans_le_mois(annee, mois) {
        jour = 1;
        mois += 1;
        if mois > 12 {
            mois = 1;
            annee += 1;
        }
    }
    Instant { annee, mois, jour, jour_semaine: (i.jour_semaine + 1) % 7, minute: 0 }
}

fn bissextile(annee: i32) -> bool {
    annee % 4 == 0 && (annee % 100 != 0 || annee % 400 == 0)
}

fn jours_dans_le_mois(annee: i32, mois: u8) -> u8 {
    match mois {
        2 if bissextile(annee) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Easter Sunday (Gregorian computus, Meeus/Jones/Butcher): (month, day).
pub fn paques(annee: i32) -> (u8, u8) {
    let a = annee % 19;
    let b = annee / 100;
    let c = annee % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let mois = (h + l - 7 * m + 114) / 31;
    let jour = (h + l - 7 * m + 114) % 31 + 1;
    (mois as u8, jour as u8)
}

/// The eleven public holidays of metropolitan France (Code du travail, L3133-1).
pub fn est_jour_ferie(annee: i32, mois: u8, jour: u8) -> bool {
    const FIXES: [(u8, u8); 8] = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)];
    if FIXES.contains(&(mois, jour)) {
        return true;
    }
    let (pm, pj) = paques(annee);
    let quantieme =
        |m: u8, j: u8| -> u16 { (1..m).map(|x| u16::from(jours_dans_le_mois(annee, x))).sum::<u16>() + u16::from(j) };
    let ecart = i32::from(quantieme(mois, jour)) - i32::from(quantieme(pm, pj));
    // Easter Monday, Ascension, Whit Monday.
    matches!(ecart, 1 | 39 | 50)
}

#[cfg(feature = "native")]
pub use osm::depuis_osm;

#[cfg(feature = "native")]
mod osm {
    use super::{Horaires, JoursFeries, Plage};
    use chrono::{Datelike, NaiveDate};
    use opening_hours::localization::Country;
    use opening_hours::{Context, OpeningHours, RuleKind};

    /// Weeks compared to tell regular hours from hours that vary across the year: one per
    /// quarter, none holding a public holiday (Mondays of 2025).
    const SEMAINES: [(i32, u32, u32); 4] = [(2025, 1, 13), (2025, 3, 17), (2025, 9, 15), (2025, 11, 17)];
    /// A public holiday of each weekday, to read `PH` rules.
    const FERIES: [(i32, u32, u32); 3] = [(2025, 7, 14), (2025, 5, 1), (2026, 12, 25)];

    /// Reads an OSM `opening_hours` value into a weekly table; the parser's message otherwise.
    pub fn depuis_osm(valeur: &str) -> Result<Horaires, String> {
        let oh: OpeningHours = valeur
            .parse::<OpeningHours>()
            // The parser's message draws the value with carets over several lines: too much for
            // a report line.
            .map_err(|_| "syntaxe OpenStreetMap non reconnue (exemple : « Mo-Fr 09:00-12:00; PH off »)".to_owned())?
            .with_context(Context::default().with_holidays(Country::FR.holidays()));
        let semaine_de = |lundi: NaiveDate| -> Vec<Vec<Plage>> {
            (0..7).map(|d| plages(&oh, lundi + chrono::Duration::days(d))).collect()
        };
        let date = |(a, m, j): (i32, u32, u32)| NaiveDate::from_ymd_opt(a, m, j).expect("fixed valid date");
        let reference = semaine_de(date(SEMAINES[0]));
        let reguliers = SEMAINES[1..].iter().all(|s| semaine_de(date(*s)) == reference);
        let mentionne_feries = valeur.contains("PH");
        let jours_feries = if !mentionne_feries {
            JoursFeries::NonPrecise
        } else {
            let feries: Vec<Vec<Plage>> = FERIES.iter().map(|f| plages(&oh, date(*f))).collect();
            if feries.iter().all(Vec::is_empty) {
                JoursFeries::Ferme
            } else if feries.windows(2).all(|w| w[0] == w[1]) {
                JoursFeries::Plages(feries[0].clone())
            } else {
                // PH hours that depend on the weekday: say nothing rather than something wrong.
                let usuels: Vec<&Vec<Plage>> =
                    FERIES.iter().map(|f| &reference[date(*f).weekday().num_days_from_monday() as usize]).collect();
                if feries.iter().zip(usuels).all(|(f, u)| f == u) {
                    JoursFeries::NonPrecise
                } else {
                    return Err("horaires des jours fériés qui changent selon le jour de la semaine".into());
                }
            }
        };
        Ok(Horaires { semaine: reference, jours_feries, reguliers })
    }

    fn plages(oh: &OpeningHours, jour: NaiveDate) -> Vec<Plage> {
        oh.schedule_at(jour)
            .into_iter()
            .filter(|r| r.kind == RuleKind::Open)
            .map(|r| Plage {
                debut: r.range.start.mins_from_midnight(),
                fin: r.range.end.mins_from_midnight().min(1440),
            })
            .filter(|p| p.debut < p.fin)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_public_holidays() {
        assert_eq!(paques(2026), (4, 5));
        assert_eq!(paques(2025), (4, 20));
        assert!(est_jour_ferie(2026, 4, 6)); // lundi de Pâques
        assert!(est_jour_ferie(2026, 5, 14)); // Ascension
        assert!(est_jour_ferie(2026, 5, 25)); // lundi de Pentecôte
        assert!(est_jour_ferie(2026, 7, 14));
        assert!(!est_jour_ferie(2026, 4, 5)); // Pâques is a Sunday, not a holiday of its own
        assert!(!est_jour_ferie(2026, 12, 2));
    }

    fn matin_et_apres_midi() -> Horaires {
        let jour = vec![Plage { debut: 9 * 60, fin: 12 * 60 }, Plage { debut: 14 * 60, fin: 17 * 60 }];
        let mut semaine = vec![jour; 5];
        semaine.extend([vec![], vec![]]);
        Horaires { semaine, jours_feries: JoursFeries::Ferme, reguliers: true }
    }

    #[test]
    fn open_now_and_next_opening() {
        let h = matin_et_apres_midi();
        // Wednesday 2 December 2026, 10:30.
        let mercredi = Instant { annee: 2026, mois: 12, jour: 2, jour_semaine: 2, minute: 630 };
        assert_eq!(h.etat(&mercredi), Etat::Ouvert { ferme_a: 720, jour_ferie: false });
        let midi = Instant { minute: 750, ..mercredi };
        let attendu = Ouverture { dans_jours: 0, jour_semaine: 2, a: 840 };
        assert_eq!(h.etat(&midi), Etat::Ferme { prochaine: Some(attendu), jour_ferie: false });
        // Friday evening: next is Monday 9:00.
        let vendredi = Instant { annee: 2026, mois: 12, jour: 4, jour_semaine: 4, minute: 1100 };
        let lundi = Ouverture { dans_jours: 3, jour_semaine: 0, a: 540 };
        assert_eq!(h.etat(&vendredi), Etat::Ferme { prochaine: Some(lundi), jour_ferie: false });
        // Thursday 24 December, evening: Christmas Day is closed, then the weekend: Monday 28th.
        let veille = Instant { annee: 2026, mois: 12, jour: 24, jour_semaine: 3, minute: 1100 };
        let apres_noel = Ouverture { dans_jours: 4, jour_semaine: 0, a: 540 };
        assert_eq!(h.etat(&veille), Etat::Ferme { prochaine: Some(apres_noel), jour_ferie: false });
    }

    #[test]
    fn osm_values_become_weekly_tables() {
        let h = depuis_osm("Mo-Fr 09:00-12:00,14:00-17:00; PH off").unwrap();
        assert_eq!(h, matin_et_apres_midi());
        let h = depuis_osm("Mo,We 08:30-12:30").unwrap();
        assert_eq!(h.semaine[0], vec![Plage { debut: 510, fin: 750 }]);
        assert!(h.semaine[1].is_empty());
        assert_eq!(h.jours_feries, JoursFeries::NonPrecise);
        let toujours = depuis_osm("24/7").unwrap();
        assert!(toujours.semaine.iter().all(|j| j == &vec![Plage { debut: 0, fin: 1440 }]));
        let ete = depuis_osm("Jan-Jun Mo-Fr 09:00-17:00; Jul-Dec Mo-Fr 10:00-16:00").unwrap();
        assert!(!ete.reguliers);
        assert!(depuis_osm("lundi de 9h à 12h").is_err());
        assert!(depuis_osm("Mo-Fr 25:00-26:00").is_err());
    }
}
