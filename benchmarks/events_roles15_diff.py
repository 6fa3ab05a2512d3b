"""The records the fifteenth to twentieth participant rounds' rules change on fresh ANT articles.

    PYTHONPATH=src python benchmarks/events_roles15_diff.py --seed 1919 --n 1500 > roles15_diff.txt
    PYTHONPATH=src python benchmarks/events_roles15_diff.py --rule locative --n 1500
    PYTHONPATH=src python benchmarks/events_roles15_diff.py --rule retitled --seed 2727 --n 3000

Articles as ``events_frames_diff.py`` draws them (ANT politics/world records in no gold file and no judged sample,
shuffled with ``--seed``); each runs through the whole default pipeline twice, with the round's rules (or the one
named by ``--rule``) switched off and on. Every trigger span whose records differ is printed with the sentence and
both readings, for judging by reading; the last line counts new, changed and lost records. docs/events.md,
"Participant rules, fifteenth round", "sixteenth round" and "seventeenth round" report the judged lists.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import marsad.events.coder as coder
import marsad.events.constructions as constructions
import marsad.events.mentions as mentions
import marsad.events.participants as participants
import marsad.events.recipients as recipients
import marsad.events.records as records
import marsad.events.reference as reference
import marsad.events.roles as roles

sys.path.insert(0, str(Path(__file__).resolve().parent))
from events_frames_diff import named_rules_off, run_diff

RULES: dict[str, list[tuple[object, str, Callable]]] = {
    # evtarget3: a claim of responsibility takes the recipient of the attack it claims (وتبنت ... مسؤولية الهجمات)
    "claimed-attack": [(coder, "claimed_recipients", lambda *a, **k: [])],
    # evtarget2: the state whose goods a tariff or ban falls on (على واردات الصلب من كندا) is its recipient
    "goods-origin": [(participants, "goods_origin", lambda *a, **k: [])],
    # evtarget2: a lone party right before the charge of اتهم is the one accused (واتهم ألمانيا بتبني)
    "sole-accused": [(participants, "sole_accused", lambda *a, **k: False)],
    # a place after a place noun or a direction word is no actor
    "locative": [(mentions, "_after_locative_head", lambda *a, **k: False)],
    # a person's noun the entities do not cover, right after the verb, is its subject (no carried actor)
    "untagged": [(roles, "untagged_subject_after", lambda *a, **k: False)],
    # the body after "المتحدث باسم" is the verb's subject
    "spokesman": [(participants, "spokesman_body", lambda *a, **k: None)],
    # و and a noun of alliance or counterparts between two parties joins them
    "joined-noun": [(mentions, "_joined_by_noun", lambda *a, **k: False)],
    # a body and a known person of another sector side by side are two parties, not an apposition
    "body-person": [(mentions, "_body_and_person", lambda *a, **k: False)],
    # a party after a noun with ب or ل right after the verb is no subject or object of the verb
    "complement": [(participants, "complement_genitive", lambda *a, **k: False)],
    # sixteenth round: the nisba of a title carrying ل or ب (للرئيس الأمريكي) is no verb's subject
    "titled-prep": [(participants, "titled_prep_phrase", lambda *a, **k: False)],
    # sixteenth round: a known person, a comma and an office of another country: the office's holder
    "retitled": [(mentions, "_retitled", lambda *a, **k: False)],
    # sixteenth round: the pronoun of an accusation's noun with its charge after ب is the one accused
    "accused": [(participants, "accused_pronoun", lambda *a, **k: False)],
    # sixteenth round: after a partitive head, a generic agent opened by و is coordinated (عناصر من الجيش والشرطة)
    "partitive-pair": [(mentions, "_partitive_pair", lambda *a, **k: False)],
    # participant round 17: two generic state forces of different sectors joined by و (الجيش والشرطة)
    "state-pair": [(mentions, "_state_pair", lambda *a, **k: False)],
    # participant round 18: the pronoun after an event noun's recipient preposition (تقديم الشكر له) is the party before
    "noun-pronoun": [(participants, "noun_prep_pronoun", lambda *a, **k: "")],
    # participant round 18: the party right after من after a noun of reaction (استهجان من النواب) is its agent
    "min-agent": [(participants, "min_agent", lambda *a, **k: False)],
    # participant round 19: an outlet that tells the report is no side of what it tells
    "outlet": [(records, "reporting_outlet", lambda *a, **k: False)],
    # participant round 19: a person the knowledge base links is one man, whatever his name's ending (كوهين)
    "known-person": [(roles, "known_person", lambda *a, **k: False)],
    # participant round 19: a relative clause's verb that disagrees with its relative pronoun has its own subject
    "relative-agreement": [(participants, "relative_disagrees", lambda *a, **k: False)],
    # participant round 19: a party in the phrase of the act a denial denies (نفى ضلوع روسيا) is no recipient
    "denied": [(records, "denied_content", lambda *a, **k: False)],
    # participant round 20: the subject of حصل على before an event noun is the one who undergoes it
    "obtained": [
        (constructions, "obtained_noun", lambda *a, **k: False),
        (participants, "obtained_noun", lambda *a, **k: False),
    ],
    # participant round 20: the pronoun of a dismissal's noun (إقالته) is the one dismissed
    "dismissed": [(participants, "dismissed_pronoun", lambda *a, **k: False)],
    # participant round 21: the subject of قام is the agent of the noun after its ب (قامت بريطانيا بسحب ...)
    "bi-light": [(participants, "bi_light_agent", lambda *a, **k: None)],
    # participant round 30: an adverbial between قام and its ب-noun (قامت على إثر ذلك بمساندة)
    "light-gap": [(participants, "bi_light_gap_agent", lambda *a, **k: None)],
    # participant round 30: a definite -يين adjective after a definite word after the verb is oblique (its object)
    "oblique-adjective": [(participants, "oblique_adjective", lambda *a, **k: False)],
    # participant round 22: a sanction's noun takes the one sanctioned as its bare genitive (إقالة وزير التربية)
    "sanction-genitive": [(participants, "sanction_genitive", lambda *a, **k: False)],
    # participant round 22: a verbal noun after تمت، وتمت، ويتم is passive, as after تم
    "tamma": [(roles, "passive_tamma", lambda *a, **k: False)],
    # participant round 22: the party a toll names right before the attack noun is its recipient
    "named-toll": [(participants, "named_toll_victim", lambda *a, **k: [])],
    # participant round 22: more persons' nouns that name a verb's own subject (خطيب، شيوخ، آخرون)
    "more-untagged": [(roles, "more_untagged_subjects", lambda *a, **k: {})],
    # participant round 22: the party claiming an attack in a bare relative clause after its noun is its attacker
    "claimer": [(records, "attack_claimer", lambda *a, **k: [])],
    # participant round 23: the party after من of طلبا as a verb's object (تلقت طلبا من بريطانيا) asked
    "request-sender": [(participants, "request_sender", lambda *a, **k: False)],
    # participant round 24: a trigger's root و (وجه، وقع) is no conjunction joining it to the masdar before it
    "waw-root": [(constructions, "wa_conjunction", lambda word, m: word.norm.startswith("و"))],
    # participant round 24: a nisba after a noun a preposition word opens (على سائق برتغالي) is no verb's subject
    "phrase-nisba": [(participants, "phrase_nisba", lambda *a, **k: False)],
    # participant round 24: what a condemned attack struck (الهجوم الذي استهدف ...، جرائم قتل الأطفال) is not condemned
    "condemned-victim": [(records, "condemned_victim", lambda *a, **k: False)],
    # participant round 24: a counted party before a plural verb of force with no recipient (15 جنديا قتلوا) is killed
    "counted-victims": [(records, "counted_victims", lambda *a, **k: False)],
    # participant round 24: a party of the other gender after a relative clause's verb (التي خطفت أبو جمال) is its object
    "relative-object": [(participants, "relative_clause_object", lambda *a, **k: False)],
    # participant round 24: a nisba right after a force noun joined by و (وغارات روسية) is its own agent
    "coordinated-nisba": [(constructions, "own_nisba", lambda *a, **k: False)],
    # participant round 25: أقاله read by إقالة's entry is the verb, its ه the one dismissed
    "hamza-verb": [(participants, "hamza_verb", lambda *a, **k: False)],
    # participant round 25: a verb's object pronoun is not its own actor named again, and ه/ها agree in gender
    "pronoun-agreement": [
        (reference, "own_referent", lambda *a, **k: False),
        (reference, "singular_referent", lambda *a, **k: True),
    ],
    "own-referent": [(reference, "own_referent", lambda *a, **k: False)],
    "singular-referent": [(reference, "singular_referent", lambda *a, **k: True)],
    # participant round 26: a first-stem participle after a comma (، داعيا الحكومة) is a حال, what follows its object
    "participle-comma": [(participants, "participle_after_comma", lambda *a, **k: False)],
    # participant round 26: a complementizer's pronoun (أنه) gives no subject to a trigger under a nested one (أنها)
    "nested-content": [(records, "nested_content", lambda *a, **k: False)],
    # participant round 27: an oblique plural after a calling verb's bare form, its complement next, is the one urged
    "masdar-complement": [(participants, "masdar_complement_object", lambda *a, **k: False)],
    # participant round 28: honorifics before the name keep it the verb's subject (استقبل خادم الحرمين الشريفين الملك)
    "honorific": [(participants, "honorific_subject", lambda *a, **k: False)],
    # participant round 28: a word opening with a و of its own (وزير) is no coordinated party (بجدة وزير الدفاع)
    "wa-clitic": [(mentions, "_conjunction_clitic", lambda *a, **k: True)],
    # participant round 28: an object after a comma is looked for past a place of the adjunct (في قصر السلام بجدة،)
    "adjunct-place": [(participants, "adjunct_place", lambda *a, **k: False)],
    # participant round 28: the recipient's preposition on an honorific before titles (تهنئة لفخامة الرئيس X)
    "titled-recipient": [(participants, "titled_recipient", lambda *a, **k: [])],
    # participant round 29: a group noun right after the verb inside a two-word trigger (ووقعت الدولتان اتفاقا)
    "inside-subject": [(reference, "inside_subject", lambda *a, **k: (-1, 0))],
    # participant round 29: a dual of "state" with no pair named refers to the two countries named before it
    "two-states": [(reference, "two_states", lambda *a, **k: [])],
    # participant round 29: مع and a noun of alliance joins the party after it to the one before (مع حليفتها موسكو)
    "allied-with": [(mentions, "allied_with", lambda *a, **k: False)],
    # participant round 29: a deployment's party after a destination's noun (إلى جبهات تنظيم داعش) is no recipient
    "sent-to-front": [(participants, "sent_to_front", lambda *a, **k: False)],
    # participant round 29: an act after تبادل is mutual, its actors the pair after بين (تبادل طرد ... بين الغرب وروسيا)
    "exchanged": [(participants, "exchanged_parties", lambda *a, **k: [])],
    # participant round 29: الجانبان/الطرفان with no pair named refer to the parties of the two countries named
    "side-duals": [(reference, "side_duals", lambda *a, **k: frozenset())],
    # recipients of attacks, first round (evtarget1): the office whose building is struck (مقر حاكم المنطقة)
    "office-building": [(participants, "office_building", lambda *a, **k: [])],
    # recipients of attacks, first round (evtarget1): the victims before a toll verb (170 مدنيا قتلوا جراء الغارات)
    "toll-verb": [
        (recipients, "toll_verb_after", lambda *a, **k: False),
        (recipients, "toll_verb_before", lambda *a, **k: False),
    ],
    # recipients of attacks, first round (evtarget1): a person after a noun of his kind (باعتقال القس الأميركي X)
    "titled-victim": [(participants, "titled_victim", lambda *a, **k: [])],
    # recipients of attacks, first round (evtarget1): the civilians a toll names replace the town struck
    "town-victims": [(participants, "town_victims", lambda *a, **k: [])],
    # recipients of attacks, first round (evtarget1): a toll's total risen "إلى N مدنيين" names the victims
    "risen-toll": [(recipients, "risen_toll", lambda *a, **k: False)],
}


def main(argv: list[str] | None = None) -> int:
    args, off = named_rules_off(argv, RULES)
    return run_diff(args, off, seed=1919, description=__doc__.splitlines()[0])


if __name__ == "__main__":
    raise SystemExit(main())
