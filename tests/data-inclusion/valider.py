"""Validates a data·inclusion export with the official Python models (data-inclusion-schema),
which are stricter than the JSON Schemas (e.g. `tous-publics` only alone).

Usage: python valider.py DOSSIER  (DOSSIER holds structures.json and services.json)
"""
import json
import sys
from pathlib import Path

from data_inclusion.schema.v1 import Service, Structure


def main(dossier: Path) -> int:
    erreurs = 0
    for fichier, modele in (("structures.json", Structure), ("services.json", Service)):
        lignes = json.loads((dossier / fichier).read_text(encoding="utf-8"))
        for rang, ligne in enumerate(lignes, start=1):
            try:
                modele.model_validate(ligne)
            except Exception as e:  # pydantic.ValidationError, said as is
                erreurs += 1
                print(f"{dossier / fichier}, ligne n° {rang} (id {ligne.get('id')!r}) : {e}", file=sys.stderr)
        print(f"{dossier / fichier} : {len(lignes)} lignes, modèles data·inclusion {modele.__name__}")
    if erreurs:
        print(f"{erreurs} ligne(s) refusée(s) par les modèles officiels", file=sys.stderr)
    return 1 if erreurs else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
