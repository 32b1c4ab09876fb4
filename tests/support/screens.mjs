// Every screen of the app: its fragment and (part of) its French heading.
export const SCREENS = [
  ['#/', 'Trouver un accompagnement'],
  ['#/catalogue?q=formation', 'Catalogue des services'],
  ['#/catalogue?q=zzzz', 'Catalogue des services'],
  ['#/service/plie-paris-accompagnement', 'PLIE'],
  ['#/structure/ville-de-paris', 'Ville de Paris'],
  ['#/questionnaire/1', 'Quel est votre code postal'],
  ['#/questionnaire/7?cp=75019', "Qu'est-ce qui vous freine"],
  ['#/resultats?cp=75019&res=rsa&dispo=oui&fr=garde_enfants', 'Vos résultats'],
  ['#/plan', 'Plan des services'],
  ['#/glossaire', 'Glossaire'],
  ['#/selection', 'Sélection'],
  ['#/services?s=epi-flandre.garantie-jeunes', 'Services proposés pour vous'],
  ['#/a-propos', 'À propos'],
  ['#/nulle-part', 'Page introuvable'],
];
