"""A small inline archive (Hugo txtar style) for focused render tests: every case in one place."""

from __future__ import annotations

from pathlib import Path

ENTRIES: dict[str, str] = {
    "beijing-doctors-in-xinjiang.md": """---
title: {en: Beijing doctors in Xinjiang, fr: Des médecins de Pékin au Xinjiang, zh: 北京医生赴新疆}
summary: {en: Twelve experts held clinics., fr: Douze experts ont tenu des consultations., zh: 十二名专家开展义诊。}
lang: fr
date: 2023-07-14
region: xinjiang
origin: beijing
source: people-daily-online
authors: [Ma Lu, Duan Siqi]
dateline: Pékin, 14 juillet
tags: [medical-team, surgery]
---

Du 14 au 18 juillet 2023, une équipe d'experts médicaux <script>alert(1)</script> s'est rendue au Xinjiang.

# Un intertitre

[lien](javascript:alert(1))

Photo de l'équipe
{: .caption }
""",
    "xinjiang-undated.md": """---
title: {en: null, fr: null, zh: 援疆医疗队}
summary: {en: A team went to Xinjiang., fr: null, zh: 医疗队赴疆。}
lang: zh
date: null
region: xinjiang
origin: shanghai
source: Some Local Paper
---

医疗队赴疆开展工作。
""",
    "tibet-talents.md": """---
title: {en: Medical talents in Tibet, fr: Des talents médicaux au Tibet, zh: 医疗人才援藏}
summary: {en: 841 medical talents., fr: 841 talents médicaux., zh: 841名医疗人才。}
lang: fr
date: 2024-02
region: tibet
---

Après le sixième symposium central sur le travail du Tibet.
""",
    "shanxi-tour.md": """---
title: {en: "Doctors <b>go</b> to the grassroots", fr: Des médecins vers la base, zh: 千名医生下基层}
summary: {en: A tour of counties & villages., fr: Une tournée., zh: 县乡巡回。}
lang: en
date: 2022
region: shanxi
origin: beijing
source: xinhua
tags: [training]
---

People's Daily Online, Taiyuan, January 14 (Reporter Ma Lu) A few days ago.
""",
    "xinjiang-older.md": """---
title: {en: An older Xinjiang report, fr: Un ancien reportage du Xinjiang, zh: 较早的新疆报道}
summary: {en: Older., fr: Plus ancien., zh: 较早。}
lang: en
date: 2021-05-03
region: xinjiang
---

An older report.
""",
}


def write(root: Path) -> Path:
    """Write the mini archive's content/ under ``root`` and return ``root``."""
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    for name, text in ENTRIES.items():
        (content / name).write_text(text, encoding="utf-8")
    return root
