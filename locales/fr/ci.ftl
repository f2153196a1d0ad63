# CI formats (SARIF, JUnit, GitLab, GitHub), the plan's JSON Schema and `csc init`.

## SARIF: one rule per diagnostic code. The default variant is the code itself: a test
## fails when a code has no description of its own.

rule-description = { $code ->
    [fichier-introuvable] Un fichier nommé (plan ou journal) n'existe pas.
    [fichier-illisible] Un fichier existe mais ne peut pas être lu.
    [ecriture-impossible] Un fichier ne peut pas être écrit.
    [fichier-de-sortie-requis] Ce format de rapport est un fichier : il faut -o.
    [fichier-existant] Un fichier que csc init écrirait existe déjà.
    [sortie-sur-entree] Le fichier de sortie est un des fichiers lus.
    [rapport-impossible] Le rapport n'a pas pu être produit.
    [encodage] Le plan n'est pas enregistré en UTF-8.
    [fichier-vide] Le plan est vide.
    [syntaxe-yaml] Le YAML du plan est mal formé.
    [cle-inconnue] Une clé du plan n'existe pas à cet endroit.
    [cle-manquante] Une clé obligatoire manque.
    [type-incorrect] Une valeur n'a pas le type attendu (texte, nombre, liste…).
    [cle-en-double] Une clé est donnée deux fois, éventuellement sous deux orthographes.
    [yaml-trop-complexe] Le plan est trop grand ou trop imbriqué.
    [version-format] La version de format « csc » est inconnue.
    [date-invalide] Une date du plan est illisible.
    [periode-inversee] La période se termine avant de commencer.
    [annee-invalide] L'année du plan est invalide.
    [langue-inconnue] La langue du plan n'est pas fr, nl ou en.
    [identifiant-invalide] Un identifiant n'est pas d'un seul mot.
    [identifiant-en-double] Un identifiant est déjà utilisé.
    [cible-invalide] Une cible est illisible.
    [nombre-invalide] Un nombre du plan est illisible ou ambigu.
    [mesure-et-declare] Un indicateur a à la fois une mesure et une valeur déclarée.
    [justification-manquante] Une valeur déclarée n'est pas justifiée.
    [declare-invalide] Une valeur déclarée est illisible.
    [declare-incompatible] La valeur déclarée ne correspond pas au type de la cible.
    [mesure-sans-activite] Une mesure ne dit pas quelle activité compter.
    [mesure-activite-double] Une mesure a à la fois « activite » et « activites ».
    [mesure-somme-et-distincts] Une mesure a à la fois « somme » et « distincts ».
    [mesure-ratio-melangee] Un ratio mélange numérateur/dénominateur et mesure simple.
    [mesure-ratio-incomplete] Il manque le numérateur ou le dénominateur d'un ratio.
    [pourcentage-sans-ratio] Une cible en pourcentage sans ratio ni pourcentage déclaré.
    [ratio-sans-pourcentage] Un ratio dont la cible n'est pas un pourcentage.
    [filtre-vide] Un filtre ne contient aucune condition.
    [activite-en-double] Un code d'activité est listé deux fois dans une mesure.
    [sous-periode-impossible] Le taux par sous-période ne peut pas être jugé sur cette période.
    [date-avant-periode] La date d'évaluation précède le début de la période.
    [objectif-strategique-vide] Un objectif stratégique n'a aucun objectif opérationnel.
    [objectif-operationnel-vide] Un objectif opérationnel n'a aucun indicateur.
    [plan-vide] Le plan n'a aucun secteur.
    [journal-vide] Un journal d'activités est vide.
    [guillemet-non-ferme] Un guillemet n'est jamais refermé dans un journal.
    [cellule-hors-en-tete] Une cellule non vide se trouve à droite du dernier en-tête.
    [colonne-en-double] Deux en-têtes d'un journal nomment la même colonne.
    [formule-sans-valeur] Une formule d'un classeur n'a pas de valeur calculée.
    [journal-en-double] Le même journal (ou le même contenu) est lu deux fois.
    [journal-trop-grand] Un journal dépasse la taille permise.
    [feuille-inconnue] La feuille nommée n'existe pas dans le classeur.
    [colonne-manquante] Une colonne obligatoire manque dans un journal.
    [donnee-personnelle] Un journal contient une donnée personnelle (numéro de registre national, adresse e-mail).
    [cellule-vide] Une cellule obligatoire d'un journal est vide.
    [date-illisible] Une date d'un journal est illisible.
    [nombre-illisible] Un nombre d'un journal est illisible, ambigu ou négatif.
    [erreurs-supplementaires] D'autres erreurs du même journal ne sont pas montrées.
    [colonne-de-mesure-manquante] Un journal n'a pas la colonne qu'une mesure additionne ou filtre.
    [activite-inconnue] Un code d'activité du journal n'est utilisé par aucun indicateur.
    [hors-periode] Des lignes du journal sont hors de la période.
    [ligne-en-double] Une ligne du journal est identique à une autre.
    [aucun-journal-trouve] Un motif de journaux ne désigne aucun fichier.
    [aucun-journal] Aucun journal d'activités n'est lu.
    [indicateur-inconnu] L'identifiant d'indicateur demandé n'existe pas.
   *[other] { $code }
}
rule-full-description = { $description } Aide : { $help }

## GitHub annotations

github-more = { $errors ->
    [0] {""}
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}{ $errors ->
    [0] {""}
   *[other] { $warnings ->
        [0] {""}
       *[other] {" "}et{" "}
    }
}{ $warnings ->
    [0] {""}
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} de plus dans le journal de l'étape, sans annotation : GitHub n'en montre que { $limit } par gravité.
github-summary-failed = **{ $file }** : { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
} ; pas de tableau de conformité.

## JUnit

junit-failure = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}
junit-indicator = statut : { $status } ({ $code }) ; réalisé : { $value } ; attendu : { $expected } ; cible : { $target } ; lignes : { $rows }
junit-not-evaluated = non évalué : le plan ou un journal contient des erreurs

## JSON Schema of the plan (`csc schema`); also the comments of `csc init`

schema-title = Plan de projet csc
schema-description = Plan de projet d'une commune belge (Contrat de Sécurité et de Société, plan stratégique de sécurité et de prévention), tel que csc le lit : un fichier par commune, allocation et année. Clés en français ou en néerlandais.
schema-key = { $key ->
    [csc] Version du format du plan : toujours 1.
    [commune] Nom de la commune (ou de la ville).
    [annee] Année du plan, en quatre chiffres (par exemple 2024).
    [allocation] Allocation concernée, en texte libre (par exemple « Allocation terrorisme et extrémisme (art. 2) »).
    [base_legale] Base légale, en texte libre (par exemple l'arrêté royal qui octroie l'allocation).
    [periode] Période évaluée ; par défaut l'année civile du plan.
    [du] Premier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA).
    [au] Dernier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA).
    [echeance] Date limite de remise de l'évaluation ; par défaut le 31 mars de l'année suivante.
    [langue] Langue des rapports : fr, nl ou en (par défaut fr).
    [journaux] Journaux d'activités (CSV, .xlsx, .xls, .ods), chemins relatifs au plan ; motifs permis (journaux/*.csv) ; « fichier.xlsx#Feuille » pour une feuille précise.
    [secteurs] Secteurs d'activité du plan, dans l'ordre du plan officiel.
    [id] Identifiant court, d'un seul mot (lettres, chiffres, « - », « _ » ou « . »), unique parmi ses voisins ; celui d'un indicateur est unique dans tout le plan.
    [intitule] Intitulé, tel qu'il figure dans le plan officiel.
    [objectif_general] Objectif général du secteur.
    [objectifs_strategiques] Objectifs stratégiques du secteur.
    [domaine] Domaine de l'objectif stratégique (il lui sert d'intitulé).
    [pole] Pôle de l'objectif stratégique (facultatif).
    [objectifs_operationnels] Objectifs opérationnels de l'objectif stratégique ; une liste vide est permise, avec un avertissement.
    [resultats_attendus] Résultats attendus de l'objectif opérationnel, un par ligne.
    [indicateurs] Indicateurs de l'objectif opérationnel ; une liste vide est permise, avec un avertissement.
    [cible] Cible, écrite comme dans le plan officiel : « >/= 10/an », « au moins 3 par trimestre », « entre 5 et 10 », « >= 80 % », « Oui/Non ». Entre guillemets si elle commence par « > ».
    [mesure] Comment calculer la valeur à partir des journaux : une activité, un filtre, une somme ou un nombre de valeurs distinctes, ou un ratio numérateur/dénominateur.
    [declare] Valeur déclarée à la main (Oui, Non, un nombre ou un pourcentage), au lieu d'une mesure ; demande une justification.
    [justification] Justification de la valeur déclarée (par exemple « Convention signée le 12/03/2024 »).
    [activite] Code de l'activité comptée, tel qu'il figure dans la colonne « activite » du journal (majuscules, accents et espaces ne comptent pas).
    [activites] Plusieurs codes d'activité comptés ensemble.
    [filtre] Conditions sur d'autres colonnes du journal : colonne: valeur ; toutes doivent être remplies.
    [somme] Colonne numérique du journal à additionner (par défaut « quantite » : une ligne compte 1).
    [distincts] Colonne dont on compte les valeurs distinctes non vides (par exemple « dossier »).
    [numerateur] Numérateur d'un ratio (une mesure) : la valeur vaut 100 × numérateur / dénominateur.
    [denominateur] Dénominateur d'un ratio (une mesure).
    [def-periode] Période évaluée : premier et dernier jour.
    [def-secteur] Un secteur d'activité : son identifiant, son intitulé, son objectif général et ses objectifs stratégiques.
    [def-objectif-strategique] Un objectif stratégique : son identifiant, son domaine, son pôle et ses objectifs opérationnels.
    [def-objectif-operationnel] Un objectif opérationnel : son identifiant, son intitulé, ses résultats attendus et ses indicateurs.
    [def-indicateur] Un indicateur : son identifiant, son intitulé, sa cible, et une mesure (à partir des journaux) ou une valeur déclarée.
    [def-mesure] Les lignes du journal qui comptent et ce qui en est additionné.
   *[other] { $key }
}

## csc init

init-header =
    Plan de projet { $annee } de { $commune } (Contrat de Sécurité et de Société, plan stratégique de sécurité et de prévention), créé par « csc init ».
    Remplacez les exemples par le plan officiel, niveau par niveau : secteur → objectif général → objectif stratégique (domaine, pôle) → objectif opérationnel → résultats attendus → indicateurs.
    Notez chaque activité dans le journal { $log }.csv (ou { $log }.xlsx, en nommant ce fichier sous « journaux »), puis vérifiez avec : csc check { $plan }
init-example = { $item ->
    [commune] Ma commune
    [log-name] journal
    [sheet] Journal
    [allocation] Allocation terrorisme et extrémisme (art. 2)
    [legal-basis] Arrêté royal relatif à l'octroi de l'allocation (à compléter)
    [sector-title] Projets de sécurité et/ou socio-préventifs communaux
    [general-objective] Lutte contre le terrorisme et l'extrémisme par des projets communaux
    [domain] Mettre en œuvre le travail socio-préventif, y compris mise en réseau
    [pole] Pôle radicalisme
    [operational-title] Participer à la cellule de sécurité intégrale locale (CSIL)
    [expected-result] Une réunion de la CSIL au moins chaque trimestre
    [indicator-id] reunions-csil
    [indicator-title] Nombre de réunions de la CSIL
    [target] >= 4/an
    [activity] reunion-csil
    [declared-comment] Un indicateur sans journal : la valeur est déclarée à la main, avec sa justification.
    [declared-id] convention-caprev
    [declared-title] Convention de collaboration avec le CAPREV
    [yes-no-target] Oui/Non
    [declared-value] Non
    [justification] En préparation ; écrivez Oui et la date de signature une fois la convention signée
   *[other] { $item }
}
init-done =
    Fichiers créés : { $files }
    Complétez le plan, puis vérifiez-le : csc check { $plan }
init-refused = csc init n'écrase aucun fichier : rien n'a été écrit. Choisissez un dossier sans plan, par exemple : csc init plan-nouveau
