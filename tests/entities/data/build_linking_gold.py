"""One-off: write linking_gold.jsonl from the hand annotations below and the ANT sentences they are on.

Run from the repository root: ``python tests/entities/data/build_linking_gold.py`` (reads ../shared).
The annotations were made by reading each sentence; expected values are what a reader codes.
"""

import gzip
import json
import re
from email.utils import parsedate_to_datetime
from pathlib import Path

SHARED = Path("/work/shared/data/ant_news/ant_multisource_sample.jsonl.gz")
OUT = Path(__file__).parent / "linking_gold.jsonl"


def load_rows() -> dict:
    with gzip.open(SHARED, "rt", encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def sent(rows: dict, rid: str, needle: str) -> tuple[str, str]:
    r = rows[rid]
    for s in re.split(r"(?<=[.!؟\n])\s+", r["text"]):
        if needle in s:
            return s.strip(), parsedate_to_datetime(r["published"]).date().isoformat()
    raise KeyError((rid, needle))


# (id, needle, [(mention, actor, country, sector), ...]); mention "x#2" = second occurrence.
G = [
    (
        "FR-internationalNews-1330-20180519",
        "فقد دان بسرعة",
        [("الرئيس الأمريكي", "person:trump", "USA", "GOV"), ("دونالد ترامب", "person:trump", "USA", "GOV")],
    ),
    (
        "BB-internationalNews-678-20180620",
        "وعد مجموعة من أعضاء",
        [
            ("البيت الأبيض", "MET:WHITEHOUSE", "USA", "GOV"),
            ("الرئيس الأمريكي", "person:trump", "USA", "GOV"),
            ("دونالد ترامب", "person:trump", "USA", "GOV"),
            ("مجلس النواب", "USA", "USA", "LEG"),
        ],
    ),
    (
        "FR-internationalNews-2216-20180708",
        "بيانا حاد اللهجة",
        [
            ("بيونغ يانغ", "city:pyongyang", "PRK", "GOV"),
            ("وزير الخارجية الأمريكي", "person:pompeo", "USA", "GOV"),
            ("مايك بومبيو", "person:pompeo", "USA", "GOV"),
            ("كوريا الشمالية", "PRK", "PRK", None),
        ],
    ),
    (
        "BB-middleEast-419-20180428",
        "في أولى محطات جولته",
        [
            ("وزير الخارجية الأمريكي", "person:pompeo", "USA", "GOV"),
            ("مايك بومبيو", "person:pompeo", "USA", "GOV"),
            ("الرياض", "city:riyadh", "SAU", None),
            ("الشرق الأوسط", "place:middle-east", None, None),
            ("القدس", "city:jerusalem", None, None),
            ("العاصمة الأردنية عمان", "city:amman", "JOR", None),
        ],
    ),
    (
        "FR-internationalNews-724-20180414",
        "ردا على الهجمات الكيميائية",
        [
            ("سوريا", "SYR", "SYR", None),
            ("دوما", None, "SYR", None),
            ("الغوطة الشرقية", "city:ghouta", "SYR", None),
            ("الرئيس الأمريكي", "person:trump", "USA", "GOV"),
            ("الفرنسي", "person:macron", "FRA", "GOV"),
            ("رئيسة الوزراء البريطانية", "person:theresa-may", "GBR", "GOV"),
        ],
    ),
    (
        "BB-internationalNews-159-20180315",
        "طرد 23 دبلوماسيا",
        [
            ("رئيسة الوزراء البريطانية", "person:theresa-may", "GBR", "GOV"),
            ("تيريزا ماي", "person:theresa-may", "GBR", "GOV"),
            ("روسيا", "RUS", "RUS", "GOV"),
        ],
    ),
    (
        "SK-middleEast-2937-20180717",
        "لتقوي حكومة العبادي",
        [("الإيرانية", "IRN", "IRN", None), ("حكومة العبادي", "IRQ", "IRQ", "GOV")],
    ),
    (
        "BB-middleEast-948-20180903",
        "ليعدد الإنجازات",
        [
            ("رئيس الوزراء العراقي", "person:abadi", "IRQ", "GOV"),
            ("حيدر العبادي", "person:abadi", "IRQ", "GOV"),
        ],
    ),
    (
        "BB-internationalNews-148-20180313",
        "في اتهام الكرملين",
        [
            ("تيلرسون", "person:tillerson", "USA", "GOV"),
            ("البيت الأبيض", "MET:WHITEHOUSE", "USA", "GOV"),
            ("للسلطات البريطانية", "GBR", "GBR", "GOV"),
            ("الكرملين", "MET:KREMLIN", "RUS", "GOV"),
            ("روسي", "RUS", "RUS", None),
            ("بريطانيا", "GBR", "GBR", None),
        ],
    ),
    (
        "SK-internationalNews-324-20180313",
        "لم تتوقف الخلافات",
        [
            ("تيلرسون", "person:tillerson", "USA", "GOV"),
            ("ترامب", "person:trump", "USA", "GOV"),
            ("الإيراني", "IRN", "IRN", None),
            ("كوريا الشمالية", "PRK", "PRK", None),
            ("تيلرسون#2", "person:tillerson", "USA", "GOV"),
        ],
    ),
    (
        "BB-internationalNews-145-20180313",
        "سيؤدي",
        [
            ("ترامب", "person:trump", "USA", "GOV"),
            ("تليرسون", "person:tillerson", "USA", "GOV"),
            ("بومبيو", "person:pompeo", "USA", "GOV"),
        ],
    ),
    (
        "FR-internationalNews-1366-20180521",
        "ستتحمل المسؤولية",
        [
            ("بومبيو", "person:pompeo", "USA", "GOV"),
            ("إيران", "IRN", "IRN", None),
            ("الأمريكية", "USA", "USA", None),
        ],
    ),
    (
        "SK-middleEast-1942-20180525",
        "وقتل 83 مسلحا",
        [
            ("ميليشيات الحوثي", "GRP:HOUTHIS", "YEM", "REB"),
            ("اليمن", "YEM", "YEM", None),
            ("اليمن#2", "YEM", "YEM", None),
        ],
    ),
    (
        "SK-middleEast-2524-20180621",
        "عبر سفراء السعودية",
        [
            ("السعودية", "SAU", "SAU", "GOV"),
            ("اليمن", "YEM", "YEM", "GOV"),
            ("الإمارات", "ARE", "ARE", "GOV"),
            ("الأمم المتحدة", "IGO:UN", "IGO", None),
            ("الحديدة", "city:hodeidah", "YEM", None),
            ("ميليشيات الحوثي", "GRP:HOUTHIS", "YEM", "REB"),
            ("إيران", "IRN", "IRN", None),
        ],
    ),
    (
        "SK-middleEast-1624-20180512",
        "وكانت دفعات المهجرين",
        [
            ("القوات الروسية", "RUS", "RUS", "MIL"),
            ("الشرطة العسكرية الروسية", "RUS", "RUS", "MIL"),
            ("حمص", "city:homs", "SYR", None),
        ],
    ),
    (
        "SK-internationalNews-2878-20180802",
        "اكتشفت الشرطة 24",
        [("القوات الروسية", "RUS", "RUS", "MIL"), ("الألمانية", "DEU", "DEU", "MIL")],
    ),
    ("BB-middleEast-66-20180221", "شن ضربات دقيقة", [("الجيش السوري", "SYR", "SYR", "MIL")]),
    (
        "SK-middleEast-1582-20180510",
        "وانتشرت الآليات العسكرية",
        [("الإسرائيلية", "ISR", "ISR", None), ("الجيش السوري", "SYR", "SYR", "MIL")],
    ),
    (
        "SK-middleEast-1955-20180526",
        "توعد بالوصول",
        [
            ("وزير الدفاع الإسرائيلي", "person:lieberman", "ISR", "GOV"),
            ("أفيغدور ليبرمان", "person:lieberman", "ISR", "GOV"),
        ],
    ),
    (
        "SK-internationalNews-211-20180301",
        "وعقب خطاب بوتن",
        [
            ("بوتن", "person:putin", "RUS", "GOV"),
            ("روسية", "RUS", "RUS", "MED"),
            ("سيرغي شويغو", "person:shoigu", "RUS", "GOV"),
            ("حلف شمال الأطلسي", "IGO:NATO", "IGO", None),
            ("بولندا", "POL", "POL", None),
            ("رومانيا", "ROU", "ROU", None),
            ("ألاسكا", None, "USA", None),
            ("إنترفاكس", "MED:INTERFAX", "RUS", "MED"),
        ],
    ),
    (
        "SK-middleEast-908-20180410",
        "أكد المؤتمر الصحفي المشترك",
        [
            ("ولي العهد السعودي", "person:mbs", "SAU", "GOV"),
            ("الأمير محمد بن سلمان", "person:mbs", "SAU", "GOV"),
            ("الرئيس الفرنسي", "person:macron", "FRA", "GOV"),
            ("إيمانويل ماكرون", "person:macron", "FRA", "GOV"),
            ("إيران", "IRN", "IRN", None),
            ("الرئيس السوري", "person:assad", "SYR", "GOV"),
            ("بشار الأسد", "person:assad", "SYR", "GOV"),
        ],
    ),
    (
        "SK-internationalNews-2740-20180719",
        "يواجه الرئيس الفرنسي",
        [
            ("الرئيس الفرنسي", "person:macron", "FRA", "GOV"),
            ("إيمانويل ماكرون", "person:macron", "FRA", "GOV"),
        ],
    ),
    (
        "FR-internationalNews-955-20180427",
        "تصل المستشارة الألمانية",
        [
            ("المستشارة الألمانية", "person:merkel", "DEU", "GOV"),
            ("أنغيلا ميركل", "person:merkel", "DEU", "GOV"),
            ("واشنطن", "city:washington", "USA", None),
            ("الرئيس الأمريكي", "person:trump", "USA", "GOV"),
            ("دونالد ترامب", "person:trump", "USA", "GOV"),
            ("البيت الأبيض", "MET:WHITEHOUSE", "USA", "GOV"),
            ("الإيراني", "IRN", "IRN", None),
        ],
    ),
    (
        "FR-internationalNews-248-20180304",
        "وافق أعضاء الحزب",
        [
            ("الحزب الاشتراكي الديمقراطي", None, "DEU", "PTY"),
            ("المستشارة الألمانية", "person:merkel", "DEU", "GOV"),
            ("أنغيلا ميركل", "person:merkel", "DEU", "GOV"),
        ],
    ),
    (
        "CN-internationalNews-643-20181005",
        "يجب عدم تحويل المساجد",
        [
            ("الرئيس التركي", "person:erdogan", "TUR", "GOV"),
            ("رجب طيب أردوغان", "person:erdogan", "TUR", "GOV"),
            ("الأناضول", "MED:ANADOLU", "TUR", "MED"),
            ("للدولة التركية", "TUR", "TUR", "GOV"),
        ],
    ),
    (
        "SK-internationalNews-2258-20180621",
        "إلى إعادة انتخابه",
        [
            ("الرئيس التركي", "person:erdogan", "TUR", "GOV"),
            ("رجب طيب أردوغان", "person:erdogan", "TUR", "GOV"),
        ],
    ),
    (
        "FR-internationalNews-2128-20180703",
        "وصف الأمين العام",
        [
            ("الأمين العام للأمم المتحدة", "person:guterres", "IGO", None),
            ("أنطونيو غوتيريس", "person:guterres", "IGO", None),
            ("بورما", "MMR", "MMR", None),
            ("بنغلادش", "BGD", "BGD", None),
        ],
    ),
    (
        "AL-internationalNews-704-20180331",
        "في عمليات القتل",
        [
            ("الأمين العام للأمم المتحدة", "person:guterres", "IGO", None),
            ("أنطونيو غوتيريس", "person:guterres", "IGO", None),
            ("غوتيريس#2", "person:guterres", "IGO", None),
            ("بغزة", "city:gaza-city", "PSE", None),
        ],
    ),
    (
        "BB-middleEast-634-20180618",
        "محمد أبو عادل",
        [
            ("رويترز", "MED:REUTERS", "GBR", "MED"),
            ("محمد أبو عادل", None, None, None),
            ("منبج", "city:manbij", "SYR", None),
            ("قوات تركية", "TUR", "TUR", "MIL"),
            ("المعارضة السورية", "SYR", "SYR", "OPP"),
        ],
    ),
    (
        "CN-internationalNews-541-20180903",
        "يوم حزين",
        [
            ("رويترز", "MED:REUTERS", "GBR", "MED"),
            ("ستيفن أدلر", None, None, None),
            ("الوكالة", "MED:REUTERS", "GBR", "MED"),
        ],
    ),
    (
        "SK-internationalNews-2349-20180626",
        "وانتقد المحتجون",
        [
            ("الرئيس الإيراني", "person:rouhani", "IRN", "GOV"),
            ("حسن روحاني", "person:rouhani", "IRN", "GOV"),
            ("علي خامنئي", "person:khamenei", "IRN", "GOV"),
        ],
    ),
    (
        "BB-middleEast-518-20180519",
        "ماسوميه ابتكار",
        [("ماسوميه ابتكار", None, None, None), ("الرئيس الإيراني", "person:rouhani", "IRN", "GOV")],
    ),
    ("CN-middleEast-376-20180326", "هوليوود", [("ولي العهد السعودي", "person:mbs", "SAU", "GOV")]),
    (
        "CN-middleEast-965-20180518",
        "بدر العساكر",
        [
            ("دبي", "city:dubai", "ARE", None),
            ("الإمارات العربية المتحدة", "ARE", "ARE", None),
            ("بدر العساكر", None, None, None),
            ("محمد بن سلمان", "person:mbs", "SAU", "GOV"),
            ("ولي العهد السعودي", "person:mbs", "SAU", "GOV"),
            ("ملك البحرين", "person:hamad-bin-isa", "BHR", "GOV"),
            ("حمد بن عيسى", "person:hamad-bin-isa", "BHR", "GOV"),
            ("ولي عهد أبوظبي", "person:mbz", "ARE", "GOV"),
            ("محمد بن زايد", "person:mbz", "ARE", "GOV"),
            ("الرئيس المصري", "person:sisi", "EGY", "GOV"),
            ("عبدالفتاح السيسي", "person:sisi", "EGY", "GOV"),
            ("بمصر", "EGY", "EGY", None),
        ],
    ),
    (
        "FR-internationalNews-418-20180314",
        "لن يسمح لأي وسيلة",
        [
            ("الخارجية الروسية", "RUS", "RUS", "GOV"),
            ("ماريا زاخاروفا", "person:zakharova", "RUS", "GOV"),
            ("بريطانية", "GBR", "GBR", "MED"),
            ("روسيا", "RUS", "RUS", None),
            ("روسيا اليوم", "MED:RT", "RUS", "MED"),
            ("بريطانيا", "GBR", "GBR", None),
        ],
    ),
    (
        "AL-internationalNews-475-20180315",
        "رفضت التعاون مع موسكو",
        [
            ("ماريا زاخاروفا", "person:zakharova", "RUS", "GOV"),
            ("وزارة الخارجية الروسية", "RUS", "RUS", "GOV"),
            ("بريطانيا", "GBR", "GBR", None),
            ("موسكو", "city:moscow", "RUS", "GOV"),
        ],
    ),
    (
        "FR-internationalNews-2126-20180703",
        "في العاصمة برن",
        [
            ("وزير الخارجية الإيراني", "person:zarif", "IRN", "GOV"),
            ("جواد ظريف", "person:zarif", "IRN", "GOV"),
            ("مسؤولين سويسريين", "CHE", "CHE", "GOV"),
            ("برن", "city:bern", "CHE", None),
        ],
    ),
    (
        "CN-middleEast-1184-20180812",
        "وقوف بلاده إلى جانب تركيا",
        [
            ("وزير الخارجية الإيراني", "person:zarif", "IRN", "GOV"),
            ("جواد ظريف", "person:zarif", "IRN", "GOV"),
            ("تركيا", "TUR", "TUR", None),
            ("الرئيس الأمريكي", "person:trump", "USA", "GOV"),
            ("دونالد ترامب", "person:trump", "USA", "GOV"),
            ("أنقرة", "city:ankara", "TUR", "GOV"),
            ("واشنطن", "city:washington", "USA", "GOV"),
        ],
    ),
    (
        "CN-middleEast-1245-20180817",
        "تم استجواب رئيس الوزراء",
        [
            ("رئيس الوزراء الإسرائيلي", "person:netanyahu", "ISR", "GOV"),
            ("بنيامين نتنياهو", "person:netanyahu", "ISR", "GOV"),
            ("الإسرائيلية", "ISR", "ISR", "GOV"),
        ],
    ),
    (
        "BB-middleEast-856-20180804",
        "قد ألغى زيارته",
        [
            ("إسرائيلية", "ISR", "ISR", "MED"),
            ("رئيس الوزراء الإسرائيلي", "person:netanyahu", "ISR", "GOV"),
            ("بنيامين نتنياهو", "person:netanyahu", "ISR", "GOV"),
            ("كولومبيا", "COL", "COL", None),
        ],
    ),
]


def main() -> None:
    rows = load_rows()
    n = 0
    with OUT.open("w", encoding="utf-8") as out:
        for rid, needle, ms in G:
            text, date = sent(rows, rid, needle)
            mentions = []
            for mention, actor, country, sector in ms:
                surface, _, nth = mention.partition("#")
                pos = -1
                for _ in range(int(nth or 1)):
                    pos = text.index(surface, pos + 1)
                mentions.append(
                    {
                        "start": pos,
                        "end": pos + len(surface),
                        "text": surface,
                        "actor": actor,
                        "country": country,
                        "sector": sector,
                    }
                )
                n += 1
            record = {
                "source": f"ANT multi-source v2.1 {rid}",
                "date": date,
                "text": text,
                "mentions": mentions,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(n, "mentions", len(G), "sentences")


if __name__ == "__main__":
    main()
