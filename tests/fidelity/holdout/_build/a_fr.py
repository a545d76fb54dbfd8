# French articles (invented) for tests/fidelity/holdout/. See a_zh.py for the format.
# \u00a0 is the no-break space French puts inside « » and before : ; ? !
ARTICLES = []
A = ARTICLES.append

A(dict(
file="ho12_ledevoir_pekin_kalgan_cp1252.html", lang="fr", encoding="cp1252", eol="lf",
layout="full HTML page of a Quebec daily, cp1252 (curly apostrophes, « » with no-break spaces, em dashes): menu, section tag, headline, chapô, byline block with role line and a date without time, 'Ajouter à mes favoris' and 'Partagez cet article', inline 'Abonnez-vous' box, 'Lire la suite' teasers, footer",
hard="cp1252 with curly quotes and no-break spaces; aid between neighbours (Pékin to Hebei), the receiving city given by its old Western name Kalgan beside Zhangjiakou; byline name followed by a role line (Collaboration spéciale à Pékin) that is not part of the name, and Pékin is also where the writer is",
title="À Kalgan, les médecins de Pékin font la navette pour désengorger la capitale",
date="2024-01-18", source="Le Devoir", source_id=None, authors=["Marc-André Tremblay"],
region="hebei", origin="beijing",
text="""<!DOCTYPE html>
<html lang="fr-CA">
<head><meta charset="windows-1252"><title>À Kalgan, les médecins de Pékin font la navette pour désengorger la capitale | Le Devoir</title></head>
<body>
<nav><a href="/">Le Devoir</a> <a href="/politique">Politique</a> <a href="/societe">Société</a> <a href="/monde">Monde</a> <a href="/culture">Culture</a> <a href="/opinion">Idées</a> <a class="abo">S’abonner</a></nav>
<article>
<p class="section">Monde — Asie</p>
<h1>À Kalgan, les médecins de Pékin font la navette pour désengorger la capitale</h1>
<p class="chapo">Pour soulager ses hôpitaux saturés, la capitale chinoise envoie ses spécialistes dans la province voisine du Hebei. Reportage à Zhangjiakou, l’ancienne Kalgan des caravanes.</p>
<div class="auteur">Marc-André Tremblay<br>Collaboration spéciale à Pékin<br>18 janvier 2024</div>
<div class="outils"><a>Ajouter à mes favoris</a> <a>Partagez cet article</a> <a>Facebook</a> <a>X</a> <a>Courriel</a></div>
<p>Le train à grande vitesse met 56 minutes. Chaque lundi, une vingtaine de médecins des grands hôpitaux de Pékin descendent à la gare de Zhangjiakou, que les caravaniers et les missionnaires appelaient autrefois Kalgan, pour tenir des consultations à l’hôpital central de la ville. Les patients les attendent avec des dossiers épais comme des annuaires.</p>
<p>Depuis 2015, Pékin, Tianjin et le Hebei sont censés se développer «\u00a0de manière coordonnée\u00a0». Pour la santé, cela signifie que 14 hôpitaux de la capitale parrainent désormais des établissements du Hebei — près de 300\u00a0millions de yuans investis depuis 2017, selon les autorités provinciales.</p>
<div class="abo-box">Abonnez-vous à notre infolettre Monde pour ne rien manquer.</div>
<p>«\u00a0Avant, les gens d’ici prenaient le train de 5\u00a0h pour faire la queue devant nos hôpitaux. Maintenant, c’est nous qui prenons le train\u00a0», explique Liang Wenjie, neurologue à l’hôpital Xuanwu, qui en est à sa deuxième année de navette.</p>
<p>Le modèle a ses limites\u00a0: les médecins repartent le soir, et plusieurs spécialistes formés sur place ont été recrutés par des hôpitaux pékinois. Mais l’hôpital central de Zhangjiakou compte désormais 9 spécialités qu’il n’avait pas en 2019.</p>
</article>
<section class="suite"><h3>À lire aussi</h3><p><a>La Chine resserre le contrôle des hôpitaux privés</a> <a>Lire la suite</a></p></section>
<footer>© Le Devoir 2024 — Tous droits réservés. <a>Politique de confidentialité</a></footer>
</body>
</html>
""",
has=["que les caravaniers et les missionnaires appelaient autrefois Kalgan",
     "Pékin, Tianjin et le Hebei sont censés se développer «\u00a0de manière coordonnée\u00a0».",
     "près de 300\u00a0millions de yuans investis depuis 2017",
     "«\u00a0Avant, les gens d’ici prenaient le train de 5\u00a0h pour faire la queue devant nos hôpitaux."],
lacks=["Ajouter à mes favoris", "Partagez cet article", "Abonnez-vous à notre infolettre Monde",
       "La Chine resserre le contrôle des hôpitaux privés", "Lire la suite", "Tous droits réservés."],
))

A(dict(
file="ho13_olj_jiangsu_hanzhong_latin1_entities.html", lang="fr", encoding="latin-1", eol="lf", entities="outside",
layout="full HTML page of a Beirut French-language daily in ISO-8859-1: accents as raw latin-1 bytes, every character outside latin-1 (curly apostrophes, em dashes, œ) as a named HTML entity; menu, breadcrumb, byline 'OLJ / Par NAME, le DATE à HHhMM', newsletter and 'Partagez' widgets, 'Les plus lus' list, footer",
hard="latin-1 bytes mixed with &rsquo; &mdash; &oelig; entities; date 'le 14 mars 2023 à 14h32' inside the byline line; old French spellings Kiangsou (Jiangsu) and Chensi (Shaanxi) beside the pinyin; the receiver is the city of Hanzhong, Xi'an and Pékin also named",
title="Du Kiangsou au Chensi, des chirurgiens en « mission de contrepartie »",
date="2023-03-14", source="L'Orient-Le Jour", source_id=None, authors=["Rania Haddad"],
region="shaanxi", origin="jiangsu",
text="""<!DOCTYPE html>
<html lang="fr">
<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Du Kiangsou au Chensi, des chirurgiens en « mission de contrepartie » - L’Orient-Le Jour</title></head>
<body>
<div class="menu"><a href="/">L’Orient-Le Jour</a> | <a href="/liban">Liban</a> | <a href="/monde">Monde</a> | <a href="/economie">Économie</a> | <a href="/sante">Santé</a> | <a href="/abonnement">S’abonner</a></div>
<div class="fil">Accueil &gt; Monde &gt; Asie</div>
<h1>Du Kiangsou au Chensi, des chirurgiens en « mission de contrepartie »</h1>
<p class="byline">OLJ / Par Rania Haddad, le 14 mars 2023 à 14h32</p>
<div class="partage">Partagez sur Facebook | Partagez sur WhatsApp | Copier le lien</div>
<p>Au pied des monts Qinling, l’hôpital central de Hanzhong, dans le sud du Shaanxi — le Chensi des anciennes cartes françaises —, a inauguré en février un service de chirurgie cardiaque pédiatrique, une première pour cette ville de 3,2\u00a0millions d’habitants.</p>
<p>L’équipe de 18 médecins qui le fait tourner vient du Jiangsu, la riche province côtière que l’on écrivait autrefois Kiangsou. Depuis 2016, elle est jumelée avec le Shaanxi dans le cadre de l’«\u00a0aide de contrepartie\u00a0», un système par lequel Pékin confie le développement des régions pauvres à des provinces plus riches.</p>
<div class="nl">Newsletter\u00a0: recevez chaque matin l’essentiel de l’actualité. Je m’inscris</div>
<p>«\u00a0Avant, un enfant avec une malformation cardiaque devait être transféré à Xi’an, cinq heures de route\u00a0», raconte le Dr Ran Zhiqiang, chef de l’équipe venue de Nankin. Depuis l’ouverture, 23 enfants ont été opérés sur place.</p>
<p>Cette œuvre de longue haleine a un coût\u00a0: le Jiangsu a financé la moitié des 85\u00a0millions de yuans du nouveau bâtiment.</p>
<div class="pluslus"><h3>Les plus lus</h3><ol><li><a>Électricité\u00a0: EDL annonce de nouvelles coupures</a></li><li><a>Le Liban face à la crise des médicaments</a></li></ol></div>
<footer>© L’Orient-Le Jour 2023. Tous droits réservés. Mentions légales</footer>
</body>
</html>
""",
has=["l’hôpital central de Hanzhong, dans le sud du Shaanxi — le Chensi des anciennes cartes françaises —",
     "la riche province côtière que l’on écrivait autrefois Kiangsou.",
     "l’«\u00a0aide de contrepartie\u00a0»",
     "Cette œuvre de longue haleine a un coût\u00a0:"],
lacks=["Accueil > Monde > Asie", "Partagez sur Facebook", "Copier le lien",
       "Newsletter\u00a0: recevez chaque matin l’essentiel de l’actualité.", "Les plus lus",
       "Le Liban face à la crise des médicaments", "Tous droits réservés."],
))

A(dict(
file="ho14_lesoir_shenzhen_baise_mojibake_cp1252.txt", lang="fr", encoding="utf-8", eol="lf", mojibake="cp1252",
layout="plain-text scrape of a Belgian daily, UTF-8 wrongly decoded as cp1252 and re-encoded as UTF-8: site menu, 'Abonné' tag, headline, 'Par NAME | Publié le 5/4/2023 à 14:32', 'Ajouter à mes favoris', body with 'Lire aussi' teaser inside, 'Partagez cet article', 'Lire la suite' teasers, footer",
hard="double-encoded UTF-8 via cp1252; numeric date 5/4/2023 in a Belgian page means 5 April 2023 (day first), not 4 May; the sender is the city of Shenzhen (Guangdong not named); the receiver Baise (Bose) in Guangxi; a 'Lire aussi' teaser sits between body paragraphs",
title="Chine : Shenzhen « parraine » les hôpitaux de Baise, aux confins du Guangxi",
date="2023-04-05", source="Le Soir", source_id=None, authors=["Sophie Vandenberghe"],
region="guangxi", origin="guangdong",
text="""LE SOIR  Actualité  Belgique  Monde  Économie  Opinions  Sports  Culture  Mon compte
Abonné

Chine\u00a0: Shenzhen «\u00a0parraine\u00a0» les hôpitaux de Baise, aux confins du Guangxi

Par Sophie Vandenberghe | Publié le 5/4/2023 à 14:32
Ajouter à mes favoris

Depuis trois ans, la mégapole de Shenzhen envoie chaque année une centaine de médecins dans la ville-préfecture de Baise (Bose), une région montagneuse du Guangxi peuplée en majorité de Zhuang, à la frontière du Vietnam.

Ce jumelage fait partie de la «\u00a0coopération Est-Ouest\u00a0», qui oblige les régions riches de la côte à financer et à encadrer le développement des provinces pauvres. Shenzhen y a consacré, selon la presse locale, 1,2\u00a0milliard de yuans en 2022, dont un tiers pour la santé.

Lire aussi\u00a0: En Chine, la fin du zéro Covid a saturé les hôpitaux

À l’hôpital populaire du district de Tianlin, le Dr Chen Haoran, cardiologue à Shenzhen, a installé une salle de cathétérisme. «\u00a0Les patients n’ont plus besoin de faire cinq heures de route jusqu’à Nanning\u00a0», dit-il.

Les autorités de Baise affirment que le taux de patients soignés dans leur district d’origine est passé de 81\u00a0% à 90\u00a0%.

Partagez cet article\u00a0: Facebook  Twitter  LinkedIn  E-mail

Lire la suite
· Taïwan\u00a0: les manœuvres chinoises inquiètent Bruxelles
· Comment la Belgique forme ses médecins généralistes

© Rossel & Cie S.A. – Le Soir – Tous droits réservés
""",
has=["la mégapole de Shenzhen envoie chaque année une centaine de médecins dans la ville-préfecture de Baise (Bose)",
     "Ce jumelage fait partie de la «\u00a0coopération Est-Ouest\u00a0»",
     "«\u00a0Les patients n’ont plus besoin de faire cinq heures de route jusqu’à Nanning\u00a0»",
     "est passé de 81\u00a0% à 90\u00a0%."],
lacks=["Mon compte", "Ajouter à mes favoris", "Lire aussi\u00a0: En Chine, la fin du zéro Covid a saturé les hôpitaux",
       "Partagez cet article", "Lire la suite", "Taïwan\u00a0: les manœuvres chinoises inquiètent Bruxelles",
       "Tous droits réservés"],
))

A(dict(
file="ho15_ambassade_tianjin_tianshui_bom_print.txt", lang="fr", encoding="utf-8-sig", eol="crlf",
layout="print view of an embassy's French-language news bulletin as text, UTF-8 with BOM, CRLF: embassy name, 'Imprimer | Fermer la fenêtre | Suggérer à un ami', bulletin number, headline, date 'Le 22 août 2019' with no byline, body, 'Source :' line citing a wire agency, footer with address and 'Plan du site'",
hard="no author anywhere (authors empty); the page is the embassy's, but its 'Source\u00a0: Agence de presse Xinhua' line names the outlet (a listed one), as a 来源 line does; the date appears as 'Le 22 août 2019' and the bulletin issue as 2019/33; the sender is the municipality of Tianjin, the receiver the city of Tianshui in Gansu (its name shares a character with Tianjin) and its county Zhangjiachuan",
title="Des médecins de Tianjin au chevet des villages de Tianshui",
date="2019-08-22", source="Agence de presse Xinhua", source_id="xinhua", authors=[],
region="gansu", origin="tianjin",
text="""Ambassade de la République populaire de Chine en République française
Imprimer | Fermer la fenêtre | Suggérer à un ami

Bulletin d’information n° 2019/33

Des médecins de Tianjin au chevet des villages de Tianshui

Le 22 août 2019

Depuis le printemps, une équipe de 24 médecins venus de Tianjin travaille dans les hôpitaux de la ville-préfecture de Tianshui, dans la province du Gansu, à plus de 1\u00a0300 kilomètres de la côte.

Cette mission s’inscrit dans le programme de coopération entre Tianjin et le Gansu. Les médecins, issus de neuf hôpitaux de Tianjin, ont réalisé 640 opérations chirurgicales et formé 310 médecins et infirmiers locaux au cours des quatre derniers mois.

À Zhangjiachuan, l’hôpital populaire du district autonome hui dispose désormais d’un service d’hémodialyse et d’un centre de télémédecine relié à l’Hôpital général de l’Université médicale de Tianjin. «\u00a0Les villageois n’ont plus à parcourir des centaines de kilomètres pour une consultation\u00a0», a déclaré Zhao Lihong, cheffe de l’équipe.

Source\u00a0: Agence de presse Xinhua

Plan du site | Contact | Mentions légales
11, avenue George V, 75008 Paris
""",
has=["une équipe de 24 médecins venus de Tianjin travaille dans les hôpitaux de la ville-préfecture de Tianshui",
     "ont réalisé 640 opérations chirurgicales et formé 310 médecins et infirmiers locaux",
     "«\u00a0Les villageois n’ont plus à parcourir des centaines de kilomètres pour une consultation\u00a0»"],
lacks=["Ambassade de la République populaire de Chine en République française", "Imprimer | Fermer la fenêtre | Suggérer à un ami", "Bulletin d’information n° 2019/33",
       "Plan du site | Contact | Mentions légales", "11, avenue George V, 75008 Paris"],
))
