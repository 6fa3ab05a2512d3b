"""The seed page's two stories, cut from the seed text and annotated by hand (see handmade.py)."""

from __future__ import annotations

from events.handmade import Ent, Qty, Tim, annotate, story
from marsad.model import Story

RUS, CHN, IRN, UKR, USA = "RUS", "CHN", "IRN", "UKR", "USA"


def seed_main(seed_text: str) -> Story:
    start = seed_text.index("أعلنت روسيا و الصين")
    end = seed_text.index("مرتبطالمصدر")
    st = story(seed_text[start:end].strip(), published="2024-05-16", sid="seed-main")
    return annotate(
        st,
        entities=[
            Ent("روسيا", country=RUS, nth=-1),
            Ent("الصين", country=CHN, nth=-1),
            Ent("فلاديمير بوتين", "PER", RUS, "GOV", "Vladimir Putin"),
            Ent("شي جين بينغ", "PER", CHN, "GOV", "Xi Jinping"),
            Ent("بكين", country=CHN, nth=-1),
            Ent("شي", "PER", CHN, "GOV", "Xi Jinping", nth=-1),
            Ent("بوتين", "PER", RUS, "GOV", "Vladimir Putin", nth=-1),
            Ent("أوروبا", "LOC"),
            Ent("للصين", country=CHN),
            Ent("إدارة بايدن", "ORG", USA, "GOV"),
            Ent("صينية", "NORP", CHN),
            Ent("الروسي", "NORP", RUS, ctx="الروسي لأوكرانيا"),
            Ent("أوكرانيا", country=UKR, nth=-1),
            Ent("هاربين", country=CHN, nth=-1),
            Ent("الغرب", "ORG", "UNK"),
            Ent("واشنطن", country=USA),
            Ent("أسطول بحري صيني", "ORG", CHN, "MIL"),
            Ent("القوات البحرية و الجوية الروسية", "ORG", RUS, "MIL"),
            Ent("بحر اليابان", "LOC"),
            Ent("القوات البحرية الصينية", "ORG", CHN, "MIL"),
            Ent("الروسية", "NORP", RUS, "MIL", ctx="الروسية مناورات"),
            Ent("خليج عمان", "LOC"),
            Ent("القوات الإيرانية", "ORG", IRN, "MIL"),
            Ent("وسائل الإعلام الرسمية الروسية", "ORG", RUS, "MED"),
            Ent("صندوق الثروة السيادية الروسي", "ORG", RUS, "BUS", "Russian Direct Investment Fund"),
        ],
        times=[
            Tim("يوم الثلاثاء", "2024-05-14"),
            Tim("يوم الخميس", "2024-05-16", nth=0),
            Tim("يوم الخميس", "2024-05-16", nth=1),
            Tim("يوم الجمعة", "2024-05-17", nth=0),
            Tim("يوم الجمعة", "2024-05-17", nth=1),
            Tim("العام الماضي", "2023", nth=0),
            Tim("العام الماضي", "2023", nth=1),
            Tim("فبراير 2022", "2022-02"),
            Tim("مارس/آذار", "2024-03"),
        ],
        quantities=[
            Qty("18 مليار دولار", 18e9, "money", "USD"),
            Qty("240.1 مليار دولار", 240.1e9, "money", "USD"),
        ],
    )


def seed_related(seed_text: str) -> Story:
    start = seed_text.index("يجري الرئيس الروسي")
    st = story(seed_text[start:].strip(), published=None, role="related", sid="seed-related")
    return annotate(
        st,
        entities=[
            Ent("الرئيس الروسي فلاديمير بوتين", "PER", RUS, "GOV", "Vladimir Putin"),
            Ent("نظيره الإيراني مسعود بزشكيان", "PER", IRN, "GOV", "Masoud Pezeshkian"),
            Ent("موسكو", country=RUS, nth=0),
            Ent("الكرملين", "ORG", RUS, "GOV", nth=0),
            Ent("سوريا", nth=0),
            Ent("بزشكيان", "PER", IRN, "GOV", "Masoud Pezeshkian", ctx="بزشكيان إلى"),
            Ent("روسيا", country=RUS, ctx="روسيا."),
            Ent("بوتين", "PER", RUS, "GOV", "Vladimir Putin", ctx="بوتين وبزشكيان اتفاقية"),
            Ent("بزشكيان", "PER", IRN, "GOV", "Masoud Pezeshkian", ctx="بزشكيان اتفاقية"),
            Ent("رويترز", "ORG", None, "MED"),
            Ent("للكرملين", "ORG", RUS, "GOV"),
            Ent("تاس", "ORG", RUS, "MED"),
            Ent("السفير الإيراني في موسكو", "PER", IRN, "GOV"),
            Ent("كاظم جلالي", "PER", IRN, "GOV"),
            Ent("موسكو", country=RUS, ctx="موسكو مع"),
            Ent("كوريا الشمالية", country="PRK", nth=0),
            Ent("روسيا البيضاء", country="BLR", nth=0),
            Ent("روسيا", country=RUS, ctx="روسيا وإيران"),
            Ent("إيران", country=IRN, ctx="إيران تقاربًا"),
            Ent("أوكرانيا", country=UKR, ctx="أوكرانيا في"),
            Ent("إيران", country=IRN, ctx="إيران،"),
            Ent("إيران", country=IRN, ctx="إيران لأول"),
            Ent("موسكو", country=RUS, ctx="موسكو لأوكرانيا"),
            Ent("أوكرانيا", country=UKR, ctx="أوكرانيا العام"),
            Ent("روسيا", country=RUS, ctx="روسيا أطلقت"),
            Ent("كييف", "GPE", UKR, "GOV"),
            Ent("روسيا", country=RUS, ctx="روسيا بطائرات"),
        ],
        times=[
            Tim("اليوم الجمعة", None, nth=0),
            Tim("الخميس", None),
            Tim("اليوم الجمعة", None, nth=1),
            Tim("غدًا", None),
            Tim("فبراير/شباط 2022", "2022-02"),
            Tim("عام 2024", "2024"),
            Tim("العام الماضي", None),
            Tim("خريف عام 2022", "2022-FA"),
        ],
        quantities=[
            Qty("15.5%", 15.5, "percent", "percent"),
            Qty("أكثر من 8000 طائرة مسيرة", 8000, "count", "طائرة مسيرة"),
        ],
    )
