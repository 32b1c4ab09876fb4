//! Export to the data·inclusion v1.0.8 interchange format: the schema's fields only, with the
//! project's extensions left out and provenance given as the producer's identifier.

use super::Catalogue;
use serde_json::{json, Value};

/// Returns `(structures, services)` as JSON arrays.
pub fn data_inclusion(c: &Catalogue) -> (Value, Value) {
    let producteur = c.meta.producteur.as_str();
    let structures = c
        .structures
        .iter()
        .map(|s| {
            json!({
                "source": source(&s.origine, producteur),
                "id": s.id,
                "nom": s.nom,
                "description": Some(&s.description).filter(|d| !d.is_empty()),
                "date_maj": s.date_maj,
                "siret": s.siret,
                "site_web": s.contact.site_web,
                "reseaux_porteurs": non_empty(&s.reseaux_porteurs),
                "lien_source": s.origine.as_ref().and_then(|o| o.lien_source.as_ref()),
            })
            .tap_place(&s.lieu, &s.contact)
        })
        .collect();
    let services = c
        .services
        .iter()
        .map(|s| {
            json!({
                "source": source(&s.origine, producteur),
                "id": s.id,
                "structure_id": s.structure_id,
                "nom": s.nom,
                "description": s.description,
                "date_maj": s.date_maj,
                "type": Some(&s.type_service).filter(|t| !t.is_empty()),
                "thematiques": non_empty(&s.thematiques),
                "publics": non_empty(&s.publics),
                "publics_precisions": s.publics_precisions,
                "frais": s.frais,
                "frais_precisions": s.frais_precisions,
                "modes_accueil": non_empty(&s.modes_accueil),
                "modes_mobilisation": non_empty(&s.modes_mobilisation),
                "mobilisable_par": non_empty(&s.mobilisable_par),
                "mobilisation_precisions": s.mobilisation_precisions,
                "conditions_acces": s.conditions_acces,
                "lien_mobilisation": s.lien_mobilisation,
                "lien_source": s.origine.as_ref().and_then(|o| o.lien_source.as_ref()),
                "zone_eligibilite": non_empty(&s.zone_eligibilite.iter().map(|z| z.code()).collect::<Vec<_>>()),
            })
            .tap_place(&s.lieu, &s.contact)
        })
        .collect();
    (Value::Array(structures), Value::Array(services))
}

/// Adds the place and contact fields that structures and services share.
trait TapPlace {
    fn tap_place(self, lieu: &super::Lieu, contact: &super::Contact) -> Value;
}

impl TapPlace for Value {
    fn tap_place(mut self, lieu: &super::Lieu, contact: &super::Contact) -> Value {
        if let Value::Object(map) = &mut self {
            let fields = [
                ("commune", &lieu.commune),
                ("code_postal", &lieu.code_postal),
                ("code_insee", &lieu.code_insee),
                ("adresse", &contact.adresse),
                ("complement_adresse", &contact.complement_adresse),
                ("telephone", &contact.telephone),
                ("courriel", &contact.courriel),
                ("horaires_accueil", &contact.horaires_accueil),
            ];
            for (key, value) in fields {
                map.insert(key.to_owned(), json!(value));
            }
            map.insert("latitude".into(), json!(lieu.latitude));
            map.insert("longitude".into(), json!(lieu.longitude));
        }
        self
    }
}

/// The producer: the original one for imported rows, the catalogue's for the documents'.
fn source<'a>(origine: &'a Option<super::Provenance>, producteur: &'a str) -> &'a str {
    origine.as_ref().map_or(producteur, |o| o.source.as_str())
}

fn non_empty(values: &[String]) -> Value {
    if values.is_empty() {
        Value::Null
    } else {
        json!(values)
    }
}
