//! Interface languages. Every string of the interface lives in one typed table per language:
//! a string missing from a table is a compile error (natively, where every table is compiled).
//! French is compiled into the app; English and Arabic are **language packs** the build writes
//! beside the data packs (`catalog paquets`) and the app downloads when the person chooses that
//! language (`chargement::charger_langue`). Catalogue content (names, descriptions, reasons,
//! sources) stays in French and is marked `lang="fr"`. `dir` is set at the root, and the
//! stylesheet uses logical properties, so a right-to-left language can be added as a table.

pub use offre_insertion::langue::Langue;

/// The interface's words in a language.
pub trait Mots {
    fn textes(self) -> &'static Textes;
}

impl Mots for Langue {
    /// French until the language's pack has arrived (the interface switches only then).
    fn textes(self) -> &'static Textes {
        match self {
            Langue::Fr => &FR,
            #[cfg(not(target_arch = "wasm32"))]
            Langue::En => &EN,
            #[cfg(not(target_arch = "wasm32"))]
            Langue::Ar => &AR,
            #[cfg(target_arch = "wasm32")]
            l => charges::CHARGES[l as usize - 1].get().unwrap_or(&FR),
        }
    }
}

/// Whether the language's words are at hand (French always; the others once their pack is read).
pub fn disponible(langue: Langue) -> bool {
    #[cfg(target_arch = "wasm32")]
    return langue == Langue::Fr || charges::CHARGES[langue as usize - 1].get().is_some();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = langue;
        true
    }
}

/// Said in the language itself when its pack cannot be downloaded (the page stays in French):
/// the only words of that language the app carries.
pub fn langue_indisponible(langue: Langue) -> &'static str {
    match langue {
        Langue::Fr => "",
        Langue::En => "English could not be loaded (no connection?). The page stays in French.",
        Langue::Ar => "تعذّر تحميل العربية (لا يوجد اتصال؟). تبقى الصفحة بالفرنسية.",
    }
}

#[cfg(target_arch = "wasm32")]
mod charges {
    /// The tables read from the packs, English then Arabic: read once, kept for the visit.
    pub static CHARGES: [std::sync::OnceLock<super::Textes>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
}

/// Reads a language pack (as `paquet_langue` wrote it) and makes its table the language's.
#[cfg(target_arch = "wasm32")]
pub fn installer(langue: Langue, texte: String) -> Result<(), String> {
    let (table, libelles) = lire_paquet(langue, texte)?;
    if langue != Langue::Fr {
        offre_insertion::langue::installer_libelles(langue, libelles);
        let _ = charges::CHARGES[langue as usize - 1].set(table);
    }
    Ok(())
}

/// First line of a language pack: format, language and number of strings (one per line after;
/// then the vocabulary labels, a key and a tab before each).
fn entete(langue: Langue, n: usize) -> String {
    format!("offre-insertion-langue 1 {} {n}", langue.code())
}

/// Vocabulary labels by key (`Frein:sante`), as a language pack carries them.
pub type Libelles = Vec<(&'static str, &'static str)>;

/// A language pack's table and vocabulary labels. The text is kept for the visit (they point
/// into it).
pub fn lire_paquet(langue: Langue, texte: String) -> Result<(Textes, Libelles), String> {
    let texte: &'static str = Box::leak(texte.into_boxed_str());
    let lignes: Vec<&'static str> = texte.split('\n').collect();
    let erreur = |quoi: &str| format!("paquet de langue {} : {quoi}", langue.code());
    let valeurs = match lignes.split_first() {
        Some((premiere, reste)) if *premiere == entete(langue, Textes::NOMBRE) => {
            reste.strip_suffix(&[""]).unwrap_or(reste)
        }
        _ => return Err(erreur("en-tête inattendu")),
    };
    if valeurs.len() < Textes::NOMBRE {
        return Err(erreur("incomplet"));
    }
    let (valeurs, libelles) = valeurs.split_at(Textes::NOMBRE);
    let libelles = libelles
        .iter()
        .map(|l| l.split_once('\t'))
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| erreur("libellé illisible"))?;
    // French's table, each string replaced in order: no code per field beyond one call.
    let mut table = FR;
    let mut suivantes = valeurs.iter();
    table.remplacer(&mut |texte| *texte = suivantes.next().copied().unwrap_or_default());
    Ok((table, libelles))
}

/// The language pack of a table: its header, then each string on its own line.
#[cfg(not(target_arch = "wasm32"))]
pub fn paquet_langue(langue: Langue) -> String {
    let mut out = entete(langue, Textes::NOMBRE);
    langue.textes().visiter(&mut |nom, texte| {
        assert!(!texte.contains('\n'), "{nom} : un texte d'interface tient sur une ligne");
        out.push('\n');
        out.push_str(texte);
    });
    for (cle, libelle) in offre_insertion::catalogue::vocab::libelles_traduits(langue) {
        assert!(!libelle.contains(['\n', '\t']), "{cle} : un libellé tient sur une ligne");
        out.push('\n');
        out.push_str(cle);
        out.push('\t');
        out.push_str(libelle);
    }
    out.push('\n');
    out
}

/// A template of the interface: `{name}` placeholders, and for counts, variants separated by
/// `|`, each but the last chosen by `=K:` (the count is K) or `%A-B:` (its last two digits are
/// from A to B), so that each language writes its own plural forms (Arabic has a dual).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Modele(pub &'static str);

impl Modele {
    pub fn n(self, n: usize) -> String {
        self.n_avec(n, &[])
    }

    pub fn avec(self, valeurs: &[(&str, &str)]) -> String {
        self.n_avec(0, valeurs)
    }

    /// `{n}` is the count; the other placeholders are named in `valeurs`.
    pub fn n_avec(self, n: usize, valeurs: &[(&str, &str)]) -> String {
        let choisie = |v: &str| match v.split_once(':') {
            Some((s, _)) if s.starts_with('=') => Some(s[1..].parse() == Ok(n)),
            Some((s, _)) if s.starts_with('%') => Some(
                s[1..]
                    .split_once('-')
                    .and_then(|(a, b)| Some((a.parse().ok()?..=b.parse().ok()?).contains(&(n % 100))))
                    == Some(true),
            ),
            _ => None,
        };
        let variante = self.0.split('|').find_map(|v| match choisie(v) {
            Some(true) => v.split_once(':').map(|(_, t)| t),
            Some(false) => None,
            None => Some(v),
        });
        let mut out = String::new();
        let mut reste = variante.unwrap_or_default();
        while let Some((avant, apres)) = reste.split_once('{') {
            out.push_str(avant);
            let Some((nom, suite)) = apres.split_once('}') else {
                reste = apres;
                out.push('{');
                break;
            };
            match valeurs.iter().find(|(k, _)| *k == nom) {
                Some((_, v)) => out.push_str(v),
                None if nom == "n" => out.push_str(&n.to_string()),
                None => {
                    out.push('{');
                    out.push_str(nom);
                    out.push('}');
                }
            }
            reste = suite;
        }
        out.push_str(reste);
        out
    }
}

/// « Paris 19e », « Paris : 10e, 19e » in the language.
pub fn paris_arrondissements(langue: Langue, arrondissements: &[u8]) -> String {
    let t = langue.textes();
    let liste: Vec<String> = arrondissements.iter().map(|n| crate::phrases::ordinal(*n, langue)).collect();
    t.paris_arrondissements.n_avec(arrondissements.len(), &[("a", &liste.join(t.virgule))])
}

/// One field of a table: how many strings it holds, replaced and visited in a fixed order.
trait Champ {
    const NOMBRE: usize;
    fn remplacer(&mut self, f: &mut dyn FnMut(&mut &'static str));
    #[cfg(not(target_arch = "wasm32"))]
    fn visiter(&self, nom: &str, f: &mut dyn FnMut(&str, &'static str));
}

impl Champ for &'static str {
    const NOMBRE: usize = 1;
    fn remplacer(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        f(self);
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn visiter(&self, nom: &str, f: &mut dyn FnMut(&str, &'static str)) {
        f(nom, self);
    }
}

impl Champ for Modele {
    const NOMBRE: usize = 1;
    fn remplacer(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        f(&mut self.0);
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn visiter(&self, nom: &str, f: &mut dyn FnMut(&str, &'static str)) {
        f(nom, self.0);
    }
}

impl<A: Champ, B: Champ> Champ for (A, B) {
    const NOMBRE: usize = A::NOMBRE + B::NOMBRE;
    fn remplacer(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        self.0.remplacer(f);
        self.1.remplacer(f);
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn visiter(&self, nom: &str, f: &mut dyn FnMut(&str, &'static str)) {
        self.0.visiter(nom, f);
        self.1.visiter(nom, f);
    }
}

impl<A: Champ, B: Champ, C: Champ> Champ for (A, B, C) {
    const NOMBRE: usize = A::NOMBRE + B::NOMBRE + C::NOMBRE;
    fn remplacer(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        self.0.remplacer(f);
        self.1.remplacer(f);
        self.2.remplacer(f);
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn visiter(&self, nom: &str, f: &mut dyn FnMut(&str, &'static str)) {
        self.0.visiter(nom, f);
        self.1.visiter(nom, f);
        self.2.visiter(nom, f);
    }
}

impl<T: Champ, const N: usize> Champ for [T; N] {
    const NOMBRE: usize = T::NOMBRE * N;
    fn remplacer(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
        for x in self {
            x.remplacer(f);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn visiter(&self, nom: &str, f: &mut dyn FnMut(&str, &'static str)) {
        for x in self {
            x.visiter(nom, f);
        }
    }
}

/// The table's type, with what replaces its strings (reading a pack) and visits them with
/// their fields' names (writing a pack, the tests comparing the languages).
macro_rules! textes {
    ($($(#[$doc:meta])* pub $champ:ident: $type:ty,)*) => {
        /// All the interface's words.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct Textes {
            $($(#[$doc])* pub $champ: $type,)*
        }

        impl Textes {
            const NOMBRE: usize = 0 $(+ <$type as Champ>::NOMBRE)*;

            /// Not inlined: each field costs one indirect call, not a copy of the caller's code.
            #[inline(never)]
            fn remplacer(&mut self, f: &mut dyn FnMut(&mut &'static str)) {
                $(self.$champ.remplacer(f);)*
            }

            /// Each string with its field's name, in the pack's order.
            #[cfg(not(target_arch = "wasm32"))]
            pub fn visiter(&self, f: &mut dyn FnMut(&str, &'static str)) {
                $(self.$champ.visiter(stringify!($champ), f);)*
            }
        }
    };
}

textes! {
    // Frame
    pub aller_au_contenu: &'static str,
    pub titre_site: &'static str,
    pub sous_titre: &'static str,
    pub menu_principal: &'static str,
    /// The button that opens the menu on a phone.
    pub menu: &'static str,
    pub nav_accueil: &'static str,
    pub nav_catalogue: &'static str,
    pub nav_questionnaire: &'static str,
    pub nav_plan: &'static str,
    pub nav_glossaire: &'static str,
    pub nav_a_propos: &'static str,
    pub nav_selection: Modele,
    pub mode_pro: &'static str,
    /// Name of the group of language buttons (each is named in its own language).
    pub choix_langue: &'static str,
    pub memoriser_langue: &'static str,
    /// Said beside the « remember » boxes when the browser does not let the app keep anything.
    pub stockage_indisponible: &'static str,
    pub pied_confidentialite: &'static str,
    pub en_savoir_plus: &'static str,
    pub version_catalogue: Modele,
    /// The message when the stored selection could not be read.
    pub selection_illisible: &'static str,
    /// The screen shown if the app ever crashes: title, text, reload button.
    pub erreur_fatale: (&'static str, &'static str, &'static str),
    // Home
    pub accueil_titre: &'static str,
    pub accueil_chapeau: &'static str,
    pub recherche_label: &'static str,
    pub recherche_exemple: &'static str,
    pub rechercher: &'static str,
    pub par_ou_commencer: &'static str,
    pub portes: [(&'static str, &'static str); 6],
    pub questionnaire_cta: &'static str,
    pub questionnaire_duree: &'static str,
    // Catalogue
    pub catalogue_titre: &'static str,
    pub catalogue_recherche_label: &'static str,
    pub filtrer: &'static str,
    /// Labels of the topics offered as filters (same order as `pages::catalogue::THEMATIQUES`).
    pub thematiques: [&'static str; 14],
    /// Paris (75), Val-de-Marne (94).
    pub departements: [&'static str; 2],
    /// The département filter's default: the territory in use and the national services.
    pub territoire_defaut: Modele,
    pub tous_territoires: &'static str,
    /// Said above the list when it shows the territory in use only.
    pub territoire_affiche: Modele,
    pub voir_tous_territoires: &'static str,
    /// Labels of the searches suggested when nothing is found (same order as the searches).
    pub suggestions: [&'static str; 6],
    pub filtre_theme: &'static str,
    pub filtre_public: &'static str,
    pub filtre_arrondissement: &'static str,
    pub filtre_departement: &'static str,
    pub filtre_frais: &'static str,
    pub filtre_accueil: &'static str,
    pub filtre_demarche: &'static str,
    pub tous: &'static str,
    pub gratuit: &'static str,
    pub payant: &'static str,
    pub sur_place: &'static str,
    pub a_distance: &'static str,
    pub la_personne: &'static str,
    pub un_professionnel: &'static str,
    pub inclure_termines: &'static str,
    pub effacer: &'static str,
    pub nb_resultats: Modele,
    /// Shown instead of « Aucun résultat » while a search has one or two letters.
    pub continuez_a_ecrire: &'static str,
    pub approchants: &'static str,
    pub recherche_comprise: &'static str,
    pub recherche_dans: &'static str,
    pub vide_essayez: &'static str,
    pub vide_questionnaire: &'static str,
    pub afficher_plus: Modele,
    // Cards and fiches
    pub a_environ_km: Modele,
    pub dans_votre_arrondissement: &'static str,
    pub dans_votre_commune: &'static str,
    pub a_moins_de_100_m: &'static str,
    pub conditions: &'static str,
    pub mobilisable_par: &'static str,
    pub ajouter_selection: &'static str,
    pub badge_prevu: &'static str,
    pub badge_termine: &'static str,
    /// « À vérifier : information de 2011 » (the year of the newest source, when known).
    pub badge_a_verifier: Modele,
    pub sources: &'static str,
    pub regle_d_orientation: &'static str,
    pub propose_par: &'static str,
    pub pour_qui: &'static str,
    pub conditions_acces: &'static str,
    pub non_precisees: &'static str,
    pub comment_acceder: &'static str,
    pub demarche_faite_par: Modele,
    pub ou: &'static str,
    pub reserve_habitants: &'static str,
    pub cout: &'static str,
    pub non_precise: &'static str,
    pub themes: &'static str,
    pub formation: &'static str,
    pub contact: &'static str,
    pub contact_inconnu: &'static str,
    /// Before a source document's title: what the fiche says and when it was true.
    pub d_apres: &'static str,
    /// The catalogue's own check date and version, said apart from the information's date.
    pub fiche_relue: Modele,
    pub signaler_erreur: &'static str,
    /// Subject of the error report mail, with the entry's name.
    pub sujet_signalement: Modele,
    /// Without a recipient for reports: whom to tell, around their name, before their phone or site.
    pub erreur_a_dire: (&'static str, &'static str),
    pub voir_aussi: &'static str,
    pub services_proposes: &'static str,
    pub type_structure: &'static str,
    pub porte_par: &'static str,
    pub autres_noms: &'static str,
    pub catalogue_fil: &'static str,
    pub lieu_non_precise: &'static str,
    pub paris_sans_arrondissement: &'static str,
    /// "Paris 19e", "Paris : 10e, 19e": `{a}` the ordinals, joined by `virgule`; `{n}` how many.
    pub paris_arrondissements: Modele,
    /// Between the items of a list (« 10e, 19e »).
    pub virgule: &'static str,
    pub departement: &'static str,
    pub personne_elle_meme: &'static str,
    pub professionnel: &'static str,
    // Questionnaire
    pub questionnaire_vide: &'static str,
    pub question_n_sur: Modele,
    pub suivant: &'static str,
    pub voir_resultats: &'static str,
    /// Ends the questionnaire before its last question.
    pub voir_resultats_maintenant: &'static str,
    pub passer: &'static str,
    pub precedent: &'static str,
    pub pourquoi_question: &'static str,
    pub lien_partiel: &'static str,
    pub label_age: &'static str,
    pub label_code_postal: &'static str,
    pub oui: &'static str,
    pub non: &'static str,
    pub aucune_difficulte: &'static str,
    pub aucune_situation: &'static str,
    // Results
    pub resultats_titre: &'static str,
    /// The heading (for screen readers) above the catalogue's list.
    pub resultats_liste: &'static str,
    pub feuille_de_route: &'static str,
    pub reponses_ignorees: &'static str,
    pub lieu_retenu: Modele,
    /// Before the communes a postal code serves, when it serves several.
    pub plusieurs_communes: &'static str,
    /// While France's communes are fetched, for a place the index does not know.
    pub recherche_commune: &'static str,
    pub votre_parcours: &'static str,
    /// Before the name of the probable parcours.
    pub probablement: &'static str,
    pub aucun_parcours: &'static str,
    pub parcours_a_preciser: &'static str,
    pub votre_premiere_etape: &'static str,
    pub autres_interlocuteurs: &'static str,
    /// A button that calls a number: « Appeler le 3975 ».
    pub appeler: Modele,
    /// After the general contact's number: what it gives (around its name).
    pub adresse_et_horaires: (&'static str, &'static str),
    pub voir_sur_une_carte: &'static str,
    pub site_internet: &'static str,
    pub demander_referent: &'static str,
    pub demander_a_la_mairie: &'static str,
    pub aucun_interlocuteur: &'static str,
    pub services_utiles: &'static str,
    pub peut_etre: &'static str,
    pub peut_etre_pourquoi: &'static str,
    pub repondre: &'static str,
    pub dites_nous: &'static str,
    pub pour_affiner: &'static str,
    pub reponses_preciseraient: &'static str,
    pub prochaines_etapes: &'static str,
    pub imprimer: &'static str,
    pub partager: &'static str,
    /// What a link with answers holds, before it is copied: the answers' names.
    pub partage_contenu: Modele,
    pub partage_prudence: &'static str,
    pub copier_services_seulement: &'static str,
    pub copier_avec_reponses: &'static str,
    pub modifier_reponses: &'static str,
    pub lien_copie: &'static str,
    /// The browser refused the clipboard: the link is still shown, to select by hand.
    pub lien_non_copie: &'static str,
    pub lien_a_partager: &'static str,
    pub avertissement_resultat: Modele,
    pub contenu_en_francais: &'static str,
    // Selection
    pub selection_titre: &'static str,
    pub selection_vide: &'static str,
    pub parcourir_catalogue: &'static str,
    pub comment: &'static str,
    pub imprimer_selection: &'static str,
    pub vider_selection: &'static str,
    pub retirer: &'static str,
    pub partager_selection: &'static str,
    /// A services-only link was copied.
    pub lien_services_copie: &'static str,
    pub services_pour_vous: &'static str,
    pub services_pour_vous_intro: &'static str,
    pub services_inconnus: Modele,
    pub lien_sans_service: &'static str,
    pub ajouter_a_ma_selection: &'static str,
    pub garder_selection: &'static str,
    pub services_proposes_titre: &'static str,
    // Plan
    pub plan_titre: &'static str,
    pub plan_explication: &'static str,
    pub me_localiser: &'static str,
    pub position_locale: &'static str,
    pub recherche_position: &'static str,
    pub hors_paris: &'static str,
    pub position_indisponible: &'static str,
    pub pres_de_chez_moi: &'static str,
    pub aucune_adresse_proche: &'static str,
    pub tous_les_services_du: &'static str,
    pub liste_arrondissements: &'static str,
    pub arrondissement: Modele,
    // Glossary, about, not found
    pub glossaire_titre: &'static str,
    pub glossaire_intro: Modele,
    pub a_propos_titre: &'static str,
    pub vos_donnees: &'static str,
    pub vos_donnees_texte: &'static str,
    pub hors_ligne_titre: &'static str,
    /// What works offline after a visit, and what downloading everything adds.
    pub hors_ligne_texte: &'static str,
    pub hors_ligne_bouton: &'static str,
    /// Nothing is left to fetch: everything is kept after the visit.
    pub hors_ligne_deja: &'static str,
    /// `{n}` files of `{t}`.
    pub hors_ligne_progres: Modele,
    pub hors_ligne_fini: &'static str,
    /// `{n}` files of `{t}` could not be had.
    pub hors_ligne_echec: Modele,
    pub hors_ligne_impossible: &'static str,
    /// The catalogue's link to the download, for a large territory.
    pub hors_ligne_lien: &'static str,
    /// « Tous les territoires » searches the packs at hand; the `{n}` others come when chosen.
    pub autres_territoires_a_la_demande: Modele,
    pub le_catalogue: &'static str,
    pub catalogue_resume: Modele,
    pub catalogue_sources_texte: &'static str,
    pub entrees_illisibles: Modele,
    pub sources_titre: &'static str,
    pub vocabulaires: &'static str,
    pub journal: &'static str,
    pub application: &'static str,
    pub version_application: Modele,
    pub introuvable_titre: &'static str,
    pub introuvable_texte: (&'static str, &'static str),
    pub retour_accueil: &'static str,
    // Contact details, loading, new version
    pub adresse: &'static str,
    pub horaires: &'static str,
    pub source_coordonnees: &'static str,
    pub ouvrir_carte: &'static str,
    pub voir_osm: &'static str,
    pub fiche_d_origine: &'static str,
    pub ferme_minuscule: &'static str,
    pub ferme: &'static str,
    pub horaires_illisibles: &'static str,
    pub horaires_saisonniers: &'static str,
    pub ferme_jours_feries: &'static str,
    pub jours_feries: &'static str,
    pub horaires_semaine: &'static str,
    pub nouvelle_version: &'static str,
    pub recharger: &'static str,
    pub chargement_catalogue: &'static str,
    pub chargement_lent: &'static str,
    pub catalogue_echec_titre: &'static str,
    pub catalogue_echec_texte: &'static str,
    /// A screen of the complete program (`crate::programme`), while it downloads; if it fails.
    pub chargement_ecran: &'static str,
    pub ecran_echec_titre: &'static str,
    pub reessayer: &'static str,
    /// A large territory's fiche, while its whole description arrives (an excerpt shows).
    pub description_en_cours: &'static str,
    pub description_indisponible: &'static str,
    pub sans_application: &'static str,
    // Sentences of the engine's results (phrases.rs)
    /// A département known by its code only (« département 69 »).
    pub departement_code: Modele,
    /// Month names, for dates.
    pub mois: [&'static str; 12],
    /// « 22 novembre 2026 »: `{n}` the day, `{m}` the month, `{a}` the year.
    pub date: Modele,
    /// After a document's title: the line it cites.
    pub ligne: Modele,
    /// After a document's title: the lines it cites.
    pub lignes: Modele,
    /// An age inside a rule's reason.
    pub age_regle: Modele,
    /// Reasons: `{l}` the labels.
    pub raison_freins: Modele,
    pub raison_projet: Modele,
    pub raison_situations: Modele,
    /// `{l}` the benefits' codes, joined by `ou_bien`.
    pub raison_ressources: Modele,
    pub ou_bien: &'static str,
    pub raison_parcours: Modele,
    /// Before conditions to check.
    pub a_verifier: &'static str,
    pub a_verifier_reponses: &'static str,
    /// Why an entry comes after the confirmed ones.
    pub non_confirme_prevu: &'static str,
    pub non_confirme_annee: Modele,
    pub non_confirme_sans_date: &'static str,
    /// Age ranges, then the sentence that holds one (`{tranche}`).
    pub tranche_de_a: Modele,
    pub tranche_a_partir: Modele,
    pub tranche_jusqu_a: Modele,
    pub raison_age: Modele,
    /// Next steps.
    pub prendre_contact: &'static str,
    pub adresses_telephone_site: Modele,
    pub adresses_telephone: Modele,
    pub adresses_mairie: &'static str,
    // Answer warnings
    /// Answer warnings (avertissements.rs): `{c}` the field, `{t}` the problem.
    pub avertissement_champ: Modele,
    pub av_pas_un_objet: &'static str,
    /// Each says what to type instead: the questionnaire shows them beside the field.
    pub av_code_postal_mal_forme: Modele,
    pub av_code_postal_inconnu: Modele,
    pub av_hors_limites: Modele,
    pub av_nombre_attendu: Modele,
    pub av_oui_non_attendu: Modele,
    pub av_texte_attendu: Modele,
    pub av_liste_attendue: Modele,
    /// `{admises}` joined by `virgule`.
    pub av_valeur_inconnue: Modele,
    pub av_lien_trop_long: &'static str,
    pub av_morceau_illisible: Modele,
    // Contact details and opening hours (coordonnees.rs)
    /// Contact details: where imported details come from (`{maj}` their date, `{s}` the source, `{importe}` the import's date).
    pub provenance: Modele,
    pub score_qualite: Modele,
    /// Monday to Sunday.
    pub jours: [&'static str; 7],
    pub ouvert_ferme_a: Modele,
    pub aujourd_hui: &'static str,
    pub demain: &'static str,
    /// `{quand}` today, tomorrow or a day's name.
    pub ferme_ouvre: Modele,
    // The feuille de route (printed in the person's language) and its controls.
    pub feuille_titre: &'static str,
    pub feuille_date: &'static str,
    pub feuille_referent: &'static str,
    pub feuille_structure: &'static str,
    pub feuille_rendez_vous: &'static str,
    pub feuille_pourquoi: &'static str,
    pub feuille_choisi: &'static str,
    pub feuille_ou_quand: &'static str,
    pub feuille_horaires_inconnus: &'static str,
    pub feuille_horaires_tels_quels: &'static str,
    /// « demandez-les à … » / « … à votre conseiller ou à votre mairie ».
    pub feuille_coordonnees_inconnues: (&'static str, &'static str),
    pub feuille_feries: &'static str,
    pub feuille_a_verifier: &'static str,
    pub feuille_etape: &'static str,
    pub feuille_par_le_referent: &'static str,
    pub feuille_telephoner: &'static str,
    pub feuille_se_presenter: &'static str,
    pub feuille_en_ligne: &'static str,
    pub feuille_courriel: &'static str,
    pub feuille_se_renseigner: &'static str,
    pub feuille_qr: &'static str,
    pub feuille_aucun: &'static str,
    pub feuille_sujet: &'static str,
    /// The screen's controls (in the screen's language).
    pub feuille_langue_feuille: &'static str,
    pub feuille_imprimer: &'static str,
    pub feuille_csv: &'static str,
    pub feuille_preparer_courriel: &'static str,
    pub feuille_jamais_garde: &'static str,
    pub feuille_ouvrir: &'static str,
    /// The checklist of conditions.
    pub feuille_conditions_reponses: &'static str,
    pub feuille_constats: [&'static str; 3],
    /// « Avoir de {a} à {b} ans », « Avoir {a} ans ou plus », « Avoir {b} ans ou moins ».
    pub feuille_age_entre: Modele,
    pub feuille_age_min: Modele,
    pub feuille_age_max: Modele,
    pub feuille_ressources: &'static str,
    pub feuille_situations: &'static str,
    pub feuille_inscrit: [&'static str; 2],
    pub feuille_enfant: [&'static str; 2],
    pub feuille_habiter: &'static str,
}

pub static FR: Textes = Textes {
    aller_au_contenu: "Aller au contenu",
    titre_site: "Insertion Paris",
    sous_titre: "Offre de services et orientation",
    menu_principal: "Menu principal",
    menu: "Menu",
    nav_accueil: "Accueil",
    nav_catalogue: "Catalogue",
    nav_questionnaire: "Questionnaire",
    nav_plan: "Plan",
    nav_glossaire: "Glossaire",
    nav_a_propos: "À propos",
    nav_selection: Modele("Sélection ({n})"),
    mode_pro: "Mode professionnel",
    choix_langue: "Langue",
    memoriser_langue: "Se souvenir de la langue sur cet appareil",
    stockage_indisponible: "Votre navigateur ne permet pas de garder d'informations sur cet appareil : tout le reste fonctionne.",
    pied_confidentialite: "Aucune donnée ne quitte votre appareil. ",
    en_savoir_plus: "En savoir plus",
    version_catalogue: Modele("Catalogue version {v} du {d}"),
    selection_illisible: "La sélection enregistrée dans ce navigateur était illisible : elle a été effacée.",
    erreur_fatale: (
        "Une erreur est survenue",
        "L'application a rencontré un problème inattendu. Vos réponses sont conservées dans l'adresse de la page.",
        "Recharger la page",
    ),
    accueil_titre: "Trouver un accompagnement vers l'emploi à Paris",
    accueil_chapeau: "Les services d'insertion de Paris réunis en un seul endroit : qui peut vous aider, pour quoi, et par où commencer.",
    recherche_label: "Rechercher un service, un lieu, un sigle",
    recherche_exemple: "Ex. : garde d'enfants, PLIE, formation",
    rechercher: "Rechercher",
    par_ou_commencer: "Par où commencer ?",
    portes: [
        ("Je cherche un emploi", "Qui peut m'aider, près de chez moi."),
        ("Je perçois le RSA", "Mon Espace Parisien pour l'Insertion et mon référent."),
        ("J'ai moins de 26 ans", "La Mission Locale et les aides pour les jeunes."),
        ("Je veux me former", "Formations, français, numérique."),
        ("Je veux créer mon activité", "Accompagnement et financement."),
        ("Je suis professionnel·le", "Tout le catalogue, avec les conditions d'accès."),
    ],
    questionnaire_cta: "Répondre à quelques questions pour être orienté·e",
    questionnaire_duree: "Environ 10 questions, toutes facultatives. Vos réponses restent sur votre appareil.",
    catalogue_titre: "Catalogue des services",
    catalogue_recherche_label: "Rechercher un service, un lieu ou un sigle (PLIE, RSA…)",
    filtrer: "Filtrer",
    thematiques: [
        "Trouver un emploi",
        "Préparer sa candidature",
        "Choisir un métier",
        "Se former",
        "Créer une entreprise",
        "Reprendre confiance",
        "Santé",
        "Famille, garde d'enfants",
        "Logement, hébergement",
        "Mobilité",
        "Numérique",
        "Lire, écrire, compter",
        "Démarches et droits",
        "Budget, dettes",
    ],
    departements: ["Paris (75)", "Val-de-Marne (94)"],
    territoire_defaut: Modele("{d} et services nationaux"),
    tous_territoires: "Tous les territoires",
    territoire_affiche: Modele("Services de {d} et services nationaux. "),
    voir_tous_territoires: "Voir aussi les autres territoires",
    suggestions: ["emploi", "formation", "RSA", "jeunes", "santé", "numérique"],
    filtre_theme: "Thème",
    filtre_public: "Public",
    filtre_arrondissement: "Arrondissement",
    filtre_departement: "Département",
    filtre_frais: "Frais",
    filtre_accueil: "Accueil",
    filtre_demarche: "Qui fait la démarche",
    tous: "Tous",
    gratuit: "Gratuit",
    payant: "Payant",
    sur_place: "Sur place",
    a_distance: "À distance",
    la_personne: "La personne elle-même",
    un_professionnel: "Un professionnel",
    inclure_termines: "Inclure les services terminés (historique)",
    effacer: "Effacer la recherche et les filtres",
    nb_resultats: Modele("=0:Aucun résultat|=1:1 résultat|{n} résultats"),
    continuez_a_ecrire: "Continuez à écrire…",
    approchants: " approchants : aucun service ne contient tous vos mots.",
    recherche_comprise: "Recherche comprise : ",
    recherche_dans: "Recherche dans : ",
    vide_essayez: "Essayez un mot plus simple, un sigle, ou l'une de ces recherches :",
    vide_questionnaire: "Ou répondez au questionnaire pour être orienté·e.",
    afficher_plus: Modele("Afficher plus de résultats (encore {n})"),
    a_environ_km: Modele("à environ {km} km"),
    dans_votre_arrondissement: "dans votre arrondissement",
    dans_votre_commune: "dans votre commune",
    a_moins_de_100_m: "à moins de 100 m",
    conditions: "Conditions : ",
    mobilisable_par: "Qui fait la demande : ",
    ajouter_selection: "Ajouter à la sélection pour la personne",
    badge_prevu: "Annoncé par le plan : à confirmer",
    badge_termine: "Terminé",
    badge_a_verifier: Modele("=0:À vérifier|À vérifier : information de {n}"),
    sources: "Sources",
    regle_d_orientation: "Règle d'orientation : ",
    propose_par: "Proposé par ",
    pour_qui: "Pour qui",
    conditions_acces: "Conditions d'accès",
    non_precisees: "Non précisées par les sources.",
    comment_acceder: "Comment y accéder",
    demarche_faite_par: Modele("Démarche faite par : {qui}."),
    ou: "Où",
    reserve_habitants: " — réservé aux personnes qui habitent ce territoire",
    cout: "Coût",
    non_precise: "Non précisé par les sources",
    themes: "Thèmes",
    formation: "Formation",
    contact: "Contact",
    contact_inconnu: "Les documents sources ne donnent ni adresse, ni téléphone, ni horaires. À Paris, le 3975 renseigne sur les services de la Ville.",
    d_apres: "D'après ",
    fiche_relue: Modele("Fiche relue pour le catalogue le {d} (version {v}) : c'est la date de la relecture, pas celle de l'information."),
    signaler_erreur: "Signaler une erreur",
    sujet_signalement: Modele("Erreur dans la fiche « {nom} »"),
    erreur_a_dire: ("Une information vous semble fausse ? Dites-le à ", " : "),
    voir_aussi: "Voir aussi",
    services_proposes: "Services proposés",
    type_structure: "Type",
    porte_par: "Porté par",
    autres_noms: "Autres noms",
    catalogue_fil: "Catalogue",
    lieu_non_precise: "Lieu non précisé",
    paris_sans_arrondissement: "Paris (arrondissement non précisé)",
    paris_arrondissements: Modele("=1:Paris {a}|Paris : {a}"),
    virgule: ", ",
    departement: "Département",
    personne_elle_meme: "la personne elle-même",
    professionnel: "un professionnel",
    questionnaire_vide: "Le questionnaire est vide.",
    question_n_sur: Modele("Question {n} sur {t}"),
    suivant: "Suivant",
    voir_resultats: "Voir mes résultats",
    voir_resultats_maintenant: "Voir mes résultats maintenant",
    passer: "Passer : je ne sais pas / je préfère ne pas répondre",
    precedent: "Précédent",
    pourquoi_question: "Pourquoi cette question ?",
    lien_partiel: "Une partie du lien n'a pas pu être lue ; le reste de vos réponses est conservé :",
    label_age: "Votre âge (par exemple : 34)",
    label_code_postal: "Code postal, arrondissement ou commune",
    oui: "Oui",
    non: "Non",
    aucune_difficulte: "Aucune de ces difficultés",
    aucune_situation: "Aucune de ces situations",
    resultats_titre: "Vos résultats",
    resultats_liste: "Résultats",
    feuille_de_route: "Ma feuille de route — Insertion Paris",
    reponses_ignorees: "Certaines réponses n'ont pas pu être prises en compte :",
    lieu_retenu: Modele("Lieu retenu : {l}."),
    plusieurs_communes: "Ce code postal dessert plusieurs communes : ",
    recherche_commune: "Recherche de la commune…",
    votre_parcours: "Votre parcours",
    probablement: "Probablement : ",
    aucun_parcours: "Aucun des quatre parcours du plan parisien ne correspond exactement à vos réponses : un référent fera le point avec vous.",
    parcours_a_preciser: "Le parcours reste à préciser : voir « Pour affiner » ci-dessous.",
    votre_premiere_etape: "Votre première étape",
    autres_interlocuteurs: "Autres interlocuteurs",
    appeler: Modele("Appeler le {tel}"),
    adresse_et_horaires: ("", " vous donne l'adresse et les horaires."),
    voir_sur_une_carte: "Voir sur une carte",
    site_internet: "Site internet : ",
    demander_referent: "Seul un professionnel peut faire la demande. Demandez à votre référent ou à un travailleur social.",
    demander_a_la_mairie: "Demandez l'adresse et les horaires à votre mairie ou à votre Département.",
    aucun_interlocuteur: "Aucun interlocuteur particulier ne ressort de vos réponses. Le catalogue reste à votre disposition.",
    services_utiles: "Services qui peuvent vous aider",
    peut_etre: "Peut-être, selon votre situation",
    peut_etre_pourquoi: "Ils vous conviendront peut-être : cela dépend d'une réponse que vous n'avez pas donnée.",
    repondre: "Répondre : ",
    dites_nous: "Dites-nous ce qui vous freine ou ce que vous souhaitez faire pour voir les services adaptés.",
    pour_affiner: "Pour affiner",
    reponses_preciseraient: "Ces réponses préciseraient le résultat :",
    prochaines_etapes: "Prochaines étapes",
    imprimer: "Imprimer",
    partager: "Partager",
    partage_contenu: Modele("Ce lien contient vos réponses : {l}."),
    partage_prudence: "Une personne qui l'ouvre les verra. Sur un ordinateur partagé, l'historique les garde.",
    copier_services_seulement: "Copier seulement la liste des services",
    copier_avec_reponses: "Copier le lien avec mes réponses",
    modifier_reponses: "Modifier mes réponses",
    lien_copie: "Lien copié. Il contient vos réponses. Rien n'est envoyé à un serveur.",
    lien_non_copie: "Le lien n'a pas pu être copié. Copiez-le ici :",
    lien_a_partager: "Lien à partager",
    avertissement_resultat: Modele("Résultat établi le {d} avec le catalogue version {v}. Il ne remplace pas l'avis d'un professionnel."),
    contenu_en_francais: "",
    selection_titre: "Sélection pour la personne",
    selection_vide: "Aucun service choisi. En mode professionnel, cochez « Ajouter à la sélection » sur une fiche, le catalogue ou les résultats.",
    parcourir_catalogue: "Parcourir le catalogue",
    comment: "Comment : ",
    imprimer_selection: "Imprimer la sélection",
    vider_selection: "Vider la sélection",
    retirer: "Retirer",
    partager_selection: "Partager la sélection",
    lien_services_copie: "Lien copié. Il contient seulement la liste des services, pas les réponses de la personne.",
    services_pour_vous: "Services proposés pour vous",
    services_pour_vous_intro: "Une personne qui vous accompagne a choisi ces services pour vous. Ce lien ne contient rien sur vous.",
    services_inconnus: Modele("=1:1 service de ce lien n'est plus dans le catalogue.|{n} services de ce lien ne sont plus dans le catalogue."),
    lien_sans_service: "Ce lien ne contient aucun service.",
    ajouter_a_ma_selection: "Ajouter à ma sélection",
    garder_selection: "Garder cette sélection dans ce navigateur (stockage local, rien n'est envoyé)",
    services_proposes_titre: "Services proposés — Insertion Paris",
    plan_titre: "Plan des services par arrondissement",
    plan_explication: "Touchez un arrondissement pour voir ses services. Le nombre compte aussi les services ouverts à tout Paris.",
    me_localiser: "Me localiser",
    position_locale: " (votre position reste sur votre appareil)",
    recherche_position: "Recherche de votre position…",
    hors_paris: "Position hors de Paris.",
    position_indisponible: "Votre position n'a pas pu être obtenue. Choisissez votre arrondissement dans la liste.",
    pres_de_chez_moi: "Près de chez moi",
    aucune_adresse_proche: "Aucun service n'a d'adresse connue à moins de 10 km. Les documents ne donnent pas d'adresse.",
    tous_les_services_du: "Tous les services du ",
    liste_arrondissements: "Liste des arrondissements",
    arrondissement: Modele("=1:1er arrondissement|{n}e arrondissement"),
    glossaire_titre: "Glossaire",
    glossaire_intro: Modele("{n} sigles et termes de l'insertion, tels que les documents sources les définissent."),
    a_propos_titre: "À propos",
    vos_donnees: "Vos données",
    vos_donnees_texte: "Cette application fonctionne entièrement dans votre navigateur. Après le chargement de la page, elle n'envoie rien à personne : ni vos recherches, ni vos réponses. Vos réponses restent dans l'adresse de la page. Vous pouvez la partager ou l'effacer. Le mode professionnel garde sa sélection dans l'onglet, jusqu'à sa fermeture. La mémoire de votre navigateur ne garde rien, sauf si vous le demandez. Aucun cookie, aucune mesure d'audience.",
    hors_ligne_titre: "Consulter hors ligne",
    hors_ligne_texte: "Après une visite, la recherche, le questionnaire et les fiches déjà ouvertes marchent sans connexion. Pour avoir aussi toutes les autres fiches complètes (sur un lieu sans réseau, en permanence), téléchargez-les maintenant.",
    hors_ligne_bouton: "Tout télécharger pour consulter hors ligne",
    hors_ligne_deja: "Après une visite, tout le catalogue se consulte sans connexion : la recherche, le questionnaire et toutes les fiches.",
    hors_ligne_progres: Modele("Téléchargement : {n} sur {t} fichiers"),
    hors_ligne_fini: "Tout est téléchargé : le catalogue se consulte maintenant sans connexion, dans ce navigateur.",
    hors_ligne_echec: Modele("Le téléchargement s'est interrompu : {n} sur {t} fichiers n'ont pas pu être téléchargés (connexion coupée ?)."),
    hors_ligne_impossible: "Ce navigateur ne garde pas de copie hors ligne de l'application (navigation privée, page intégrée à un autre site…). Elle reste utilisable avec une connexion.",
    hors_ligne_lien: "Sans connexion ? Tout télécharger pour consulter hors ligne",
    autres_territoires_a_la_demande: Modele("Recherche dans les territoires déjà chargés. Les autres ({n}) se chargent quand vous les choisissez dans « Département »."),
    le_catalogue: "Le catalogue",
    catalogue_resume: Modele("Version {v} du {d} — {a} structures, {b} services, {c} termes de glossaire."),
    catalogue_sources_texte: "Chaque fiche cite le document et les lignes d'où viennent ses informations. Les documents ne donnent ni adresses, ni horaires : le catalogue le dit plutôt que d'inventer.",
    entrees_illisibles: Modele("{n} entrée(s) du catalogue n'ont pas pu être lues et sont absentes :"),
    sources_titre: "Sources",
    vocabulaires: "Vocabulaires : schéma national data·inclusion v1.0.8 (Licence Ouverte 2.0).",
    journal: "Journal des versions",
    application: "Application",
    version_application: Modele("Version de l'application : {v}"),
    introuvable_titre: "Page introuvable",
    introuvable_texte: ("L'adresse « ", " » ne correspond à aucune page de ce site."),
    retour_accueil: "Retour à l'accueil",
    adresse: "Adresse",
    horaires: "Horaires",
    source_coordonnees: "Source de ces informations",
    ouvrir_carte: "Ouvrir dans l'application de cartes",
    voir_osm: "Voir sur OpenStreetMap",
    fiche_d_origine: "Fiche d'origine",
    ferme_minuscule: "fermé",
    ferme: "Fermé",
    horaires_illisibles: "Horaires donnés sous une forme que l'application ne sait pas lire ; à vérifier auprès de la structure :",
    horaires_saisonniers: "Horaires qui changent selon la période de l'année :",
    ferme_jours_feries: "Fermé les jours fériés.",
    jours_feries: "Jours fériés :",
    horaires_semaine: "Horaires de la semaine",
    nouvelle_version: "Nouvelle version disponible",
    recharger: "Recharger",
    chargement_catalogue: "Chargement du catalogue…",
    chargement_lent: "Quelques secondes sur une connexion lente.",
    catalogue_echec_titre: "Le catalogue n'a pas pu être téléchargé",
    catalogue_echec_texte: "La connexion a peut-être été coupée, ou une nouvelle version est en cours de publication.",
    chargement_ecran: "Chargement de cet écran…",
    ecran_echec_titre: "Cet écran n'a pas pu être téléchargé",
    reessayer: "Réessayer",
    description_en_cours: "Chargement de la description complète…",
    description_indisponible: "La description complète n'a pas pu être téléchargée (connexion coupée ?). Voici son début.",
    sans_application: "Parcourir le catalogue sans l'application",
    departement_code: Modele("département {d}"),
    mois: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    date: Modele("=1:1er {m} {a}|{n} {m} {a}"),
    ligne: Modele(", ligne {d}"),
    lignes: Modele(", lignes {d} à {f}"),
    age_regle: Modele("{a} ans"),
    raison_freins: Modele("Vous avez signalé une difficulté ({l}). Ce service vous aide pour cela."),
    raison_projet: Modele("Votre projet : {l}."),
    raison_situations: Modele("Il s'adresse aux personnes dans votre situation : {l}."),
    raison_ressources: Modele("Il est réservé aux personnes qui perçoivent le {l} : c'est votre cas."),
    ou_bien: " ou ",
    raison_parcours: Modele("Il fait partie du {l}."),
    a_verifier: "À vérifier : ",
    a_verifier_reponses: "À vérifier : les conditions de ce service dépendent de réponses que vous n'avez pas données.",
    non_confirme_prevu: "Classé après les services confirmés : il est annoncé, pas encore décrit comme en place.",
    non_confirme_annee: Modele("Classé après les services confirmés : l'information date de {a} et aucun document plus récent ne la confirme. Renseignez-vous avant de vous déplacer."),
    non_confirme_sans_date: "Classé après les services confirmés : aucun document récent ne le confirme.",
    tranche_de_a: Modele("de {a} à {b} ans"),
    tranche_a_partir: Modele("à partir de {a} ans"),
    tranche_jusqu_a: Modele("jusqu'à {b} ans"),
    raison_age: Modele("Il s'adresse aux personnes {tranche} ; vous avez {age} ans."),
    prendre_contact: "Prendre contact avec : ",
    adresses_telephone_site: Modele("Les adresses et horaires ne figurent pas dans ce catalogue : pour les obtenir, appelez le {tel} ou consultez {site}."),
    adresses_telephone: Modele("Les adresses et horaires ne figurent pas dans ce catalogue : pour les obtenir, appelez le {tel}."),
    adresses_mairie: "Les adresses et horaires ne figurent pas dans ce catalogue : renseignez-vous auprès de votre mairie ou de votre Département.",
    avertissement_champ: Modele("{c} : {t}"),
    av_pas_un_objet: "les réponses doivent être un objet JSON { … }",
    av_code_postal_mal_forme: Modele("nous ne reconnaissons pas « {valeur} ». Écrivez votre code postal (75019), votre arrondissement (19e) ou votre commune (Vitry-sur-Seine)."),
    av_code_postal_inconnu: Modele("le code postal « {valeur} » n'existe pas. Vérifiez-le, ou écrivez le nom de votre commune."),
    av_hors_limites: Modele("{valeur} ne convient pas. Écrivez un nombre de {min} à {max}."),
    av_nombre_attendu: Modele("{valeur} n'est pas un nombre que nous savons lire. Écrivez-le en chiffres, par exemple 34."),
    av_oui_non_attendu: Modele("valeur {valeur} : oui ou non attendu"),
    av_texte_attendu: Modele("valeur {valeur} : texte attendu"),
    av_liste_attendue: Modele("valeur {valeur} : liste attendue"),
    av_valeur_inconnue: Modele("valeur inconnue « {valeur} » ignorée (valeurs admises : {admises})"),
    av_lien_trop_long: "lien trop long : seule sa première partie a été lue",
    av_morceau_illisible: Modele("morceau de lien illisible « {morceau} » ignoré"),
    provenance: Modele("Information du {maj} ({s}, via data·inclusion), importée le {importe}."),
    score_qualite: Modele("Score de qualité data·inclusion : {s} sur 1"),
    jours: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    ouvert_ferme_a: Modele("Ouvert maintenant · ferme à {h}"),
    aujourd_hui: "aujourd'hui",
    demain: "demain",
    ferme_ouvre: Modele("Fermé · ouvre {quand} à {h}"),
    feuille_titre: "Feuille de route",
    feuille_date: "Date : ",
    feuille_referent: "Conseiller ou conseillère",
    feuille_structure: "Structure",
    feuille_rendez_vous: "Prochain rendez-vous",
    feuille_pourquoi: "Pourquoi : ",
    feuille_choisi: "Choisi avec votre conseiller ou conseillère.",
    feuille_ou_quand: "Où et quand : ",
    feuille_horaires_inconnus: "Horaires non connus ici : appelez avant de vous déplacer.",
    feuille_horaires_tels_quels: "Horaires, tels que donnés : ",
    feuille_coordonnees_inconnues: (
        "Adresse et horaires non connus ici : demandez-les à ",
        "Adresse et horaires non connus ici : demandez-les à votre conseiller ou à votre mairie.",
    ),
    feuille_feries: "fermé les jours fériés",
    feuille_a_verifier: "À vérifier ou apporter :",
    feuille_etape: "Prochaine étape : ",
    feuille_par_le_referent: "votre conseiller ou conseillère fait la demande avec vous.",
    feuille_telephoner: "appelez le ",
    feuille_se_presenter: "présentez-vous à l'adresse ci-dessus, aux horaires d'ouverture.",
    feuille_en_ligne: "faites la demande en ligne : ",
    feuille_courriel: "écrivez à ",
    feuille_se_renseigner: "demandez à votre conseiller ou conseillère comment faire la demande.",
    feuille_qr: "Scannez ce code avec votre téléphone pour retrouver ces services.",
    feuille_aucun: "Aucun service à inscrire sur la feuille.",
    feuille_sujet: "Votre feuille de route",
    feuille_langue_feuille: "Langue de la feuille",
    feuille_imprimer: "Imprimer ou enregistrer en PDF",
    feuille_csv: "Télécharger le tableau (CSV)",
    feuille_preparer_courriel: "Préparer un e-mail pour la personne",
    feuille_jamais_garde: "Ces champs sont imprimés, jamais enregistrés.",
    feuille_ouvrir: "Feuille de route",
    feuille_conditions_reponses: "Conditions, d'après les réponses",
    feuille_constats: ["confirmé par les réponses", "contredit par les réponses", "à vérifier"],
    feuille_age_entre: Modele("Avoir de {a} à {b} ans"),
    feuille_age_min: Modele("Avoir {a} ans ou plus"),
    feuille_age_max: Modele("Avoir {b} ans ou moins"),
    feuille_ressources: "Percevoir : ",
    feuille_situations: "Être dans l'une de ces situations : ",
    feuille_inscrit: ["Être inscrit ou inscrite à France Travail", "Ne pas être inscrit ou inscrite à France Travail"],
    feuille_enfant: ["Avoir un enfant de moins de 3 ans", "Ne pas avoir d'enfant de moins de 3 ans"],
    feuille_habiter: "Habiter : ",
};

#[cfg(not(target_arch = "wasm32"))]
pub static EN: Textes = Textes {
    aller_au_contenu: "Skip to content",
    titre_site: "Insertion Paris",
    sous_titre: "Employment support services and guidance",
    menu_principal: "Main menu",
    menu: "Menu",
    nav_accueil: "Home",
    nav_catalogue: "Catalogue",
    nav_questionnaire: "Questionnaire",
    nav_plan: "Map",
    nav_glossaire: "Glossary",
    nav_a_propos: "About",
    nav_selection: Modele("Selection ({n})"),
    mode_pro: "Professional mode",
    choix_langue: "Language",
    memoriser_langue: "Remember the language on this device",
    stockage_indisponible: "Your browser does not let this site keep anything on this device: everything else works.",
    pied_confidentialite: "No data leaves your device. ",
    en_savoir_plus: "Learn more",
    version_catalogue: Modele("Catalogue version {v} of {d}"),
    selection_illisible: "The selection saved in this browser could not be read: it has been erased.",
    erreur_fatale: (
        "Something went wrong",
        "The application met an unexpected problem. Your answers are kept in the page address.",
        "Reload the page",
    ),
    accueil_titre: "Find support towards employment in Paris",
    accueil_chapeau: "The employment support services of Paris in one place: who can help you, with what, and where to start. Service descriptions are in French.",
    recherche_label: "Search for a service, a place, an acronym",
    recherche_exemple: "e.g. childcare, PLIE, training",
    rechercher: "Search",
    par_ou_commencer: "Where to start?",
    portes: [
        ("I am looking for a job", "Who can help me, near where I live."),
        ("I receive the RSA", "My Paris insertion centre (EPI) and my adviser."),
        ("I am under 26", "The Mission Locale and support for young people."),
        ("I want training", "Training, French classes, digital skills."),
        ("I want to start a business", "Support and funding."),
        ("I am a professional", "The whole catalogue, with eligibility conditions."),
    ],
    questionnaire_cta: "Answer a few questions to get guidance",
    questionnaire_duree: "About 10 questions, all optional. Your answers stay on your device.",
    catalogue_titre: "Service catalogue",
    catalogue_recherche_label: "Search for a service, a place or an acronym (PLIE, RSA…)",
    filtrer: "Filter",
    thematiques: [
        "Finding a job",
        "Preparing an application",
        "Choosing an occupation",
        "Training",
        "Starting a business",
        "Regaining confidence",
        "Health",
        "Family, childcare",
        "Housing, shelter",
        "Getting around",
        "Digital skills",
        "Reading, writing, numeracy",
        "Paperwork and rights",
        "Budget, debts",
    ],
    departements: ["Paris (75)", "Val-de-Marne (94)"],
    territoire_defaut: Modele("{d} and national services"),
    tous_territoires: "All areas",
    territoire_affiche: Modele("Services of {d} and national services. "),
    voir_tous_territoires: "See other areas too",
    suggestions: ["jobs", "training", "RSA", "young people", "health", "digital"],
    filtre_theme: "Topic",
    filtre_public: "For",
    filtre_arrondissement: "Arrondissement",
    filtre_departement: "Département",
    filtre_frais: "Cost",
    filtre_accueil: "Where",
    filtre_demarche: "Who makes the request",
    tous: "All",
    gratuit: "Free",
    payant: "Paid",
    sur_place: "In person",
    a_distance: "Remote",
    la_personne: "The person themselves",
    un_professionnel: "A professional",
    inclure_termines: "Include ended services (history)",
    effacer: "Clear search and filters",
    nb_resultats: Modele("=0:No results|=1:1 result|{n} results"),
    continuez_a_ecrire: "Keep typing…",
    approchants: " close matches: no service contains all your words.",
    recherche_comprise: "Search understood as: ",
    recherche_dans: "Searching in: ",
    vide_essayez: "Try a simpler word, an acronym, or one of these searches:",
    vide_questionnaire: "Or answer the questionnaire to get guidance.",
    afficher_plus: Modele("Show more results ({n} more)"),
    a_environ_km: Modele("about {km} km away"),
    dans_votre_arrondissement: "in your arrondissement",
    dans_votre_commune: "in your town",
    a_moins_de_100_m: "less than 100 m away",
    conditions: "Conditions: ",
    mobilisable_par: "Who can request it: ",
    ajouter_selection: "Add to the selection for the person",
    badge_prevu: "Announced by the plan: to be confirmed",
    badge_termine: "Ended",
    badge_a_verifier: Modele("=0:To be checked|To be checked: information from {n}"),
    sources: "Sources",
    regle_d_orientation: "Orientation rule: ",
    propose_par: "Offered by ",
    pour_qui: "For whom",
    conditions_acces: "Eligibility",
    non_precisees: "Not stated by the sources.",
    comment_acceder: "How to access it",
    demarche_faite_par: Modele("Request made by: {qui}."),
    ou: "Where",
    reserve_habitants: " — only for people living in this area",
    cout: "Cost",
    non_precise: "Not stated by the sources",
    themes: "Topics",
    formation: "Training",
    contact: "Contact",
    contact_inconnu: "The source documents give no address, phone number or opening hours. In Paris, 3975 gives information on City services.",
    d_apres: "According to ",
    fiche_relue: Modele("Reviewed for the catalogue on {d} (version {v}): this is the date of the review, not of the information."),
    signaler_erreur: "Report an error",
    sujet_signalement: Modele("Error in the entry « {nom} »"),
    erreur_a_dire: ("Does something look wrong? Tell ", ": "),
    voir_aussi: "See also",
    services_proposes: "Services offered",
    type_structure: "Type",
    porte_par: "Run by",
    autres_noms: "Other names",
    catalogue_fil: "Catalogue",
    lieu_non_precise: "Place not stated",
    paris_sans_arrondissement: "Paris (arrondissement not stated)",
    paris_arrondissements: Modele("=1:Paris {a}|Paris: {a}"),
    virgule: ", ",
    departement: "Département",
    personne_elle_meme: "the person themselves",
    professionnel: "a professional",
    questionnaire_vide: "The questionnaire is empty.",
    question_n_sur: Modele("Question {n} of {t}"),
    suivant: "Next",
    voir_resultats: "See my results",
    voir_resultats_maintenant: "See my results now",
    passer: "Skip: I don't know / I'd rather not say",
    precedent: "Previous",
    pourquoi_question: "Why this question?",
    lien_partiel: "Part of the link could not be read; the rest of your answers is kept:",
    label_age: "Your age (for example: 34)",
    label_code_postal: "Postcode, arrondissement or town",
    oui: "Yes",
    non: "No",
    aucune_difficulte: "None of these difficulties",
    aucune_situation: "None of these situations",
    resultats_titre: "Your results",
    resultats_liste: "Results",
    feuille_de_route: "My action plan — Insertion Paris",
    reponses_ignorees: "Some answers could not be taken into account:",
    lieu_retenu: Modele("Place used: {l}."),
    plusieurs_communes: "This postcode serves several towns: ",
    recherche_commune: "Looking up the town…",
    votre_parcours: "Your pathway",
    probablement: "Probably: ",
    aucun_parcours: "None of the four pathways of the Paris plan exactly matches your answers: an adviser will review your situation with you.",
    parcours_a_preciser: "The pathway is still to be decided: see « Refine » below.",
    votre_premiere_etape: "Your first step",
    autres_interlocuteurs: "Other contacts",
    appeler: Modele("Call {tel}"),
    adresse_et_horaires: ("", " gives you the address and opening hours."),
    voir_sur_une_carte: "See on a map",
    site_internet: "Website: ",
    demander_referent: "Only a professional can make the request. Ask your adviser or a social worker.",
    demander_a_la_mairie: "Ask your town hall or your Département for the address and opening hours.",
    aucun_interlocuteur: "No particular contact stands out from your answers. The catalogue is available to you.",
    services_utiles: "Services that can help you",
    peut_etre: "Perhaps, depending on your situation",
    peut_etre_pourquoi: "They may suit you: it depends on an answer you have not given.",
    repondre: "Answer: ",
    dites_nous: "Tell us what holds you back or what you want to do to see suitable services.",
    pour_affiner: "Refine",
    reponses_preciseraient: "These answers would make the result more precise:",
    prochaines_etapes: "Next steps",
    imprimer: "Print",
    partager: "Share",
    partage_contenu: Modele("This link holds your answers: {l}."),
    partage_prudence: "Anyone who opens it will see them. On a shared computer, the history keeps them.",
    copier_services_seulement: "Copy only the list of services",
    copier_avec_reponses: "Copy the link with my answers",
    modifier_reponses: "Change my answers",
    lien_copie: "Link copied. It holds your answers. Nothing is sent to a server.",
    lien_non_copie: "The link could not be copied. Copy it here:",
    lien_a_partager: "Link to share",
    avertissement_resultat: Modele("Result produced on {d} with catalogue version {v}. It does not replace a professional's advice."),
    contenu_en_francais: "The reasons and service descriptions below are in French.",
    selection_titre: "Selection for the person",
    selection_vide: "No service chosen. In professional mode, tick « Add to the selection » on an entry, the catalogue or the results.",
    parcourir_catalogue: "Browse the catalogue",
    comment: "How: ",
    imprimer_selection: "Print the selection",
    vider_selection: "Clear the selection",
    retirer: "Remove",
    partager_selection: "Share the selection",
    lien_services_copie: "Link copied. It holds only the list of services, not the person's answers.",
    services_pour_vous: "Services suggested for you",
    services_pour_vous_intro: "Someone who supports you chose these services for you. This link holds nothing about you.",
    services_inconnus: Modele("=1:1 service of this link is no longer in the catalogue.|{n} services of this link are no longer in the catalogue."),
    lien_sans_service: "This link holds no service.",
    ajouter_a_ma_selection: "Add to my selection",
    garder_selection: "Keep this selection in this browser (local storage, nothing is sent)",
    services_proposes_titre: "Suggested services — Insertion Paris",
    plan_titre: "Map of services by arrondissement",
    plan_explication: "Tap an arrondissement to see its services. The number also counts services open to all of Paris.",
    me_localiser: "Locate me",
    position_locale: " (your position stays on your device)",
    recherche_position: "Finding your position…",
    hors_paris: "Position outside Paris.",
    position_indisponible: "Your position could not be obtained. Choose your arrondissement in the list.",
    pres_de_chez_moi: "Near me",
    aucune_adresse_proche: "No service has a known address within 10 km. The documents give no addresses.",
    tous_les_services_du: "All services of the ",
    liste_arrondissements: "List of arrondissements",
    arrondissement: Modele("=1:1st arrondissement|=2:2nd arrondissement|=3:3rd arrondissement|{n}th arrondissement"),
    glossaire_titre: "Glossary",
    glossaire_intro: Modele("{n} acronyms and terms of employment support, as the source documents define them (in French)."),
    a_propos_titre: "About",
    vos_donnees: "Your data",
    vos_donnees_texte: "This application runs entirely in your browser. Once the page has loaded, it sends nothing to anyone: neither your searches nor your answers. Your answers stay in the page address. You can share or erase it. Professional mode keeps its selection in the tab until you close it. Your browser's storage keeps nothing unless you ask. No cookies, no audience measurement.",
    hors_ligne_titre: "Using it offline",
    hors_ligne_texte: "After one visit, search, the questionnaire and the fiches already opened work without a connection. To have every other full fiche too (somewhere without network, at an outreach session), download them now.",
    hors_ligne_bouton: "Download everything to use offline",
    hors_ligne_deja: "After one visit, the whole catalogue works without a connection: search, the questionnaire and every fiche.",
    hors_ligne_progres: Modele("Downloading: {n} of {t} files"),
    hors_ligne_fini: "Everything is downloaded: the catalogue now works without a connection, in this browser.",
    hors_ligne_echec: Modele("The download stopped: {n} of {t} files could not be downloaded (connection lost?)."),
    hors_ligne_impossible: "This browser keeps no offline copy of the application (private browsing, a page embedded in another site…). It still works with a connection.",
    hors_ligne_lien: "No connection where you are going? Download everything to use offline",
    autres_territoires_a_la_demande: Modele("Searching the territories already loaded. The others ({n}) load when you choose them under « Département »."),
    le_catalogue: "The catalogue",
    catalogue_resume: Modele("Version {v} of {d} — {a} organisations, {b} services, {c} glossary terms."),
    catalogue_sources_texte: "Each entry cites the document and lines its information comes from. The documents give no addresses or opening hours: the catalogue says so rather than inventing them.",
    entrees_illisibles: Modele("{n} catalogue entries could not be read and are missing:"),
    sources_titre: "Sources",
    vocabulaires: "Vocabularies: national data·inclusion schema v1.0.8 (Licence Ouverte 2.0).",
    journal: "Changelog (in French)",
    application: "Application",
    version_application: Modele("Application version: {v}"),
    introuvable_titre: "Page not found",
    introuvable_texte: ("The address « ", " » does not match any page of this site."),
    retour_accueil: "Back to home",
    adresse: "Address",
    horaires: "Opening hours",
    source_coordonnees: "Source of these details",
    ouvrir_carte: "Open in the maps app",
    voir_osm: "See on OpenStreetMap",
    fiche_d_origine: "Original record",
    ferme_minuscule: "closed",
    ferme: "Closed",
    horaires_illisibles: "Hours given in a form the app cannot read; check with the structure:",
    horaires_saisonniers: "Hours that change during the year:",
    ferme_jours_feries: "Closed on public holidays.",
    jours_feries: "Public holidays:",
    horaires_semaine: "Weekly hours",
    nouvelle_version: "New version available",
    recharger: "Reload",
    chargement_catalogue: "Loading the catalogue…",
    chargement_lent: "A few seconds on a slow connection.",
    catalogue_echec_titre: "The catalogue could not be downloaded",
    catalogue_echec_texte: "The connection may have dropped, or a new version is being published.",
    chargement_ecran: "Loading this screen…",
    ecran_echec_titre: "This screen could not be downloaded",
    reessayer: "Try again",
    description_en_cours: "Loading the full description…",
    description_indisponible: "The full description could not be downloaded (connection lost?). Here is how it begins.",
    sans_application: "Browse the catalogue without the app",
    departement_code: Modele("département {d}"),
    mois: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    date: Modele("{n} {m} {a}"),
    ligne: Modele(", line {d}"),
    lignes: Modele(", lines {d} to {f}"),
    age_regle: Modele("{a}"),
    raison_freins: Modele("You mentioned a difficulty ({l}): this service helps with it."),
    raison_projet: Modele("Your plan: {l}."),
    raison_situations: Modele("It is meant for people in your situation: {l}."),
    raison_ressources: Modele("It is reserved for people who receive the {l}, as you do."),
    ou_bien: " or ",
    raison_parcours: Modele("It is part of the {l}."),
    a_verifier: "To check: ",
    a_verifier_reponses: "To check: this service's conditions depend on answers you have not given.",
    non_confirme_prevu: "Listed after the confirmed services: it is announced, not yet described as running.",
    non_confirme_annee: Modele("Listed after the confirmed services: the information dates from {a} and no newer document confirms it; check before you go."),
    non_confirme_sans_date: "Listed after the confirmed services: no recent document confirms it.",
    tranche_de_a: Modele("aged {a} to {b}"),
    tranche_a_partir: Modele("aged {a} and over"),
    tranche_jusqu_a: Modele("aged up to {b}"),
    raison_age: Modele("It is meant for people {tranche}; you are {age}."),
    prendre_contact: "Get in touch with: ",
    adresses_telephone_site: Modele("Addresses and opening hours are not in this catalogue: to get them, call {tel} or see {site}."),
    adresses_telephone: Modele("Addresses and opening hours are not in this catalogue: to get them, call {tel}."),
    adresses_mairie: "Addresses and opening hours are not in this catalogue: ask your town hall or your Département.",
    avertissement_champ: Modele("{c}: {t}"),
    av_pas_un_objet: "the answers must be a JSON object { … }",
    av_code_postal_mal_forme: Modele("we do not recognise “{valeur}”. Type your postcode (75019), your arrondissement (19th) or your town (Vitry-sur-Seine)."),
    av_code_postal_inconnu: Modele("the postcode “{valeur}” does not exist. Check it, or type the name of your town."),
    av_hors_limites: Modele("{valeur} does not fit. Type a number from {min} to {max}."),
    av_nombre_attendu: Modele("{valeur} is not a number we can read. Type it in figures, for example 34."),
    av_oui_non_attendu: Modele("value {valeur}: yes or no expected"),
    av_texte_attendu: Modele("value {valeur}: text expected"),
    av_liste_attendue: Modele("value {valeur}: list expected"),
    av_valeur_inconnue: Modele("unknown value “{valeur}” ignored (accepted values: {admises})"),
    av_lien_trop_long: "link too long: only its first part was read",
    av_morceau_illisible: Modele("unreadable part of the link “{morceau}” ignored"),
    provenance: Modele("Information of {maj} ({s}, through data·inclusion), imported on {importe}."),
    score_qualite: Modele("data·inclusion quality score: {s} out of 1"),
    jours: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    ouvert_ferme_a: Modele("Open now · closes at {h}"),
    aujourd_hui: "today",
    demain: "tomorrow",
    ferme_ouvre: Modele("Closed · opens {quand} at {h}"),
    feuille_titre: "Action plan",
    feuille_date: "Date: ",
    feuille_referent: "Adviser",
    feuille_structure: "Organisation",
    feuille_rendez_vous: "Next appointment",
    feuille_pourquoi: "Why: ",
    feuille_choisi: "Chosen with your adviser.",
    feuille_ou_quand: "Where and when: ",
    feuille_horaires_inconnus: "Opening hours not known here: call before you go.",
    feuille_horaires_tels_quels: "Opening hours, as given: ",
    feuille_coordonnees_inconnues: (
        "Address and opening hours not known here: ask ",
        "Address and opening hours not known here: ask your adviser or your town hall.",
    ),
    feuille_feries: "closed on public holidays",
    feuille_a_verifier: "To check or bring:",
    feuille_etape: "Next step: ",
    feuille_par_le_referent: "your adviser makes the request with you.",
    feuille_telephoner: "call ",
    feuille_se_presenter: "go to the address above, during opening hours.",
    feuille_en_ligne: "apply online: ",
    feuille_courriel: "write to ",
    feuille_se_renseigner: "ask your adviser how to apply.",
    feuille_qr: "Scan this code with your phone to find these services again.",
    feuille_aucun: "No service to put on the sheet.",
    feuille_sujet: "Your action plan",
    feuille_langue_feuille: "Language of the sheet",
    feuille_imprimer: "Print or save as PDF",
    feuille_csv: "Download the table (CSV)",
    feuille_preparer_courriel: "Prepare an e-mail for the person",
    feuille_jamais_garde: "These fields are printed, never stored.",
    feuille_ouvrir: "Action plan",
    feuille_conditions_reponses: "Conditions, from the answers",
    feuille_constats: ["confirmed by the answers", "contradicted by the answers", "to check"],
    feuille_age_entre: Modele("Be aged {a} to {b}"),
    feuille_age_min: Modele("Be aged {a} or older"),
    feuille_age_max: Modele("Be aged {b} or younger"),
    feuille_ressources: "Receive: ",
    feuille_situations: "Be in one of these situations: ",
    feuille_inscrit: ["Be registered with France Travail", "Not be registered with France Travail"],
    feuille_enfant: ["Have a child under 3", "Have no child under 3"],
    feuille_habiter: "Live in: ",
};

/// Modern Standard Arabic, in plain words. Acronyms and the names of services and organisations
/// stay in Latin letters (as they are written on the spot); digits are Western, as in Paris.
#[cfg(not(target_arch = "wasm32"))]
pub static AR: Textes = Textes {
    aller_au_contenu: "الانتقال إلى المحتوى",
    titre_site: "Insertion Paris",
    sous_titre: "دليل خدمات الإدماج المهني والتوجيه",
    menu_principal: "القائمة الرئيسية",
    menu: "القائمة",
    nav_accueil: "الصفحة الرئيسية",
    nav_catalogue: "دليل الخدمات",
    nav_questionnaire: "الأسئلة",
    nav_plan: "الخريطة",
    nav_glossaire: "المصطلحات",
    nav_a_propos: "عن الموقع",
    nav_selection: Modele("المختارة ({n})"),
    mode_pro: "وضع المهنيين",
    choix_langue: "اللغة",
    memoriser_langue: "تذكُّر اللغة على هذا الجهاز",
    stockage_indisponible: "متصفحك لا يسمح بحفظ أي معلومات على هذا الجهاز: كل الوظائف الأخرى تعمل.",
    pied_confidentialite: "لا تخرج أي معلومات من جهازك. ",
    en_savoir_plus: "لمعرفة المزيد",
    version_catalogue: Modele("نسخة الدليل {v} بتاريخ {d}"),
    selection_illisible: "تعذّرت قراءة القائمة المحفوظة في هذا المتصفح، فتم مسحها.",
    erreur_fatale: (
        "حدث خطأ",
        "واجه التطبيق مشكلة غير متوقعة. إجاباتك محفوظة في عنوان الصفحة.",
        "إعادة تحميل الصفحة",
    ),
    accueil_titre: "ابحث عن مساعدة للوصول إلى عمل في باريس",
    accueil_chapeau: "خدمات الإدماج المهني في باريس في مكان واحد: من يستطيع مساعدتك، وفي ماذا، ومن أين تبدأ. أوصاف الخدمات مكتوبة بالفرنسية.",
    recherche_label: "ابحث عن خدمة أو مكان أو اختصار (بالفرنسية)",
    recherche_exemple: "مثال: PLIE أو RSA أو formation",
    rechercher: "بحث",
    par_ou_commencer: "من أين أبدأ؟",
    portes: [
        ("أبحث عن عمل", "من يستطيع مساعدتي قرب مكان سكني."),
        ("أتقاضى RSA", "مركز الإدماج الباريسي (EPI) والشخص المكلف بمتابعتي."),
        ("عمري أقل من 26 سنة", "مركز Mission Locale والمساعدات المخصصة للشباب."),
        ("أريد أن أتدرّب", "دورات تدريبية، تعلُّم الفرنسية، المهارات الرقمية."),
        ("أريد أن أبدأ مشروعي الخاص", "المرافقة والتمويل."),
        ("أنا مهني أو مهنية", "كل الدليل، مع شروط الاستفادة."),
    ],
    questionnaire_cta: "أجب عن بعض الأسئلة لتعرف إلى أين تتوجه",
    questionnaire_duree: "حوالي 10 أسئلة، وكلها اختيارية. تبقى إجاباتك على جهازك.",
    catalogue_titre: "دليل الخدمات",
    catalogue_recherche_label: "ابحث بكلمات فرنسية (لا حاجة إلى علامات النطق) أو باختصار مثل PLIE أو EPI أو RSA",
    filtrer: "تصفية النتائج",
    thematiques: [
        "إيجاد عمل",
        "تحضير طلب العمل",
        "اختيار مهنة",
        "التدريب",
        "إنشاء مشروع",
        "استعادة الثقة بالنفس",
        "الصحة",
        "الأسرة ورعاية الأطفال",
        "السكن والإيواء",
        "التنقل",
        "المهارات الرقمية",
        "القراءة والكتابة والحساب",
        "الإجراءات الإدارية والحقوق",
        "الميزانية والديون",
    ],
    departements: ["باريس (75)", "Val-de-Marne (94)"],
    territoire_defaut: Modele("{d} والخدمات الوطنية"),
    tous_territoires: "كل المناطق",
    territoire_affiche: Modele("خدمات {d} والخدمات الوطنية. "),
    voir_tous_territoires: "عرض المناطق الأخرى أيضًا",
    suggestions: ["العمل", "التدريب", "RSA", "الشباب", "الصحة", "المهارات الرقمية"],
    filtre_theme: "الموضوع",
    filtre_public: "لمن",
    filtre_arrondissement: "الدائرة",
    filtre_departement: "المقاطعة",
    filtre_frais: "التكلفة",
    filtre_accueil: "طريقة الاستقبال",
    filtre_demarche: "من يقدّم الطلب",
    tous: "الكل",
    gratuit: "مجاني",
    payant: "بمقابل",
    sur_place: "حضوريًا",
    a_distance: "عن بُعد",
    la_personne: "الشخص نفسه",
    un_professionnel: "أحد المهنيين",
    inclure_termines: "إظهار الخدمات المنتهية أيضًا (الأرشيف)",
    effacer: "مسح البحث والتصفية",
    nb_resultats: Modele("=0:لا توجد نتائج|=1:نتيجة واحدة|=2:نتيجتان|%3-10:{n} نتائج|{n} نتيجة"),
    continuez_a_ecrire: "تابع الكتابة…",
    approchants: " (نتائج تقريبية): لا توجد خدمة تحتوي على كل كلماتك.",
    recherche_comprise: "فهمنا بحثك هكذا: ",
    recherche_dans: "البحث في: ",
    vide_essayez: "جرّب كلمة أبسط أو اختصارًا، أو أحد هذه المواضيع:",
    vide_questionnaire: "أو أجب عن الأسئلة لتعرف إلى أين تتوجه.",
    afficher_plus: Modele("عرض المزيد من النتائج (بقي {n})"),
    a_environ_km: Modele("على بعد {km} كم تقريبًا"),
    dans_votre_arrondissement: "في دائرتك",
    dans_votre_commune: "في بلديتك",
    a_moins_de_100_m: "على بعد أقل من 100 م",
    conditions: "الشروط: ",
    mobilisable_par: "من يمكنه طلبها: ",
    ajouter_selection: "إضافة إلى الخدمات المختارة للشخص",
    badge_prevu: "أعلنت عنها الخطة: لم تتأكد بعد",
    badge_termine: "انتهت",
    badge_a_verifier: Modele("=0:يحتاج إلى تحقق|يحتاج إلى تحقق: معلومة من سنة {n}"),
    sources: "المصادر",
    regle_d_orientation: "قاعدة التوجيه: ",
    propose_par: "تقدّمها: ",
    pour_qui: "لمن",
    conditions_acces: "شروط الاستفادة",
    non_precisees: "لم تذكرها المصادر.",
    comment_acceder: "كيف تستفيد منها",
    demarche_faite_par: Modele("يقدّم الطلب: {qui}."),
    ou: "المكان",
    reserve_habitants: " — لسكان هذه المنطقة فقط",
    cout: "التكلفة",
    non_precise: "لم تذكره المصادر",
    themes: "المواضيع",
    formation: "التدريب",
    contact: "التواصل",
    contact_inconnu: "لا تذكر الوثائق المصدرية عنوانًا ولا رقم هاتف ولا مواعيد. في باريس، يعطي الرقم 3975 معلومات عن خدمات البلدية.",
    d_apres: "بحسب ",
    fiche_relue: Modele("رُوجعت البطاقة للدليل في {d} (النسخة {v}): هذا تاريخ المراجعة، لا تاريخ المعلومة."),
    signaler_erreur: "الإبلاغ عن خطأ",
    sujet_signalement: Modele("خطأ في البطاقة « {nom} »"),
    erreur_a_dire: ("هل تبدو لك معلومة خاطئة؟ أخبر ", ": "),
    voir_aussi: "انظر أيضًا",
    services_proposes: "الخدمات المقدَّمة",
    type_structure: "النوع",
    porte_par: "الجهة المسؤولة",
    autres_noms: "أسماء أخرى",
    catalogue_fil: "دليل الخدمات",
    lieu_non_precise: "المكان غير محدد",
    paris_sans_arrondissement: "باريس (الدائرة غير محددة)",
    paris_arrondissements: Modele("=1:باريس، الدائرة {a}|باريس، الدوائر: {a}"),
    virgule: "، ",
    departement: "المقاطعة",
    personne_elle_meme: "الشخص نفسه",
    professionnel: "أحد المهنيين",
    questionnaire_vide: "لا توجد أسئلة.",
    question_n_sur: Modele("السؤال {n} من {t}"),
    suivant: "التالي",
    voir_resultats: "عرض نتائجي",
    voir_resultats_maintenant: "عرض نتائجي الآن",
    passer: "تخطَّ: لا أعرف / أفضّل ألّا أجيب",
    precedent: "السابق",
    pourquoi_question: "لماذا هذا السؤال؟",
    lien_partiel: "تعذّرت قراءة جزء من الرابط، وبقية إجاباتك محفوظة:",
    label_age: "عمرك (مثلًا: 34)",
    label_code_postal: "الرمز البريدي أو رقم الدائرة أو اسم البلدية",
    oui: "نعم",
    non: "لا",
    aucune_difficulte: "لا شيء من هذه الصعوبات",
    aucune_situation: "لا شيء من هذه الحالات",
    resultats_titre: "نتائجك",
    resultats_liste: "النتائج",
    feuille_de_route: "خطة عملي — Insertion Paris",
    reponses_ignorees: "تعذّر أخذ بعض الإجابات بعين الاعتبار:",
    lieu_retenu: Modele("المكان المعتمد: {l}."),
    plusieurs_communes: "يخدم هذا الرمز البريدي عدة بلديات: ",
    recherche_commune: "جارٍ البحث عن البلدية…",
    votre_parcours: "مسارك",
    probablement: "على الأرجح: ",
    aucun_parcours: "لا يتطابق أي مسار من المسارات الأربعة في خطة باريس تمامًا مع إجاباتك: سيراجع معك مرشد مختص وضعك.",
    parcours_a_preciser: "لم يتحدد المسار بعد: انظر « لنتيجة أدق » في الأسفل.",
    votre_premiere_etape: "خطوتك الأولى",
    autres_interlocuteurs: "جهات أخرى للتواصل",
    appeler: Modele("اتصل بالرقم {tel}"),
    adresse_et_horaires: ("تعطيك ", " العنوان ومواعيد الاستقبال."),
    voir_sur_une_carte: "عرض على الخريطة",
    site_internet: "الموقع: ",
    demander_referent: "لا يستطيع تقديم الطلب إلا شخص مختص. اطلب ذلك من مرافقك أو من مساعد اجتماعي.",
    demander_a_la_mairie: "اطلب العنوان ومواعيد الاستقبال من بلديتك أو من المقاطعة (Département).",
    aucun_interlocuteur: "لا تُظهر إجاباتك جهة معيّنة للتواصل. يبقى دليل الخدمات متاحًا لك.",
    services_utiles: "خدمات يمكن أن تساعدك",
    peut_etre: "ربما، حسب وضعك",
    peut_etre_pourquoi: "قد تناسبك: يتوقف ذلك على إجابة لم تقدّمها بعد.",
    repondre: "أجب: ",
    dites_nous: "أخبرنا بما يعيقك أو بما تريد أن تفعله لترى الخدمات المناسبة لك.",
    pour_affiner: "لنتيجة أدق",
    reponses_preciseraient: "هذه الإجابات تجعل النتيجة أدق:",
    prochaines_etapes: "الخطوات التالية",
    imprimer: "طباعة",
    partager: "مشاركة",
    partage_contenu: Modele("يحتوي هذا الرابط على إجاباتك: {l}."),
    partage_prudence: "كل من يفتحه سيراها. وعلى حاسوب مشترك، يحتفظ بها سجل التصفح.",
    copier_services_seulement: "نسخ قائمة الخدمات فقط",
    copier_avec_reponses: "نسخ الرابط مع إجاباتي",
    modifier_reponses: "تعديل إجاباتي",
    lien_copie: "تم نسخ الرابط. يحتوي على إجاباتك. لا يُرسَل أي شيء إلى أي خادم.",
    lien_non_copie: "تعذّر نسخ الرابط. انسخه من هنا:",
    lien_a_partager: "الرابط للمشاركة",
    avertissement_resultat: Modele("نتيجة أُعدّت في {d} بنسخة الدليل {v}. لا تغني عن رأي شخص مختص."),
    contenu_en_francais: "الأسباب وأوصاف الخدمات في الأسفل مكتوبة بالفرنسية.",
    selection_titre: "الخدمات المختارة للشخص",
    selection_vide: "لم تُختَر أي خدمة بعد. في وضع المهنيين، اختر « إضافة إلى الخدمات المختارة » في بطاقة أو في دليل الخدمات أو في النتائج.",
    parcourir_catalogue: "تصفّح دليل الخدمات",
    comment: "الطريقة: ",
    imprimer_selection: "طباعة القائمة",
    vider_selection: "إفراغ القائمة",
    retirer: "إزالة",
    partager_selection: "مشاركة القائمة",
    lien_services_copie: "تم نسخ الرابط. يحتوي على قائمة الخدمات فقط، وليس على إجابات الشخص.",
    services_pour_vous: "خدمات مقترحة لك",
    services_pour_vous_intro: "اختار لك الشخص الذي يرافقك هذه الخدمات. هذا الرابط لا يحتوي على أي معلومة عنك.",
    services_inconnus: Modele("=1:خدمة واحدة من هذا الرابط لم تعد في الدليل.|=2:خدمتان من هذا الرابط لم تعد في الدليل.|%3-10:{n} خدمات من هذا الرابط لم تعد في الدليل.|{n} خدمة من هذا الرابط لم تعد في الدليل."),
    lien_sans_service: "هذا الرابط لا يحتوي على أي خدمة.",
    ajouter_a_ma_selection: "إضافة إلى قائمتي",
    garder_selection: "الاحتفاظ بهذه القائمة في هذا المتصفح (حفظ على الجهاز، لا يُرسَل أي شيء)",
    services_proposes_titre: "الخدمات المقترحة — Insertion Paris",
    plan_titre: "خريطة الخدمات حسب الدوائر",
    plan_explication: "اضغط على دائرة لترى خدماتها. يشمل العدد أيضًا الخدمات المفتوحة لكل باريس.",
    me_localiser: "تحديد موقعي",
    position_locale: " (يبقى موقعك على جهازك)",
    recherche_position: "جارٍ البحث عن موقعك…",
    hors_paris: "موقعك خارج باريس.",
    position_indisponible: "تعذّر الحصول على موقعك. اختر دائرتك من القائمة.",
    pres_de_chez_moi: "بالقرب مني",
    aucune_adresse_proche: "لا توجد خدمة بعنوان معروف على بعد أقل من 10 كم. لا تذكر الوثائق العناوين.",
    tous_les_services_du: "كل خدمات ",
    liste_arrondissements: "قائمة الدوائر",
    arrondissement: Modele("الدائرة {n}"),
    glossaire_titre: "المصطلحات",
    glossaire_intro: Modele("اختصارات ومصطلحات الإدماج المهني كما تعرّفها الوثائق المصدرية (بالفرنسية)، وعددها {n}."),
    a_propos_titre: "عن الموقع",
    vos_donnees: "معلوماتك",
    vos_donnees_texte: "يعمل هذا التطبيق كله داخل متصفحك. بعد تحميل الصفحة لا يرسل أي شيء إلى أي أحد: لا ما تبحث عنه ولا إجاباتك. تبقى إجاباتك في عنوان الصفحة (يمكنك مشاركته أو مسحه). يحتفظ وضع المهنيين بقائمته في علامة التبويب حتى إغلاقها. ولا تُحفَظ في ذاكرة متصفحك إلا إذا طلبت ذلك. لا ملفات تعريف ارتباط (cookies) ولا قياس لعدد الزوار.",
    hors_ligne_titre: "الاستخدام دون اتصال",
    hors_ligne_texte: "بعد زيارة واحدة، يعمل البحث والاستبيان والبطاقات التي فتحتها دون اتصال. لتحصل أيضًا على كل البطاقات الكاملة الأخرى (في مكان بلا شبكة، أثناء مداومة)، نزّلها الآن.",
    hors_ligne_bouton: "تنزيل كل شيء للاستخدام دون اتصال",
    hors_ligne_deja: "بعد زيارة واحدة، يعمل الدليل كله دون اتصال: البحث والاستبيان وكل البطاقات.",
    hors_ligne_progres: Modele("جارٍ التنزيل: {n} من {t}"),
    hors_ligne_fini: "اكتمل التنزيل: يعمل الدليل الآن دون اتصال، في هذا المتصفح.",
    hors_ligne_echec: Modele("توقّف التنزيل: تعذّر تنزيل {n} من {t} (انقطع الاتصال؟)."),
    hors_ligne_impossible: "لا يحتفظ هذا المتصفح بنسخة من التطبيق للاستخدام دون اتصال (تصفح خاص، صفحة مدمجة في موقع آخر…). يبقى التطبيق صالحًا للاستخدام مع الاتصال.",
    hors_ligne_lien: "لا اتصال حيث تذهب؟ نزّل كل شيء للاستخدام دون اتصال",
    autres_territoires_a_la_demande: Modele("البحث في المناطق المحمّلة فقط: تُحمَّل المناطق الأخرى ({n}) عندما تختارها في « المقاطعة »."),
    le_catalogue: "دليل الخدمات",
    catalogue_resume: Modele("النسخة {v} بتاريخ {d} — عدد الهيئات: {a}، عدد الخدمات: {b}، عدد المصطلحات: {c}."),
    catalogue_sources_texte: "تذكر كل بطاقة الوثيقة والأسطر التي أُخذت منها معلوماتها. لا تذكر الوثائق عناوين ولا مواعيد: يقول الدليل ذلك بوضوح بدلًا من أن يخترعها.",
    entrees_illisibles: Modele("تعذّرت قراءة {n} من مدخلات الدليل، وهي غير معروضة:"),
    sources_titre: "المصادر",
    vocabulaires: "المفردات: المخطط الوطني data·inclusion v1.0.8 (Licence Ouverte 2.0).",
    journal: "سجل النسخ (بالفرنسية)",
    application: "التطبيق",
    version_application: Modele("نسخة التطبيق: {v}"),
    introuvable_titre: "الصفحة غير موجودة",
    introuvable_texte: ("العنوان « ", " » لا يطابق أي صفحة في هذا الموقع."),
    retour_accueil: "العودة إلى الصفحة الرئيسية",
    adresse: "العنوان",
    horaires: "مواعيد الاستقبال",
    source_coordonnees: "مصدر هذه المعلومات",
    ouvrir_carte: "فتح في تطبيق الخرائط",
    voir_osm: "عرض على OpenStreetMap",
    fiche_d_origine: "البطاقة الأصلية",
    ferme_minuscule: "مغلق",
    ferme: "مغلق",
    horaires_illisibles: "المواعيد مكتوبة بصيغة لا يقرؤها التطبيق؛ تحقّق منها لدى الجهة:",
    horaires_saisonniers: "مواعيد تتغيّر حسب فترة السنة:",
    ferme_jours_feries: "مغلق في أيام العطل الرسمية.",
    jours_feries: "أيام العطل الرسمية:",
    horaires_semaine: "مواعيد الأسبوع",
    nouvelle_version: "يتوفر إصدار جديد",
    recharger: "إعادة التحميل",
    chargement_catalogue: "جارٍ تحميل الدليل…",
    chargement_lent: "بضع ثوانٍ على اتصال بطيء.",
    catalogue_echec_titre: "تعذّر تحميل الدليل",
    catalogue_echec_texte: "ربما انقطع الاتصال، أو يجري نشر نسخة جديدة.",
    chargement_ecran: "جارٍ تحميل هذه الشاشة…",
    ecran_echec_titre: "تعذّر تحميل هذه الشاشة",
    reessayer: "إعادة المحاولة",
    description_en_cours: "جارٍ تحميل الوصف الكامل…",
    description_indisponible: "تعذّر تنزيل الوصف الكامل (انقطع الاتصال؟). هذه بدايته.",
    sans_application: "تصفّح الدليل بدون التطبيق",
    departement_code: Modele("المقاطعة {d}"),
    mois: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    date: Modele("{n} {m} {a}"),
    ligne: Modele("، السطر {d}"),
    lignes: Modele("، الأسطر من {d} إلى {f}"),
    age_regle: Modele("{a} سنة"),
    raison_freins: Modele("ذكرتَ صعوبة ({l}): تساعدك هذه الخدمة على تجاوزها."),
    raison_projet: Modele("مشروعك: {l}."),
    raison_situations: Modele("هذه الخدمة موجهة إلى الأشخاص الذين هم في وضعك: {l}."),
    raison_ressources: Modele("هذه الخدمة مخصصة للأشخاص الذين يتقاضون {l}، وهذا هو وضعك."),
    ou_bien: " أو ",
    raison_parcours: Modele("وهي جزء من {l}."),
    a_verifier: "يجب التحقق: ",
    a_verifier_reponses: "يجب التحقق: شروط هذه الخدمة تتعلق بأجوبة لم تقدّمها.",
    non_confirme_prevu: "مرتّبة بعد الخدمات المؤكدة: أُعلن عنها ولم تُوصف بعد بأنها قائمة.",
    non_confirme_annee: Modele("مرتّبة بعد الخدمات المؤكدة: تعود المعلومة إلى سنة {a} ولا تؤكدها أي وثيقة أحدث؛ استفسر قبل أن تتنقّل."),
    non_confirme_sans_date: "مرتّبة بعد الخدمات المؤكدة: لا تؤكدها أي وثيقة حديثة.",
    tranche_de_a: Modele("من {a} إلى {b} سنة"),
    tranche_a_partir: Modele("من {a} سنة فما فوق"),
    tranche_jusqu_a: Modele("حتى {b} سنة"),
    raison_age: Modele("هذه الخدمة موجهة إلى الأشخاص {tranche}؛ عمرك {age} سنة."),
    prendre_contact: "تواصل مع: ",
    adresses_telephone_site: Modele("العناوين ومواعيد الاستقبال غير موجودة في هذا الدليل: للحصول عليها، اتصل بالرقم {tel} أو راجع {site}."),
    adresses_telephone: Modele("العناوين ومواعيد الاستقبال غير موجودة في هذا الدليل: للحصول عليها، اتصل بالرقم {tel}."),
    adresses_mairie: "العناوين ومواعيد الاستقبال غير موجودة في هذا الدليل: استعلم لدى بلديتك أو لدى المقاطعة (Département) التي تسكن فيها.",
    avertissement_champ: Modele("{c}: {t}"),
    av_pas_un_objet: "يجب أن تكون الإجابات كائن JSON { … }",
    av_code_postal_mal_forme: Modele("لم نتعرّف على «{valeur}». اكتب رمزك البريدي (75019) أو رقم دائرتك (19) أو اسم بلديتك (Vitry-sur-Seine)."),
    av_code_postal_inconnu: Modele("الرمز البريدي «{valeur}» غير موجود. تحقّق منه أو اكتب اسم بلديتك."),
    av_hors_limites: Modele("{valeur} غير مقبول. اكتب رقمًا من {min} إلى {max}."),
    av_nombre_attendu: Modele("لا نستطيع قراءة {valeur} كرقم. اكتبه بالأرقام، مثلًا 34."),
    av_oui_non_attendu: Modele("القيمة {valeur}: المطلوب نعم أو لا"),
    av_texte_attendu: Modele("القيمة {valeur}: المطلوب نص"),
    av_liste_attendue: Modele("القيمة {valeur}: المطلوب قائمة"),
    av_valeur_inconnue: Modele("قيمة غير معروفة «{valeur}» لم يُؤخذ بها (القيم المقبولة: {admises})"),
    av_lien_trop_long: "الرابط طويل جدًا: قُرئ الجزء الأول منه فقط",
    av_morceau_illisible: Modele("جزء غير مقروء من الرابط «{morceau}» لم يُؤخذ به"),
    provenance: Modele("معلومات بتاريخ {maj} ({s}، عبر data·inclusion)، استُوردت في {importe}."),
    score_qualite: Modele("مؤشر جودة data·inclusion: {s} من 1"),
    jours: ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    ouvert_ferme_a: Modele("مفتوح الآن · يغلق في {h}"),
    aujourd_hui: "اليوم",
    demain: "غدًا",
    ferme_ouvre: Modele("مغلق · يفتح {quand} في {h}"),
    feuille_titre: "خطة الطريق",
    feuille_date: "التاريخ: ",
    feuille_referent: "المستشار أو المستشارة",
    feuille_structure: "الجهة",
    feuille_rendez_vous: "الموعد القادم",
    feuille_pourquoi: "السبب: ",
    feuille_choisi: "اختيرت مع مستشارك.",
    feuille_ou_quand: "المكان والمواعيد: ",
    feuille_horaires_inconnus: "مواعيد الاستقبال غير معروفة هنا: اتصل قبل أن تتنقّل.",
    feuille_horaires_tels_quels: "مواعيد الاستقبال كما وردت: ",
    feuille_coordonnees_inconnues: (
        "العنوان والمواعيد غير معروفة هنا: اطلبها من ",
        "العنوان والمواعيد غير معروفة هنا: اطلبها من مستشارك أو من البلدية.",
    ),
    feuille_feries: "مغلق في أيام العطل الرسمية",
    feuille_a_verifier: "ما يجب التحقق منه أو إحضاره:",
    feuille_etape: "الخطوة التالية: ",
    feuille_par_le_referent: "يقدّم مستشارك الطلب معك.",
    feuille_telephoner: "اتصل بالرقم ",
    feuille_se_presenter: "توجّه إلى العنوان أعلاه في مواعيد الاستقبال.",
    feuille_en_ligne: "قدّم الطلب عبر الإنترنت: ",
    feuille_courriel: "اكتب إلى ",
    feuille_se_renseigner: "اسأل مستشارك عن طريقة تقديم الطلب.",
    feuille_qr: "امسح هذا الرمز بهاتفك لتجد هذه الخدمات من جديد.",
    feuille_aucun: "لا توجد خدمة لإدراجها في الورقة.",
    feuille_sujet: "خطة الطريق الخاصة بك",
    feuille_langue_feuille: "لغة الورقة",
    feuille_imprimer: "طباعة أو حفظ بصيغة PDF",
    feuille_csv: "تنزيل الجدول (CSV)",
    feuille_preparer_courriel: "إعداد رسالة إلكترونية للشخص",
    feuille_jamais_garde: "تُطبع هذه الحقول ولا تُحفظ أبدًا.",
    feuille_ouvrir: "خطة الطريق",
    feuille_conditions_reponses: "الشروط حسب الأجوبة",
    feuille_constats: ["تؤكده الأجوبة", "تنفيه الأجوبة", "يجب التحقق"],
    feuille_age_entre: Modele("أن يكون العمر من {a} إلى {b} سنة"),
    feuille_age_min: Modele("أن يكون العمر {a} سنة فما فوق"),
    feuille_age_max: Modele("أن يكون العمر {b} سنة فما دون"),
    feuille_ressources: "أن تتقاضى: ",
    feuille_situations: "أن تكون في إحدى هذه الحالات: ",
    feuille_inscrit: ["أن تكون مسجّلًا في France Travail", "ألا تكون مسجّلًا في France Travail"],
    feuille_enfant: ["أن يكون لديك طفل دون 3 سنوات", "ألا يكون لديك طفل دون 3 سنوات"],
    feuille_habiter: "أن تسكن في: ",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_counts_use_the_dual_and_the_plural() {
        let n = |k| AR.nb_resultats.n(k);
        assert_eq!(n(0), "لا توجد نتائج");
        assert_eq!(n(1), "نتيجة واحدة");
        assert_eq!(n(2), "نتيجتان");
        assert_eq!(n(3), "3 نتائج");
        assert_eq!(n(10), "10 نتائج");
        assert_eq!(n(11), "11 نتيجة");
        assert_eq!(n(103), "103 نتائج");
        assert_eq!(paris_arrondissements(Langue::Ar, &[19]), "باريس، الدائرة 19");
        assert_eq!(paris_arrondissements(Langue::Ar, &[10, 19]), "باريس، الدوائر: 10، 19");
        assert_eq!(paris_arrondissements(Langue::Fr, &[1, 19]), "Paris : 1er, 19e");
        assert_eq!(paris_arrondissements(Langue::En, &[2]), "Paris 2nd");
    }

    /// An Arabic count with its noun, as the table's functions wrote it before the templates.
    fn compte_ar(n: usize, un: &str, deux: &str, pluriel: &str, singulier: &str) -> String {
        match (n, n % 100) {
            (1, _) => un.to_owned(),
            (2, _) => deux.to_owned(),
            (_, 3..=10) => format!("{n} {pluriel}"),
            _ => format!("{n} {singulier}"),
        }
    }

    /// The templates say what the functions they replaced said, for every count tried.
    #[test]
    fn templates_give_the_former_functions_words() {
        for n in (0..=250).chain([1000, 1001, 1002, 1003, 1010, 1011, 1100, 1103]) {
            let fr_nb = match n {
                0 => "Aucun résultat".to_owned(),
                1 => "1 résultat".to_owned(),
                n => format!("{n} résultats"),
            };
            let en_nb = match n {
                0 => "No results".to_owned(),
                1 => "1 result".to_owned(),
                n => format!("{n} results"),
            };
            let ar_nb = match n {
                0 => "لا توجد نتائج".to_owned(),
                n => compte_ar(n, "نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة"),
            };
            assert_eq!(FR.nb_resultats.n(n), fr_nb);
            assert_eq!(EN.nb_resultats.n(n), en_nb);
            assert_eq!(AR.nb_resultats.n(n), ar_nb);
            let fr_inc = if n == 1 {
                "1 service de ce lien n'est plus dans le catalogue.".to_owned()
            } else {
                format!("{n} services de ce lien ne sont plus dans le catalogue.")
            };
            let en_inc = if n == 1 {
                "1 service of this link is no longer in the catalogue.".to_owned()
            } else {
                format!("{n} services of this link are no longer in the catalogue.")
            };
            let ar_inc =
                format!("{} من هذا الرابط لم تعد في الدليل.", compte_ar(n, "خدمة واحدة", "خدمتان", "خدمات", "خدمة"));
            assert_eq!(FR.services_inconnus.n(n), fr_inc);
            assert_eq!(EN.services_inconnus.n(n), en_inc);
            assert_eq!(AR.services_inconnus.n(n), ar_inc);
            assert_eq!(FR.nav_selection.n(n), format!("Sélection ({n})"));
            assert_eq!(
                AR.glossaire_intro.n(n),
                format!("اختصارات ومصطلحات الإدماج المهني كما تعرّفها الوثائق المصدرية (بالفرنسية)، وعددها {n}.")
            );
        }
        for n in 1..=20u8 {
            let fr = if n == 1 { "1er arrondissement".to_owned() } else { format!("{n}e arrondissement") };
            let en = match n {
                1 => "1st arrondissement".to_owned(),
                2 => "2nd arrondissement".to_owned(),
                3 => "3rd arrondissement".to_owned(),
                n => format!("{n}th arrondissement"),
            };
            assert_eq!(FR.arrondissement.n(n.into()), fr);
            assert_eq!(EN.arrondissement.n(n.into()), en);
            assert_eq!(AR.arrondissement.n(n.into()), format!("الدائرة {n}"));
        }
        for (annee, fr, ar) in [
            (Some(2011u16), "À vérifier : information de 2011", "يحتاج إلى تحقق: معلومة من سنة 2011"),
            (None, "À vérifier", "يحتاج إلى تحقق"),
        ] {
            let n = annee.map_or(0, usize::from);
            assert_eq!(FR.badge_a_verifier.n(n), fr);
            assert_eq!(AR.badge_a_verifier.n(n), ar);
        }
        assert_eq!(FR.version_catalogue.avec(&[("v", "2.1"), ("d", "3 mai")]), "Catalogue version 2.1 du 3 mai");
        assert_eq!(
            AR.catalogue_resume.avec(&[("v", "2"), ("d", "x"), ("a", "1"), ("b", "5"), ("c", "9")]),
            "النسخة 2 بتاريخ x — عدد الهيئات: 1، عدد الخدمات: 5، عدد المصطلحات: 9."
        );
        assert_eq!(EN.question_n_sur.n_avec(3, &[("t", "10")]), "Question 3 of 10");
        let date = |iso, l| crate::phrases::date_iso(iso, l);
        assert_eq!(date("2026-05-01", Langue::Fr), "1er mai 2026");
        assert_eq!(date("2026-11-22", Langue::Fr), "22 novembre 2026");
        assert_eq!(date("2026-11-01", Langue::En), "1 November 2026");
        assert_eq!(date("2026-11-22", Langue::Ar), "22 نوفمبر 2026");
        // An unknown placeholder stays visible rather than vanishing.
        assert_eq!(Modele("a {x} b").avec(&[]), "a {x} b");
    }

    /// Each string's placeholders, in order of first appearance.
    fn emplacements(texte: &str) -> std::collections::BTreeSet<&str> {
        texte.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(nom, _)| nom)).collect()
    }

    /// What the compiler no longer sees in the app (English and Arabic arrive as packs): every
    /// table has FR's strings, each with FR's placeholders, on one line, and non-empty where
    /// French is.
    #[test]
    fn every_language_has_french_strings_and_placeholders() {
        let mut fr = Vec::new();
        FR.visiter(&mut |nom, texte| fr.push((nom.to_owned(), texte)));
        assert_eq!(fr.len(), Textes::NOMBRE);
        for langue in [Langue::En, Langue::Ar] {
            let mut autre = Vec::new();
            langue.textes().visiter(&mut |nom, texte| autre.push((nom.to_owned(), texte)));
            assert_eq!(autre.len(), fr.len(), "{langue:?}");
            for ((nom, f), (_, a)) in fr.iter().zip(&autre) {
                assert_eq!(emplacements(f), emplacements(a), "{langue:?} {nom}: « {a} » against « {f} »");
                assert!(!a.contains('\n'), "{langue:?} {nom}: one line");
                assert!(f.is_empty() || !a.is_empty(), "{langue:?} {nom}: empty");
            }
        }
    }

    #[test]
    fn a_language_pack_reads_back_as_its_table_and_a_broken_one_is_refused() {
        for langue in Langue::ALL {
            let paquet = paquet_langue(langue);
            let (table, libelles) = lire_paquet(langue, paquet.clone()).expect("its pack");
            assert_eq!(&table, langue.textes());
            assert_eq!(libelles, offre_insertion::catalogue::vocab::libelles_traduits(langue));
            assert!(libelles.iter().any(|l| *l
                == ("Frein:garde_enfants", offre_insertion::catalogue::vocab::Frein::GardeEnfants.libelle(langue))));
            assert!(lire_paquet(Langue::En, paquet.replace(langue.code(), "de")).is_err());
            let coupe = paquet.lines().take(40).collect::<Vec<_>>().join("\n");
            assert_eq!(
                lire_paquet(langue, coupe).unwrap_err(),
                format!("paquet de langue {} : incomplet", langue.code())
            );
            assert_eq!(
                lire_paquet(langue, format!("{paquet}sans tabulation\n")).unwrap_err(),
                format!("paquet de langue {} : libellé illisible", langue.code())
            );
            assert!(lire_paquet(langue, String::new()).is_err());
        }
    }

    /// The string literals of the French table, as written in this file (format strings too:
    /// a `{n}` counts as a word).
    fn litteraux_fr() -> Vec<String> {
        let source = include_str!("i18n.rs");
        let debut = source.find("pub static FR: Textes = Textes {").expect("the French table");
        let fin = debut + source[debut..].find("\n};").expect("its end");
        let mut litteraux = Vec::new();
        let mut chars = source[debut..fin].chars();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut litteral = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => litteral.extend(chars.next()),
                    '"' => break,
                    c => litteral.push(c),
                }
            }
            litteraux.push(litteral);
        }
        litteraux
    }

    /// FALC: short sentences, one idea each. A sentence ends with . ! ? or … before a space.
    #[test]
    fn no_interface_sentence_is_longer_than_20_words() {
        let litteraux = litteraux_fr();
        assert!(litteraux.len() > 200, "{} strings read", litteraux.len());
        let mut longues = Vec::new();
        for texte in &litteraux {
            let mut phrase = String::new();
            let mut chars = texte.chars().peekable();
            while let Some(c) = chars.next() {
                phrase.push(c);
                let fin = matches!(c, '.' | '!' | '?' | '…') && chars.peek().is_none_or(|n| n.is_whitespace());
                if fin || chars.peek().is_none() {
                    let mots = phrase.split_whitespace().filter(|m| m.chars().any(|c| c.is_alphanumeric() || c == '{'));
                    if mots.count() > 20 {
                        longues.push(phrase.trim().to_owned());
                    }
                    phrase.clear();
                }
            }
        }
        assert!(longues.is_empty(), "sentences over 20 words:\n{}", longues.join("\n"));
    }

    #[test]
    fn each_language_has_its_table() {
        assert_eq!(Langue::Ar.textes().nav_accueil, "الصفحة الرئيسية");
        assert_eq!(Langue::En.textes().nav_accueil, "Home");
        assert_eq!(Langue::Fr.textes().nav_accueil, "Accueil");
    }
}
