# Diagnostics: one message per stable code (src/diag/codes.rs), with its help as the
# `.help` attribute. The code never changes with the language; the words do.

## Files

fichier-introuvable = fichier introuvable : { $path }
    .help = vérifiez le nom et le dossier du fichier
fichier-illisible = impossible de lire le fichier { $path } : { $reason ->
    [not-found] le fichier ou son dossier n'existe pas
    [permission-denied] accès refusé
    [is-a-directory] c'est un dossier, pas un fichier
    [read-only] le disque est en lecture seule
    [storage-full] le disque est plein
    [invalid-data] le contenu est illisible
    [not-a-file] ce n'est pas un fichier ordinaire (un dossier, un périphérique)
   *[other] erreur du système de fichiers
}
    .help = { $reason ->
        [invalid-data] le fichier est abîmé, tronqué, ou n'est pas du format que dit son extension : ouvrez-le dans le programme qui l'a créé (Excel, LibreOffice) et enregistrez-le à nouveau
       *[other] {""}
    }
ecriture-impossible = impossible d'écrire le fichier { $path } : { $reason ->
    [not-found] le fichier ou son dossier n'existe pas
    [permission-denied] accès refusé
    [is-a-directory] c'est un dossier, pas un fichier
    [read-only] le disque est en lecture seule
    [storage-full] le disque est plein
    [invalid-data] le contenu est illisible
    [not-a-file] ce n'est pas un fichier ordinaire (un dossier, un périphérique)
   *[other] erreur du système de fichiers
}
fichier-de-sortie-requis = un rapport { $format } est un fichier : il ne s'affiche pas à l'écran
    .help = ajoutez -o rapport.{ $format }
fichier-existant = le fichier { $path } existe déjà : csc init n'écrase jamais un fichier
    .help = choisissez un autre dossier (csc init DOSSIER) ou déplacez ce fichier
sortie-sur-entree = { $path } est un des fichiers lus (le plan ou un journal) : le rapport ne peut pas l'écraser
    .help = choisissez un autre nom de fichier après -o, par exemple rapport.csv
rapport-impossible = le rapport n'a pas pu être produit : { $reason ->
    [xlsx] le classeur Excel n'a pas pu être construit
    [csv] le fichier CSV n'a pas pu être construit
   *[other] erreur interne
}
encodage = le fichier n'est pas enregistré en UTF-8
    .help = dans votre éditeur, enregistrez le fichier avec l'encodage « UTF-8 »
fichier-vide = le fichier est vide
    .help = un plan commence par « csc: 1 », « commune: … » et « annee: … » ; voir plans/molenbeek-2023.yaml

## YAML structure

syntaxe-yaml = le YAML est mal formé : { $detail ->
    [documents] un plan tient en un seul document (retirez les lignes « --- » en trop)
    [unknown-anchor] alias « * » vers une ancre « & » qui n'existe pas
    [colon] « : » inattendu ; un texte qui contient « : » s'écrit entre guillemets
    [tab] une tabulation sert d'indentation ; n'utilisez que des espaces
    [indentation] l'indentation ne correspond pas à celle des lignes voisines
    [list-item] élément de liste mal aligné
    [quote] guillemets non refermés
    [bracket] crochet « [ » non refermé ou virgule manquante
    [brace] accolade « { "{" } » non refermée ou virgule manquante
    [anchor] ancre « & » ou alias « * » incorrect
    [eof] le fichier se termine au milieu d'une structure
   *[other] structure incorrecte à cet endroit
}
    .help = vérifiez l'indentation (des espaces, pas de tabulations) et les guillemets ; un texte qui contient « : » ou commence par « > » s'écrit entre guillemets
cle-inconnue = { $has_suggestion ->
    [true] clé inconnue « { $key } » ; vouliez-vous dire « { $suggestion } » ?
   *[false] clé inconnue « { $key } »
}
    .help = { $expected ->
        [none] {""}
       *[other] clés possibles ici : { $expected }
    }
cle-manquante = il manque la clé obligatoire « { $key } » dans le bloc qui contient cette ligne
    .help = ajoutez « { $key }: … » à ce bloc
type-incorrect = ici, il faut { $expected ->
        [text] un texte
        [integer] un nombre entier
        [number] un nombre
        [bool] un booléen (true/false)
        [list] une liste (lignes commençant par « - »)
        [object] un bloc de clés (« clé: valeur »)
        [empty] une valeur vide
        [date] une date AAAA-MM-JJ
       *[other] { $expected }
    }{ $found ->
    [none] {""}
   *[other] , pas { $found ->
        [text] un texte
        [integer] un nombre entier
        [number] un nombre
        [bool] un booléen (true/false)
        [list] une liste (lignes commençant par « - »)
        [object] un bloc de clés (« clé: valeur »)
        [empty] une valeur vide
        [date] une date AAAA-MM-JJ
       *[other] { $found }
    }
}
    .help = { $expected ->
        [list] écrivez chaque élément sur sa propre ligne, précédé de « - »
        [integer] écrivez seulement le nombre, en chiffres, par exemple 2023
        [number] écrivez seulement le nombre, en chiffres, par exemple 12 ou 2,5
        [text] mettez la valeur entre guillemets
       *[other] {""}
    }
cle-en-double = la clé « { $key } » apparaît deux fois{ $first_line ->
    [0] {""}
   *[other] {" "}(déjà à la ligne { $first_line }, peut-être sous une autre graphie)
}
    .help = gardez une seule de ces deux lignes
yaml-trop-complexe = le fichier est trop grand ou trop imbriqué pour un plan (alias ou niveaux en trop)

## Plan content

version-format = version de format « { $found } » inconnue ; cette version de csc lit « csc: 1 »
date-invalide = date invalide « { $value } »
    .help = écrivez la date sous la forme AAAA-MM-JJ, par exemple 2023-12-31
periode-inversee = la période se termine avant de commencer
    .help = « du » doit précéder « au »
annee-invalide = année invalide : { $value }
    .help = écrivez l'année en quatre chiffres, par exemple 2023
langue-inconnue = langue inconnue « { $value } »
    .help = écrivez « fr », « nl » ou « en »
identifiant-invalide = identifiant invalide « { $id } »
    .help = un identifiant s'écrit d'un seul mot : lettres, chiffres, « - », « _ » ou « . », par exemple OS1 ou prises-en-charge
identifiant-en-double = { $whole_plan ->
    [true] l'identifiant d'indicateur « { $id } » est déjà utilisé à la ligne { $first_line }
   *[false] l'identifiant « { $id } » est déjà utilisé à la ligne { $first_line } au même niveau
}
    .help = donnez-lui un identifiant différent
cible-invalide = { $kind ->
    [empty] la cible est vide
    [expected-number] cible illisible : un nombre est attendu ici
    [ambiguous-number] cible ambiguë : un point suivi de trois chiffres peut être un séparateur de milliers
    [missing-period] cible illisible : une période est attendue après « / »
    [unknown-period] cible illisible : période inconnue « { $word } »
    [reversed-range] cible illisible : la fin de l'intervalle est plus petite que son début
   *[unexpected] cible illisible : « { $word } » inattendu ici
}
    .help = exemples de cibles valides : « >/= 10/an », « au moins 3 par trimestre », « entre 5 et 10 », « >= 80 % », « Oui/Non »
mesure-et-declare = un indicateur a soit une « mesure », soit une valeur « declare », pas les deux
    .help = gardez « mesure » si la valeur se calcule à partir des journaux, « declare » si vous la donnez vous-même
justification-manquante = une valeur déclarée doit être justifiée
    .help = ajoutez « justification: … » (par exemple : Convention signée le 12/03/2023)
declare-invalide = valeur déclarée illisible « { $value } »
    .help = écrivez Oui, Non, un nombre (12) ou un pourcentage (85 %)
declare-incompatible = { $target_yes_no ->
    [true] la cible attend Oui ou Non, mais la valeur déclarée est un nombre
   *[false] la cible attend un nombre, mais la valeur déclarée est Oui ou Non
}
mesure-sans-activite = la mesure ne dit pas quelle activité compter
    .help = ajoutez « activite: code-de-l-activite » (ou « activites: [code1, code2] »)
mesure-activite-double = « activite » et « activites » ne peuvent pas être utilisées ensemble
    .help = gardez-en une seule
mesure-somme-et-distincts = « somme » et « distincts » ne peuvent pas être utilisés ensemble
    .help = gardez-en une seule
mesure-ratio-melangee = une mesure en ratio (numerateur/denominateur) ne peut pas avoir aussi « activite », « filtre », « somme » ou « distincts »
    .help = un ratio s'écrit « mesure: { "{" }numerateur: { "{" }activite: …{ "}" }, denominateur: { "{" }activite: …{ "}" }{ "}" } »
mesure-ratio-incomplete = le ratio n'a pas de « { $missing } »
    .help = un ratio s'écrit « mesure: { "{" }numerateur: { "{" }activite: …{ "}" }, denominateur: { "{" }activite: …{ "}" }{ "}" } »
pourcentage-sans-ratio = la cible est un pourcentage, mais la mesure n'est pas un ratio
    .help = utilisez une mesure « numerateur »/« denominateur », ou déclarez le pourcentage avec « declare »
ratio-sans-pourcentage = la mesure est un ratio, mais la cible n'est pas un pourcentage
    .help = écrivez la cible en pourcentage, par exemple « >= 80 % »
filtre-vide = le filtre est vide
    .help = retirez « filtre » ou indiquez « colonne: valeur »
objectif-strategique-vide = l'objectif stratégique « { $id } » n'a aucun objectif opérationnel
    .help = c'est permis (le modèle officiel laisse vides les tableaux de la zone de police), mais rien n'y sera évalué
objectif-operationnel-vide = l'objectif opérationnel « { $id } » n'a aucun indicateur
    .help = c'est permis (le modèle officiel laisse vides les tableaux de la zone de police), mais rien n'y sera évalué
plan-vide = le plan n'a aucun secteur d'activité

nombre-invalide = { $kind ->
    [ambiguous] nombre ambigu « { $value } » : un point suivi de trois chiffres peut être un séparateur de milliers
    [negative] nombre négatif « { $value } »
    [too-large] nombre trop grand « { $value } » : au plus 12 chiffres avant la virgule
   *[not-a-number] « { $value } » n'est pas un nombre lisible
}
    .help = écrivez le nombre en chiffres, avec une virgule décimale (2,5) ; les milliers s'écrivent avec une espace (1 000) ou sans séparateur (1000)
activite-en-double = l'activité « { $code } » est nommée deux fois dans cette mesure : chaque ligne n'est comptée qu'une fois
    .help = retirez le doublon de la liste « activites »
sous-periode-impossible = l'indicateur « { $id } » vise un rythme par { $period ->
    [week] semaine
    [month] mois
    [quarter] trimestre
    [semester] semestre
   *[year] an
}, mais aucune de ces périodes n'est entièrement comprise dans la période du plan : il reste « non mesuré »
    .help = écrivez la cible pour toute la période (par exemple « >= 4 ») ou allongez la « periode » du plan
date-avant-periode = la date d'évaluation { $as_of } précède le début de la période ({ $du }) : rien n'est encore compté
    .help = vérifiez --as-of ou la « periode » du plan

## Logs

guillemet-non-ferme = un guillemet ouvert ici n'est jamais refermé : toutes les lignes suivantes seraient lues comme une seule cellule
    .help = refermez le guillemet (") de cette cellule, ou retirez-le ; dans Excel, enregistrez à nouveau au format CSV
cellule-hors-en-tete = la cellule de la colonne { $column } n'a pas d'en-tête : la ligne a plus de cellules que la ligne d'en-tête
    .help = donnez un nom à cette colonne dans la première ligne, ou déplacez la valeur dans la bonne colonne ; un « ; » de trop dans un commentaire peut en être la cause
colonne-en-double = la colonne « { $column } » désigne la même donnée que la colonne « { $first } » (colonne { $first_column })
    .help = gardez une seule de ces deux colonnes, ou renommez l'une d'elles
formule-sans-valeur = la cellule de la colonne « { $column } » contient une formule dont la valeur n'a pas été calculée
    .help = ouvrez le classeur dans Excel ou LibreOffice et enregistrez-le, pour que les valeurs des formules y soient écrites
journal-en-double = { $kind ->
    [same-file] le journal { $path } est le même fichier que { $other } : il n'est lu qu'une fois
   *[same-content] le journal { $path } a exactement le même contenu que { $other } : ses lignes sont comptées deux fois
}
    .help = retirez le doublon de « journaux » ou des options --log
journal-trop-grand = le journal { $path } pèse { $size_mib } Mio : au-delà de { $limit_mib } Mio, csc ne le lit pas
    .help = découpez le journal par année ou par service, ou vérifiez qu'il s'agit du bon fichier
journal-vide = le journal est vide : il n'a même pas de ligne d'en-tête
    .help = la première ligne du journal doit nommer les colonnes, au moins « date » et « activite »
feuille-inconnue = le classeur n'a pas de feuille « { $sheet } » ; feuilles : { $available }
    .help = écrivez le nom de la feuille après « # », par exemple journal.xlsx#Activités
colonne-manquante = la colonne obligatoire « { $column } » manque{ $found ->
    [none] {""}
   *[other] {" "}; colonnes trouvées : { $found }
}
    .help = la première ligne du journal doit nommer les colonnes, au moins « date » et « activite »
donnee-personnelle = la colonne « { $column } » contient { $kind ->
    [email] une adresse e-mail
   *[national-number] un numéro de registre national
} : ces données ne doivent pas figurer dans un journal
    .help = remplacez-la par une référence de dossier pseudonyme (par exemple D-2023-014) ; csc n'affiche jamais la valeur
cellule-vide = la colonne « { $column } » est vide sur cette ligne
    .help = complétez la cellule ou supprimez la ligne
date-illisible = date illisible « { $value } »
    .help = écrivez la date sous la forme JJ/MM/AAAA (14/02/2023) ou AAAA-MM-JJ
nombre-illisible = { $kind ->
    [ambiguous] nombre ambigu « { $value } » dans la colonne « { $column } » : milliers ou décimales ?
    [negative] nombre négatif « { $value } » dans la colonne « { $column } »
    [too-large] nombre trop grand « { $value } » dans la colonne « { $column } » : au plus 12 chiffres avant la virgule
   *[not-a-number] « { $value } » n'est pas un nombre (colonne « { $column } »)
}
    .help = { $kind ->
        [ambiguous] écrivez les décimales avec une virgule (1,5) et les milliers sans séparateur (1234)
       *[other] écrivez un nombre positif ou zéro, par exemple 12 ou 2,5 ; laissez vide pour 1
    }
erreurs-supplementaires = { $count ->
    [one] et { $count } autre erreur dans ce journal
   *[other] et { $count } autres erreurs dans ce journal
}
colonne-de-mesure-manquante = l'indicateur « { $indicator } » (ligne { $plan_line } du plan) utilise la colonne « { $column } », absente de ce journal
    .help = ajoutez la colonne au journal ou corrigez la mesure dans le plan
activite-inconnue = aucun indicateur n'utilise l'activité « { $code } » ({ $rows ->
    [one] 1 ligne non comptée
   *[other] { $rows } lignes non comptées
}){ $has_nearest ->
    [true] {" "}; vouliez-vous dire « { $nearest } » ?
   *[false] {""}
}
    .help = corrigez le code dans le journal, ou ajoutez-le à la mesure d'un indicateur du plan
hors-periode = { $rows ->
    [one] { $rows } ligne hors de la période du { $du } au { $au }, non comptée (ligne { $lines })
   *[other] { $rows } lignes hors de la période du { $du } au { $au }, non comptées (lignes { $lines }{ $rows ->
        [2] {""}
        [3] {""}
        [4] {""}
        [5] {""}
       *[other] …
    })
}
    .help = vérifiez l'année des dates, ou la « periode » du plan
ligne-en-double = ligne identique à la ligne { $first_line }{ $more ->
    [0] {""}
    [one] {" "}(et { $more } autre ligne en double dans ce journal)
   *[other] {" "}(et { $more } autres lignes en double dans ce journal)
}
    .help = si c'est la même activité saisie deux fois, supprimez une des lignes
aucun-journal-trouve = aucun fichier ne correspond à « { $pattern } »
    .help = indiquez les journaux dans le plan (« journaux: [journal-2023.csv] ») ou avec --log
aucun-journal = aucun journal d'activités : les indicateurs mesurés restent « non mesuré »
    .help = indiquez les journaux dans le plan (« journaux: [journal-2023.csv] ») ou avec --log
indicateur-inconnu = { $has_nearest ->
    [true] indicateur « { $id } » inconnu ; vouliez-vous dire « { $nearest } » ?
   *[false] indicateur « { $id } » inconnu
}
    .help = les identifiants sont ceux des « id » des indicateurs du plan
