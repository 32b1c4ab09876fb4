//! Semantic checks on an assembled catalogue: vocabularies, references, codes, dates, provenance.

use super::citation::Citation;
use super::date::Date;
use super::model::*;
use super::regles::{Condition, FormeQuestion, NatureRegle, Question, Regle};
use super::{Catalogue, Diagnostic};
use crate::langue::Langue;
use crate::text::caractere_trompeur;
use std::collections::{BTreeSet, HashMap, HashSet};

/// Checks the whole catalogue. `today` enables the "date in the future" rule.
pub fn validate(catalogue: &Catalogue, today: Option<Date>) -> Vec<Diagnostic> {
    let mut v = Validator { out: Vec::new(), today };
    v.meta(catalogue);
    let structure_ids =
        v.unique_ids("structure", catalogue.structures.iter().map(|s| (s.id.as_str(), s.fichier.as_str())));
    v.unique_ids("service", catalogue.services.iter().map(|s| (s.id.as_str(), s.fichier.as_str())));
    v.unique_ids("terme", catalogue.glossaire.iter().map(|t| (t.sigle.as_str(), t.fichier.as_str())));
    for s in &catalogue.structures {
        v.structure(catalogue, s);
    }
    for s in &catalogue.services {
        v.service(catalogue, s, &structure_ids);
    }
    for t in &catalogue.glossaire {
        let at = At { fichier: &t.fichier, id: &t.sigle };
        v.non_empty(at, "developpe", &t.developpe);
        v.citations(at, "source", &t.source, true);
    }
    v.geography(catalogue);
    v.unique_ids("règle", catalogue.regles.iter().map(|r| (r.id.as_str(), r.fichier.as_str())));
    for r in &catalogue.regles {
        v.regle(catalogue, r);
    }
    v.questions(catalogue);
    v.correspondances(catalogue);
    v.lexique(catalogue);
    v.out
}

#[cfg(feature = "native")]
/// What `check` reports without refusing the catalogue: imported values shown as written
/// (opening hours the parser cannot read).
pub fn remarques(catalogue: &Catalogue) -> Vec<Diagnostic> {
    let contacts = catalogue
        .structures
        .iter()
        .map(|s| (&s.fichier, &s.id, &s.contact))
        .chain(catalogue.services.iter().map(|s| (&s.fichier, &s.id, &s.contact)));
    contacts
        .filter_map(|(fichier, id, contact)| {
            let valeur = contact.horaires_accueil.as_deref()?;
            let erreur = super::horaires::depuis_osm(valeur).err()?;
            Some(Diagnostic {
                fichier: fichier.clone(),
                ligne: None,
                entree: Some(id.clone()),
                champ: Some("horaires_accueil".into()),
                message: format!(
                    "horaires « {} » illisibles : {} ; affichés tels quels (corrigez-les dans corrections.toml)",
                    court(valeur),
                    erreur
                ),
            })
        })
        .collect()
}

#[derive(Clone, Copy)]
struct At<'a> {
    fichier: &'a str,
    id: &'a str,
}

struct Validator {
    out: Vec<Diagnostic>,
    today: Option<Date>,
}

impl Validator {
    fn err(&mut self, at: At, champ: &str, message: impl Into<String>) {
        self.out.push(Diagnostic {
            fichier: at.fichier.to_owned(),
            ligne: None,
            entree: Some(at.id.to_owned()),
            champ: Some(champ.to_owned()),
            message: message.into(),
        });
    }

    fn meta(&mut self, c: &Catalogue) {
        let at = At { fichier: "catalogue.toml", id: "catalogue" };
        let version_ok = c.meta.version.split('.').count() == 3
            && c.meta.version.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if !version_ok {
            self.err(
                at,
                "version",
                format!("version « {} » : forme attendue MAJEURE.MINEURE.CORRECTIF", c.meta.version),
            );
        }
        self.date(at, "date", &c.meta.date);
        if let Some(id) = &c.meta.contact_general {
            if c.structure(id).is_none() {
                self.err(at, "contact_general", format!("la structure « {id} » n'existe pas dans le catalogue"));
            }
        }
    }

    fn unique_ids<'a>(&mut self, kind: &str, ids: impl Iterator<Item = (&'a str, &'a str)>) -> HashSet<&'a str> {
        let mut seen: HashMap<&str, &str> = HashMap::new();
        for (id, fichier) in ids {
            if let Some(first) = seen.insert(id, fichier) {
                let at = At { fichier, id };
                self.err(at, "id", format!("identifiant de {kind} en double (déjà utilisé dans {first})"));
            }
            // Imported rows keep their data·inclusion identifiers (`dora--42`, `france-travail--…`).
            let importe = fichier.starts_with(super::fichiers::IMPORTS_DIR);
            if kind != "terme" && !importe && !is_slug(id) {
                self.err(
                    At { fichier, id },
                    "id",
                    "identifiant : lettres minuscules sans accent, chiffres et tirets seulement",
                );
            }
        }
        seen.into_keys().collect()
    }

    fn structure(&mut self, c: &Catalogue, s: &Structure) {
        let at = At { fichier: &s.fichier, id: &s.id };
        let documents = s.origine.is_none();
        self.nom(at, &s.nom);
        // data·inclusion makes a structure's description optional.
        if documents {
            self.non_empty(at, "description", &s.description);
        }
        self.texte_visible(at, "description", &s.description);
        for r in &s.reseaux_porteurs {
            self.vocab(c, at, "reseaux_porteurs", r);
        }
        self.lieu(c, at, &s.lieu, documents);
        self.contact(at, &s.contact);
        self.lien_web(at, "lien_source", s.origine.as_ref().and_then(|o| o.lien_source.as_deref()));
        self.date(at, "date_maj", &s.date_maj);
        self.citations(at, "source", &s.source, documents);
        if documents {
            self.statut_et_periode(c, at, s.statut, &s.source);
        }
    }

    fn service(&mut self, c: &Catalogue, s: &Service, structure_ids: &HashSet<&str>) {
        let at = At { fichier: &s.fichier, id: &s.id };
        self.nom(at, &s.nom);
        self.non_empty(at, "description", &s.description);
        self.texte_visible(at, "description", &s.description);
        if !structure_ids.contains(s.structure_id.as_str()) {
            self.err(at, "structure_id", format!("la structure « {} » n'existe pas dans le catalogue", s.structure_id));
        }
        let documents = s.origine.is_none();
        // data·inclusion makes a service's type optional.
        if documents || !s.type_service.is_empty() {
            self.vocab(c, at, "type", &s.type_service);
        }
        self.lien_web(at, "lien_mobilisation", s.lien_mobilisation.as_deref());
        self.lien_web(at, "lien_source", s.origine.as_ref().and_then(|o| o.lien_source.as_deref()));
        if s.publics.len() > 1 && s.publics.iter().any(|p| p == "tous-publics") {
            self.err(
                at,
                "publics",
                "« tous-publics » ne peut pas être utilisé avec d'autres publics (schéma data·inclusion)",
            );
        }
        let lists: [(&str, &Vec<String>); 5] = [
            ("thematiques", &s.thematiques),
            ("publics", &s.publics),
            ("modes_accueil", &s.modes_accueil),
            ("modes_mobilisation", &s.modes_mobilisation),
            ("mobilisable_par", &s.mobilisable_par),
        ];
        for (field, values) in lists {
            for value in values {
                self.vocab(c, at, field, value);
            }
        }
        if let Some(frais) = &s.frais {
            self.vocab(c, at, "frais", frais);
        }
        if let (Some(min), Some(max)) = (s.eligibilite.age_min, s.eligibilite.age_max) {
            if min > max {
                self.err(at, "eligibilite.age_min", format!("âge minimum {min} supérieur à l'âge maximum {max}"));
            }
        }
        if s.eligibilite.residence_requise && s.zone_eligibilite.is_empty() {
            self.err(at, "zone_eligibilite", "residence_requise sans zone_eligibilite");
        }
        self.lieu(c, at, &s.lieu, documents);
        self.contact(at, &s.contact);
        self.date(at, "date_maj", &s.date_maj);
        self.citations(at, "source", &s.source, documents);
        if documents {
            self.statut_et_periode(c, at, s.statut, &s.source);
        }
    }

    /// Statut et période: an entry is said to exist today (`en_service`) or to be coming
    /// (`prevu`) only if its newest source says so in time.
    /// - `en_service` and `prevu` need a newest source that no later document on the same
    ///   territory follows (`SeedDocument::suivi_par`): what only the 2011-2014 PDIE or the
    ///   2005-2009 convention describe, and the 2016-2020 PPIE does not repeat, is `a_verifier`
    ///   (or `termine` when a document says it ended).
    /// - `prevu` needs a newest source whose period has not ended by the catalogue's date: an
    ///   announcement whose period is over and that nothing confirmed is `a_verifier`.
    ///
    /// Imported rows carry their own dates and are not concerned.
    fn statut_et_periode(&mut self, c: &Catalogue, at: At, statut: super::vocab::Statut, source: &[String]) {
        use super::vocab::Statut;
        if !matches!(statut, Statut::EnService | Statut::Prevu) {
            return;
        }
        let Some(doc) = super::citation::la_plus_recente(source) else { return };
        if let Some(suivant) = doc.suivi_par() {
            let message = format!(
                "statut « {} » : la source la plus récente, « {} » ({}), s'arrête avant la période de « {} » ({}), qui ne confirme pas l'entrée ; statut « a_verifier » (ou « termine » si un document dit qu'elle a pris fin)",
                statut.code(),
                doc.titre,
                doc.periode(),
                suivant.titre,
                suivant.periode()
            );
            self.err(at, "statut", message);
            return;
        }
        let annee_catalogue = Date::parse(&c.meta.date).map(|d| d.annee);
        if statut == Statut::Prevu && annee_catalogue.is_some_and(|a| doc.fin < a) {
            let message = format!(
                "statut « prevu » : annoncé par « {} », dont la période ({}) est finie à la date du catalogue, et confirmé par aucun document plus récent ; statut « a_verifier »",
                doc.titre,
                doc.periode()
            );
            self.err(at, "statut", message);
        }
    }

    fn nom(&mut self, at: At, nom: &str) {
        self.texte_visible(at, "nom", nom);
        let len = nom.chars().count();
        if !(3..=150).contains(&len) {
            self.err(at, "nom", format!("le nom doit compter de 3 à 150 caractères (il en a {len})"));
        } else if nom.ends_with('.') && !nom.ends_with("etc.") {
            self.err(at, "nom", "le nom ne doit pas finir par un point");
        }
    }

    /// Text shown to people holds no invisible or direction-changing character: they can make a
    /// name look like another, or reorder the words around it.
    fn texte_visible(&mut self, at: At, champ: &str, texte: &str) {
        if let Some(c) = texte.chars().find(|c| caractere_trompeur(*c)) {
            let message =
                format!("caractère invisible ou qui change le sens de l'écriture (U+{:04X}) interdit", c as u32);
            self.err(at, champ, message);
        }
    }

    fn non_empty(&mut self, at: At, champ: &str, value: &str) {
        if value.trim().chars().count() < 5 {
            self.err(at, champ, "champ obligatoire vide ou trop court");
        }
    }

    fn vocab(&mut self, c: &Catalogue, at: At, field: &str, value: &str) {
        if !c.vocabulaire.contains(field, value) {
            self.err(at, field, format!("valeur inconnue « {value} » (vocabulaire data·inclusion « {field} »)"));
        }
    }

    fn date(&mut self, at: At, champ: &str, value: &str) {
        match Date::parse(value) {
            None => self.err(at, champ, format!("date « {value} » : forme attendue AAAA-MM-JJ")),
            Some(d) if self.today.is_some_and(|t| d > t) => {
                self.err(at, champ, format!("date « {value} » dans le futur"))
            }
            Some(_) => {}
        }
    }

    fn citations(&mut self, at: At, champ: &str, citations: &[String], required: bool) {
        if required && citations.is_empty() {
            self.err(at, champ, "source absente : citez le document et ses lignes (FICHIER:DEBUT-FIN)");
        }
        for c in citations {
            if let Err(e) = Citation::parse(c) {
                self.err(at, champ, e);
            }
        }
    }

    /// `documents`: the documents' entries name arrondissements; imported addresses may carry
    /// other Paris codes (CEDEX, 75056), which the schema allows.
    fn lieu(&mut self, c: &Catalogue, at: At, lieu: &Lieu, documents: bool) {
        if let (Some(lat), Some(lon)) = (lieu.latitude, lieu.longitude) {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                self.err(at, "latitude", format!("coordonnées ({lat}, {lon}) hors de la Terre"));
            }
        }
        if let Some(cp) = &lieu.code_postal {
            let paris = documents && (lieu.departement.as_deref() == Some("75") || cp.starts_with("75"));
            let valid = cp.len() == 5 && cp.bytes().all(|b| b.is_ascii_digit());
            if !valid {
                self.err(at, "code_postal", format!("code postal « {cp} » : cinq chiffres attendus"));
            } else if paris && !c.arrondissements.iter().any(|a| a.codes_postaux.contains(cp)) {
                self.err(
                    at,
                    "code_postal",
                    format!("code postal « {cp} » : pas un code d'arrondissement de Paris (75001 à 75020, 75116)"),
                );
            }
        }
        if let Some(insee) = &lieu.code_insee {
            let valid = insee.len() == 5 && insee.bytes().all(|b| b.is_ascii_alphanumeric());
            if !valid {
                self.err(at, "code_insee", format!("code INSEE « {insee} » : cinq caractères attendus"));
            } else if documents
                && insee.starts_with("75")
                && insee != "75056"
                && !c.arrondissements.iter().any(|a| &a.code_insee == insee)
            {
                self.err(
                    at,
                    "code_insee",
                    format!("code INSEE « {insee} » : ni Paris (75056) ni un arrondissement (75101 à 75120)"),
                );
            }
        }
        for n in &lieu.arrondissements {
            if !(1..=20).contains(n) {
                self.err(at, "arrondissements", format!("arrondissement {n} : Paris en compte 20"));
            }
        }
        for code in &lieu.communes {
            if !c.communes.iter().any(|k| &k.code_insee == code) {
                self.err(at, "communes", format!("commune « {code} » absente de la géographie du catalogue"));
            }
        }
    }

    /// A link the interface may make clickable: `javascript:`, `data:`… are refused.
    fn lien_web(&mut self, at: At, champ: &str, lien: Option<&str>) {
        if let Some(lien) = lien.filter(|l| !adresse_web(l)) {
            let message = format!(
                "adresse web « {} » refusée : seules les adresses http:// et https:// sont admises",
                court(lien)
            );
            self.err(at, champ, message);
        }
    }

    fn contact(&mut self, at: At, contact: &Contact) {
        let fields: Vec<&str> = contact.sourced_fields().map(|(name, _)| name).collect();
        if !fields.is_empty() && contact.contact_source.is_empty() && contact.provenance.is_none() {
            for name in fields {
                self.err(at, name, "coordonnée sans source : les documents ne donnent ni adresse, ni téléphone, ni horaires ; citez la ligne dans contact_source ou retirez-la");
            }
        }
        self.citations(at, "contact_source", &contact.contact_source, false);
        self.lien_web(at, "site_web", contact.site_web.as_deref());
        if let Some(courriel) = &contact.courriel {
            if !adresse_courriel(courriel) {
                self.err(
                    at,
                    "courriel",
                    format!("adresse électronique « {} » illisible (forme attendue : nom@domaine)", court(courriel)),
                );
            }
        }
        if let Some(tel) = &contact.telephone {
            if !tel.chars().any(|c| c.is_ascii_digit())
                || !tel.chars().all(|c| c.is_ascii_digit() || " +.-()".contains(c))
            {
                self.err(
                    at,
                    "telephone",
                    format!("numéro « {} » illisible : chiffres, espaces, + . - ( ) seulement", court(tel)),
                );
            }
        }
    }

    fn correspondances(&mut self, c: &Catalogue) {
        self.unique_ids("correspondance", c.correspondances.iter().map(|k| (k.id.as_str(), k.fichier.as_str())));
        for k in &c.correspondances {
            let at = At { fichier: &k.fichier, id: &k.id };
            let cibles = [k.frein.is_some(), k.projet.is_some(), k.situation.is_some()];
            if cibles.iter().filter(|x| **x).count() != 1 {
                self.err(at, "frein", "une correspondance nomme un seul frein, projet ou situation");
            }
            if k.thematiques.is_empty() && k.publics.is_empty() {
                self.err(at, "thematiques", "une correspondance nomme au moins une thématique ou un public");
            }
            for t in &k.thematiques {
                if !c.vocabulaire.contains("thematiques", t) {
                    self.err(
                        at,
                        "thematiques",
                        format!("valeur inconnue « {t} » (vocabulaire data·inclusion « thematiques »)"),
                    );
                }
            }
            for p in &k.publics {
                if !c.vocabulaire.contains("publics", p) {
                    self.err(
                        at,
                        "publics",
                        format!("valeur inconnue « {p} » (vocabulaire data·inclusion « publics »)"),
                    );
                }
            }
            self.citations(at, "source", &k.source, true);
        }
    }

    /// The search lexicon: each expression once, thématiques that exist, words that lead somewhere.
    fn lexique(&mut self, c: &Catalogue) {
        use crate::search::{cle, Index};
        self.unique_ids("mot", c.lexique.iter().map(|m| (m.id.as_str(), m.fichier.as_str())));
        let index = (!c.lexique.is_empty()).then(|| Index::new(c));
        let mut vues: HashMap<String, &str> = HashMap::new();
        for m in &c.lexique {
            let at = At { fichier: &m.fichier, id: &m.id };
            if m.dit.is_empty() {
                self.err(at, "dit", "une entrée du lexique donne au moins une façon de le dire");
            }
            if m.cherche.is_empty() && m.thematiques.is_empty() {
                self.err(at, "cherche", "une entrée du lexique nomme au moins des mots (cherche) ou une thématique");
            }
            for dit in &m.dit {
                let key = cle(dit);
                if key.is_empty() {
                    self.err(at, "dit", format!("« {dit} » : que des petits mots, que la recherche ne lit pas"));
                } else if key.split(' ').count() > 3 {
                    self.err(at, "dit", format!("« {dit} » : trois mots au plus (hors petits mots)"));
                } else if let Some(autre) = vues.insert(key, &m.id).filter(|autre| *autre != m.id) {
                    self.err(at, "dit", format!("« {dit} » est déjà dans l'entrée « {autre} »"));
                }
            }
            for t in &m.thematiques {
                let famille = format!("{t}--");
                if !c.vocabulaire.thematiques.iter().any(|v| v.value == *t || v.value.starts_with(&famille)) {
                    self.err(
                        at,
                        "thematiques",
                        format!("valeur inconnue « {t} » (thématique ou famille du vocabulaire data·inclusion)"),
                    );
                }
            }
            for p in &m.cherche {
                if index.as_ref().is_some_and(|i| !i.mene_a(p)) {
                    self.err(at, "cherche", format!("« {p} » : aucune entrée du catalogue ne contient ces mots"));
                }
            }
        }
    }

    fn regle(&mut self, c: &Catalogue, r: &Regle) {
        let at = At { fichier: &r.fichier, id: &r.id };
        self.non_empty(at, "raison", &r.raison);
        self.traductions_regle(at, r);
        self.citations(at, "source", &r.source, true);
        match r.nature {
            NatureRegle::Parcours if r.parcours.is_none() => {
                self.err(at, "parcours", "une règle de parcours doit nommer le parcours")
            }
            NatureRegle::PointEntree
                if r.structure_id.is_none()
                    && r.service_id.is_none()
                    && r.structures_du_departement.is_none()
                    && r.structures_de_la_region.is_none() =>
            {
                self.err(
                    at,
                    "structure_id",
                    "un point d'entrée doit nommer une structure (structure_id), un service (service_id) ou une sorte de structure du département ou de la région (structures_du_departement, structures_de_la_region)",
                )
            }
            _ => {}
        }
        if let Some(id) = &r.structure_id {
            if c.structure(id).is_none() {
                self.err(at, "structure_id", format!("la structure « {id} » n'existe pas dans le catalogue"));
            }
        }
        if let Some(id) = &r.service_id {
            if c.service(id).is_none() {
                self.err(at, "service_id", format!("le service « {id} » n'existe pas dans le catalogue"));
            }
        }
        self.secteur(c, at, r);
        self.condition(c, at, &r.si);
    }

    /// An entry point for some arrondissements that names a structure covering arrondissements
    /// (an EPI and its sector) must list exactly those: the sector is written in both places.
    fn secteur(&mut self, c: &Catalogue, at: At, r: &Regle) {
        if r.nature != NatureRegle::PointEntree || r.si.arrondissements.is_empty() {
            return;
        }
        let Some(s) = r.structure_id.as_deref().and_then(|id| c.structure(id)) else { return };
        if s.lieu.arrondissements.is_empty() {
            return;
        }
        let trie = |v: &[u8]| {
            let mut v = v.to_vec();
            v.sort_unstable();
            v.dedup();
            v
        };
        let (regle, structure) = (trie(&r.si.arrondissements), trie(&s.lieu.arrondissements));
        if regle != structure {
            self.err(
                at,
                "si.arrondissements",
                format!(
                    "arrondissements {regle:?} différents de ceux de la structure « {} » ({structure:?}, dans {})",
                    s.id, s.fichier
                ),
            );
        }
    }

    fn condition(&mut self, c: &Catalogue, at: At, cond: &Condition) {
        for n in &cond.arrondissements {
            if !(1..=20).contains(n) {
                self.err(at, "si.arrondissements", format!("arrondissement {n} : Paris en compte 20"));
            }
        }
        for code in &cond.communes {
            if !c.communes.iter().any(|k| &k.code_insee == code) {
                self.err(at, "si.communes", format!("commune « {code} » absente de la géographie du catalogue"));
            }
        }
        if let (Some(min), Some(max)) = (cond.age_min, cond.age_max) {
            if min > max {
                self.err(at, "si.age_min", format!("âge minimum {min} supérieur à l'âge maximum {max}"));
            }
        }
        for sub in &cond.ou {
            self.condition(c, at, sub);
        }
    }

    fn questions(&mut self, c: &Catalogue) {
        let mut ordres = HashSet::new();
        for q in &c.questions {
            let at = At { fichier: &q.fichier, id: q.champ.nom() };
            if !ordres.insert(q.ordre) {
                self.err(at, "ordre", format!("ordre {} déjà utilisé", q.ordre));
            }
            if q.forme != q.champ.forme() {
                self.err(
                    at,
                    "forme",
                    format!(
                        "forme « {} » : le champ {} attend la forme « {} »",
                        nom_forme(q.forme),
                        q.champ,
                        nom_forme(q.champ.forme())
                    ),
                );
            }
            let allowed = q.champ.valeurs();
            for o in &q.options {
                if !allowed.contains(&o.as_str()) {
                    self.err(
                        at,
                        "options",
                        format!("option « {o} » inconnue pour {} (admises : {})", q.champ, allowed.join(", ")),
                    );
                }
            }
            let choice = matches!(q.forme, FormeQuestion::ChoixUnique | FormeQuestion::ChoixMultiple);
            if choice && q.options.is_empty() {
                self.err(at, "options", "une question à choix doit lister ses options");
            }
            self.non_empty(at, "intitule", &q.intitule);
            self.traductions_question(at, q);
            if let Some(cond) = &q.afficher_si {
                self.condition(c, at, cond);
            }
        }
    }

    fn geography(&mut self, c: &Catalogue) {
        let mut numeros: Vec<u8> = c.arrondissements.iter().map(|a| a.numero).collect();
        numeros.sort_unstable();
        if numeros != (1..=20).collect::<Vec<u8>>() {
            self.out.push(Diagnostic::general(
                "la géographie doit décrire les 20 arrondissements de Paris, une fois chacun",
            ));
        }
        for a in &c.arrondissements {
            let id = a.numero.to_string();
            let at = At { fichier: "geographie.toml", id: &id };
            if a.code_insee != format!("751{:02}", a.numero) {
                self.err(at, "code_insee", format!("l'arrondissement {} a le code INSEE 751{:02}", a.numero, a.numero));
            }
            if !in_paris(a.latitude, a.longitude) {
                self.err(at, "latitude", "centre hors de Paris");
            }
        }
    }
}

/// A form as the questionnaire writes it.
fn nom_forme(f: FormeQuestion) -> &'static str {
    match f {
        FormeQuestion::CodePostal => "code_postal",
        FormeQuestion::Nombre => "nombre",
        FormeQuestion::OuiNon => "oui_non",
        FormeQuestion::ChoixUnique => "choix_unique",
        FormeQuestion::ChoixMultiple => "choix_multiple",
    }
}

/// A web address the interface may make clickable: http or https, nothing else (`javascript:`,
/// `data:`… run code or hide content), and no space or control character.
pub fn adresse_web(url: &str) -> bool {
    let reste = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let hote = |r: &str| r.split(['/', '?', '#']).next().is_some_and(|h| !h.is_empty());
    reste.is_some_and(|r| hote(r) && !r.chars().any(|c| c.is_whitespace() || c.is_control()))
}

pub fn adresse_courriel(courriel: &str) -> bool {
    let Some((nom, domaine)) = courriel.split_once('@') else { return false };
    !nom.is_empty()
        && domaine.contains('.')
        && !courriel.chars().any(|c| c.is_whitespace() || c.is_control() || "?&:/\\<>\"'".contains(c))
        && !domaine.contains('@')
}

/// A value quoted in a message, cut to a readable length.
fn court(s: &str) -> String {
    crate::text::abrege(s, 40)
}

fn in_paris(lat: f64, lon: f64) -> bool {
    (48.80..=48.91).contains(&lat) && (2.22..=2.47).contains(&lon)
}

/// Lowercase ASCII letters, digits and single dashes: safe in a URL fragment.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

// ---- Translations of the catalogue texts ----

impl Validator {
    /// Every text in every language: a reader never meets French in the middle of another language.
    fn traductions_question(&mut self, at: At, q: &Question) {
        for langue in TRADUCTIONS {
            let code = langue.code();
            let Some(t) = q.traduction(langue) else {
                let message = format!("traduction {} manquante ({code} = {{ intitule, aide, pourquoi }})", nom(langue));
                self.err(at, code, message);
                continue;
            };
            self.non_empty(at, &format!("{code}.intitule"), &t.intitule);
            self.non_empty(at, &format!("{code}.pourquoi"), &t.pourquoi);
            match (&q.aide, &t.aide) {
                (Some(_), None) | (None, Some(_)) => self.err(
                    at,
                    &format!("{code}.aide"),
                    format!(
                        "l'aide n'existe que dans certaines langues (français : {}, {} : {})",
                        oui(&q.aide),
                        nom(langue),
                        oui(&t.aide)
                    ),
                ),
                (Some(_), Some(aide)) => self.non_empty(at, &format!("{code}.aide"), aide),
                (None, None) => {}
            }
        }
    }

    /// A rule's reason in every language, with the placeholders the engine fills in French.
    fn traductions_regle(&mut self, at: At, r: &Regle) {
        let attendus = emplacements(&r.raison);
        for langue in TRADUCTIONS {
            let code = langue.code();
            let Some(t) = r.traduction(langue) else {
                self.err(at, code, format!("traduction {} manquante ({code} = {{ raison = \"…\" }})", nom(langue)));
                continue;
            };
            let champ = format!("{code}.raison");
            self.non_empty(at, &champ, &t.raison);
            let trouves = emplacements(&t.raison);
            if trouves != attendus {
                let message = format!(
                    "emplacements de la traduction {} ({}) différents de ceux du français ({})",
                    nom(langue),
                    liste(&trouves),
                    liste(&attendus)
                );
                self.err(at, &champ, message);
            }
        }
    }
}

/// The languages a catalogue text must be translated into (French is the text itself).
const TRADUCTIONS: [Langue; 2] = [Langue::En, Langue::Ar];

/// The language's name as an adjective, for messages.
fn nom(langue: Langue) -> &'static str {
    match langue {
        Langue::Fr => "française",
        Langue::En => "anglaise",
        Langue::Ar => "arabe",
    }
}

fn oui(texte: &Option<String>) -> &'static str {
    if texte.is_some() {
        "oui"
    } else {
        "non"
    }
}

/// The `{…}` placeholders of a text.
fn emplacements(texte: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut reste = texte;
    while let Some(debut) = reste.find('{') {
        let Some(fin) = reste[debut..].find('}') else { break };
        out.insert(&reste[debut..=debut + fin]);
        reste = &reste[debut + fin + 1..];
    }
    out
}

fn liste(emplacements: &BTreeSet<&str>) -> String {
    if emplacements.is_empty() {
        "aucun".to_owned()
    } else {
        emplacements.iter().copied().collect::<Vec<_>>().join(", ")
    }
}
