#!/usr/bin/env python3
"""Verify a NewsTreaty dataset bundle (docs/dataset-format.md), stdlib only.

Usage:
    python3 tools/dataset/check_bundle.py BUNDLE.json SEEDS_DIR [EXTRA_FILE ...]

Checks referential integrity (every slug referenced exists, no duplicate slugs),
enum values, EDTF dates, minimum counts, that every appearance's quote (and
attribution span) equals sourceText[start:end] of the seed file named by the
article's `source.name` (whose sha256 must match), that quotes stay short, the
evidence rules the import enforces (tools/dataset/rules.py: quantities in their
quotations, claimants named or their attribution marked inferred, titles dated),
and that neither the bundle nor any EXTRA_FILE repeats a run of 30 consecutive
words of a seed. Prints every problem with its JSON path and exits 1 if there is any.
"""
import calendar
import hashlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rules  # noqa: E402

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEBAB_RE = SLUG_RE
EDTF_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$")
QID_RE = re.compile(r"^Q[1-9]\d*$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$")
LANG_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
HEX64_RE = re.compile(r"^[0-9a-f]{64}$")

OUTLET_KINDS = {"newspaper", "magazine", "wire", "broadcaster", "journal"}
ACTOR_KINDS = {"person", "state", "organisation", "media"}
GENRES = {"news", "analysis", "opinion", "editorial"}
BASES = {"stated", "edition-date", "inferred"}
RELATION_KINDS = {"syndicated-copy-of", "relays-reporting-of"}
EVENT_KINDS = {
    "treaty-signed", "treaty-withdrawn", "treaty-in-force", "treaty-expired",
    "state-visit", "summit", "debt-relief", "diplomatic-recognition",
    "military-action", "un-vote", "nuclear-test", "leadership-change",
    "sanctions", "arms-transfer", "statement", "other",
}
CLAIM_KINDS = {"direct-quote", "reported-speech", "factual-assertion", "prediction", "opinion"}
HEDGING = {"asserted", "believed", "expected", "speculated"}
STATUSES = {"unreviewed", "confirmed", "disputed", "false", "misleading"}
ROLES = {"originates", "reports", "relays", "disputes"}

MIN_COUNTS = {"eras": 5, "outlets": 6, "actors": 28, "articles": 5, "events": 18, "claims": 45}
EXPECTED_ARTICLES = 5
LEAK_RUN = 30          # words in a row that count as copied seed text
MAX_QUOTE_WORDS = 25   # curation rule: quotes strictly under 25 words (so far under 30)


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, path, msg):
        self.problems.append(f"{path}: {msg}")


def words(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def edtf_bounds(value):
    """Return (earliest, latest) ISO day strings for a valid EDTF date, else None."""
    m = EDTF_RE.match(value) if isinstance(value, str) else None
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    mo = int(mo)
    if not 1 <= mo <= 12:
        return None
    last = calendar.monthrange(y, mo)[1]
    if d is None:
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}"
    d = int(d)
    if not 1 <= d <= last:
        return None
    return (f"{y:04d}-{mo:02d}-{d:02d}",) * 2


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    bundle_path, seeds_dir, extra_files = argv[1], argv[2], argv[3:]
    c = Checker()
    try:
        with open(bundle_path, encoding="utf-8") as f:
            raw_bundle = f.read()
        b = json.loads(raw_bundle)
    except (OSError, ValueError) as e:
        print(f"cannot read bundle: {e}")
        return 1

    def req_str(obj, key, path, optional=False):
        v = obj.get(key)
        if v is None:
            if not optional:
                c.err(f"{path}.{key}", "missing")
            return None
        if not isinstance(v, str) or not v.strip():
            c.err(f"{path}.{key}", f"must be a non-empty string, got {v!r}")
            return None
        return v

    def check_edtf(v, path, optional=False):
        if v is None:
            if not optional:
                c.err(path, "missing date")
            return None
        bounds = edtf_bounds(v)
        if bounds is None:
            c.err(path, f"not an EDTF date (YYYY, YYYY-MM, YYYY-MM-DD, optional ~): {v!r}")
        return bounds

    def check_span(start, end, path):
        bs = edtf_bounds(start) if start else None
        be = edtf_bounds(end) if end else None
        if bs and be and be[1] < bs[0]:
            c.err(path, f"ends ({end}) before it starts ({start})")

    def check_attribution(att, text, qs, qe, path):
        """The words that name a quotation's speaker: a short exact span of the source, like a quote."""
        quote, s, e = att.get("quote"), att.get("start"), att.get("end")
        if not isinstance(quote, str) or not quote.strip():
            c.err(f"{path}.quote", "missing")
            return
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (s, e)) or s < 0 or e - s != len(quote):
            c.err(path, f"offsets {s}..{e} do not span the {len(quote)} characters of the attribution")
            return
        if text is not None and text[s:e] != quote:
            c.err(f"{path}.quote", f"!= source[{s}:{e}] = {text[s:e]!r}")
        if e < qs - rules.WINDOW or s > qe + rules.WINDOW:
            c.err(path, f"not next to its quotation ({qs}..{qe}): keep it within {rules.WINDOW} characters")
        if len(quote) > 200:
            c.err(f"{path}.quote", "an attribution names the speaker in a few words (200 characters at most)")

    if b.get("format") != "newstreaty-bundle":
        c.err("$.format", f"expected 'newstreaty-bundle', got {b.get('format')!r}")
    if b.get("version") != 1:
        c.err("$.version", f"expected 1, got {b.get('version')!r}")
    req_str(b, "title", "$")

    sections = {}
    all_slugs = {}
    for name in ("eras", "outlets", "actors", "articles", "events", "claims"):
        items = b.get(name)
        if not isinstance(items, list):
            c.err(f"$.{name}", "missing or not an array")
            items = []
        sections[name] = items
        seen = set()
        for i, it in enumerate(items):
            p = f"$.{name}[{i}]"
            if not isinstance(it, dict):
                c.err(p, "not an object")
                continue
            s = it.get("slug")
            if not isinstance(s, str) or not SLUG_RE.match(s) or not 2 <= len(s) <= 80:
                c.err(f"{p}.slug", f"bad slug {s!r}")
                continue
            if s in seen:
                c.err(f"{p}.slug", f"duplicate slug {s!r} in {name}")
            seen.add(s)
            if s in all_slugs and all_slugs[s] != name:
                c.err(f"{p}.slug", f"slug {s!r} also used in {all_slugs[s]} (kept unique across the bundle)")
            all_slugs.setdefault(s, name)
        if len(items) < MIN_COUNTS[name]:
            c.err(f"$.{name}", f"{len(items)} records, at least {MIN_COUNTS[name]} required")

    def slugs(name):
        return {it.get("slug") for it in sections[name] if isinstance(it, dict)}

    era_slugs, outlet_slugs, actor_slugs = slugs("eras"), slugs("outlets"), slugs("actors")
    article_slugs, event_slugs = slugs("articles"), slugs("events")
    era_by_slug = {e["slug"]: e for e in sections["eras"] if isinstance(e, dict) and "slug" in e}

    # eras
    for i, e in enumerate(sections["eras"]):
        p = f"$.eras[{i}]"
        req_str(e, "name", p)
        req_str(e, "summary", p)
        check_edtf(e.get("start"), f"{p}.start")
        if e.get("end") is not None:
            check_edtf(e.get("end"), f"{p}.end")
            check_span(e.get("start"), e.get("end"), p)

    # outlets
    for i, o in enumerate(sections["outlets"]):
        p = f"$.outlets[{i}]"
        req_str(o, "name", p)
        if not isinstance(o.get("country"), str) or not COUNTRY_RE.match(o["country"]):
            c.err(f"{p}.country", f"not ISO 3166-1 alpha-2: {o.get('country')!r}")
        if o.get("kind") not in OUTLET_KINDS:
            c.err(f"{p}.kind", f"unknown outlet kind {o.get('kind')!r}")
        if not isinstance(o.get("stateAffiliated"), bool):
            c.err(f"{p}.stateAffiliated", "must be true or false")
        hp = o.get("homepage")
        if hp is not None and (not isinstance(hp, str) or not re.match(r"^https?://", hp)):
            c.err(f"{p}.homepage", f"not an http(s) URL: {hp!r}")

    # actors
    for i, a in enumerate(sections["actors"]):
        p = f"$.actors[{i}]"
        req_str(a, "name", p)
        req_str(a, "description", p)
        if a.get("kind") not in ACTOR_KINDS:
            c.err(f"{p}.kind", f"unknown actor kind {a.get('kind')!r}")
        q = a.get("wikidataId")
        if q is not None and (not isinstance(q, str) or not QID_RE.match(q)):
            c.err(f"{p}.wikidataId", f"not a Wikidata QID: {q!r}")
        aliases = a.get("aliases", [])
        if not isinstance(aliases, list):
            c.err(f"{p}.aliases", "not an array")
            aliases = []
        for j, al in enumerate(aliases):
            pj = f"{p}.aliases[{j}]"
            if not isinstance(al, dict):
                c.err(pj, "not an object")
                continue
            req_str(al, "name", pj)
            if al.get("kind", "name") not in rules.ALIAS_KINDS:
                c.err(f"{pj}.kind", f"unknown alias kind {al.get('kind')!r}")
            for k in ("validFrom", "validTo"):
                if al.get(k) is not None:
                    check_edtf(al[k], f"{pj}.{k}")
            check_span(al.get("validFrom"), al.get("validTo"), pj)
        affs = a.get("affiliations", [])
        if not isinstance(affs, list):
            c.err(f"{p}.affiliations", "not an array")
            affs = []
        for j, af in enumerate(affs):
            pj = f"{p}.affiliations[{j}]"
            if not isinstance(af, dict):
                c.err(pj, "not an object")
                continue
            if af.get("organisation") not in actor_slugs:
                c.err(f"{pj}.organisation", f"unknown actor slug {af.get('organisation')!r}")
            elif af.get("organisation") == a.get("slug"):
                c.err(f"{pj}.organisation", "actor affiliated with itself")
            req_str(af, "role", pj, optional=True)
            for k in ("from", "to"):
                if af.get(k) is not None:
                    check_edtf(af[k], f"{pj}.{k}")
            check_span(af.get("from"), af.get("to"), pj)

    # articles
    seed_texts = {}
    for i, ar in enumerate(sections["articles"]):
        p = f"$.articles[{i}]"
        if ar.get("outlet") not in outlet_slugs:
            c.err(f"{p}.outlet", f"unknown outlet slug {ar.get('outlet')!r}")
        req_str(ar, "headline", p)
        for k in ("printHeadline", "standfirst", "byline", "section", "dateline", "summary", "canonicalUrl"):
            req_str(ar, k, p, optional=True)
        if ar.get("genre") not in GENRES:
            c.err(f"{p}.genre", f"unknown genre {ar.get('genre')!r}")
        if ar.get("genre") == "editorial" and ar.get("byline") is not None:
            c.err(f"{p}.byline", "editorials carry no byline")
        if not isinstance(ar.get("language"), str) or not LANG_RE.match(ar["language"]):
            c.err(f"{p}.language", f"not a BCP 47 tag: {ar.get('language')!r}")
        pub = ar.get("published")
        if not isinstance(pub, dict):
            c.err(f"{p}.published", "missing or not an object")
        else:
            check_edtf(pub.get("date"), f"{p}.published.date")
            if pub.get("basis") not in BASES:
                c.err(f"{p}.published.basis", f"unknown basis {pub.get('basis')!r}")
            if pub.get("basis") == "inferred" and not pub.get("note"):
                c.err(f"{p}.published.note", "an inferred date must explain itself in a note")
            t = pub.get("time")
            if t is not None and (not isinstance(t, str) or not TIME_RE.match(t)):
                c.err(f"{p}.published.time", f"not HH:MM: {t!r}")
            tz = pub.get("timeZone")
            if tz is not None and (not isinstance(tz, str) or not re.match(r"^[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)+$|^UTC$", tz)):
                c.err(f"{p}.published.timeZone", f"not an IANA zone name: {tz!r}")
            if t is not None and tz is None:
                c.err(f"{p}.published.timeZone", "a time needs a time zone")
        url = ar.get("canonicalUrl")
        if url is not None and not re.match(r"^https?://", str(url)):
            c.err(f"{p}.canonicalUrl", f"not an http(s) URL: {url!r}")
        rels = ar.get("relations", [])
        if not isinstance(rels, list):
            c.err(f"{p}.relations", "not an array")
            rels = []
        for j, r in enumerate(rels):
            pj = f"{p}.relations[{j}]"
            if not isinstance(r, dict):
                c.err(pj, "not an object")
                continue
            if r.get("kind") not in RELATION_KINDS:
                c.err(f"{pj}.kind", f"unknown relation kind {r.get('kind')!r}")
            if r.get("article") is None and r.get("outlet") is None:
                c.err(pj, "names neither an article nor an outlet")
            if r.get("article") is not None:
                if r["article"] not in article_slugs:
                    c.err(f"{pj}.article", f"unknown article slug {r['article']!r}")
                elif r["article"] == ar.get("slug"):
                    c.err(f"{pj}.article", "article related to itself")
            if r.get("outlet") is not None and r["outlet"] not in outlet_slugs:
                c.err(f"{pj}.outlet", f"unknown outlet slug {r['outlet']!r}")
        src = ar.get("source")
        if src is not None:
            name, sha = src.get("name"), src.get("sha256")
            fpath = os.path.join(seeds_dir, name) if isinstance(name, str) and "/" not in name else None
            if not fpath or not os.path.isfile(fpath):
                c.err(f"{p}.source.name", f"source file not found in {seeds_dir}: {name!r}")
            else:
                with open(fpath, "rb") as f:
                    data = f.read()
                digest = hashlib.sha256(data).hexdigest()
                if not isinstance(sha, str) or not HEX64_RE.match(sha):
                    c.err(f"{p}.source.sha256", f"not a lower-case hex SHA-256: {sha!r}")
                elif sha != digest:
                    c.err(f"{p}.source.sha256", f"mismatch: file has {digest}")
                text = data.decode("utf-8")
                if any(ord(ch) > 0xFFFF for ch in text):
                    c.err(f"{p}.source", "file has non-BMP characters: str offsets != UTF-16 offsets")
                seed_texts[ar.get("slug")] = text
            if ar.get("text") is not None or ar.get("contentHash") is not None:
                c.err(p, "seed articles must not store text or contentHash")
        if ar.get("contentHash") is not None:
            if ar.get("text") is None:
                c.err(f"{p}.contentHash", "contentHash without text")
            elif ar["contentHash"] != hashlib.sha256(ar["text"].encode("utf-8")).hexdigest():
                c.err(f"{p}.contentHash", "does not match text")

    if len(sections["articles"]) != EXPECTED_ARTICLES:
        c.err("$.articles", f"expected exactly {EXPECTED_ARTICLES} seed articles, got {len(sections['articles'])}")
    if os.path.isdir(seeds_dir):
        used = {ar.get("source", {}).get("name") for ar in sections["articles"] if isinstance(ar.get("source"), dict)}
        for name in sorted(os.listdir(seeds_dir)):
            if name.endswith(".txt") and name not in used:
                c.err("$.articles", f"seed {name} has no article")
    else:
        c.err("seeds", f"not a directory: {seeds_dir}")

    # events
    for i, ev in enumerate(sections["events"]):
        p = f"$.events[{i}]"
        req_str(ev, "title", p)
        req_str(ev, "summary", p)
        req_str(ev, "place", p, optional=True)
        if ev.get("kind") not in EVENT_KINDS:
            c.err(f"{p}.kind", f"unknown event kind {ev.get('kind')!r}")
        bd = check_edtf(ev.get("date"), f"{p}.date")
        if ev.get("endDate") is not None:
            check_edtf(ev["endDate"], f"{p}.endDate")
            check_span(ev.get("date"), ev["endDate"], p)
        imp = ev.get("importance")
        if not isinstance(imp, int) or isinstance(imp, bool) or not 1 <= imp <= 5:
            c.err(f"{p}.importance", f"must be an integer 1..5, got {imp!r}")
        era = ev.get("era")
        if era not in era_slugs:
            c.err(f"{p}.era", f"unknown era slug {era!r}")
        elif bd:
            e = era_by_slug[era]
            es = edtf_bounds(e.get("start") or "")
            ee = edtf_bounds(e["end"]) if e.get("end") else None
            if es and (bd[1] < es[0] or (ee and bd[0] > ee[1])):
                c.err(f"{p}.date", f"{ev.get('date')} lies outside era {era} ({e.get('start')}..{e.get('end')})")
        for j, ea in enumerate(ev.get("actors", [])):
            pj = f"{p}.actors[{j}]"
            if ea.get("actor") not in actor_slugs:
                c.err(f"{pj}.actor", f"unknown actor slug {ea.get('actor')!r}")
            if not isinstance(ea.get("role"), str) or not KEBAB_RE.match(ea["role"]):
                c.err(f"{pj}.role", f"role must be kebab-case, got {ea.get('role')!r}")
        for j, s in enumerate(ev.get("articles", [])):
            if s not in article_slugs:
                c.err(f"{p}.articles[{j}]", f"unknown article slug {s!r}")

    # claims
    per_article, per_kind, hedges = {}, {}, set()
    n_appearances = 0
    for i, cl in enumerate(sections["claims"]):
        p = f"$.claims[{i}]"
        req_str(cl, "text", p)
        if cl.get("kind") not in CLAIM_KINDS:
            c.err(f"{p}.kind", f"unknown claim kind {cl.get('kind')!r}")
        per_kind[cl.get("kind")] = per_kind.get(cl.get("kind"), 0) + 1
        ca, co = cl.get("claimantActor"), cl.get("claimantOutlet")
        if (ca is None) == (co is None):
            c.err(p, "needs exactly one of claimantActor / claimantOutlet")
        if ca is not None and ca not in actor_slugs:
            c.err(f"{p}.claimantActor", f"unknown actor slug {ca!r}")
        if co is not None and co not in outlet_slugs:
            c.err(f"{p}.claimantOutlet", f"unknown outlet slug {co!r}")
        for j, s in enumerate(cl.get("subjects", [])):
            if s not in actor_slugs:
                c.err(f"{p}.subjects[{j}]", f"unknown actor slug {s!r}")
        for j, s in enumerate(cl.get("events", [])):
            if s not in event_slugs:
                c.err(f"{p}.events[{j}]", f"unknown event slug {s!r}")
        if cl.get("hedging") not in HEDGING:
            c.err(f"{p}.hedging", f"unknown hedging {cl.get('hedging')!r}")
        hedges.add(cl.get("hedging"))
        if cl.get("status") not in STATUSES:
            c.err(f"{p}.status", f"unknown status {cl.get('status')!r}")
        if cl.get("status") in ("disputed", "false", "misleading") and not cl.get("statusNote"):
            c.err(f"{p}.statusNote", f"status {cl.get('status')} needs a note")
        if not isinstance(cl.get("claimantInferred", False), bool):
            c.err(f"{p}.claimantInferred", "must be true or false")
        req_str(cl, "claimantNote", p, optional=True)
        for j, q in enumerate(cl.get("quantities", [])):
            pj = f"{p}.quantities[{j}]"
            v = q.get("value")
            if v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool)):
                c.err(f"{pj}.value", f"must be a number or null, got {v!r}")
            req_str(q, "unit", pj)
            req_str(q, "text", pj)
            if not isinstance(q.get("approximate", False), bool):
                c.err(f"{pj}.approximate", "must be true or false")
        apps = cl.get("appearances")
        if not isinstance(apps, list) or not apps:
            c.err(f"{p}.appearances", "at least one appearance required")
            apps = []
        seen_in = set()
        for j, ap in enumerate(apps):
            pj = f"{p}.appearances[{j}]"
            n_appearances += 1
            art = ap.get("article")
            if art not in article_slugs:
                c.err(f"{pj}.article", f"unknown article slug {art!r}")
                continue
            if art not in seen_in:
                per_article[art] = per_article.get(art, 0) + 1
            seen_in.add(art)
            if ap.get("role") not in ROLES:
                c.err(f"{pj}.role", f"unknown role {ap.get('role')!r}")
            quote, s, e = ap.get("quote"), ap.get("start"), ap.get("end")
            if not isinstance(quote, str) or not quote:
                c.err(f"{pj}.quote", "missing")
                continue
            if not all(isinstance(x, int) and not isinstance(x, bool) for x in (s, e)):
                c.err(pj, "start/end must be integers")
                continue
            if s < 0 or e <= s:
                c.err(pj, f"offsets negative or reversed: {s}..{e}")
                continue
            if len(quote) != e - s:
                c.err(pj, f"quote length {len(quote)} differs from end - start = {e - s}")
            text = seed_texts.get(art)
            if text is None:
                c.err(pj, f"article {art!r} has no readable source text")
            elif text[s:e] != quote:
                c.err(f"{pj}.quote", f"!= source[{s}:{e}] = {text[s:e]!r}")
            nw = len(quote.split())
            if nw >= MAX_QUOTE_WORDS or len(words(quote)) >= LEAK_RUN:
                c.err(f"{pj}.quote", f"too long ({nw} words; keep quotes under {MAX_QUOTE_WORDS})")
            att = ap.get("attribution")
            if att is not None:
                check_attribution(att, text, s, e, f"{pj}.attribution")

    for path, msg in rules.evidence_problems(b, edtf_bounds):
        c.err(path, msg)

    for art in sorted(article_slugs):
        if not per_article.get(art):
            c.err("$.claims", f"article {art!r} has no claim appearances")
    for k in sorted(CLAIM_KINDS):
        if not per_kind.get(k):
            c.err("$.claims", f"no claim of kind {k!r}")
    if len(hedges & HEDGING) < 3:
        c.err("$.claims", f"only {len(hedges & HEDGING)} hedging values used, at least 3 expected")

    # copied seed text: 30-word runs in the bundle or any extra file
    grams = {}
    if os.path.isdir(seeds_dir):
        for name in sorted(os.listdir(seeds_dir)):
            with open(os.path.join(seeds_dir, name), encoding="utf-8", errors="replace") as f:
                w = words(f.read())
            for k in range(len(w) - LEAK_RUN + 1):
                grams.setdefault(" ".join(w[k:k + LEAK_RUN]), name)
    for path in [bundle_path] + extra_files:
        try:
            with open(path, encoding="utf-8", errors="ignore") as f:
                w = words(f.read())
        except OSError as e:
            c.err(path, f"cannot read: {e}")
            continue
        for k in range(len(w) - LEAK_RUN + 1):
            seed = grams.get(" ".join(w[k:k + LEAK_RUN]))
            if seed:
                c.err(path, f"repeats {LEAK_RUN}+ consecutive words of seed {seed}: \"{' '.join(w[k:k + 10])} ...\"")
                break

    for prob in c.problems:
        print(prob)
    counts = ", ".join(f"{n} {len(sections[n])}" for n in sections)
    print(f"{counts}, appearances {n_appearances}")
    print("claims per article: " + ", ".join(f"{a} {per_article.get(a, 0)}" for a in sorted(article_slugs)))
    print("claims per kind: " + ", ".join(f"{k} {per_kind.get(k, 0)}" for k in sorted(CLAIM_KINDS)))
    if c.problems:
        print(f"FAILED: {len(c.problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
