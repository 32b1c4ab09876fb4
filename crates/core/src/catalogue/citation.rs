//! Provenance: every entry cites the seed documents it comes from, as `FICHIER:DEBUT-FIN`.

/// The five source documents, with their line counts (a citation must fall inside).
pub const SEEDS: [SeedDocument; 5] = [
    SeedDocument {
        fichier: "000_a0b6241785604dfc.txt",
        lignes: 936,
        titre: "Plan parisien de l'insertion par l'emploi 2016-2020",
        annee: 2016,
        fin: 2020,
    },
    SeedDocument {
        fichier: "001_4c690b11006831f4.txt",
        lignes: 6776,
        titre: "Programme départemental pour l'insertion et pour l'emploi de Paris 2011-2014",
        annee: 2011,
        fin: 2014,
    },
    SeedDocument {
        fichier: "002_0c817fd9e218b069.txt",
        lignes: 1435,
        titre: "Consolidation des PLIE 2019",
        annee: 2019,
        fin: 2019,
    },
    SeedDocument {
        fichier: "003_ea9a13aec280cced.txt",
        lignes: 753,
        titre: "Maison de l'Emploi de Paris, convention 2005-2009",
        annee: 2005,
        fin: 2009,
    },
    SeedDocument {
        fichier: "004_e4e6f0a51a711c49.txt",
        lignes: 649,
        titre: "PDIE du Val-de-Marne « Objectif Emploi » 2023-2027",
        annee: 2023,
        fin: 2027,
    },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(serde::Serialize))]
pub struct SeedDocument {
    pub fichier: &'static str,
    pub lignes: usize,
    pub titre: &'static str,
    /// First year of the period the document describes (its date).
    pub annee: u16,
    /// Last year of that period: what it says was true from `annee` to `fin`.
    pub fin: u16,
}

impl SeedDocument {
    /// « 2016-2020 », or « 2019 » for a one-year document.
    pub fn periode(&self) -> String {
        if self.annee == self.fin {
            self.annee.to_string()
        } else {
            format!("{}-{}", self.annee, self.fin)
        }
    }

    /// The later document on the same territory whose period begins after this one's has ended:
    /// what this one describes is then history unless the later one repeats it. The 2011-2014
    /// PDIE and the 2005-2009 Maison de l'Emploi convention are followed by the 2016-2020 PPIE,
    /// which says it succeeds the PDIE (000, l. 241, 272) and that the EPEC took over the Maison
    /// de l'Emploi (000, l. 331).
    pub fn suivi_par(&self) -> Option<&'static SeedDocument> {
        SEEDS.iter().filter(|d| d.territoire() == self.territoire() && d.annee > self.fin).max_by_key(|d| d.annee)
    }

    /// Paris (000, 001, 003), the PLIE across France (002), the Val-de-Marne (004).
    fn territoire(&self) -> &'static str {
        match &self.fichier[..3] {
            "002" => "plie",
            "004" => "94",
            _ => "75",
        }
    }
}

/// Of the documents these citations name, the one whose period ends last (None without a
/// readable citation).
pub fn la_plus_recente(citations: &[String]) -> Option<SeedDocument> {
    citations.iter().filter_map(|c| Citation::parse(c).ok()).map(|c| c.document).max_by_key(|d| (d.fin, d.annee))
}

/// A parsed citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "native", derive(serde::Serialize))]
pub struct Citation {
    pub document: SeedDocument,
    pub debut: usize,
    pub fin: usize,
}

impl Citation {
    pub fn parse(text: &str) -> Result<Citation, String> {
        let (fichier, lignes) =
            text.split_once(':').ok_or_else(|| format!("citation « {text} » : forme attendue FICHIER:DEBUT-FIN"))?;
        let document = SEEDS
            .iter()
            .find(|d| d.fichier == fichier)
            .copied()
            .ok_or_else(|| format!("citation « {text} » : document source inconnu « {fichier} »"))?;
        let (debut, fin) = lignes.split_once('-').unwrap_or((lignes, lignes));
        let number = |s: &str| s.trim().parse::<usize>().ok().filter(|n| *n >= 1);
        let (Some(debut), Some(fin)) = (number(debut), number(fin)) else {
            return Err(format!("citation « {text} » : lignes illisibles « {lignes} »"));
        };
        if debut > fin || fin > document.lignes {
            return Err(format!(
                "citation « {text} » : lignes {debut}-{fin} hors du document ({} lignes)",
                document.lignes
            ));
        }
        Ok(Citation { document, debut, fin })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_ranges_and_single_lines() {
        let c = Citation::parse("000_a0b6241785604dfc.txt:248-256").unwrap();
        assert_eq!((c.debut, c.fin), (248, 256));
        assert_eq!(c.document.annee, 2016);
        let c = Citation::parse("004_e4e6f0a51a711c49.txt:12").unwrap();
        assert_eq!((c.debut, c.fin), (12, 12));
    }

    #[test]
    fn rejects_unknown_files_and_out_of_range_lines() {
        assert!(Citation::parse("inconnu.txt:1-2").unwrap_err().contains("inconnu"));
        assert!(Citation::parse("000_a0b6241785604dfc.txt:900-990").unwrap_err().contains("hors du document"));
        assert!(Citation::parse("000_a0b6241785604dfc.txt:20-10").is_err());
        assert!(Citation::parse("000_a0b6241785604dfc.txt").is_err());
        assert!(Citation::parse("000_a0b6241785604dfc.txt:x").is_err());
    }

    #[test]
    fn periods_say_which_documents_later_ones_follow() {
        let doc = |n: &str| SEEDS.iter().find(|d| d.fichier.starts_with(n)).unwrap();
        assert_eq!(doc("000").periode(), "2016-2020");
        assert_eq!(doc("002").periode(), "2019");
        assert_eq!(doc("001").suivi_par().map(|d| d.fichier), Some(doc("000").fichier));
        assert_eq!(doc("003").suivi_par().map(|d| d.fichier), Some(doc("000").fichier));
        for n in ["000", "002", "004"] {
            assert_eq!(doc(n).suivi_par(), None, "{n}");
        }
        let cites = ["001_4c690b11006831f4.txt:10".to_owned(), "000_a0b6241785604dfc.txt:12".to_owned()];
        assert_eq!(la_plus_recente(&cites).map(|d| d.annee), Some(2016));
        assert_eq!(la_plus_recente(&[]), None);
    }
}
