"""French articles of the en/fr fidelity corpus (Unicode text; make_corpus.py renders the bytes).

French typography: inside « » the spaces are no-break spaces. F() applies that to the text, the
title and the phrases alike (nbsp="\u00a0" by default, "\u202f" for a narrow one, None for none).
"""
ARTICLES = []


def F(**a):
    nb = a.pop("nbsp", "\u00a0")

    def typo(s):
        return s.replace("« ", "«" + nb).replace(" »", nb + "»") if nb else s

    a["text"], a["title"] = typo(a["text"]), typo(a["title"])
    a["has"], a["lacks"] = [typo(s) for s in a["has"]], [typo(s) for s in a["lacks"]]
    ARTICLES.append(a)


F(
file="fr01_xinhuafr_zhejiang_aksu_iso885915.txt", lang="fr", encoding="iso-8859-15", eol="lf",
layout="plain-text scrape in ISO-8859-15 (œ, €, « », straight apostrophes); french.news.cn header 'Publié le 05/03/2021 à 10h20', 'Imprimer | Envoyer à un ami | Partager', agency dateline, 'Source : Xinhua' and '(Rédacteur : …)' trailers, related list",
hard="ISO-8859-15 bytes (0xBD = œ, 0xA4 = €), not latin-1 nor cp1252; day-first date 05/03/2021 = 5 March; 'en provenance du Zhejiang'; Aksu with Xinjiang named; outlet printed 'Xinhua' -> French display name 'Agence de presse Xinhua'; Rédacteur is not an author",
title="Xinjiang : une équipe médicale en provenance du Zhejiang ouvre un centre de chirurgie cardiaque à Aksu",
date="2021-03-05", source="Agence de presse Xinhua", source_id="xinhua", authors=[],
region="xinjiang", origin="zhejiang",
text="""french.news.cn | Accueil | Chine | Monde | Afrique | Economie | Culture | Sciences | Photos
Xinjiang : une équipe médicale en provenance du Zhejiang ouvre un centre de chirurgie cardiaque à Aksu
Publié le 05/03/2021 à 10h20
Imprimer | Envoyer à un ami | Partager

URUMQI, 5 mars (Xinhua) -- Un centre de chirurgie cardiaque a été inauguré jeudi à l'hôpital populaire de la préfecture d'Aksu, dans la région autonome ouïgoure du Xinjiang (nord-ouest), grâce à une équipe médicale en provenance de la province du Zhejiang (est).

Jusqu'ici, les patients d'Aksu atteints de maladies du cœur devaient parcourir près de 1 000 km jusqu'à Urumqi pour être opérés. « Pour une famille d'agriculteurs, le voyage et le séjour coûtaient souvent plus de 20 000 yuans, soit environ 2 500 € », a indiqué Jin Weiming, chirurgien de l'hôpital provincial du Zhejiang et chef de l'équipe.

Les dix-neuf médecins et infirmiers de l'équipe, arrivés à Aksu en septembre, ont déjà réalisé 46 opérations à cœur ouvert et formé une quinzaine de soignants locaux. Le Zhejiang apporte un soutien de jumelage à la préfecture d'Aksu depuis 2010 et y a investi dans la construction de trois hôpitaux de district.

Ablimit Tohti, un cultivateur de coton de 58 ans opéré en février, a repris le travail aux champs. « Mon cœur bat comme celui d'un jeune homme », a-t-il confié en souriant.

Source : Xinhua
(Rédacteur : Zhao Mei)
Articles liés
Le Xinjiang accueille plus de touristes en 2020
Copyright © 2000-2021 Xinhua News Agency. Tous droits réservés.
""",
has=["grâce à une équipe médicale en provenance de la province du Zhejiang (est)",
     "Jusqu'ici, les patients d'Aksu atteints de maladies du cœur devaient parcourir près de 1 000 km jusqu'à Urumqi pour être opérés.",
     "soit environ 2 500 € », a indiqué Jin Weiming",
     "Le Zhejiang apporte un soutien de jumelage à la préfecture d'Aksu depuis 2010",
     "« Mon cœur bat comme celui d'un jeune homme », a-t-il confié en souriant."],
lacks=["french.news.cn | Accueil | Chine | Monde | Afrique", "Imprimer | Envoyer à un ami | Partager", "Source : Xinhua",
       "(Rédacteur : Zhao Mei)", "Articles liés", "Le Xinjiang accueille plus de touristes en 2020",
       "Copyright © 2000-2021 Xinhua News Agency. Tous droits réservés."],
)

F(
file="fr02_rci_ningbo_yanbian_utf16be.txt", lang="fr", encoding="utf-16-be", eol="lf",
layout="plain-text scrape in UTF-16-BE WITHOUT a BOM; Radio Chine Internationale (french.cri.cn) header with 'YYYY-MM-DD hh:mm:ss | French.cri.cn', 'Par NAME', 'Rédaction :' line, share row, QR prompt, previous/next article",
hard="UTF-16-BE with no BOM; 'venue de Ningbo' (city -> zhejiang, Zhejiang named only as 'province côtière du Zhejiang' once); Yanbian Korean prefecture is in Jilin; 'Rédaction :' is not an author",
title="Une équipe médicale venue de Ningbo forme les chirurgiens de Yanbian",
date="2022-09-14", source="Radio Chine Internationale", source_id=None, authors=["Sophie Wang"],
region="jilin", origin="zhejiang",
text="""Radio Chine Internationale | Accueil | Chine | International | Culture | Économie | Apprendre le chinois
Une équipe médicale venue de Ningbo forme les chirurgiens de Yanbian
2022-09-14 15:32:10 | French.cri.cn
Par Sophie Wang
Partager sur Facebook | Partager sur Twitter | Partager sur WeChat

Une équipe de douze médecins venue de Ningbo, ville de la province côtière du Zhejiang, a achevé mardi une mission de trois mois dans la préfecture autonome coréenne de Yanbian, dans le nord-est de la Chine, à la frontière avec la Corée du Nord et la Russie.

Les médecins, issus de quatre hôpitaux de Ningbo, ont réalisé 128 interventions chirurgicales à l’hôpital de Yanji et dans les hôpitaux des districts de Hunchun et d’Antu. Ils ont surtout transmis leurs techniques : la chirurgie mini-invasive de la thyroïde et du côlon est désormais pratiquée par les équipes locales.

« Nous voulons que les patients de Yanbian n’aient plus besoin de partir à Changchun ou à Shenyang pour une opération courante », a déclaré Ye Qiming, chef de l’équipe et chirurgien de l’hôpital n°1 de Ningbo.

Ningbo et Yanbian coopèrent depuis 2017 dans le cadre du jumelage entre les provinces de l’Est et celles du Nord-Est. Outre la chirurgie, la coopération porte sur la télémédecine et la formation de 300 infirmières.

Rédaction : Li Na
Scannez le code QR pour suivre RCI sur WeChat
Article précédent : Le Jilin ouvre une nouvelle ligne ferroviaire
Article suivant : Festival du riz à Yanbian
""",
has=["Une équipe de douze médecins venue de Ningbo, ville de la province côtière du Zhejiang, a achevé mardi une mission de trois mois dans la préfecture autonome coréenne de Yanbian",
     "la chirurgie mini-invasive de la thyroïde et du côlon est désormais pratiquée par les équipes locales.",
     "« Nous voulons que les patients de Yanbian n’aient plus besoin de partir à Changchun ou à Shenyang pour une opération courante »",
     "Ningbo et Yanbian coopèrent depuis 2017"],
lacks=["Radio Chine Internationale | Accueil | Chine | International", "Partager sur Facebook | Partager sur Twitter",
       "Rédaction : Li Na", "Scannez le code QR pour suivre RCI sur WeChat",
       "Article précédent : Le Jilin ouvre une nouvelle ligne ferroviaire", "Article suivant : Festival du riz à Yanbian"],
)

F(
file="fr03_chineaupresent_foshan_liangshan.txt", lang="fr", encoding="utf-8", eol="lf",
layout="plain-text scrape of a monthly magazine web page: rubric, month-only issue line 'Juin 2022', 'Par NAME et NAME', print/send/share row, 'Sur le même sujet', newsletter sign-up, copyright",
hard="only the month is known ('Juin 2022') -> '2022-06'; two authors joined by 'et'; sender a city (Foshan -> guangdong, 'de Foshan au Liangshan'); Liangshan is in Sichuan (named once); body quotes an older date (2016)",
title="De Foshan au Liangshan, des médecins au chevet des villages yi",
date="2022-06", source="La Chine au présent", source_id=None, authors=["Liu Qing", "Marc Dufresne"],
region="sichuan", origin="guangdong",
text="""LA CHINE AU PRÉSENT
Accueil | Politique | Économie | Société | Culture | Tourisme | Numéro du mois
SOCIÉTÉ — Juin 2022
De Foshan au Liangshan, des médecins au chevet des villages yi
Par Liu Qing et Marc Dufresne
Imprimer | Envoyer à un ami | Partager

Il faut trois heures de lacets pour monter de Xichang au bourg de Zhaojue. C’est là, dans la préfecture autonome yi du Liangshan, au sud du Sichuan, que travaille depuis l’automne dernier le docteur Mo Jiahui, pédiatre venue de Foshan, dans le Guangdong.

Depuis 2016, Foshan a envoyé plus de 600 médecins et infirmiers de Foshan au Liangshan, une des régions les plus pauvres de Chine jusqu’à une date récente. La mission de Mo Jiahui est précise : faire baisser la mortalité infantile, longtemps trois fois supérieure à la moyenne nationale.

« Au début, les mères venaient à l’hôpital quand l’enfant était déjà très mal. Il a fallu gagner leur confiance, village par village », raconte-t-elle. Avec deux collègues yi, elle a formé 84 médecins de village au repérage des signes d’alerte.

Les résultats se lisent dans les registres : l’hôpital du district de Zhaojue n’a enregistré aucun décès maternel en 2021, une première. Foshan finance aussi des bourses pour que de jeunes Yi étudient la médecine à Guangzhou, à condition de revenir exercer au Liangshan.

Sur le même sujet
Le Sichuan achève la rénovation de ses hôpitaux de district
Abonnez-vous à notre lettre d’information
© La Chine au présent. Tous droits réservés.
""",
has=["dans la préfecture autonome yi du Liangshan, au sud du Sichuan, que travaille depuis l’automne dernier le docteur Mo Jiahui, pédiatre venue de Foshan, dans le Guangdong.",
     "Depuis 2016, Foshan a envoyé plus de 600 médecins et infirmiers de Foshan au Liangshan",
     "« Au début, les mères venaient à l’hôpital quand l’enfant était déjà très mal. Il a fallu gagner leur confiance, village par village », raconte-t-elle.",
     "l’hôpital du district de Zhaojue n’a enregistré aucun décès maternel en 2021, une première."],
lacks=["Accueil | Politique | Économie | Société", "SOCIÉTÉ — Juin 2022", "Imprimer | Envoyer à un ami | Partager",
       "Sur le même sujet", "Le Sichuan achève la rénovation de ses hôpitaux de district",
       "Abonnez-vous à notre lettre d’information", "© La Chine au présent. Tous droits réservés."],
)

F(
file="fr04_beijinginfo_pekin_lhassa.html", lang="fr", encoding="cp1252", eol="crlf",
layout="full HTML page in cp1252 (declared windows-1252), CRLF: <title> differs from the <h1>, og:title, nav, breadcrumb above the <h1>, info line 'Beijing Information | le 12 mars 2021', font-size widget, QR prompt, 'Rédacteur :' trailer, prev/next, footer",
hard="cp1252 (’ « » with no-break spaces, …, —); <h1> differs from <title> (golden = <h1>); exonyms Pékin (origin beijing) and Lhassa (Tibet named once); destination named before the sender ('Lhassa accueille … venus de Pékin'); textual date 'le 12 mars 2021'",
title="Lhassa accueille sa quatrième équipe de pédiatres venus de Pékin",
date="2021-03-12", source="Beijing Information", source_id=None, authors=["Claire Morel"],
region="tibet", origin="beijing",
text="""<!DOCTYPE html>
<html lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Santé : des pédiatres pékinois au Tibet -- Beijing Information</title>
<meta property="og:title" content="Santé : des pédiatres pékinois au Tibet">
<link rel="stylesheet" href="/css/article.css">
<script>function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head>
<body>
<div class="menu"><a href="/">Accueil</a> | <a href="/chine/">Chine</a> | <a href="/monde/">Monde</a> | <a href="/economie/">Économie</a> | <a href="/culture/">Culture</a> | <a href="/dossiers/">Dossiers</a></div>
<div class="position">Vous êtes ici : Accueil &gt;&gt; Chine &gt;&gt; Société</div>
<h1>Lhassa accueille sa quatrième équipe de pédiatres venus de Pékin</h1>
<div class="info">Beijing Information | le 12 mars 2021 | Par Claire Morel</div>
<div class="fontsize">Taille du texte : <span onclick="fontZoom(12)">A-</span> <span onclick="fontZoom(14)">A</span> <span onclick="fontZoom(16)">A+</span></div>
<div id="zoom">
<p>Lhassa, capitale de la région autonome du Tibet, a accueilli mercredi sa quatrième équipe de pédiatres venus de Pékin, dans le cadre du programme d’aide «groupée» lancé en 2015 par les autorités sanitaires.</p>
<p>Les quinze médecins, issus de l’hôpital pour enfants de Pékin et de l’hôpital de l’Amitié, resteront un an à l’hôpital populaire de Lhassa. Ils prennent la relève d’une équipe qui a ouvert le premier service de réanimation néonatale de la ville, où 412 nouveau-nés ont été soignés l’an dernier.</p>
<p>« À 3 650 mètres d’altitude, un prématuré a besoin de plus d’oxygène qu’en plaine… Nous devons tout adapter », explique le docteur Guo Yanan, chef de la nouvelle équipe.</p>
<p>Pékin apporte un soutien de jumelage à Lhassa depuis 1994. Selon la commission municipale de la santé, plus de 1 200 médecins pékinois y ont travaillé — certains plusieurs fois.</p>
<p>Pour Drolma, infirmière tibétaine formée à Pékin pendant six mois, l’enjeu est ailleurs : « Ce qu’ils nous apprennent restera quand ils seront partis. »</p>
</div>
<div class="qr">Scannez le code QR pour lire cet article sur votre mobile</div>
<div class="editor">Rédacteur : Wang Lu</div>
<div class="near"><a href="/chine/202103/t11.htm">Article précédent : Le Tibet plante 20 millions d’arbres</a> <a href="/chine/202103/t13.htm">Article suivant : Pékin accueille une foire du livre</a></div>
<div class="foot">Copyright © Beijing Information. Tous droits réservés.</div>
</body>
</html>
""",
has=["Lhassa, capitale de la région autonome du Tibet, a accueilli mercredi sa quatrième équipe de pédiatres venus de Pékin",
     "où 412 nouveau-nés ont été soignés l’an dernier.",
     "« À 3 650 mètres d’altitude, un prématuré a besoin de plus d’oxygène qu’en plaine… Nous devons tout adapter »",
     "plus de 1 200 médecins pékinois y ont travaillé — certains plusieurs fois.",
     "« Ce qu’ils nous apprennent restera quand ils seront partis. »"],
lacks=["Vous êtes ici : Accueil >> Chine >> Société", "Taille du texte :", "Scannez le code QR pour lire cet article sur votre mobile",
       "Rédacteur : Wang Lu", "Article précédent : Le Tibet plante 20 millions d’arbres",
       "Article suivant : Pékin accueille une foire du livre", "Copyright © Beijing Information. Tous droits réservés."],
)

F(
file="fr05_chinaorgfr_tianjin_hotan_mojibake.txt", lang="fr", encoding="utf-8", mojibake="cp1252", eol="lf",
layout="plain-text scrape, double-encoded UTF-8 (UTF-8 read as cp1252 and re-encoded: Ã©, â€™, Â« Â»); french.china.org.cn header, keywords line and font-size widget, agency dateline, 'Source : Agence de presse Xinhua' trailer, 'Imprimer | Fermer', copyright",
hard="mojibake via cp1252 (incl. NBSP -> 'Â\\xa0'); page of china.org.cn carrying Xinhua copy: source is the agency credited under its French display name ('Source : Agence de presse Xinhua'); the sender's city is the dateline (TIANJIN); Hotan/Khotan spellings, Xinjiang named; 'le 20 octobre 2020'",
title="Des médecins de Tianjin au chevet des enfants de Hotan",
date="2020-10-20", source="Agence de presse Xinhua", source_id="xinhua", authors=[],
region="xinjiang", origin="tianjin",
text="""french.china.org.cn | Accueil | Chine | International | Économie | Culture | Vidéo
Des médecins de Tianjin au chevet des enfants de Hotan
Mots-clés : Tianjin, Hotan, Xinjiang, santé
french.china.org.cn | le 20 octobre 2020
Taille de police : A+ A-

TIANJIN, 20 octobre (Xinhua) -- Une équipe de 23 médecins et infirmiers a quitté mardi Tianjin, dans le nord de la Chine, pour la préfecture de Hotan, au sud du Xinjiang, où elle travaillera dix-huit mois dans les hôpitaux des districts de Cele, Yutian et Minfeng.

Hotan, appelée Khotan dans les récits des voyageurs de la Route de la soie, est une oasis au bord du désert du Taklamakan. Tianjin y soutient depuis 1997 la construction d’hôpitaux et la formation de médecins ouïghours.

La nouvelle équipe comprend pour la première fois un groupe de cinq pédiatres. « Les enfants représentent près d’un tiers des consultations, mais il n’y a que deux pédiatres dans tout le district de Minfeng », a indiqué Zhao Xin, chef de l’équipe et médecin de l’hôpital pour enfants de Tianjin.

Depuis 2017, les équipes de Tianjin ont réalisé plus de 9 000 opérations à Hotan et introduit 260 nouvelles techniques médicales, selon la commission municipale de la santé.

Source : Agence de presse Xinhua
Imprimer | Fermer
Copyright © China Internet Information Center. Tous droits réservés.
""",
has=["Une équipe de 23 médecins et infirmiers a quitté mardi Tianjin, dans le nord de la Chine, pour la préfecture de Hotan, au sud du Xinjiang",
     "Hotan, appelée Khotan dans les récits des voyageurs de la Route de la soie",
     "« Les enfants représentent près d’un tiers des consultations, mais il n’y a que deux pédiatres dans tout le district de Minfeng »",
     "les équipes de Tianjin ont réalisé plus de 9 000 opérations à Hotan"],
lacks=["french.china.org.cn | Accueil | Chine | International", "Mots-clés : Tianjin, Hotan, Xinjiang, santé",
       "Taille de police : A+ A-", "Source : Agence de presse Xinhua", "Imprimer | Fermer", "Copyright © China Internet Information Center. Tous droits réservés."],
)

F(
file="fr06_lemonde_shanghai_golog_bom.txt", lang="fr", encoding="utf-8-sig", eol="lf", nbsp="\u202f",
layout="plain-text scrape, UTF-8 with BOM; Le Monde layout: cookie banner, rubric line, 'Par NAME (CITY, envoyé spécial)', 'Publié le … - Mis à jour le …', subscribers-only notice, share row, 'Lire aussi' inserts inside the body, newsletter sign-up",
hard="narrow no-break spaces (U+202F) inside « »; publication date before an update date ('Publié le 3 juin 2022 … Mis à jour le 4 juin 2022') -> 2022-06-03; 'Lire aussi' insert between paragraphs; Golog/Guoluo spellings and Qinghai; 'venue de Shanghai'",
title="Au Qinghai, une équipe médicale venue de Shanghai tente d’enrayer l’échinococcose",
date="2022-06-03", source="Le Monde", source_id=None, authors=["Antoine Berthier"],
region="qinghai", origin="shanghai",
text="""Le Monde utilise des cookies pour vous offrir une expérience utilisateur de qualité. Accepter et continuer
International · Asie-Pacifique · Chine
Au Qinghai, une équipe médicale venue de Shanghai tente d’enrayer l’échinococcose
Sur les hauts plateaux tibétains, une maladie parasitaire transmise par les chiens ravage les familles d’éleveurs.
Par Antoine Berthier (Maqên, Qinghai, envoyé spécial)
Publié le 3 juin 2022 à 06h00 - Mis à jour le 4 juin 2022 à 10h15
Article réservé aux abonnés
Partager sur Facebook Partager sur Twitter Envoyer par e-mail

Dans la salle d’échographie de l’hôpital de la préfecture de Golog, la file d’attente s’étire jusque dans la cour. Des éleveurs en manteau de peau de mouton attendent depuis l’aube le passage des médecins venus de Shanghai, à 2 500 kilomètres de là.

La préfecture autonome tibétaine de Golog – Guoluo en mandarin –, dans le sud du Qinghai, détient un triste record : l’échinococcose, une maladie parasitaire qui forme des kystes dans le foie, y touche près de 4 % de la population, selon les autorités sanitaires.

Lire aussi | En Chine, la santé rurale à l’épreuve du Covid-19

L’équipe de Shanghai, une vingtaine de chirurgiens et d’échographistes, est la neuvième envoyée à Golog depuis 2010. « Nous opérons le matin, nous dépistons l’après-midi, et le soir nous formons les médecins locaux », résume le docteur Fang Yuejin, chirurgien hépatique de l’hôpital Renji de Shanghai.

À Maqên, le chef-lieu, la municipalité de Shanghai a financé un bloc opératoire et un laboratoire. Mais les médecins insistent sur la prévention : vermifuger les chiens, faire bouillir l’eau. « Les opérations sauvent des vies, la prévention sauvera les villages », dit Fang Yuejin.

Recevez chaque semaine la newsletter « Le Monde Asie »
S’inscrire
""",
has=["Des éleveurs en manteau de peau de mouton attendent depuis l’aube le passage des médecins venus de Shanghai, à 2 500 kilomètres de là.",
     "La préfecture autonome tibétaine de Golog – Guoluo en mandarin –, dans le sud du Qinghai, détient un triste record",
     "« Nous opérons le matin, nous dépistons l’après-midi, et le soir nous formons les médecins locaux », résume le docteur Fang Yuejin",
     "« Les opérations sauvent des vies, la prévention sauvera les villages », dit Fang Yuejin."],
lacks=["Le Monde utilise des cookies pour vous offrir une expérience utilisateur de qualité.", "Article réservé aux abonnés",
       "Partager sur Facebook Partager sur Twitter Envoyer par e-mail",
       "Lire aussi | En Chine, la santé rurale à l’épreuve du Covid-19",
       "Recevez chaque semaine la newsletter « Le Monde Asie »", "S’inscrire"],
)

F(
file="fr07_lefigaro_hebei_bayingolin.txt", lang="fr", encoding="cp1252", eol="crlf",
layout="plain-text scrape in cp1252 with curly apostrophes, ellipses and dashes, CRLF; Le Figaro header ('Par NAME et NAME', 'Publié le 11/02/2023 à 10:20, mis à jour le 13/02/2023 à 08:05'), share row, 'À lire aussi', comment counter, follow-us, copyright",
hard="day-first date 11/02/2023 = 11 February (not 2 November); two authors with 'et'; exonym 'Sinkiang' for Xinjiang; Bayingolin (Bayingol) Mongol prefecture; 'envoyée au Bayingolin par le Hebei' passive phrasing",
title="Dans le Sinkiang, les médecins du Hebei face aux maladies du désert",
date="2023-02-11", source="Le Figaro", source_id=None, authors=["Marie Vasseur", "Paul Leclerc"],
region="xinjiang", origin="hebei",
text="""Le Figaro | International | Actualité | Économie | Culture | Santé
Dans le Sinkiang, les médecins du Hebei face aux maladies du désert
Par Marie Vasseur et Paul Leclerc
Publié le 11/02/2023 à 10:20, mis à jour le 13/02/2023 à 08:05
Partager via : Facebook | Twitter | E-mail | Copier le lien

RÉCIT – À Korla, au bord du Taklamakan, une trentaine de médecins venus de l’est de la Chine soignent des patients qu’aucun spécialiste n’avait vus auparavant.

L’équipe médicale envoyée au Bayingolin par le Hebei compte 31 membres, arrivés en août pour deux ans. La préfecture autonome mongole de Bayingolin – « Bayingol » pour les géographes – est la plus vaste de Chine : à elle seule, elle couvre près d’un quart du Sinkiang, que Pékin appelle Xinjiang.

Le docteur Han Yufei, pneumologue de l’hôpital provincial du Hebei, à Shijiazhuang, décrit des poumons « abîmés par le sable et par des années de charbon de chauffage… ». Son service de Korla a ouvert la première consultation d’apnée du sommeil de la préfecture.

Le Hebei soutient le Bayingolin depuis 1997. En vingt-cinq ans, plus de 900 soignants se sont relayés dans la préfecture, selon la commission provinciale de la santé, qui affirme avoir introduit 300 techniques nouvelles dans les hôpitaux locaux.

À Ruoqiang, district reculé du sud, un seul chirurgien local opérait encore il y a trois ans ; ils sont aujourd’hui quatre, tous formés par les équipes du Hebei.

À lire aussi : Chine : la santé, priorité des régions de l’Ouest
0 commentaire
Suivez-nous sur Facebook et Twitter
Le Figaro – Tous droits réservés
""",
has=["L’équipe médicale envoyée au Bayingolin par le Hebei compte 31 membres, arrivés en août pour deux ans.",
     "elle couvre près d’un quart du Sinkiang, que Pékin appelle Xinjiang.",
     "« abîmés par le sable et par des années de charbon de chauffage… »",
     "Le Hebei soutient le Bayingolin depuis 1997."],
lacks=["Le Figaro | International | Actualité | Économie", "Partager via : Facebook | Twitter | E-mail | Copier le lien",
       "À lire aussi : Chine : la santé, priorité des régions de l’Ouest", "0 commentaire",
       "Suivez-nous sur Facebook et Twitter", "Le Figaro – Tous droits réservés"],
)

F(
file="fr08_ouestfrance_afp_canton_nyingchi_latin1.txt", lang="fr", encoding="latin-1", eol="crlf",
layout="plain-text scrape in latin-1 (ISO-8859-1: straight apostrophes, « »), CRLF; Ouest-France header 'Ouest-France avec AFP' and 'Publié le 07/04/2019 à 10h20', follow-us, '© AFP' credit, related list",
hard="latin-1 bytes; no person credited ('Ouest-France avec AFP' -> authors empty; source is the printed outlet); day-first date 07/04/2019 = 7 April; exonym Canton (Guangzhou -> guangdong); Nyingchi written 'Nyingtchi' and 'Linzhi'",
title="Chine : au Tibet, des chirurgiens de Canton opèrent les glaucomes des éleveurs",
date="2019-04-07", source="Ouest-France", source_id=None, authors=[],
region="tibet", origin="guangdong",
text="""Ouest-France | Actualité | Monde | Asie
Chine : au Tibet, des chirurgiens de Canton opèrent les glaucomes des éleveurs
Ouest-France avec AFP.
Publié le 07/04/2019 à 10h20
Suivez-nous sur Facebook, Twitter et Instagram

Une équipe d'ophtalmologues venue de Canton, la grande métropole du sud de la Chine, a opéré en une semaine plus de 150 éleveurs tibétains atteints de glaucome ou de cataracte à Nyingtchi, dans le sud-est du Tibet, a rapporté dimanche l'agence officielle Chine nouvelle.

La ville de Nyingtchi, appelée Linzhi en mandarin, reçoit depuis 1994 l'aide de la province du Guangdong, dont Canton est la capitale. Les médecins cantonais y ont construit un service d'ophtalmologie moderne, le premier de la région hors de Lhassa.

« Beaucoup de patients n'avaient jamais vu de médecin de leur vie », a expliqué à l'AFP par téléphone le docteur Liang Zhiwen, chef de l'équipe. L'altitude et le rayonnement solaire intense favorisent les maladies de l'oeil.

Selon Pékin, ces programmes d'aide, qui associent chaque région pauvre à une province riche, ont permis de porter l'espérance de vie au Tibet à plus de 70 ans. Les organisations de défense des droits des Tibétains y voient aussi un instrument de contrôle politique.

© AFP
À lire également
Chine : Pékin annonce un plan pour les hôpitaux ruraux
""",
has=["Une équipe d'ophtalmologues venue de Canton, la grande métropole du sud de la Chine, a opéré en une semaine plus de 150 éleveurs tibétains",
     "La ville de Nyingtchi, appelée Linzhi en mandarin, reçoit depuis 1994 l'aide de la province du Guangdong, dont Canton est la capitale.",
     "« Beaucoup de patients n'avaient jamais vu de médecin de leur vie », a expliqué à l'AFP par téléphone le docteur Liang Zhiwen",
     "ont permis de porter l'espérance de vie au Tibet à plus de 70 ans."],
lacks=["Ouest-France | Actualité | Monde | Asie", "Ouest-France avec AFP.", "Suivez-nous sur Facebook, Twitter et Instagram",
       "© AFP", "À lire également", "Chine : Pékin annonce un plan pour les hôpitaux ruraux"],
)

F(
file="fr09_rfi_hulunbuir_nullorigin_fragment.html", lang="fr", encoding="utf-8", eol="lf", entities="named",
layout="HTML fragment in which every non-ASCII character is a NAMED entity (&eacute; &laquo; &nbsp; &rsquo; &hellip;); RFI layout: rubric, 'Publié le : 12/03/2021 - 08:15 Modifié le : …', 'Par NAME', share list, 'Sur le même sujet', 'Suivez-nous' links",
hard="named entities throughout; day-first date 12/03/2021 = 12 March; sender never stated (origin null: 'des médecins venus de grands hôpitaux du pays'); Mongolie-Intérieure exonym, Hulunbuir/Hulun Buir prefecture; the dateline-like 'Pékin' is the reporter's base, not the sender",
title="En Mongolie-Intérieure, des médecins itinérants dans la steppe de Hulunbuir",
date="2021-03-12", source="RFI", source_id=None, authors=["Camille Rousset"],
region="inner-mongolia", origin=None,
text="""<div class="m-rubric"><a href="/fr/asie-pacifique/">Asie-Pacifique</a></div>
<h1 class="a-title">En Mongolie-Intérieure, des médecins itinérants dans la steppe de Hulunbuir</h1>
<div class="m-dates">Publié le : 12/03/2021 - 08:15 Modifié le : 12/03/2021 - 10:02</div>
<div class="m-author">Par Camille Rousset, correspondante à Pékin</div>
<ul class="m-share"><li>Partager sur Facebook</li><li>Partager sur Twitter</li><li>Envoyer par mail</li></ul>
<div class="t-content">
<p>Dans la région autonome de Mongolie-Intérieure, au nord de la Chine, une équipe médicale mobile parcourt depuis janvier la steppe enneigée de Hulunbuir pour soigner les éleveurs. Ses membres, une dizaine de médecins venus de grands hôpitaux du pays, travaillent dans un camion aménagé en cabinet de consultation.</p>
<p>La ligue de Hulunbuir – parfois écrite Hulun Buir –, grande comme la moitié de la France, ne compte que 2,2 millions d’habitants. Par moins 30 degrés, une consultation peut demander une journée de route.</p>
<p>« On nous attend parfois depuis des mois&hellip; Certains éleveurs n’ont pas vu de médecin depuis des années », raconte le docteur Bao Yingchun, d’origine mongole, qui coordonne la tournée. Le camion est équipé d’un échographe, d’un appareil de radiographie et d’une liaison satellite pour les téléconsultations.</p>
<p>Selon les autorités locales, plus de 4 000 personnes ont été examinées en deux mois, et une centaine de patients ont été adressés à l’hôpital de Hailar pour une opération.</p>
</div>
<div class="m-related"><h3>Sur le même sujet</h3><a href="/fr/asie-pacifique/20210301">Chine : le Parlement s’ouvre à Pékin</a></div>
<div class="m-follow">Suivez-nous sur Facebook, X et Instagram</div>
""",
has=["une équipe médicale mobile parcourt depuis janvier la steppe enneigée de Hulunbuir pour soigner les éleveurs.",
     "La ligue de Hulunbuir – parfois écrite Hulun Buir –, grande comme la moitié de la France, ne compte que 2,2 millions d’habitants.",
     "« On nous attend parfois depuis des mois… Certains éleveurs n’ont pas vu de médecin depuis des années », raconte le docteur Bao Yingchun",
     "une centaine de patients ont été adressés à l’hôpital de Hailar pour une opération."],
lacks=["Publié le : 12/03/2021 - 08:15 Modifié le : 12/03/2021 - 10:02", "Partager sur Facebook", "Envoyer par mail",
       "Sur le même sujet", "Chine : le Parlement s’ouvre à Pékin", "Suivez-nous sur Facebook, X et Instagram"],
)

F(
file="fr10_letemps_jinan_ngawa.html", lang="fr", encoding="utf-8", eol="lf",
layout="full HTML page (Swiss daily Le Temps): head with <title> 'Headline - Le Temps', og:title, og:url, canonical, JSON-LD datePublished; cookie banner, nav, breadcrumb above the <h1>, 'NAME, envoyé spécial à …', share bar, paywall and newsletter boxes, 'Articles liés', footer",
hard="byline 'NAME, envoyé spécial à Barkam' (no 'Par'); exonym 'Setchouan' for Sichuan; Aba/Ngawa spellings; sender a city (Jinan -> shandong, Shandong named once); date 'Publié mardi 19 novembre 2019 à 17:41' and JSON-LD",
title="Dans le Setchouan tibétain, la médecine venue de Jinan",
date="2019-11-19", source="Le Temps", source_id=None, authors=["Jonas Perrin"],
region="sichuan", origin="shandong",
text="""<!DOCTYPE html>
<html lang="fr-CH">
<head>
<meta charset="utf-8">
<title>Dans le Setchouan tibétain, la médecine venue de Jinan - Le Temps</title>
<meta property="og:title" content="Dans le Setchouan tibétain, la médecine venue de Jinan">
<meta property="og:url" content="https://www.letemps.ch/monde/asie-oceanie/setchouan-tibetain-medecine-venue-jinan">
<link rel="canonical" href="https://www.letemps.ch/monde/asie-oceanie/setchouan-tibetain-medecine-venue-jinan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Dans le Setchouan tibétain, la médecine venue de Jinan","datePublished":"2019-11-19T17:41:00+01:00","author":{"@type":"Person","name":"Jonas Perrin"},"publisher":{"@type":"Organization","name":"Le Temps"}}</script>
<style>.paywall{border:1px solid #ccc}</style>
</head>
<body>
<div id="cookies">Ce site utilise des cookies pour améliorer votre expérience. <a href="/cookies">En savoir plus</a> <button>J’accepte</button></div>
<nav><a href="/">Le Temps</a> <a href="/monde">Monde</a> <a href="/suisse">Suisse</a> <a href="/economie">Économie</a> <a href="/opinions">Opinions</a> <a href="/culture">Culture</a></nav>
<ol class="breadcrumb"><li><a href="/monde">Monde</a></li><li><a href="/monde/asie-oceanie">Asie-Océanie</a></li></ol>
<article>
<p class="kicker">Reportage</p>
<h1>Dans le Setchouan tibétain, la médecine venue de Jinan</h1>
<p class="lead">Dans la préfecture d’Aba, aux confins du plateau tibétain, des médecins de l’est de la Chine tentent de combler un retard sanitaire considérable.</p>
<p class="byline">Jonas Perrin, envoyé spécial à Barkam</p>
<p class="date">Publié mardi 19 novembre 2019 à 17:41</p>
<div class="share"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur LinkedIn</a> <a href="#">Partager par e-mail</a></div>
<div class="body">
<p>La route qui monte de Chengdu à Barkam longe des gorges vertigineuses. Au bout, à 2 600 mètres, l’hôpital de la préfecture autonome tibétaine et qiang d’Aba – Ngawa en tibétain – porte sur sa façade une plaque dorée : «Construit avec l’aide de la ville de Jinan».</p>
<p>Depuis le séisme de 2008, Jinan, capitale de la province du Shandong, envoie chaque année une équipe d’une quinzaine de médecins dans cette région du Setchouan peuplée de Tibétains et de Qiang. Celle de cette année est arrivée en septembre pour dix-huit mois.</p>
<p>« Ici, la tuberculose et les maladies du foie sont encore très fréquentes. Nous faisons en six mois ce que nous ferions en dix ans à Jinan », affirme le docteur Kong Fanrui, infectiologue.</p>
<p>Les autorités chinoises présentent ces jumelages comme une réussite. Sur place, un médecin tibétain, qui préfère rester anonyme, nuance : « Ils nous apprennent beaucoup. Mais quand ils repartent, il faut garder les appareils en marche. »</p>
</div>
<div class="paywall">Cet article vous est offert. Abonnez-vous pour soutenir un journalisme de qualité.</div>
<div class="newsletter">Inscrivez-vous à notre newsletter Monde</div>
</article>
<aside><h3>Articles liés</h3><ul><li><a href="/monde/chine-hopitaux">En Chine, la santé à deux vitesses</a></li></ul></aside>
<footer>© 2019 Le Temps SA. Tous droits réservés.</footer>
</body>
</html>
""",
has=["porte sur sa façade une plaque dorée : «Construit avec l’aide de la ville de Jinan».",
     "Depuis le séisme de 2008, Jinan, capitale de la province du Shandong, envoie chaque année une équipe d’une quinzaine de médecins dans cette région du Setchouan",
     "« Ici, la tuberculose et les maladies du foie sont encore très fréquentes. Nous faisons en six mois ce que nous ferions en dix ans à Jinan », affirme le docteur Kong Fanrui",
     "« Ils nous apprennent beaucoup. Mais quand ils repartent, il faut garder les appareils en marche. »"],
lacks=["Ce site utilise des cookies pour améliorer votre expérience.", "Partager sur LinkedIn",
       "Cet article vous est offert. Abonnez-vous pour soutenir un journalisme de qualité.",
       "Inscrivez-vous à notre newsletter Monde", "Articles liés", "En Chine, la santé à deux vitesses",
       "© 2019 Le Temps SA. Tous droits réservés."],
)

F(
file="fr11_lapresse_nankin_dehong_nodate.txt", lang="fr", encoding="utf-8", eol="lf", nbsp=None,
layout="plain-text scrape of a Québec daily (La Presse) without any date: the scraper dropped the header's date; 'NAME, La Presse' credit, 'Partager', 'Lisez aussi', comment counter, newsletter and copyright",
hard="no publication date anywhere (golden null; the 2019 and 2020 in the body are not the date); guillemets with ordinary spaces; exonym Nankin (Nanjing -> jiangsu, Jiangsu never named); Dehong Dai and Jingpo prefecture -> yunnan; 'arrivée de Nankin'",
title="À la frontière birmane, une équipe arrivée de Nankin traque le VIH",
date=None, source="La Presse", source_id=None, authors=["Mathieu Gagnon"],
region="yunnan", origin="jiangsu",
text="""La Presse | Actualités | International | Asie | Santé
À la frontière birmane, une équipe arrivée de Nankin traque le VIH
Mathieu Gagnon, La Presse
Partager

Ruili, dans le sud-ouest de la Chine, est une ville de marchés et de postes-frontières, à un jet de pierre de la Birmanie. C'est aussi l'un des endroits du pays les plus touchés par le VIH. Depuis l'automne, une équipe de onze infectiologues et infirmières arrivée de Nankin y épaule l'hôpital local.

La préfecture autonome dai et jingpo de Dehong, dans la province du Yunnan, a longtemps été une porte d'entrée de l'héroïne venue du Triangle d'or. « Les seringues ont disparu, mais le virus est resté dans les familles », résume la docteure Xue Lanfang, cheffe de l'équipe.

Les médecins de Nankin ont mis en place un dépistage dans les marchés et les usines de la ville, et suivent aujourd'hui plus de 1 800 patients sous traitement. En 2019, près d'un patient sur cinq interrompait son traitement ; le taux est tombé sous 6 % en 2020, selon l'hôpital.

Le défi, désormais, est de convaincre les travailleurs birmans qui passent la frontière chaque jour. « Ils ont peur d'être renvoyés chez eux s'ils se font dépister », explique une infirmière.

Lisez aussi : En Chine, la santé publique à l'épreuve des frontières
Commentaires (0)
Recevez notre infolettre
© La Presse Inc. Tous droits réservés.
""",
has=["Depuis l'automne, une équipe de onze infectiologues et infirmières arrivée de Nankin y épaule l'hôpital local.",
     "La préfecture autonome dai et jingpo de Dehong, dans la province du Yunnan, a longtemps été une porte d'entrée de l'héroïne venue du Triangle d'or.",
     "« Les seringues ont disparu, mais le virus est resté dans les familles », résume la docteure Xue Lanfang",
     "le taux est tombé sous 6 % en 2020, selon l'hôpital."],
lacks=["La Presse | Actualités | International | Asie", "Lisez aussi : En Chine, la santé publique à l'épreuve des frontières",
       "Commentaires (0)", "Recevez notre infolettre", "© La Presse Inc. Tous droits réservés."],
)
