//! Synthetic catalogues for the benchmarks (native command and browser): the real one with its
//! services copied until there are enough of them.

use super::Catalogue;

/// `catalogue` with its services copied (new ids) until there are `total` of them.
pub fn agrandir(catalogue: &Catalogue, total: usize) -> Catalogue {
    let mut grand = catalogue.clone();
    let services = &catalogue.services;
    if services.is_empty() {
        return grand;
    }
    for i in 0..total.saturating_sub(services.len()) {
        let mut s = services[i % services.len()].clone();
        s.id = format!("{}-synthetique-{i}", s.id);
        grand.services.push(s);
    }
    grand
}

/// A synthetic national référentiel in the data·inclusion format, with the published volume by
/// default (100,000 structures, 140,000 services), for the scale benchmark: descriptions of 200
/// to 2,000 characters, 1 to 5 thématiques, publics, coordinates, OSM opening hours, about 5 %
/// invalid rows, and one territory (Paris) holding 10,000 services. Deterministic. With
/// `seul_departement`, every row is in that département (one large territory, for the
/// keystroke-to-paint measure).
#[cfg(feature = "native")]
pub fn referentiel_national(
    vocabulaire: &super::vocab::DataInclusion,
    departements: &[super::Departement],
    structures: usize,
    services: usize,
    seul_departement: Option<&str>,
) -> (Vec<serde_json::Value>, Vec<serde_json::Value>) {
    use serde_json::json;
    let mut graine: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut hasard = move |n: usize| -> usize {
        // xorshift64*: reproducible figures from one run to the next.
        graine ^= graine >> 12;
        graine ^= graine << 25;
        graine ^= graine >> 27;
        (graine.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    };
    let valeurs = |liste: &[super::vocab::Terme]| liste.iter().map(|t| t.value.clone()).collect::<Vec<_>>();
    let thematiques = valeurs(&vocabulaire.thematiques);
    let publics: Vec<String> = valeurs(&vocabulaire.publics).into_iter().filter(|p| p != "tous-publics").collect();
    // Paris gets its tenth by rank (below), none at random: it holds 10,000 services, not more.
    let codes: Vec<&str> =
        departements.iter().map(|d| d.code.as_str()).filter(|c| c.len() == 2 && *c != "75").collect();
    const MOTS: [&str; 12] = [
        "accompagnement",
        "emploi",
        "insertion",
        "formation",
        "atelier",
        "permanence",
        "droits",
        "numérique",
        "mobilité",
        "logement",
        "santé",
        "orientation",
    ];
    const HORAIRES: [&str; 4] =
        ["Mo-Fr 09:00-12:00,14:00-17:00; PH off", "Mo-Th 08:30-17:30; Fr 08:30-12:00", "Tu,Th 09:00-12:30", "24/7"];
    let texte = |hasard: &mut dyn FnMut(usize) -> usize| {
        let longueur = 200 + hasard(1800);
        let mut t = String::with_capacity(longueur + 20);
        while t.len() < longueur {
            t.push_str(MOTS[hasard(MOTS.len())]);
            t.push(' ');
        }
        t.trim_end().to_owned() + "."
    };
    let lieu = |i: usize, hasard: &mut dyn FnMut(usize) -> usize| -> (String, String, f64, f64) {
        // A tenth of everything in Paris (10,000 services at the published volume).
        let d = match seul_departement {
            Some(d) => d,
            None if i % 14 == 0 => "75",
            None => codes[hasard(codes.len())],
        };
        let commune =
            if d == "75" { format!("751{:02}", 1 + hasard(20)) } else { format!("{d}{:03}", 1 + hasard(600)) };
        // Whole thousandths, as a data·inclusion file writes them (not 1.2730000000000001).
        let lat = (43_000 + hasard(8000)) as f64 / 1000.0;
        let lon = (hasard(8000) as f64 - 1000.0) / 1000.0;
        (d.to_owned(), commune, lat, lon)
    };
    let mut lignes_structures = Vec::with_capacity(structures);
    let mut lieux = Vec::with_capacity(structures);
    for i in 0..structures {
        let (d, commune, lat, lon) = lieu(i, &mut hasard);
        let mut row = json!({
            "source": "synthetique", "id": format!("synthetique--s{i}"), "nom": format!("Structure d'insertion n° {i}"),
            "date_maj": "2026-06-01", "description": texte(&mut hasard), "code_insee": commune,
            "code_postal": format!("{d}{:03}", hasard(1000)), "commune": format!("Commune {commune}"),
            "adresse": format!("{} rue de l'Essai", 1 + hasard(200)), "latitude": lat, "longitude": lon,
            "horaires_accueil": HORAIRES[hasard(HORAIRES.len())],
        });
        if i % 20 == 7 {
            row["date_maj"] = json!("01/06/2026"); // invalid: not AAAA-MM-JJ
        }
        lieux.push(d);
        lignes_structures.push(row);
    }
    let mut lignes_services = Vec::with_capacity(services);
    for i in 0..services {
        // Paris's structures take Paris's services: structure ids are multiples of 14 there.
        let s = if i % 14 == 0 {
            (hasard(structures / 14 + 1) * 14).min(structures - 1)
        } else {
            // The others take the other structures: a multiple of 14 is Paris's.
            let s = hasard(structures);
            match s % 14 == 0 && seul_departement.is_none() {
                true if s + 1 < structures => s + 1,
                true if s > 0 => s - 1,
                _ => s,
            }
        };
        let s = if lieux[s] == "75" || i % 14 != 0 || seul_departement.is_some() { s } else { 0 };
        let nb = 1 + hasard(5);
        let mut them: Vec<String> = (0..nb).map(|_| thematiques[hasard(thematiques.len())].clone()).collect();
        them.sort();
        them.dedup();
        let mut row = json!({
            "source": "synthetique", "id": format!("synthetique--v{i}"), "structure_id": format!("synthetique--s{s}"),
            "nom": format!("Service d'accompagnement n° {i}"), "date_maj": "2026-06-01", "description": texte(&mut hasard),
            "type": "accompagnement", "thematiques": them, "publics": [publics[hasard(publics.len())]],
            "frais": "gratuit", "modes_accueil": ["en-presentiel"], "mobilisable_par": ["usagers"],
            // Delivered where its structure is, as most services are: the same address.
            "code_insee": lignes_structures[s]["code_insee"], "code_postal": lignes_structures[s]["code_postal"],
            "commune": lignes_structures[s]["commune"], "adresse": lignes_structures[s]["adresse"],
            "latitude": lignes_structures[s]["latitude"], "longitude": lignes_structures[s]["longitude"], "zone_eligibilite": [lieux[s]],
            "horaires_accueil": HORAIRES[hasard(HORAIRES.len())],
        });
        if i % 20 == 11 {
            row["thematiques"] = json!(["inconnue--valeur"]); // invalid vocabulary value
        }
        lignes_services.push(row);
    }
    (lignes_structures, lignes_services)
}
