//! Territories as the catalogue's zone codes write them (`zone_eligibilite`): `france`, a
//! département (2 or 3 characters: `75`, `2A`, `974`), a commune's INSEE code (`94028`; Paris is
//! the commune `75056`, which contains its 20 arrondissements), a Paris arrondissement
//! (`75101`…`75120`), an EPCI (9 digits). Parsed once, when the catalogue is read.

#[cfg(feature = "native")]
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Territoire {
    France,
    Departement(String),
    /// INSEE code of a commune (Paris: `75056`).
    Commune(String),
    /// Paris arrondissement, 1 to 20.
    Arrondissement(u8),
    /// SIREN of an EPCI: the catalogue does not list its communes, so it contains only itself.
    Epci(String),
}

/// Paris's INSEE code as a commune.
pub const PARIS: &str = "75056";

impl Territoire {
    pub fn parse(code: &str) -> Option<Territoire> {
        let alnum = !code.is_empty() && code.bytes().all(|b| b.is_ascii_alphanumeric());
        let digits = alnum && code.bytes().all(|b| b.is_ascii_digit());
        match code.len() {
            _ if code == "france" => Some(Territoire::France),
            2 | 3 if alnum => Some(Territoire::Departement(code.to_owned())),
            5 if code == PARIS => Some(Territoire::Commune(code.to_owned())),
            5 if code.starts_with("751") => match code[3..].parse::<u8>() {
                Ok(n) if (1..=20).contains(&n) && digits => Some(Territoire::Arrondissement(n)),
                _ => None,
            },
            // Paris is the département's only commune.
            5 if code.starts_with("75") => None,
            5 if alnum => Some(Territoire::Commune(code.to_owned())),
            9 if digits => Some(Territoire::Epci(code.to_owned())),
            _ => None,
        }
    }

    /// The code as the catalogue and data·inclusion write it.
    pub fn code(&self) -> String {
        match self {
            Territoire::France => "france".to_owned(),
            Territoire::Departement(c) | Territoire::Commune(c) | Territoire::Epci(c) => c.clone(),
            Territoire::Arrondissement(n) => format!("751{n:02}"),
        }
    }

    /// The département it lies in (none for France or an EPCI, which may straddle two).
    pub fn departement(&self) -> Option<&str> {
        match self {
            Territoire::Departement(d) => Some(d),
            Territoire::Commune(c) if c.starts_with("97") || c.starts_with("98") => Some(&c[..3]),
            Territoire::Commune(c) => Some(&c[..2]),
            Territoire::Arrondissement(_) => Some("75"),
            Territoire::France | Territoire::Epci(_) => None,
        }
    }

    /// Whether `autre` lies within this territory (a territory contains itself).
    pub fn contient(&self, autre: &Territoire) -> bool {
        match (self, autre) {
            (Territoire::France, _) => true,
            (Territoire::Departement(d), _) => autre.departement() == Some(d.as_str()),
            (Territoire::Commune(c), Territoire::Arrondissement(_)) => c == PARIS,
            (Territoire::Commune(a), Territoire::Commune(b)) => a == b,
            (Territoire::Arrondissement(a), Territoire::Arrondissement(b)) => a == b,
            (Territoire::Epci(a), Territoire::Epci(b)) => a == b,
            _ => false,
        }
    }
}

impl std::fmt::Display for Territoire {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

#[cfg(feature = "native")]
impl Serialize for Territoire {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

/// What the loader's message lists as accepted (it names the field and the line).
#[cfg(feature = "native")]
const ADMIS: &[&str] = &[
    "france",
    "un département (2-3 caractères)",
    "une commune (code INSEE, Paris : 75056)",
    "un arrondissement (75101 à 75120)",
    "un EPCI (9 chiffres)",
];

#[cfg(feature = "native")]
impl<'de> Deserialize<'de> for Territoire {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Territoire::parse(&code).ok_or_else(|| serde::de::Error::unknown_variant(&code, ADMIS))
    }
}

#[cfg(test)]
mod tests {
    use super::Territoire::{self, *};

    fn t(code: &str) -> Territoire {
        Territoire::parse(code).unwrap_or_else(|| panic!("{code}"))
    }

    #[test]
    fn codes_parse_and_write_back() {
        for code in ["france", "75", "2A", "974", "75056", "75101", "75120", "94028", "200054781"] {
            assert_eq!(t(code).code(), code);
        }
        assert_eq!(t("75119"), Arrondissement(19));
        for bad in ["", "7", "75121", "75100", "75001", "7505", "94-28", "France"] {
            assert_eq!(Territoire::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn paris_contains_its_arrondissements_and_a_departement_its_communes() {
        assert!(t("75056").contient(&Arrondissement(3)));
        assert!(t("75").contient(&Arrondissement(3)) && t("75").contient(&t("75056")));
        assert!(t("94").contient(&t("94028")) && !t("93").contient(&t("94028")));
        assert!(t("france").contient(&t("974")));
        assert!(!Arrondissement(3).contient(&t("75056")));
        assert!(!Arrondissement(3).contient(&Arrondissement(4)));
        assert!(t("971").contient(&t("97105")));
    }
}
