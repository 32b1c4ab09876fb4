//! Calendar dates as the catalogue writes them (`AAAA-MM-JJ`), without a date library.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub annee: u16,
    pub mois: u8,
    pub jour: u8,
}

impl Date {
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let annee = text[0..4].parse().ok()?;
        let mois: u8 = text[5..7].parse().ok()?;
        let jour: u8 = text[8..10].parse().ok()?;
        (1..=12).contains(&mois).then_some(())?;
        (1..=days_in_month(annee, mois)).contains(&jour).then_some(())?;
        Some(Date { annee, mois, jour })
    }

    /// The civil date of a count of days since 1970-01-01 (H. Hinnant's algorithm).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let jour = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let mois = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let annee = (yoe + era * 400 + i64::from(mois <= 2)) as u16;
        Date { annee, mois, jour }
    }

    /// Days since 1970-01-01 (the inverse of `from_days_since_epoch`).
    pub fn days_since_epoch(&self) -> i64 {
        let (y, m, d) = (i64::from(self.annee) - i64::from(self.mois <= 2), i64::from(self.mois), i64::from(self.jour));
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today's date (UTC) on a native machine.
    #[cfg(feature = "native")]
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.annee, self.mois, self.jour)
    }
}

fn days_in_month(annee: u16, mois: u8) -> u8 {
    match mois {
        2 if annee % 4 == 0 && (annee % 100 != 0 || annee % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn days_since_epoch_inverts_the_civil_date() {
        for days in [-1, 0, 59, 10_957, 20_424, 20_789, 36_525] {
            assert_eq!(super::Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
    }

    use super::*;

    #[test]
    fn parses_valid_dates_only() {
        assert_eq!(Date::parse("2024-02-29"), Some(Date { annee: 2024, mois: 2, jour: 29 }));
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("2023-1-01"), None);
        assert_eq!(Date::parse("20230101"), None);
    }

    #[test]
    fn converts_days_since_epoch() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_days_since_epoch(20_414).to_string(), "2025-11-22");
    }
}
