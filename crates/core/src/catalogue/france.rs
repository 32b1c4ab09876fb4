//! The communes of all of France, as a data pack of its own (`france-HASH.paquet`): every postal
//! code → its commune(s) and département, fetched only when the index does not place a code or
//! a commune name. Read at build time from the official list (npm `@etalab/decoupage-
//! administratif`, MIT, derived from INSEE's Code officiel géographique; `depuis_json`).
//!
//! Compact: communes are grouped by département in INSEE order; each name is written once, after
//! the length of the prefix it shares with the previous one; INSEE codes are differences from the
//! previous one, postal codes their rank in the département's sorted list.

use super::model::Commune;
use super::paquet::{self, Binaire, Ecriture, ErreurPaquet, Lecture};

/// The geography pack as it travels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct France {
    /// Where the list comes from: package, version, licence.
    pub source: String,
    pub departements: Vec<CommunesDepartement>,
}

/// The communes of one département.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommunesDepartement {
    pub code: String,
    /// One line per commune: a letter saying how many first characters it shares with the
    /// previous name (`a` none, `b` one…), then the rest.
    pub noms: String,
    /// The INSEE code's number after the département's code, minus the previous one's.
    pub insee: Vec<u32>,
    /// The postal codes its communes use, in order, each minus the previous one (the first minus
    /// the département's number × 1000: « 69 » → 69000).
    pub postaux: Vec<i32>,
    /// How many postal codes each commune has.
    pub nombre_codes: Vec<u32>,
    /// Each commune's postal codes, as their rank in `postaux`.
    pub codes: Vec<u32>,
}

paquet::binaire_struct! {
    France { source, departements }
    CommunesDepartement { code, noms, insee, postaux, nombre_codes, codes }
}

/// A pack that is not a geography pack, or was cut.
pub fn lire(octets: &[u8]) -> Result<Vec<Commune>, ErreurPaquet> {
    let france: France = paquet::lire(octets)?;
    france.communes().ok_or(ErreurPaquet { position: octets.len(), message: "géographie incohérente" })
}

/// The first postal code of a département's numbering (« 69 » → 69000, « 2A » → 20000, « 974 » → 97400).
fn base(code: &str) -> i64 {
    let chiffres: String = code.chars().map(|c| if c.is_ascii_digit() { c } else { '0' }).collect();
    let n: i64 = chiffres.parse().unwrap_or(0);
    if code.len() == 3 {
        n * 100
    } else {
        n * 1000
    }
}

impl France {
    /// The communes, decoded; `None` when the lists do not agree (a corrupt pack).
    pub fn communes(&self) -> Option<Vec<Commune>> {
        let mut out = Vec::new();
        for d in &self.departements {
            let (mut nom, mut insee, mut postal) = (String::new(), 0i64, base(&d.code));
            let postaux: Vec<String> = d
                .postaux
                .iter()
                .map(|ecart| {
                    postal += i64::from(*ecart);
                    format!("{postal:05}")
                })
                .collect();
            let mut codes = d.codes.iter();
            let mut lignes = d.noms.split('\n');
            if d.insee.len() != d.nombre_codes.len() {
                return None;
            }
            for (ecart, &n) in d.insee.iter().zip(&d.nombre_codes) {
                let ligne = lignes.next()?;
                let commun = usize::from(ligne.as_bytes().first()?.checked_sub(b'a')?);
                let garde: String = nom.chars().take(commun).collect();
                nom = garde + ligne.get(1..)?;
                insee += i64::from(*ecart);
                let mut codes_postaux = Vec::new();
                for _ in 0..n {
                    codes_postaux.push(postaux.get(*codes.next()? as usize)?.clone());
                }
                let largeur = 5usize.saturating_sub(d.code.len());
                out.push(Commune {
                    nom: nom.clone(),
                    code_insee: format!("{}{insee:0largeur$}", d.code),
                    codes_postaux,
                    departement: d.code.clone(),
                    latitude: None,
                    longitude: None,
                });
            }
            if lignes.next().is_some() || codes.next().is_some() {
                return None;
            }
        }
        Some(out)
    }
}

/// Writes the geography pack from the communes (grouped by département, in INSEE order).
pub fn ecrire(source: &str, communes: &[Commune]) -> Vec<u8> {
    let mut france = France { source: source.to_owned(), departements: Vec::new() };
    let mut precedent = "";
    let mut insee = 0i64;
    let mut postaux: Vec<&str> = Vec::new();
    for c in communes {
        if france.departements.last().is_none_or(|d| d.code != c.departement) {
            france.departements.push(CommunesDepartement { code: c.departement.clone(), ..Default::default() });
            (precedent, insee) = ("", 0);
            postaux = communes
                .iter()
                .filter(|x| x.departement == c.departement)
                .flat_map(|x| x.codes_postaux.iter().map(String::as_str))
                .collect();
            postaux.sort_unstable();
            postaux.dedup();
            let d = france.departements.last_mut().expect("just pushed");
            let mut postal = base(&c.departement);
            for p in &postaux {
                let p: i64 = p.parse().unwrap_or(0);
                d.postaux.push((p - postal) as i32);
                postal = p;
            }
        }
        let d = france.departements.last_mut().expect("just pushed");
        // Characters, not bytes: the shared prefix never cuts a letter; at most 25 (`z`).
        let commun = precedent.chars().zip(c.nom.chars()).take_while(|(a, b)| a == b).count().min(25);
        if !d.noms.is_empty() {
            d.noms.push('\n');
        }
        d.noms.push(char::from(b'a' + commun as u8));
        d.noms.extend(c.nom.chars().skip(commun));
        let numero: i64 = c.code_insee[c.departement.len()..].parse().unwrap_or(0);
        d.insee.push((numero - insee) as u32);
        insee = numero;
        d.nombre_codes.push(c.codes_postaux.len() as u32);
        d.codes.extend(c.codes_postaux.iter().map(|p| postaux.binary_search(&p.as_str()).unwrap_or(0) as u32));
        precedent = &c.nom;
    }
    paquet::ecrire(&france)
}

/// The communes of `communes.json` (current communes only, with their postal codes; municipal
/// arrondissements such as Lyon's are their commune's), in INSEE order.
#[cfg(feature = "native")]
pub fn depuis_json(texte: &str) -> Result<Vec<Commune>, String> {
    #[derive(serde::Deserialize)]
    struct Entree {
        code: String,
        nom: String,
        #[serde(rename = "type")]
        genre: String,
        departement: Option<String>,
        #[serde(rename = "codesPostaux", default)]
        codes_postaux: Vec<String>,
    }
    let entrees: Vec<Entree> = serde_json::from_str(texte).map_err(|e| format!("communes.json illisible : {e}"))?;
    let mut communes: Vec<Commune> = entrees
        .into_iter()
        .filter(|e| e.genre == "commune-actuelle" && !e.codes_postaux.is_empty())
        .filter_map(|e| {
            let departement = e.departement?;
            let valide = e.code.len() == 5
                && e.code.starts_with(&departement)
                && e.code[departement.len()..].bytes().all(|b| b.is_ascii_digit())
                && e.codes_postaux.iter().all(|p| p.len() == 5 && p.bytes().all(|b| b.is_ascii_digit()));
            valide.then_some(Commune {
                nom: e.nom,
                code_insee: e.code,
                codes_postaux: e.codes_postaux,
                departement,
                latitude: None,
                longitude: None,
            })
        })
        .collect();
    communes.sort_by(|a, b| (&a.departement, &a.code_insee).cmp(&(&b.departement, &b.code_insee)));
    Ok(communes)
}

/// Where `npm ci` installs the official list, from the workspace root.
pub const PAQUET_NPM: &str = "node_modules/@etalab/decoupage-administratif";

/// The geography pack from the npm package's folder (`data/communes.json`, and `package.json`
/// for the version and licence the pack records).
#[cfg(feature = "native")]
pub fn paquet_depuis_npm(dossier: &std::path::Path) -> Result<Vec<u8>, String> {
    let lire = |f: &str| {
        let chemin = dossier.join(f);
        std::fs::read_to_string(&chemin)
            .map_err(|e| format!("{} : {e} (la liste des communes s'installe avec npm ci)", chemin.display()))
    };
    let paquet: serde_json::Value =
        serde_json::from_str(&lire("package.json")?).map_err(|e| format!("package.json illisible : {e}"))?;
    let champ = |c: &str| paquet.get(c).and_then(|v| v.as_str()).unwrap_or("?").to_owned();
    let source = format!(
        "{} {} (licence {}), d'après le Code officiel géographique de l'INSEE",
        champ("name"),
        champ("version"),
        champ("license")
    );
    let communes = depuis_json(&lire("data/communes.json")?)?;
    Ok(ecrire(&source, &communes))
}
