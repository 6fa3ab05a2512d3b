"""A small hand-written name list for annotating real test sentences (test helper, not library data:
the entity stage owns actor recognition). Longest names first; whole words, a clitic letter allowed."""

from __future__ import annotations

from events.handmade import Ent, annotate
from marsad.model import Story

# surface -> (type, country, sector)
NAMES: dict[str, tuple[str, str, str | None]] = {
    "الولايات المتحدة": ("GPE", "USA", None),
    "الإدارة الأمريكية": ("ORG", "USA", "GOV"),
    "البيت الأبيض": ("ORG", "USA", "GOV"),
    "واشنطن": ("GPE", "USA", None),
    "ترامب": ("PER", "USA", "GOV"),
    "ترمب": ("PER", "USA", "GOV"),
    "تيلرسون": ("PER", "USA", "GOV"),
    "ماتيس": ("PER", "USA", "GOV"),
    "روسيا": ("GPE", "RUS", None),
    "موسكو": ("GPE", "RUS", None),
    "بوتين": ("PER", "RUS", "GOV"),
    "لافروف": ("PER", "RUS", "GOV"),
    "الكرملين": ("ORG", "RUS", "GOV"),
    "الصين": ("GPE", "CHN", None),
    "بكين": ("GPE", "CHN", None),
    "إيران": ("GPE", "IRN", None),
    "طهران": ("GPE", "IRN", None),
    "روحاني": ("PER", "IRN", "GOV"),
    "إسرائيل": ("GPE", "ISR", None),
    "نتنياهو": ("PER", "ISR", "GOV"),
    "نتانياهو": ("PER", "ISR", "GOV"),
    "تركيا": ("GPE", "TUR", None),
    "أنقرة": ("GPE", "TUR", None),
    "أردوغان": ("PER", "TUR", "GOV"),
    "السعودية": ("GPE", "SAU", None),
    "الرياض": ("GPE", "SAU", None),
    "مصر": ("GPE", "EGY", None),
    "القاهرة": ("GPE", "EGY", None),
    "السيسي": ("PER", "EGY", "GOV"),
    "قطر": ("GPE", "QAT", None),
    "الدوحة": ("GPE", "QAT", None),
    "الإمارات": ("GPE", "ARE", None),
    "بريطانيا": ("GPE", "GBR", None),
    "لندن": ("GPE", "GBR", None),
    "ماي": ("PER", "GBR", "GOV"),
    "فرنسا": ("GPE", "FRA", None),
    "باريس": ("GPE", "FRA", None),
    "ماكرون": ("PER", "FRA", "GOV"),
    "ألمانيا": ("GPE", "DEU", None),
    "ميركل": ("PER", "DEU", "GOV"),
    "سوريا": ("GPE", "SYR", None),
    "دمشق": ("GPE", "SYR", None),
    "العراق": ("GPE", "IRQ", None),
    "بغداد": ("GPE", "IRQ", None),
    "الأردن": ("GPE", "JOR", None),
    "لبنان": ("GPE", "LBN", None),
    "اليمن": ("GPE", "YEM", None),
    "الحوثيون": ("ORG", "YEM", "REB"),
    "الحوثيين": ("ORG", "YEM", "REB"),
    "حماس": ("ORG", "PSE", "REB"),
    "كوريا الشمالية": ("GPE", "PRK", None),
    "بيونغ يانغ": ("GPE", "PRK", None),
    "كيم جونغ أون": ("PER", "PRK", "GOV"),
    "كيم": ("PER", "PRK", "GOV"),
    "كوريا الجنوبية": ("GPE", "KOR", None),
    "سيول": ("GPE", "KOR", None),
    "سول": ("GPE", "KOR", None),
    "أوكرانيا": ("GPE", "UKR", None),
    "كييف": ("GPE", "UKR", None),
    "الاتحاد الأوروبي": ("ORG", "IGO", None),
    "الأمم المتحدة": ("ORG", "IGO", None),
    "مجلس الأمن": ("ORG", "IGO", None),
    "حلف شمال الأطلسي": ("ORG", "IGO", None),
    "الناتو": ("ORG", "IGO", None),
    "أفغانستان": ("GPE", "AFG", None),
    "طالبان": ("ORG", "AFG", "REB"),
    "ليبيا": ("GPE", "LBY", None),
    "الجزائر": ("GPE", "DZA", None),
    "المغرب": ("GPE", "MAR", None),
    "تونس": ("GPE", "TUN", None),
    "السودان": ("GPE", "SDN", None),
    "إثيوبيا": ("GPE", "ETH", None),
    "باكستان": ("GPE", "PAK", None),
    "الهند": ("GPE", "IND", None),
    "اليابان": ("GPE", "JPN", None),
    "عفرين": ("GPE", "SYR", None),
    "غزة": ("GPE", "PSE", None),
    "الفلسطينيين": ("ORG", "PSE", None),
    "عباس": ("PER", "PSE", "GOV"),
}


def annotate_names(story: Story) -> Story:
    names = dict(NAMES)
    # ل + ال contracts to لل (للسعودية): the entity stage returns such words whole
    names.update({"لل" + n[2:]: v for n, v in NAMES.items() if n.startswith("ال")})
    ents = [
        Ent(name, t, c, s, nth=-1) for name, (t, c, s) in sorted(names.items(), key=lambda kv: -len(kv[0]))
    ]
    present = [e for e in ents if e.text in story.text]
    return annotate(story, entities=present, allow_missing=True)
