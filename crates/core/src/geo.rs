//! Geography: where a person or a service is, from postal codes and INSEE codes, and distances
//! between the approximate centres of arrondissements and communes.

use crate::catalogue::Catalogue;
use crate::territoire::Territoire;

/// A place as precise as the answers allow (the interface says it in words).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(serde::Serialize))]
pub struct Localisation {
    pub departement: String,
    /// Paris arrondissement, 1 to 20.
    pub arrondissement: Option<u8>,
    /// INSEE code of the commune (outside Paris), when the catalogue knows it.
    pub commune: Option<String>,
    /// The commune's name, as the catalogue writes it (outside Paris).
    pub nom_commune: Option<String>,
    /// The département's name (« Rhône ») and, in French, with its article (« le Rhône »),
    /// from INSEE's list.
    pub nom_departement: Option<NomDepartement>,
    pub centre: Option<(f64, f64)>,
    /// The communes a postal code serves when it serves several (the place is then the
    /// département): the interface lists them.
    pub communes_du_code: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "native", derive(serde::Serialize))]
pub struct NomDepartement {
    pub nom: String,
    pub avec_article: String,
}

impl Localisation {
    /// The most precise territory this place is known to be in.
    pub fn territoire(&self) -> Territoire {
        match (self.arrondissement, &self.commune) {
            (Some(n), _) => Territoire::Arrondissement(n),
            (None, Some(c)) => Territoire::Commune(c.clone()),
            (None, None) => Territoire::Departement(self.departement.clone()),
        }
    }
}

/// Why a postal code could not be placed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ErreurCodePostal {
    Forme,
    Inconnu,
}

/// Places a postal code: a Paris arrondissement, a commune the catalogue knows, the commune(s)
/// of France's geography pack when it is loaded (`Catalogue::communes_france`), or else only a
/// département; an error for codes that do not exist.
pub fn localiser(catalogue: &Catalogue, code_postal: &str) -> Result<Localisation, ErreurCodePostal> {
    let code = code_postal.trim();
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ErreurCodePostal::Forme);
    }
    if let Some(a) = catalogue.arrondissements.iter().find(|a| a.codes_postaux.iter().any(|c| c == code)) {
        return Ok(Localisation {
            arrondissement: Some(a.numero),
            nom_departement: nom_departement(catalogue, "75"),
            centre: Some((a.latitude, a.longitude)),
            ..departement_seul(catalogue, "75")
        });
    }
    if code.starts_with("75") {
        return Err(ErreurCodePostal::Inconnu);
    }
    let departement = departement_of(code).ok_or(ErreurCodePostal::Inconnu)?;
    let dessert = |c: &&crate::catalogue::Commune| c.codes_postaux.iter().any(|p| p == code);
    if let Some(c) = catalogue.communes.iter().find(dessert) {
        return Ok(commune(catalogue, c));
    }
    match catalogue.communes_france.iter().filter(dessert).collect::<Vec<_>>()[..] {
        [] if catalogue.communes_france.is_empty() => Ok(departement_seul(catalogue, &departement)),
        [] => Err(ErreurCodePostal::Inconnu),
        [c] => Ok(commune(catalogue, c)),
        ref plusieurs => {
            // A code across two départements (rare) is the one its number says, if it serves it.
            let d = plusieurs.iter().find(|c| c.departement == departement).unwrap_or(&plusieurs[0]);
            let communes_du_code = plusieurs.iter().map(|c| c.nom.clone()).collect();
            Ok(Localisation { communes_du_code, ..departement_seul(catalogue, &d.departement) })
        }
    }
}

/// Only a département is known.
pub fn departement_seul(catalogue: &Catalogue, departement: &str) -> Localisation {
    Localisation {
        departement: departement.to_owned(),
        arrondissement: None,
        commune: None,
        nom_commune: None,
        nom_departement: nom_departement(catalogue, departement),
        centre: None,
        communes_du_code: Vec::new(),
    }
}

/// A commune, as the catalogue or France's list describes it.
pub fn commune(catalogue: &Catalogue, c: &crate::catalogue::Commune) -> Localisation {
    Localisation {
        commune: Some(c.code_insee.clone()),
        nom_commune: Some(c.nom.clone()),
        centre: c.latitude.zip(c.longitude),
        ..departement_seul(catalogue, &c.departement)
    }
}

/// (« Rhône », « le Rhône »), for a département code the catalogue's list holds.
pub fn nom_departement(catalogue: &Catalogue, code: &str) -> Option<NomDepartement> {
    let d = catalogue.departements.iter().find(|d| d.code == code)?;
    Some(NomDepartement { nom: d.nom.clone(), avec_article: d.avec_article() })
}

/// What a person typed for their place, as a postal code the catalogue can place: what
/// `answers::lire_code_postal` reads (« 75013 », « 13e », « Paris 13 »), or the name of a commune
/// the catalogue knows, with or without accents, hyphens, « Saint » written « St », the
/// département's number before or after it, and its first words only when they say which one
/// (« Vitry », « 94 Vitry », « saint maur », « Créteil »). With France's geography loaded, any
/// commune of France; a name several communes bear whole (« Saint-Denis ») needs the
/// département's number.
pub fn code_postal_saisi<'a>(catalogue: &'a Catalogue, saisie: &str) -> Result<String, ErreurCodePostal> {
    if let Some(code) = crate::orientation::answers::lire_code_postal(saisie) {
        return localiser(catalogue, &code).map(|_| code);
    }
    let mut departement = None;
    let mut mots: Vec<String> = Vec::new();
    for mot in crate::text::words(&crate::text::fold(saisie)) {
        match mot {
            m if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) && departement.is_none() => {
                departement = Some(m.to_owned());
            }
            "st" => mots.push("saint".into()),
            "ste" => mots.push("sainte".into()),
            m => mots.push(m.to_owned()),
        }
    }
    // Three letters at least: « V » is no commune.
    if mots.concat().len() < 3 {
        return Err(ErreurCodePostal::Forme);
    }
    // (Whole name?, commune): the index's communes first (« Vitry » is Vitry-sur-Seine), then
    // France's, where a whole name wins over longer ones (« st etienne »).
    let candidates = |communes: &'a [crate::catalogue::Commune]| -> Vec<(bool, &'a crate::catalogue::Commune)> {
        communes
            .iter()
            .filter(|c| departement.as_ref().is_none_or(|d| *d == c.departement))
            .filter_map(|c| {
                let nom = crate::text::fold(&c.nom);
                let noms: Vec<&str> = crate::text::words(&nom).collect();
                let prefixe = noms.len() >= mots.len() && noms.iter().zip(&mots).all(|(n, m)| n == m);
                prefixe.then_some((noms.len() == mots.len(), c))
            })
            .collect()
    };
    let mut trouvees = candidates(&catalogue.communes);
    if trouvees.is_empty() {
        trouvees = candidates(&catalogue.communes_france);
    }
    let entieres: Vec<_> = trouvees.iter().filter(|(entier, _)| *entier).collect();
    match (&trouvees[..], &entieres[..]) {
        ([(_, c)], _) | (_, [(_, c)]) => c.codes_postaux.first().cloned().ok_or(ErreurCodePostal::Inconnu),
        _ => Err(ErreurCodePostal::Forme),
    }
}

fn departement_of(code: &str) -> Option<String> {
    departement_du_code(code)
}

/// The département of a postal code or an INSEE commune code: the first two characters, with
/// Corsica (postal 200xx–201xx, INSEE 2A…: Corse-du-Sud) and overseas (three digits) handled;
/// `None` for codes no département uses (00, 96, 99) and for what is not five characters.
pub fn departement_du_code(code: &str) -> Option<String> {
    let code = code.trim();
    if code.len() != 5 || !code.is_ascii() {
        return None;
    }
    let two = &code[..2];
    match two {
        "00" | "96" | "99" => None,
        "2A" | "2B" => Some(two.to_owned()),
        "20" => Some(if code < "20200" { "2A" } else { "2B" }.to_owned()),
        "97" | "98" => Some(code[..3].to_owned()),
        _ if two.bytes().all(|b| b.is_ascii_digit()) => Some(two.to_owned()),
        _ => None,
    }
}

/// Distance in kilometres between two (latitude, longitude) points, on a plane tangent at their
/// mean latitude: at a city's scale (tens of kilometres) it differs from the great circle by a
/// few metres.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    /// Kilometres per degree of latitude (6 371 km × π / 180).
    const KM_PAR_DEGRE: f64 = 111.195;
    // A degree of longitude is shorter by the cosine of the latitude (equirectangular
    // approximation: under 0.5 % off at a city's scale). The cosine is a Taylor polynomial,
    // 0.1 % off at 51°: the trigonometry of the standard library would weigh on the web app.
    let x = ((a.0 + b.0) / 2.0) * (std::f64::consts::PI / 180.0);
    let x2 = x * x;
    let cosinus = 1.0 - x2 / 2.0 + x2 * x2 / 24.0 - x2 * x2 * x2 / 720.0;
    let nord = (b.0 - a.0) * KM_PAR_DEGRE;
    let est = (b.1 - a.1) * KM_PAR_DEGRE * cosinus;
    (nord * nord + est * est).sqrt()
}

/// The approximate centre of a place described by a catalogue entry.
/// Imported coordinates win: they are the entry's own address.
pub fn centre_of(catalogue: &Catalogue, lieu: &crate::catalogue::Lieu) -> Option<(f64, f64)> {
    if let Some(position) = lieu.latitude.zip(lieu.longitude) {
        return Some(position);
    }
    if let [n] = lieu.arrondissements[..] {
        return catalogue.arrondissements.iter().find(|a| a.numero == n).map(|a| (a.latitude, a.longitude));
    }
    if let Some(code) = &lieu.code_insee {
        if let Some(a) = catalogue.arrondissements.iter().find(|a| &a.code_insee == code) {
            return Some((a.latitude, a.longitude));
        }
        if let Some(c) = catalogue.communes.iter().find(|c| &c.code_insee == code) {
            return c.latitude.zip(c.longitude);
        }
    }
    None
}

/// The services (their places in the catalogue) with a known address nearest to a position,
/// within `rayon_km`, nearest first
/// (« Près de chez moi »). Only an entry's own coordinates count (the service's, else its
/// structure's, both imported): the centre of an arrondissement is no address. Ended services,
/// and those given only at a distance (phone, online), are left out.
pub fn services_proches(
    catalogue: &Catalogue,
    position: (f64, f64),
    rayon_km: f64,
    nombre: usize,
) -> Vec<(usize, f64)> {
    let adresse = |l: &crate::catalogue::Lieu| l.latitude.zip(l.longitude);
    // A service without coordinates takes its structure's: found by id, not by going through
    // the thousands of an imported territory for each service.
    let structures = catalogue.structures_par_id();
    let mut proches: Vec<_> = catalogue
        .services
        .iter()
        .enumerate()
        .filter(|(_, s)| s.statut != crate::catalogue::vocab::Statut::Termine)
        .filter(|(_, s)| s.modes_accueil.is_empty() || s.modes_accueil.iter().any(|m| m == "en-presentiel"))
        .filter_map(|(i, s)| {
            let point = adresse(&s.lieu)
                .or_else(|| structures.get(s.structure_id.as_str()).and_then(|st| adresse(&st.lieu)))?;
            Some((i, distance_km(position, point)))
        })
        .filter(|(_, d)| *d <= rayon_km)
        .collect();
    crate::text::trier(&mut proches, |a, b| {
        a.1.total_cmp(&b.1).then_with(|| catalogue.services[a.0].nom.cmp(&catalogue.services[b.0].nom))
    });
    proches.truncate(nombre);
    proches
}

/// The arrondissement whose centre is nearest to a position (for "me localiser").
pub fn arrondissement_le_plus_proche(catalogue: &Catalogue, position: (f64, f64)) -> Option<u8> {
    catalogue
        .arrondissements
        .iter()
        .min_by(|a, b| {
            distance_km(position, (a.latitude, a.longitude))
                .total_cmp(&distance_km(position, (b.latitude, b.longitude)))
        })
        .map(|a| a.numero)
}
