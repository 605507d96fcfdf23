"""The evidence rules a NewsTreaty bundle must keep, shared by build_bundle.py and check_bundle.py.

They are the rules the import enforces (src/Domain/Claims/QuantitySupport.cs, ClaimantSupport.cs and
ActorAlias.cs), written again here so the dataset can be checked without the product:

- a quantity's value appears in one of the claim's quotations, as digits or number words
  ("two trips", "7,000", "$11 billion"); a quantity whose number is not there is a magnitude
  ("millions") with no value, and its magnitude word appears instead;
- a direct quote or reported speech names its claimant in a quotation, in the appearance's
  attribution span, or (when the article's text is stored) right around the quotation, by a name,
  short name, metonym or title valid on the article's date; otherwise the attribution is marked
  inferred and explains itself in a note;
- a title-or-role alias carries a validity period.
"""
import re
from decimal import Decimal, InvalidOperation

ALIAS_KINDS = {"name", "short-name", "title-or-role", "metonym", "description"}
# Alias kinds that name an actor outright; a description ("Russia's dictator") never does.
NAMING_KINDS = {"name", "short-name", "title-or-role", "metonym"}
SPEECH_KINDS = {"direct-quote", "reported-speech"}
SUPPORTING_ROLES = {"originates", "reports", "relays"}

# magnitude -> the words, all of which must appear ("tens of thousands" needs both)
MAGNITUDES = {
    "dozens": (1, ["dozens"]),
    "hundreds": (2, ["hundreds"]),
    "thousands": (3, ["thousand"]),
    "tens-of-thousands": (4, ["tens", "thousand"]),
    "hundreds-of-thousands": (5, ["hundreds", "thousand"]),
    "millions": (6, ["million"]),
    "tens-of-millions": (7, ["tens", "million"]),
    "hundreds-of-millions": (8, ["hundreds", "million"]),
    "billions": (9, ["billion"]),
    "trillions": (12, ["trillion"]),
}
# Forms that count as a magnitude word: "millions", "million", "mn", "bn".
WORD_FORMS = {
    "dozens": {"dozens", "dozen"},
    "hundreds": {"hundreds"},
    "tens": {"tens"},
    "thousand": {"thousand", "thousands"},
    "million": {"million", "millions", "mn"},
    "billion": {"billion", "billions", "bn"},
    "trillion": {"trillion", "trillions", "tn"},
}

UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "mn": 10 ** 6, "billion": 10 ** 9, "bn": 10 ** 9,
          "trillion": 10 ** 12, "tn": 10 ** 12}
# digits (with thousands commas or a decimal point), words, and any other mark but a hyphen, which
# ends a run of number words ("fifty, twenty" is two numbers; "twenty-four" is one).
TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[a-z]+|[^\sa-z0-9-]")
WINDOW = 150  # characters either side of a quotation that count as "immediately around" it


def tokens(text):
    return TOKEN_RE.findall(text.lower())


def parse_digits(token):
    """'7,000' -> 7000, '1.5' -> 1.5, '2019' -> 2019 (commas group thousands, as in English)."""
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation:
        return None


def numbers_in(text):
    """Every number the text states: digits, digits with a scale word, and number words."""
    found = set()
    toks = tokens(text)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t[0].isdigit():
            n = parse_digits(t)
            if n is not None:
                found.add(n)
                if i + 1 < len(toks) and toks[i + 1] in SCALES:
                    found.add(n * SCALES[toks[i + 1]])
            i += 1
            continue
        if t in UNITS or t in TENS or t == "dozen":
            total, current, j = Decimal(0), Decimal(0), i
            while j < len(toks):
                w = toks[j]
                if w in UNITS:
                    current += UNITS[w]
                elif w in TENS:
                    current += TENS[w]
                elif w == "dozen":
                    current = (current or 1) * 12
                elif w == "hundred":
                    current = (current or 1) * 100
                elif w in SCALES:
                    total += (current or 1) * SCALES[w]
                    current = Decimal(0)
                elif w == "and" and j + 1 < len(toks) and (toks[j + 1] in UNITS or toks[j + 1] in TENS):
                    pass
                else:
                    break
                j += 1
            found.add(total + current)
            i = j
            continue
        i += 1
    return found


def value_supported(value, quotes):
    v = Decimal(str(value))
    return any(v in numbers_in(q) for q in quotes)


def magnitude_supported(magnitude, quotes):
    _, words = MAGNITUDES[magnitude]
    for q in quotes:
        toks = set(tokens(q))
        if all(toks & WORD_FORMS[w] for w in words):
            return True
    return False


def normalise(text):
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("\u2018", "'")).lower()


def names_in(text, names):
    """True when one of names occurs in text as whole words, ignoring case and apostrophe style."""
    t = normalise(text)
    for name in names:
        n = normalise(name).strip()
        if n and re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", t):
            return True
    return False


def around(text, start, end):
    """The text immediately around [start, end): up to WINDOW characters either side, within its line."""
    before = text[max(0, start - WINDOW):start].rsplit("\n", 1)[-1]
    after = text[end:end + WINDOW].split("\n", 1)[0]
    return before + " " + after


def valid_on(alias, day, bounds):
    """Whether an alias {validFrom, validTo} holds on an ISO day; bounds(edtf) -> (first, last) day."""
    if day is None:
        return True
    vf, vt = alias.get("validFrom"), alias.get("validTo")
    if vf and bounds(vf) and day < bounds(vf)[0]:
        return False
    if vt and bounds(vt) and day > bounds(vt)[1]:
        return False
    return True


def claimant_names(actor, day, bounds):
    """The names by which a text may name this actor on an ISO day."""
    names = [actor["name"]]
    for al in actor.get("aliases") or []:
        if al.get("kind", "name") in NAMING_KINDS and valid_on(al, day, bounds):
            names.append(al["name"])
    return names


def evidence_problems(bundle, bounds):
    """(JSON path, message) for every break of the rules above; bounds(edtf) -> (first, last) ISO day or None."""
    problems = []
    actors = {a.get("slug"): a for a in bundle.get("actors") or [] if isinstance(a, dict)}
    outlets = {o.get("slug"): o for o in bundle.get("outlets") or [] if isinstance(o, dict)}
    articles = {a.get("slug"): a for a in bundle.get("articles") or [] if isinstance(a, dict)}

    for i, actor in enumerate(bundle.get("actors") or []):
        for j, al in enumerate(actor.get("aliases") or [] if isinstance(actor, dict) else []):
            p = f"$.actors[{i}].aliases[{j}]"
            kind = al.get("kind", "name")
            if kind not in ALIAS_KINDS:
                problems.append((f"{p}.kind", f"unknown alias kind {kind!r}"))
            elif kind == "title-or-role" and not al.get("validFrom"):
                problems.append((f"{p}.validFrom", f"the title '{al.get('name')}' needs the date its holder took it "
                                                   "(titles and roles name different people over time)"))

    for i, cl in enumerate(bundle.get("claims") or []):
        p = f"$.claims[{i}]"
        apps = [a for a in cl.get("appearances") or [] if isinstance(a, dict)]
        quotes = [a.get("quote") or "" for a in apps]
        for j, q in enumerate(cl.get("quantities") or []):
            pj = f"{p}.quantities[{j}]"
            value, magnitude = q.get("value"), q.get("magnitude")
            if (value is None) == (magnitude is None):
                problems.append((pj, "give either a value or a magnitude (\"millions\"), not both or neither"))
            elif magnitude is not None:
                if magnitude not in MAGNITUDES:
                    problems.append((f"{pj}.magnitude", f"unknown magnitude {magnitude!r}"))
                elif not magnitude_supported(magnitude, quotes):
                    problems.append((f"{pj}.magnitude", f"'{magnitude}' is in none of the claim's quotations"))
            elif not value_supported(value, quotes):
                problems.append((f"{pj}.value", f"{value} is in none of the claim's quotations, as digits or words: "
                                                "quote the number, or record a magnitude with no value"))

        if cl.get("kind") not in SPEECH_KINDS:
            continue
        if cl.get("claimantInferred"):
            if not (cl.get("claimantNote") or "").strip():
                problems.append((f"{p}.claimantNote", "an inferred attribution says in a note why it is ours"))
            continue
        if cl.get("claimantActor") in actors:
            who = actors[cl["claimantActor"]]
            field = "claimantActor"
        elif cl.get("claimantOutlet") in outlets:
            who = {"name": outlets[cl["claimantOutlet"]].get("name"), "aliases": []}
            field = "claimantOutlet"
        else:
            continue  # a dangling reference is reported elsewhere
        named = False
        for a in apps:
            art = articles.get(a.get("article")) or {}
            pub = art.get("published") or {}
            b = bounds(pub.get("date")) if isinstance(pub.get("date"), str) else None
            names = claimant_names(who, b[0] if b else None, bounds)
            att = a.get("attribution") or {}
            spans = [a.get("quote") or "", att.get("quote") or ""]
            text, s, e = art.get("text"), a.get("start"), a.get("end")
            if isinstance(text, str) and isinstance(s, int) and isinstance(e, int):
                spans.append(around(text, s, e))
            if any(names_in(span, names) for span in spans):
                named = True
                break
        if not named:
            problems.append((f"{p}.{field}", f"'{who.get('name')}' is named neither in nor right around any quotation "
                                            "(by name, short name, metonym or a title valid then): add the words "
                                            "that name the speaker as an appearance's attribution, or mark the "
                                            "attribution inferred with a note"))
    return problems
