#!/usr/bin/env python3
"""Build src/Domain/Data/Dataset/treaty.bundle.json, the curated Russia–North Korea
treaty dataset (format: docs/dataset-format.md), from the curated records below.

Usage (from the repository root):
    python3 tools/dataset/build_bundle.py [SEEDS_DIR] [OUT_FILE]

Only facts, metadata, our own summaries and short quotations (a clause or a
sentence, under 25 words) live here. Quote offsets and the seed files' SHA-256
are computed from the seed texts, so every quote is exactly sourceText[start:end).
A quote that occurs more than once in its seed must say which occurrence it means.
"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rules  # noqa: E402  (the evidence rules, shared with check_bundle.py)
from check_bundle import edtf_bounds  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SEEDS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "seeds")
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "src", "Domain", "Data", "Dataset", "treaty.bundle.json")

# --------------------------------------------------------------------------- articles' seeds
ECO = "economist-2024-06-22-putin-kim-bromance"
STR = "straits-times-2024-06-18-putin-kim-bromance"
SPE = "spectator-howell-red-carpet-for-putin"
GUA = "guardian-view-putin-kim-alarming-pact"
IAF = "interaffairs-2024-06-20-bloomberg-security-challenge"

SEED_FILES = {
    ECO: "000_75563d6298d5d269.txt",
    STR: "001_46ebb0d35cca3ed9.txt",
    SPE: "002_6b6ed430e0bf1e86.txt",
    GUA: "003_bc0c7d2cd89a0f3c.txt",
    IAF: "004_210453451a2b63ec.txt",
}

# --------------------------------------------------------------------------- eras
ERAS = [
    dict(slug="cold-war-alliance", name="Cold War alliance", start="1961-07", end="1991-12",
         summary="From the 1961 mutual-assistance treaty to the break-up of the Soviet Union: Moscow is "
                 "Pyongyang's patron, supplying aid, subsidised trade and a security guarantee, while "
                 "North Korea plays Moscow and Beijing off against each other."),
    dict(slug="post-soviet-chill", name="Post-Soviet chill", start="1991-12", end="1999-12",
         summary="Yeltsin's Russia turns towards Seoul and the West; subsidised trade ends, the 1961 treaty "
                 "is allowed to lapse and North Korea goes through famine with little help from Moscow."),
    dict(slug="putin-and-kim-jong-il", name="Putin and Kim Jong Il: a cautious restart", start="1999-12", end="2011-12",
         summary="Putin rebuilds ties: a looser friendship treaty in 2000 and the first Kremlin visit to "
                 "Pyongyang, but Russia also backs UN sanctions after North Korea's first nuclear tests."),
    dict(slug="kim-jong-un-and-sanctions", name="Kim Jong Un, nuclear tests and sanctions", start="2011-12", end="2022-02",
         summary="Kim Jong Un takes over; Russia forgives most Soviet-era debt and gets support over Crimea, "
                 "yet votes for tougher UN sanctions; Kim's diplomacy with Trump fails and he turns back to Moscow."),
    dict(slug="war-in-ukraine", name="War in Ukraine and the new alliance", start="2022-02", end=None,
         summary="Russia's full-scale invasion of Ukraine makes North Korean munitions valuable; summits in "
                 "2023 and 2024 lead to the Comprehensive Strategic Partnership Treaty and, later, North "
                 "Korean troops fighting for Russia."),
]

# --------------------------------------------------------------------------- outlets
OUTLETS = [
    dict(slug="economist", name="The Economist", country="GB", kind="magazine", stateAffiliated=False,
         homepage="https://www.economist.com/"),
    dict(slug="straits-times", name="The Straits Times", country="SG", kind="newspaper", stateAffiliated=False,
         homepage="https://www.straitstimes.com/"),
    dict(slug="spectator", name="The Spectator", country="GB", kind="magazine", stateAffiliated=False,
         homepage="https://www.spectator.co.uk/"),
    dict(slug="guardian", name="The Guardian", country="GB", kind="newspaper", stateAffiliated=False,
         homepage="https://www.theguardian.com/"),
    dict(slug="international-affairs", name="International Affairs (Mezhdunarodnaya Zhizn)", country="RU",
         kind="journal", stateAffiliated=True, homepage=None),
    dict(slug="bloomberg", name="Bloomberg News", country="US", kind="wire", stateAffiliated=False,
         homepage="https://www.bloomberg.com/"),
]


# --------------------------------------------------------------------------- actors
def alias(name, valid_from=None, valid_to=None, note=None, kind="name"):
    """An alias of a kind (docs/dataset-format.md): a name resolves by itself, a short name (bare surname,
    initials) only where the context rules out everyone else who shares it, a title or role only within
    its validity period (required), a metonym only where the text speaks of an actor rather than a place,
    a description never by itself."""
    return {"name": name, "kind": kind, "validFrom": valid_from, "validTo": valid_to, "note": note}


def short(name, valid_from=None, valid_to=None, note=None):
    return alias(name, valid_from, valid_to, note, "short-name")


def title(name, valid_from, valid_to=None, note=None):
    return alias(name, valid_from, valid_to, note, "title-or-role")


def metonym(name, valid_from=None, valid_to=None, note=None):
    return alias(name, valid_from, valid_to, note, "metonym")


def desc(name, valid_from=None, valid_to=None, note=None):
    return alias(name, valid_from, valid_to, note, "description")


def aff(org, role, start=None, end=None):
    return {"organisation": org, "role": role, "from": start, "to": end}


MR_KIM_NOTE = ("'Mr Kim' is resolved by date: Kim Il Sung until July 1994, Kim Jong Il until December 2011, "
               "Kim Jong Un since.")
RUSSIAN_PRESIDENT_NOTE = ("Putin only while he held the office: Yeltsin before him, Medvedev in 2008-2012. "
                          "'The Russian President's spokesperson' is someone else.")
KIM_TRAP_NOTE = ("A bare 'Kim' means Kim Jong Un in the 2024 coverage, except where Duyeon Kim of CNAS "
                 "is quoted by name.")

ACTORS = [
    # people
    dict(slug="vladimir-putin", name="Vladimir Putin", kind="person", wikidataId="Q7747",
         description="President of Russia 2000-2008 and again since 2012 (acting president from 31 December 1999, "
                     "prime minister 2008-2012). Visited Pyongyang in 2000 and again in June 2024, when he signed "
                     "the partnership treaty with Kim Jong Un.",
         aliases=[short("Putin"), short("Mr Putin"), alias("Mr Vladimir Putin"),
                  title("President Putin", "1999-12", "2008-05"), title("President Putin", "2012-05"),
                  title("Russian President Putin", "1999-12", "2008-05"), title("Russian President Putin", "2012-05"),
                  desc("Russia's dictator", note="The Economist's and Straits Times' label for him"),
                  title("the Russian president", "1999-12", "2008-05", note=RUSSIAN_PRESIDENT_NOTE),
                  title("the Russian president", "2012-05", note=RUSSIAN_PRESIDENT_NOTE)],
         affiliations=[aff("russia", "president", "2000-05", "2008-05"),
                       aff("russia", "prime minister", "2008-05", "2012-05"),
                       aff("russia", "president", "2012-05", None)]),
    dict(slug="kim-jong-un", name="Kim Jong Un", kind="person", wikidataId="Q56226",
         description="Supreme leader of North Korea since his father's death in December 2011; grandson of "
                     "the state's founder. Signed the 2024 treaty with Putin.",
         aliases=[alias("Kim Jong-un"), alias("Mr Kim Jong Un"),
                  short("Mr Kim", valid_from="2011-12", note=MR_KIM_NOTE),
                  short("Kim", valid_from="2011-12", note=KIM_TRAP_NOTE),
                  desc("the North Korean dictator", valid_from="2011-12",
                       note="The Straits Times' label for him; a characterisation, not a name"),
                  title("the North Korean leader", "2011-12")],
         affiliations=[aff("north-korea", "supreme leader", "2011-12", None)]),
    dict(slug="kim-jong-il", name="Kim Jong Il", kind="person", wikidataId="Q10665",
         description="Leader of North Korea from his father's death in 1994 until he died in December 2011; "
                     "Putin's counterpart for the 2000 treaty and visit. Not to be confused with his son Kim Jong Un.",
         aliases=[alias("Kim Jong-il"),
                  short("Mr Kim", valid_from="1994-07", valid_to="2011-12", note=MR_KIM_NOTE),
                  title("the North Korean leader", "1994-07", "2011-12")],
         affiliations=[aff("north-korea", "leader", "1994-07", "2011-12")]),
    dict(slug="kim-il-sung", name="Kim Il Sung", kind="person", wikidataId="Q41117",
         description="Founder of North Korea, leader from 1948 until his death in 1994; signed the 1961 "
                     "treaty with the Soviet Union in Moscow.",
         aliases=[alias("Kim Il-sung"), short("Mr Kim", valid_from="1948-09", valid_to="1994-07", note=MR_KIM_NOTE)],
         affiliations=[aff("north-korea", "leader", "1948-09", "1994-07")]),
    dict(slug="nikita-khrushchev", name="Nikita Khrushchev", kind="person", wikidataId=None,
         description="Soviet leader who signed the 1961 friendship and mutual-assistance treaty with Kim Il Sung.",
         aliases=[short("Khrushchev")],
         affiliations=[aff("soviet-union", "first secretary of the Communist Party", "1953-09", "1964-10")]),
    dict(slug="donald-trump", name="Donald Trump", kind="person", wikidataId="Q22686",
         description="US president 2017-2021 and again from January 2025. Held summits with Kim Jong Un, "
                     "including the failed Hanoi meeting in 2019.",
         aliases=[short("Trump"), short("Mr Trump"),
                  desc("the then president", note="The Guardian's reference to Trump in his first term")],
         affiliations=[aff("united-states", "president", "2017-01", "2021-01"),
                       aff("united-states", "president", "2025-01", None)]),
    dict(slug="barack-obama", name="Barack Obama", kind="person", wikidataId="Q76",
         description="US president 2009-2017; during his terms Russia voted for UN sanctions on North Korea.",
         aliases=[short("Obama")],
         affiliations=[aff("united-states", "president", "2009-01", "2017-01")]),
    dict(slug="xi-jinping", name="Xi Jinping", kind="person", wikidataId="Q15031",
         description="China's leader (party chief since 2012, state president since 2013), watching the "
                     "Russia-North Korea rapprochement from Beijing.",
         aliases=[short("Xi"), title("President Xi", "2013-03")],
         affiliations=[aff("china", "president", "2013-03", None)]),
    dict(slug="jenny-town", name="Jenny Town", kind="person", wikidataId=None,
         description="American analyst of North Korea at the Stimson Center, quoted by The Economist.",
         aliases=[alias("Ms Jenny Town"), short("Ms Town")],
         affiliations=[aff("stimson-center", "senior fellow")]),
    dict(slug="duyeon-kim", name="Duyeon Kim", kind="person", wikidataId=None,
         description="Seoul-based Korea analyst, an adjunct senior fellow at the Center for a New American "
                     "Security, quoted by Bloomberg. A different person from Kim Jong Un.",
         aliases=[alias("Kim Duyeon", note="Korean name order")],
         affiliations=[aff("center-for-a-new-american-security", "adjunct senior fellow")]),
    dict(slug="edward-howell", name="Edward Howell", kind="person", wikidataId=None,
         description="British academic who researches North Korea and international relations; author of "
                     "the Spectator piece.",
         aliases=[short("Howell"), alias("Dr Edward Howell")],
         affiliations=[]),
    # states
    dict(slug="russia", name="Russia", kind="state", wikidataId="Q159",
         description="The Russian Federation, successor to the Soviet Union's treaty obligations and seat.",
         aliases=[metonym("Moscow", valid_from="1991-12"), alias("Russian Federation"),
                  metonym("the Kremlin", valid_from="1991-12")], affiliations=[]),
    dict(slug="soviet-union", name="Soviet Union", kind="state", wikidataId="Q15180",
         description="The USSR, North Korea's Cold War patron and party to the 1961 treaty; dissolved in "
                     "December 1991.",
         aliases=[short("USSR"), alias("Union of Soviet Socialist Republics"), metonym("Moscow", valid_to="1991-12"),
                  metonym("the Kremlin", valid_to="1991-12")],
         affiliations=[]),
    dict(slug="north-korea", name="North Korea", kind="state", wikidataId="Q423",
         description="The Democratic People's Republic of Korea, a nuclear-armed one-party state ruled by the "
                     "Kim family since 1948.",
         aliases=[short("DPRK"), alias("Democratic People's Republic of Korea"), metonym("Pyongyang"),
                  short("the North"), desc("the hermit kingdom")], affiliations=[]),
    dict(slug="south-korea", name="South Korea", kind="state", wikidataId="Q884",
         description="The Republic of Korea, a US ally and major arms producer; established relations with "
                     "Moscow in 1990.",
         aliases=[metonym("Seoul"), alias("Republic of Korea"), short("ROK"), short("the South")], affiliations=[]),
    dict(slug="united-states", name="United States", kind="state", wikidataId="Q30",
         description="The United States of America, South Korea's and Japan's treaty ally.",
         aliases=[alias("America"), short("the US"), metonym("Washington"), alias("United States of America")],
         affiliations=[]),
    dict(slug="china", name="China", kind="state", wikidataId="Q148",
         description="The People's Republic of China, North Korea's largest trading partner and only other "
                     "treaty ally (since 1961).",
         aliases=[metonym("Beijing"), alias("People's Republic of China"), short("PRC")], affiliations=[]),
    dict(slug="ukraine", name="Ukraine", kind="state", wikidataId="Q212",
         description="Invaded by Russia in 2014 (Crimea) and at full scale in February 2022.",
         aliases=[metonym("Kyiv")], affiliations=[]),
    dict(slug="japan", name="Japan", kind="state", wikidataId="Q17",
         description="US ally in north-east Asia, named by the Guardian as a partner Russia may court again.",
         aliases=[metonym("Tokyo")], affiliations=[]),
    dict(slug="united-kingdom", name="United Kingdom", kind="state", wikidataId="Q145",
         description="Britain, a member of the Aukus security pact with Australia and the United States.",
         aliases=[short("UK"), alias("Britain")], affiliations=[]),
    dict(slug="australia", name="Australia", kind="state", wikidataId="Q408",
         description="Member of the Aukus security pact with Britain and the United States.",
         aliases=[metonym("Canberra")], affiliations=[]),
    # organisations
    dict(slug="united-nations", name="United Nations", kind="organisation", wikidataId="Q1065",
         description="The intergovernmental organisation whose Security Council sanctions North Korea's "
                     "weapons programmes.",
         aliases=[short("UN"), alias("the United Nations")], affiliations=[]),
    dict(slug="un-security-council", name="UN Security Council", kind="organisation", wikidataId="Q37470",
         description="The UN body that imposes sanctions; Russia and China hold vetoes as permanent members.",
         aliases=[alias("United Nations Security Council"), short("Security Council"), short("UNSC")],
         affiliations=[aff("united-nations", "principal organ")]),
    dict(slug="un-panel-of-experts", name="UN Panel of Experts on North Korea", kind="organisation", wikidataId=None,
         description="Expert group that monitored enforcement of UN sanctions on North Korea from 2009 until "
                     "a Russian veto ended its mandate in April 2024.",
         aliases=[short("Panel of Experts"), alias("1718 Committee Panel of Experts")],
         affiliations=[aff("un-security-council", "subsidiary body", "2009-06", "2024-04")]),
    dict(slug="stimson-center", name="Stimson Center", kind="organisation", wikidataId=None,
         description="Washington think-tank on international security; home of Jenny Town's Korea work.",
         aliases=[alias("Stimson Centre"), alias("the Stimson Center")], affiliations=[]),
    dict(slug="center-for-a-new-american-security", name="Center for a New American Security",
         kind="organisation", wikidataId=None,
         description="Washington think-tank on defence and security policy where Duyeon Kim is an adjunct "
                     "senior fellow.",
         aliases=[short("CNAS")], affiliations=[]),
    dict(slug="us-intelligence-community", name="US intelligence community", kind="organisation", wikidataId=None,
         description="American intelligence agencies, cited anonymously as 'US intelligence officials' on "
                     "Russian technology transfers to North Korea.",
         aliases=[alias("US intelligence officials"), alias("US intelligence")],
         affiliations=[aff("united-states", "government agencies")]),
    dict(slug="aukus", name="Aukus", kind="organisation", wikidataId=None,
         description="Security pact of Australia, Britain and the United States announced in 2021, seen by "
                     "Beijing as aimed at China.",
         aliases=[alias("AUKUS")], affiliations=[]),
    # media
    dict(slug="korean-central-news-agency", name="Korean Central News Agency", kind="media", wikidataId=None,
         description="North Korea's state news agency; published the text of the 2024 treaty.",
         aliases=[short("KCNA"), desc("North Korea's official news agency")],
         affiliations=[aff("north-korea", "state news agency")]),
    dict(slug="rodong-sinmun", name="Rodong Sinmun", kind="media", wikidataId=None,
         description="Newspaper of North Korea's ruling Workers' Party; carried Putin's signed article on "
                     "the eve of his 2024 visit.",
         aliases=[alias("Nodong Sinmun")], affiliations=[aff("north-korea", "party newspaper")]),
]

# --------------------------------------------------------------------------- articles
ARTICLES = [
    dict(slug=ECO, outlet="economist",
         headline="Vladimir Putin’s dangerous bromance with Kim Jong Un",
         printHeadline="Marriage of convenience",
         standfirst="Russia’s dictator visits Pyongyang and signs a new strategic pact",
         byline=None, section="Asia", dateline="Seoul", genre="analysis", language="en",
         published=dict(date="2024-06-22", basis="edition-date",
                        note="Print edition of June 22nd 2024, the only date on the page; this version reports the "
                             "19 June 2024 visit. The piece first ran on the web before the visit: its syndicated "
                             "copy in The Straits Times is dated 18 June 2024. The web date is not on the page."),
         canonicalUrl=None, relations=[],
         summary="Unsigned Economist analysis of Putin's June 2024 trip to Pyongyang: how Kim turned to "
                 "Moscow after Hanoi, why Russia needs his munitions, and how the new pact revives the 1961 "
                 "Soviet guarantee."),
    dict(slug=STR, outlet="straits-times",
         headline="Vladimir Putin's dangerous bromance with Kim Jong Un",
         printHeadline=None,
         standfirst="Russia’s dictator may arrive in Pyongyang this week.",
         byline=None, section=None, dateline=None, genre="analysis", language="en",
         published=dict(date="2024-06-18", basis="stated",
                        note="Date printed under the headline. The November 2025 dates further down belong to "
                             "unrelated Straits Times teasers from the reader app, not to this article."),
         canonicalUrl=None,
         relations=[dict(kind="syndicated-copy-of", article=ECO, outlet=None,
                         note="The Economist's piece as reprinted by The Straits Times in its earlier, pre-visit "
                              "version; not an independent source for what the Economist reports.")],
         summary="Syndicated, pre-visit version of the Economist piece: Putin is expected in Pyongyang; adds "
                 "Kim's 'comrades-in-arms' message, Russia's March veto on the UN sanctions panel and the "
                 "economic lifeline Russia gives the North."),
    dict(slug=SPE, outlet="spectator",
         headline="Why Kim Jong Un is rolling out the red carpet for Vladimir Putin",
         printHeadline=None, standfirst=None,
         byline="Edward Howell", section=None, dateline=None, genre="opinion", language="en",
         published=dict(date="2024-06-18~", basis="inferred",
                        note="No date on the page. Written as Putin 'lands in Pyongyang today' (he arrived in the "
                             "early hours of 19 June local time, the evening of 18 June in Britain) and after his "
                             "article in North Korean media 'only yesterday'; so 18 June 2024, give or take a day."),
         canonicalUrl=None, relations=[],
         summary="Edward Howell traces Moscow-Pyongyang relations from the 1961 treaty through the 1990s "
                 "chill, the 2000 treaty and the 2014 debt write-off to wartime arms supplies, and argues the "
                 "anti-Western alignment is real and lasting."),
    dict(slug=GUA, outlet="guardian",
         headline="Putin and Kim: An alarming new pact",
         printHeadline=None, standfirst=None,
         byline=None, section=None, dateline=None, genre="editorial", language="en",
         published=dict(date="2024-06-20~", basis="inferred",
                        note="Unsigned editorial ('The Guardian view') with no date on the page. It discusses the "
                             "treaty signed on 19 June and Seoul's statement that it would consider arming "
                             "Ukraine, made on 20 June; so about 20 June 2024."),
         canonicalUrl=None, relations=[],
         summary="Guardian editorial: the pact matters more than the pageantry; Russia gets shells and perhaps "
                 "labour, Kim gets technology; blames Trump's diplomacy and hopes regional pressure, China's "
                 "caution and South Korea can limit the damage."),
    dict(slug=IAF, outlet="international-affairs",
         headline="Bloomberg: Kim Jong Un with Vladimir Putin meeting “presents a very modern security "
                  "challenge to the US and its allies”",
         printHeadline=None, standfirst=None,
         byline=None, section=None, dateline=None, genre="news", language="en",
         published=dict(date="2024-06-20", time="11:34", timeZone="Europe/Moscow", basis="stated",
                        note="Date and time printed above the article ('11:34 20.06.2024'). The page gives no time "
                             "zone: Moscow time, the journal's own, is our assumption. Its 'Wednesday' and 'today' "
                             "come from Bloomberg's report and mean 19 June 2024."),
         canonicalUrl=None,
         relations=[dict(kind="relays-reporting-of", outlet="bloomberg", article=None,
                         note="Retells Bloomberg's report of the 19 June summit, including Bloomberg's quotes "
                              "from Putin, Kim Jong Un and Duyeon Kim.")],
         summary="The Russian foreign ministry's journal relays Bloomberg's report of the summit: the treaty "
                 "signing, Kim's pledge of unconditional support, Putin's thanks, and an analyst's warning "
                 "about the risks for Asia."),
]

# --------------------------------------------------------------------------- events
def ea(actor, role):
    return {"actor": actor, "role": role}


EVENTS = [
    dict(slug="soviet-dprk-treaty-1961", kind="treaty-signed", date="1961-07-06", place="Moscow",
         title="Soviet-North Korean Treaty of Friendship, Cooperation and Mutual Assistance signed",
         summary="Khrushchev and Kim Il Sung sign a treaty binding each side to give immediate military "
                 "help if the other is attacked; China signs a similar treaty with Pyongyang days later.",
         importance=5, era="cold-war-alliance",
         actors=[ea("soviet-union", "signatory"), ea("north-korea", "signatory"),
                 ea("nikita-khrushchev", "signatory"), ea("kim-il-sung", "signatory")],
         articles=[ECO, SPE, GUA, IAF]),
    dict(slug="soviet-union-recognises-south-korea", kind="diplomatic-recognition", date="1990-09-30",
         place=None, title="Soviet Union establishes diplomatic relations with South Korea",
         summary="Moscow opens relations with Seoul, to Pyongyang's fury; it marks the end of the Soviet "
                 "Union's exclusive alignment with the North.",
         importance=4, era="cold-war-alliance",
         actors=[ea("soviet-union", "recognising-state"), ea("south-korea", "recognised-state"),
                 ea("north-korea", "aggrieved-party")],
         articles=[SPE]),
    dict(slug="dissolution-of-soviet-union", kind="other", date="1991-12-26", place="Moscow",
         title="Dissolution of the Soviet Union ends the Cold War",
         summary="After Gorbachev resigns on 25 December the Soviet Union formally ceases to exist; Russia "
                 "inherits its treaties, and North Korea loses its subsidised trade.",
         importance=4, era="cold-war-alliance",
         actors=[ea("soviet-union", "subject"), ea("russia", "successor-state")],
         articles=[SPE, ECO]),
    dict(slug="russia-ends-1961-treaty", kind="treaty-expired", date="1996", place=None,
         title="Russia lets the 1961 mutual-assistance treaty lapse",
         summary="Having told Pyongyang it would not renew the treaty, Russia lets it expire (formally in "
                 "September 1996), ending Moscow's security guarantee to the North.",
         importance=4, era="post-soviet-chill",
         actors=[ea("russia", "non-renewing-party"), ea("north-korea", "counterparty")],
         articles=[SPE]),
    dict(slug="putin-becomes-president-2000", kind="leadership-change", date="2000-03-26", place=None,
         title="Putin elected president of Russia",
         summary="Acting president since the last day of 1999, Putin wins the presidential election and is "
                 "inaugurated in May; he soon courts Pyongyang again.",
         importance=3, era="putin-and-kim-jong-il",
         actors=[ea("vladimir-putin", "subject"), ea("russia", "state")],
         articles=[SPE, ECO, STR]),
    dict(slug="friendship-treaty-2000", kind="treaty-signed", date="2000-02-09", place="Pyongyang",
         title="Treaty of Friendship, Good-Neighbourliness and Cooperation signed",
         summary="Russia and North Korea replace the lapsed 1961 treaty with a looser one that has no "
                 "automatic military-assistance clause, only a promise to consult in a crisis.",
         importance=4, era="putin-and-kim-jong-il",
         actors=[ea("russia", "signatory"), ea("north-korea", "signatory")],
         articles=[SPE]),
    dict(slug="putin-visit-pyongyang-2000", kind="state-visit", date="2000-07-19", endDate="2000-07-20",
         place="Pyongyang", title="Putin's first visit to Pyongyang",
         summary="Putin becomes the first Kremlin leader to visit North Korea, meeting Kim Jong Il on his way "
                 "to a G8 summit in Japan.",
         importance=5, era="putin-and-kim-jong-il",
         actors=[ea("vladimir-putin", "visitor"), ea("kim-jong-il", "host"), ea("russia", "visiting-state"),
                 ea("north-korea", "host-state")],
         articles=[ECO, STR, SPE, GUA, IAF]),
    dict(slug="first-nuclear-test-2006", kind="nuclear-test", date="2006-10-09", place="Punggye-ri",
         title="North Korea's first nuclear test",
         summary="North Korea sets off its first nuclear device, with a low yield; the UN Security Council "
                 "responds with sanctions days later, with Russian support.",
         importance=4, era="putin-and-kim-jong-il",
         actors=[ea("north-korea", "testing-state"), ea("un-security-council", "respondent")],
         articles=[SPE]),
    dict(slug="kim-jong-un-succession", kind="leadership-change", date="2011-12", place="Pyongyang",
         title="Kim Jong Un succeeds Kim Jong Il",
         summary="Kim Jong Il dies on 17 December 2011; within two weeks his son Kim Jong Un is named supreme "
                 "commander and becomes leader.",
         importance=4, era="kim-jong-un-and-sanctions",
         actors=[ea("kim-jong-il", "predecessor"), ea("kim-jong-un", "successor"), ea("north-korea", "state")],
         articles=[SPE]),
    dict(slug="soviet-debt-agreement-2012", kind="debt-relief", date="2012-09", place="Moscow",
         title="Agreement to settle North Korea's Soviet-era debt signed",
         summary="Russia agrees to forgive 90% of about $11bn owed since Soviet times; the rest is to be "
                 "repaid over 20 years and spent on joint projects in North Korea.",
         importance=3, era="kim-jong-un-and-sanctions",
         actors=[ea("russia", "creditor"), ea("north-korea", "debtor")],
         articles=[SPE]),
    dict(slug="crimea-annexation", kind="military-action", date="2014-03", place="Crimea",
         title="Russia annexes Crimea; North Korea backs Moscow",
         summary="Russia seizes and annexes Ukraine's Crimean peninsula; North Korea is among the few states "
                 "that vote with Russia against the UN General Assembly resolution on Ukraine's territorial "
                 "integrity.",
         importance=3, era="kim-jong-un-and-sanctions",
         actors=[ea("russia", "annexing-state"), ea("ukraine", "victim"), ea("north-korea", "supporter")],
         articles=[SPE]),
    dict(slug="soviet-debt-write-off-2014", kind="debt-relief", date="2014-05", place="Moscow",
         title="Russia ratifies the write-off of 90% of North Korea's Soviet-era debt",
         summary="The Duma ratifies the 2012 agreement in April 2014 and Putin signs it into law in May, "
                 "cancelling about $10bn of the roughly $11bn owed.",
         importance=5, era="kim-jong-un-and-sanctions",
         actors=[ea("russia", "creditor"), ea("north-korea", "debtor"), ea("vladimir-putin", "signatory")],
         articles=[SPE]),
    dict(slug="unsc-sanctions-2016-2017", kind="sanctions", date="2016-03", endDate="2017-12",
         place="New York", title="Russia votes for tougher UN sanctions on North Korea",
         summary="After further nuclear and missile tests, Russia joins unanimous Security Council votes for "
                 "successively harsher sanctions, from Resolution 2270 to Resolution 2397.",
         importance=3, era="kim-jong-un-and-sanctions",
         actors=[ea("un-security-council", "sanctioning-body"), ea("russia", "voting-member"),
                 ea("china", "voting-member"), ea("north-korea", "target")],
         articles=[SPE]),
    dict(slug="hanoi-summit", kind="summit", date="2019-02-27", endDate="2019-02-28", place="Hanoi",
         title="Trump-Kim summit in Hanoi collapses",
         summary="The second Trump-Kim summit ends early without a deal on sanctions relief or "
                 "denuclearisation; Kim afterwards turns away from Washington.",
         importance=3, era="kim-jong-un-and-sanctions",
         actors=[ea("donald-trump", "participant"), ea("kim-jong-un", "participant")],
         articles=[ECO, STR, GUA]),
    dict(slug="vladivostok-summit-2019", kind="summit", date="2019-04-25", place="Vladivostok",
         title="First Putin-Kim summit, in Vladivostok",
         summary="Kim Jong Un travels to Russia's Far East for his first meeting with Putin, two months after "
                 "the Hanoi failure.",
         importance=3, era="kim-jong-un-and-sanctions",
         actors=[ea("vladimir-putin", "host"), ea("kim-jong-un", "visitor")],
         articles=[ECO, STR]),
    dict(slug="aukus-announced", kind="other", date="2021-09-15", place=None,
         title="Aukus security pact announced",
         summary="Australia, Britain and the United States launch a security partnership, including "
                 "nuclear-powered submarines for Australia, which Beijing sees as directed at China.",
         importance=2, era="kim-jong-un-and-sanctions",
         actors=[ea("australia", "member"), ea("united-kingdom", "member"), ea("united-states", "member"),
                 ea("aukus", "subject"), ea("china", "objecting-party")],
         articles=[GUA]),
    dict(slug="invasion-of-ukraine", kind="military-action", date="2022-02-24", place="Ukraine",
         title="Russia launches its full-scale invasion of Ukraine",
         summary="Russia attacks Ukraine on several fronts; as the war drags on, Moscow needs ammunition and "
                 "turns to North Korea.",
         importance=5, era="war-in-ukraine",
         actors=[ea("russia", "aggressor"), ea("ukraine", "victim")],
         articles=[ECO, STR, SPE, GUA, IAF]),
    dict(slug="munitions-supplies-to-russia", kind="arms-transfer", date="2023-08~", place=None,
         title="North Korea ships munitions and missiles to Russia",
         summary="From around the second half of 2023 North Korea sends shells and short-range ballistic "
                 "missiles for Russia's war; by early 2024 South Korea counted nearly 7,000 containers.",
         importance=4, era="war-in-ukraine",
         actors=[ea("north-korea", "supplier"), ea("russia", "recipient")],
         articles=[ECO, STR, SPE, GUA, IAF]),
    dict(slug="vostochny-summit-2023", kind="summit", date="2023-09-13", place="Vostochny Cosmodrome",
         title="Kim and Putin meet at the Vostochny cosmodrome",
         summary="On his second trip to Russia's Far East, Kim tours the space launch site with Putin, "
                 "signalling interest in Russian satellite and missile technology.",
         importance=4, era="war-in-ukraine",
         actors=[ea("vladimir-putin", "host"), ea("kim-jong-un", "visitor")],
         articles=[ECO, STR, SPE]),
    dict(slug="kim-abandons-unification", kind="statement", date="2024-01", place="Pyongyang",
         title="Kim drops the goal of unification with the South",
         summary="Kim Jong Un tells the rubber-stamp parliament that South Korea is the principal enemy and "
                 "that peaceful unification is no longer the aim.",
         importance=2, era="war-in-ukraine",
         actors=[ea("kim-jong-un", "speaker"), ea("south-korea", "subject")],
         articles=[GUA]),
    dict(slug="panel-of-experts-veto", kind="un-vote", date="2024-03-28", place="New York",
         title="Russia vetoes renewal of the UN sanctions Panel of Experts",
         summary="Russia blocks a Security Council resolution extending the expert panel that monitored "
                 "sanctions on North Korea (China abstains); the panel's mandate ends on 30 April 2024.",
         importance=4, era="war-in-ukraine",
         actors=[ea("russia", "vetoing-member"), ea("china", "abstaining-member"),
                 ea("un-security-council", "voting-body"), ea("un-panel-of-experts", "subject")],
         articles=[STR]),
    dict(slug="putin-rodong-sinmun-article", kind="statement", date="2024-06-18", place=None,
         title="Putin's article in North Korea's party newspaper",
         summary="On the eve of his visit Putin publishes a signed article in Rodong Sinmun praising the "
                 "friendship and promising to lift relations to a higher level.",
         importance=2, era="war-in-ukraine",
         actors=[ea("vladimir-putin", "author"), ea("rodong-sinmun", "publisher")],
         articles=[SPE]),
    dict(slug="putin-visit-pyongyang-2024", kind="state-visit", date="2024-06-19", place="Pyongyang",
         title="Putin's state visit to Pyongyang",
         summary="Putin lands before dawn to a red-carpet welcome from Kim Jong Un, his first visit in 24 "
                 "years, before flying on to Vietnam.",
         importance=5, era="war-in-ukraine",
         actors=[ea("vladimir-putin", "visitor"), ea("kim-jong-un", "host"), ea("russia", "visiting-state"),
                 ea("north-korea", "host-state")],
         articles=[ECO, STR, SPE, GUA, IAF]),
    dict(slug="comprehensive-strategic-partnership-treaty-signed", kind="treaty-signed", date="2024-06-19",
         place="Pyongyang", title="Comprehensive Strategic Partnership Treaty signed",
         summary="Putin and Kim sign a treaty obliging each side to give military and other assistance "
                 "without delay if the other is attacked, reviving the core of the 1961 pledge.",
         importance=5, era="war-in-ukraine",
         actors=[ea("vladimir-putin", "signatory"), ea("kim-jong-un", "signatory"),
                 ea("russia", "signatory"), ea("north-korea", "signatory")],
         articles=[ECO, SPE, GUA, IAF]),
    dict(slug="kcna-publishes-treaty-text", kind="statement", date="2024-06-20", place="Pyongyang",
         title="North Korea publishes the full treaty text",
         summary="North Korea's state news agency releases the text of the new treaty, including its "
                 "mutual-assistance article.",
         importance=2, era="war-in-ukraine",
         actors=[ea("korean-central-news-agency", "publisher"), ea("north-korea", "state")],
         articles=[ECO]),
    dict(slug="seoul-reconsiders-arms-for-ukraine", kind="statement", date="2024-06-20", place="Seoul",
         title="South Korea says it will reconsider arming Ukraine",
         summary="In response to the treaty, Seoul says it will review its policy of sending Ukraine only "
                 "non-lethal aid.",
         importance=3, era="war-in-ukraine",
         actors=[ea("south-korea", "speaker"), ea("ukraine", "subject")],
         articles=[GUA]),
    dict(slug="north-korean-troops-in-russia", kind="military-action", date="2024-10", place="Kursk region",
         title="North Korean troops deployed to fight for Russia",
         summary="From October 2024 North Korea sends over 10,000 soldiers to Russia; they go into combat "
                 "against Ukrainian forces in the Kursk region late that year. Not covered by the seed "
                 "articles.",
         importance=4, era="war-in-ukraine",
         actors=[ea("north-korea", "troop-contributor"), ea("russia", "host"), ea("ukraine", "opponent")],
         articles=[]),
    dict(slug="treaty-2024-enters-into-force", kind="treaty-in-force", date="2024-12-04", place="Moscow",
         title="Comprehensive Strategic Partnership Treaty enters into force",
         summary="After both sides ratify it in November, the treaty takes effect when ratification "
                 "instruments are exchanged in Moscow. Not covered by the seed articles.",
         importance=4, era="war-in-ukraine",
         actors=[ea("russia", "party"), ea("north-korea", "party")],
         articles=[]),
]


# --------------------------------------------------------------------------- claims
def ap(article, quote, role, occurrence=None, said=None):
    """An appearance; offsets are filled in from the seed text. `said` is the attribution span: the words
    next to the quotation that name its speaker ("Putin told the North Korean leader"), needed when the
    quotation itself does not name them; the occurrence nearest the quotation is taken."""
    return {"article": article, "quote": quote, "role": role, "_occ": occurrence, "_said": said}


def qty(value, unit, text, approximate=False):
    """A number the quotation states; build and check fail unless it appears in one of the claim's quotations."""
    return {"value": value, "unit": unit, "approximate": approximate, "text": text}


def mag(magnitude, unit, text):
    """A quantity the text gives only as a magnitude ("millions of shells"): no value."""
    return {"value": None, "magnitude": magnitude, "unit": unit, "approximate": True, "text": text}


def claim(slug, text, kind, hedging, appearances, claimant_actor=None, claimant_outlet=None,
          subjects=(), events=(), quantities=(), status="unreviewed", status_note=None, inferred=None):
    """`inferred` marks an attribution the text does not make by name, and says why it is ours."""
    c = {"slug": slug, "text": text, "kind": kind,
         "claimantActor": claimant_actor, "claimantOutlet": claimant_outlet}
    if inferred:
        c.update(claimantInferred=True, claimantNote=inferred)
    c.update({"subjects": list(subjects), "events": list(events), "hedging": hedging,
              "quantities": list(quantities), "status": status, "statusNote": status_note,
              "appearances": appearances})
    return c


CLAIMS = [
    # ---------------------------------------------------------------- The Economist (000), syndicated in 001
    claim("trump-spurned-kim-at-hanoi",
          "Trump traded flattering letters with Kim Jong Un but rebuffed him at their 2019 Hanoi summit.",
          "factual-assertion", "asserted",
          [ap(ECO, "Out is Donald Trump, who exchanged saccharine letters but spurned him at a summit in Hanoi in 2019.", "originates"),
           ap(STR, "Out is Donald Trump, who exchanged saccharine letters but spurned him at a summit in Hanoi in 2019.", "relays")],
          claimant_outlet="economist", subjects=["donald-trump", "kim-jong-un"], events=["hanoi-summit"]),
    claim("putin-courted-kim-for-weapons",
          "Putin has cultivated Kim Jong Un to obtain weapons for Russia's war in Ukraine.",
          "factual-assertion", "asserted",
          [ap(ECO, "In is Vladimir Putin, who has courted Mr Kim for weapons to fuel his war in Ukraine.", "originates"),
           ap(STR, "In is Mr Vladimir Putin, who has courted Mr Kim for weapons to fuel his war in Ukraine.", "relays")],
          claimant_outlet="economist", subjects=["vladimir-putin", "kim-jong-un"],
          events=["invasion-of-ukraine", "munitions-supplies-to-russia"]),
    claim("kim-two-trips-to-far-east",
          "Since 2019 Kim Jong Un has travelled twice to Russia's Far East to meet Putin.",
          "factual-assertion", "asserted",
          [ap(ECO, "Mr Kim has made two trips to Russia’s Far East to meet Mr Putin since 2019.", "originates"),
           ap(STR, "Mr Kim has made two trips to Russia's Far East to meet Mr Putin since 2019", "relays")],
          claimant_outlet="economist", subjects=["kim-jong-un", "vladimir-putin"],
          events=["vladivostok-summit-2019", "vostochny-summit-2023"],
          quantities=[qty(2, "trips", "two trips")], status="confirmed",
          status_note="Vladivostok (April 2019) and the Vostochny cosmodrome (September 2023)."),
    claim("putin-first-visit-since-2000",
          "Putin's June 2024 trip was his first visit to North Korea since 2000, the year he became president.",
          "factual-assertion", "asserted",
          [ap(ECO, "On June 19th Mr Putin arrived in Pyongyang for his first visit since 2000, the year he made his debut as president", "originates"),
           ap(SPE, "his first visit to North Korea in 24 years", "reports"),
           ap(GUA, "Mr Putin’s first visit to Pyongyang since 2000", "reports"),
           ap(IAF, "Vladimir Putin’s first visit to North Korea in 24 years", "relays")],
          claimant_outlet="economist", subjects=["vladimir-putin", "north-korea"],
          events=["putin-visit-pyongyang-2024", "putin-visit-pyongyang-2000"],
          quantities=[qty(24, "years", "24 years", approximate=True)], status="confirmed",
          status_note="He was last in Pyongyang on 19-20 July 2000, so the gap was 23 years and 11 months: "
                      "'24 years' is a rounding."),
    claim("putin-landed-near-3am-kim-waiting",
          "Putin landed in Pyongyang at about 3am local time and Kim Jong Un greeted him in person at the airport.",
          "factual-assertion", "asserted",
          [ap(ECO, "Though he landed at close to 3am local time, Mr Kim was waiting on a red carpet on the tarmac to meet him.", "originates"),
           ap(IAF, "greeting him personally at the airport", "relays")],
          claimant_outlet="economist", subjects=["vladimir-putin", "kim-jong-un"],
          events=["putin-visit-pyongyang-2024"],
          quantities=[qty(3, "hour (local time)", "close to 3am", approximate=True)]),
    claim("treaty-signed-with-mutual-aid-pledge",
          "At the summit the two leaders signed a strategic partnership treaty in which each promises to help "
          "the other if it is attacked.",
          "factual-assertion", "asserted",
          [ap(ECO, "The two leaders later signed a strategic partnership agreement, promising to come to each other’s aid when facing aggression.", "originates"),
           ap(GUA, "the strategic partnership treaty that they signed", "reports"),
           ap(GUA, "The revival of a Soviet-era pledge of mutual support against “aggression”", "reports"),
           ap(IAF, "The two leaders signed a deal Wednesday to come to the other’s aid if attacked", "relays")],
          claimant_outlet="economist", subjects=["vladimir-putin", "kim-jong-un", "russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"], status="confirmed",
          status_note="Article 4 of the treaty text published by KCNA on 20 June 2024."),
    claim("kim-turned-from-america-after-hanoi",
          "After the failed Hanoi summit Kim Jong Un gave up on talks with America and turned to Russia.",
          "factual-assertion", "asserted",
          [ap(ECO, "Mr Kim turned away from talks with America following the failed summit in Hanoi and began making fresh overtures to Russia.", "originates"),
           ap(STR, "Mr Kim turned away from talks with America following the failed summit in Hanoi and began making fresh overtures to Russia.", "relays"),
           ap(GUA, "the then president ensured Mr Kim gave up on improving relations with the US and looked elsewhere", "reports")],
          claimant_outlet="economist", subjects=["kim-jong-un", "united-states", "russia"],
          events=["hanoi-summit", "vladivostok-summit-2019"]),
    claim("russia-warmed-once-it-needed-munitions",
          "Russia was lukewarm towards Kim's overtures until its invasion of Ukraine stalled and it needed "
          "North Korean munitions.",
          "factual-assertion", "asserted",
          [ap(ECO, "The response was lukewarm—until Mr Putin’s full-scale invasion of Ukraine floundered and Russia came to need munitions", "originates"),
           ap(STR, "The response was lukewarm until Mr Putin's full-scale invasion of Ukraine floundered and Russia came to need munitions", "relays")],
          claimant_outlet="economist", subjects=["russia", "north-korea"],
          events=["invasion-of-ukraine", "munitions-supplies-to-russia"]),
    claim("realignment-goes-beyond-weapons",
          "The consequences of the Russia-North Korea realignment reach beyond the trade in weapons.",
          "opinion", "asserted",
          [ap(ECO, "But the implications of the realignment go beyond the weapons trade.", "originates"),
           ap(STR, "But the implications of the realignment go beyond the weapons trade.", "relays")],
          claimant_outlet="economist", subjects=["russia", "north-korea"]),
    claim("jenny-town-not-simply-arms-deal",
          "Jenny Town: it is wrong to see the Russia-North Korea relationship merely as an arms deal.",
          "direct-quote", "asserted",
          [ap(ECO, "“It’s a mistake to think about it simply as an arms deal,” says Jenny Town", "originates"),
           ap(STR, "\"It's a mistake to think about it simply as an arms deal,\" argues Ms Jenny Town", "relays")],
          claimant_actor="jenny-town", subjects=["russia", "north-korea"]),
    claim("closest-since-cold-war",
          "The new agreement brings Russia and North Korea closer than at any point since the Cold War.",
          "opinion", "asserted",
          [ap(ECO, "bringing the two nations closer than at any time since the Cold War", "originates")],
          claimant_outlet="economist", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("putin-mutual-aid-against-aggression",
          "Putin said the treaty pledges mutual aid if either country faces aggression.",
          "reported-speech", "asserted",
          [ap(ECO, "Mr Putin spoke of a pledge to provide “mutual aid” in case of “aggression” against either country", "reports")],
          claimant_actor="vladimir-putin", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("kim-calls-it-alliance",
          "Kim Jong Un said the treaty raises relations with Russia to the level of an alliance.",
          "reported-speech", "asserted",
          [ap(ECO, "Mr Kim said it amounted to “alliance relations”", "reports"),
           ap(IAF, "Kim said the agreement elevated relations with Russia to an alliance.", "relays")],
          claimant_actor="kim-jong-un", subjects=["north-korea", "russia"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("kcna-published-treaty-text",
          "North Korea's official news agency published the text of the treaty.",
          "factual-assertion", "asserted",
          [ap(ECO, "According to the text of the treaty published by North Korea’s official news agency", "originates")],
          claimant_outlet="economist", subjects=["korean-central-news-agency"],
          events=["kcna-publishes-treaty-text"], status="confirmed"),
    claim("treaty-echoes-1961-guarantee",
          "The new treaty's commitments echo the immediate military assistance promised in the 1961 "
          "Soviet-North Korean treaty.",
          "factual-assertion", "asserted",
          [ap(ECO, "the commitments echo the guarantees of immediate military assistance enshrined in a treaty signed between the Soviet Union and North Korea in 1961", "originates"),
           ap(IAF, "rekindling an agreement dating back to the Cold War, when the Soviet Union was the main backer for Pyongyang", "relays")],
          claimant_outlet="economist", subjects=["russia", "north-korea", "soviet-union"],
          events=["comprehensive-strategic-partnership-treaty-signed", "soviet-dprk-treaty-1961"],
          status="confirmed"),
    # ---------------------------------------------------------------- only in the pre-visit version (001)
    claim("kim-comrades-in-arms-message",
          "In a recent message to Putin, Kim Jong Un called their bond an unbreakable relationship of "
          "comrades-in-arms.",
          "direct-quote", "asserted",
          [ap(STR, "They now have an \"unbreakable relationship of comrades-in-arms\", the North Korean dictator gushed in a recent message", "relays")],
          claimant_actor="kim-jong-un", subjects=["vladimir-putin", "russia"],
          inferred="The Straits Times names the speaker only as 'the North Korean dictator' writing to 'his Russian "
                   "counterpart': in June 2024 that is Kim Jong Un, the subject of the piece."),
    claim("putin-expected-in-pyongyang",
          "Putin was expected to visit Pyongyang soon, for the first time since 2000.",
          "prediction", "expected",
          [ap(STR, "Mr Putin is expected to soon make his first visit to Pyongyang since 2000", "relays")],
          claimant_outlet="economist", subjects=["vladimir-putin", "north-korea"],
          events=["putin-visit-pyongyang-2024"], status="confirmed",
          status_note="Borne out: Putin arrived on 19 June 2024."),
    claim("nk-helps-russia-against-west",
          "North Korea helps Russia in its confrontation with the West by complicating US strategy in Asia and "
          "weakening multilateral institutions.",
          "opinion", "asserted",
          [ap(STR, "helping to complicate American strategy in Asia and to undermine multilateral institutions", "relays")],
          claimant_outlet="economist", subjects=["north-korea", "russia", "united-states"]),
    claim("russia-vetoed-panel-of-experts",
          "In March 2024 Russia vetoed a UN resolution that would have extended the Panel of Experts "
          "monitoring sanctions on North Korea.",
          "factual-assertion", "asserted",
          [ap(STR, "In March, Russia vetoed a United Nations resolution to extend the mandate of the Panel of Experts", "relays")],
          claimant_outlet="economist", subjects=["russia", "un-panel-of-experts", "un-security-council"],
          events=["panel-of-experts-veto"], status="confirmed"),
    claim("russia-aims-to-deter-seoul",
          "By working with North Korea, Russia also seeks to dissuade South Korea from giving Ukraine lethal aid.",
          "opinion", "asserted",
          [ap(STR, "Russia also aims to deter South Korea, a big arms producer and American ally, from providing direct lethal aid to Ukraine", "relays")],
          claimant_outlet="economist", subjects=["russia", "south-korea", "ukraine"]),
    claim("kim-isolated-after-hanoi",
          "After the Hanoi debacle Kim Jong Un was especially isolated abroad and diminished at home.",
          "opinion", "asserted",
          [ap(STR, "Mr Kim was especially isolated abroad and diminished at home following the debacle in Hanoi", "relays")],
          claimant_outlet="economist", subjects=["kim-jong-un"], events=["hanoi-summit"]),
    claim("russia-trade-stabilised-nk-economy",
          "Trade with Russia has helped stabilise North Korea's economy and summitry with Putin has "
          "polished Kim's image.",
          "factual-assertion", "asserted",
          [ap(STR, "Trade with Russia has helped stabilise the economy, while summitry with Mr Putin has burnished Mr Kim's image.", "relays")],
          claimant_outlet="economist", subjects=["north-korea", "russia", "kim-jong-un"]),
    # ---------------------------------------------------------------- The Spectator, Edward Howell (002)
    claim("anti-western-coalition-is-real",
          "The Putin-Kim summit will make clear that an anti-Western coalition is a worrying reality, not a fiction.",
          "opinion", "asserted",
          [ap(SPE, "an anti-Western coalition is not merely a fiction, but a worrying reality", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"]),
    claim("second-meeting-in-under-a-year",
          "The Pyongyang summit is Putin's second meeting with Kim Jong Un in less than a year.",
          "factual-assertion", "asserted",
          [ap(SPE, "it will be the second time he has met his fellow dictator, Kim Jong Un, in under a year", "originates")],
          claimant_actor="edward-howell", subjects=["vladimir-putin", "kim-jong-un"],
          events=["vostochny-summit-2023", "putin-visit-pyongyang-2024"], status="confirmed",
          status_note="Vostochny, 13 September 2023, then Pyongyang, 19 June 2024: nine months apart."),
    claim("first-nuclear-test-was-2006",
          "Six years after 2000, in 2006, North Korea conducted its first nuclear test, which was far from successful.",
          "factual-assertion", "asserted",
          [ap(SPE, "North Korea was six years away from conducting its first – albeit far from successful – nuclear test", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea"], events=["first-nuclear-test-2006"],
          quantities=[qty(6, "years", "six years")], status="confirmed"),
    claim("nk-famine-in-2000",
          "In 2000 North Korea was still recovering from a devastating famine of its own making.",
          "factual-assertion", "asserted",
          [ap(SPE, "struggling to recover from a devastating self-induced famine", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea"]),
    claim("pyongyang-betrayed-by-cold-war-end",
          "Pyongyang felt betrayed by the end of the Cold War in 1991.",
          "opinion", "asserted",
          [ap(SPE, "Pyongyang was also feeling betrayed following the end of the Cold War in 1991.", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea", "soviet-union"],
          events=["dissolution-of-soviet-union"]),
    claim("soviet-recognition-of-seoul-1990",
          "In 1990 the Soviet Union established diplomatic relations with South Korea, angering North Korea.",
          "factual-assertion", "asserted",
          [ap(SPE, "Only a year earlier, much to North Korea’s ire, the Soviet Union established diplomatic relations with South Korea", "originates")],
          claimant_actor="edward-howell", subjects=["soviet-union", "south-korea", "north-korea"],
          events=["soviet-union-recognises-south-korea"], status="confirmed",
          status_note="Relations were established on 30 September 1990."),
    claim("end-of-friendship-prices",
          "After the Cold War, North Korea's trade with Moscow was no longer conducted at subsidised "
          "'friendship prices'.",
          "factual-assertion", "asserted",
          [ap(SPE, "The North’s trade with its Cold War patron would no longer take place at friendship prices.", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea", "russia"],
          events=["dissolution-of-soviet-union"]),
    claim("russia-left-1961-treaty-1996",
          "In 1996 Russia abandoned the 1961 Soviet-North Korean treaty.",
          "factual-assertion", "asserted",
          [ap(SPE, "In another blow to Pyongyang in 1996, Russia pulled out from a 1961 treaty between the Soviet Union and North Korea", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"],
          events=["russia-ends-1961-treaty", "soviet-dprk-treaty-1961"], status="confirmed",
          status_note="Strictly, Russia declined to renew the treaty and it lapsed in 1996, rather than being "
                      "denounced mid-term."),
    claim("1961-treaty-mutual-assistance",
          "The 1961 treaty pledged mutual assistance if either party came under military attack.",
          "factual-assertion", "asserted",
          [ap(SPE, "which pledged mutual assistance in the event of any military attack on either party", "originates")],
          claimant_actor="edward-howell", subjects=["soviet-union", "north-korea"],
          events=["soviet-dprk-treaty-1961"], status="confirmed"),
    claim("putin-rise-pleased-kim-jong-il",
          "Putin's rise to power in March 2000 pleased North Korea's then leader, Kim Jong Il.",
          "opinion", "asserted",
          [ap(SPE, "Putin’s ascendancy to power in March 2000, however, would please then-North Korean leader Kim Jong Il.", "originates")],
          claimant_actor="edward-howell", subjects=["vladimir-putin", "kim-jong-il"],
          events=["putin-becomes-president-2000"],
          status_note="Putin was acting president from 31 December 1999 and was elected on 26 March 2000."),
    claim("treaty-2000-vaguer",
          "The two states signed a new, vaguer treaty of friendship, good-neighbourliness and cooperation.",
          "factual-assertion", "asserted",
          [ap(SPE, "The two states signed a new, vaguer, treaty committing both sides to ‘friendship, good neighbourliness, and cooperation’.", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"], events=["friendship-treaty-2000"],
          status="confirmed",
          status_note="Signed on 9 February 2000, i.e. shortly before (not after) Putin's election in March, "
                      "while he was acting president; it has no automatic military-assistance clause."),
    claim("trade-improved-after-2000",
          "Russia-North Korea trade improved dramatically after the 2000 treaty.",
          "factual-assertion", "asserted",
          [ap(SPE, "Trade relations improved dramatically.", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"], events=["friendship-treaty-2000"]),
    claim("debt-write-off-90-percent",
          "Soon after Kim Jong Un took power, Putin agreed to write off 90% of North Korea's Soviet-era debt "
          "of nearly $11bn.",
          "factual-assertion", "asserted",
          [ap(SPE, "Putin agreed to write off 90 per cent of North Korea’s Soviet-era debt, amounting to a not-so-insignificant sum of nearly $11 billion", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea", "vladimir-putin"],
          events=["soviet-debt-agreement-2012", "soviet-debt-write-off-2014"],
          quantities=[qty(90, "per cent", "90 per cent"),
                      qty(11_000_000_000, "USD", "nearly $11 billion", approximate=True)],
          status="confirmed",
          status_note="Agreed in September 2012, ratified in 2014; about $10bn of roughly $11bn was cancelled."),
    claim("debt-gbp-conversion",
          "North Korea's Soviet-era debt of nearly $11bn is roughly equivalent to £12bn today.",
          "factual-assertion", "asserted",
          [ap(SPE, "nearly $11 billion (roughly equivalent to £12 billion today)", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea", "russia"],
          events=["soviet-debt-write-off-2014"],
          quantities=[qty(11_000_000_000, "USD", "nearly $11 billion", approximate=True),
                      qty(12_000_000_000, "GBP", "£12 billion", approximate=True)],
          status="misleading",
          status_note="The conversion does not hold: at June 2024 exchange rates (about $1.27 to the pound) "
                      "$11bn is roughly £8.7bn. A pound figure larger than the dollar figure would need the "
                      "pound to be worth less than the dollar."),
    claim("nk-backed-crimea-annexation",
          "Months before the debt deal was sealed in 2014, North Korea backed Russia's justification for "
          "its seizure of Crimea.",
          "factual-assertion", "asserted",
          [ap(SPE, "months earlier, North Korea backed Russia’s justification for its invasion of Crimea", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea", "russia", "ukraine"],
          events=["crimea-annexation", "soviet-debt-write-off-2014"], status="confirmed",
          status_note="North Korea voted with Russia against the UN General Assembly resolution of 27 March 2014."),
    claim("russia-backed-un-sanctions",
          "Russia went on to support UN Security Council sanctions on North Korea.",
          "factual-assertion", "asserted",
          [ap(SPE, "Russia’s subsequent support of United Nations Security Council sanctions on North Korea", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "un-security-council", "north-korea"],
          events=["unsc-sanctions-2016-2017"], status="confirmed",
          status_note="Russia voted for every sanctions resolution from 2006 to 2017, the last ones under Trump."),
    claim("nk-nuclear-armed-state",
          "North Korea is now a nuclear-armed state with increasingly sophisticated missiles.",
          "factual-assertion", "asserted",
          [ap(SPE, "North Korea now a nuclear-armed state with missile capabilities of increasing sophistication", "originates"),
           ap(GUA, "given North Korea’s nuclear prowess", "reports")],
          claimant_actor="edward-howell", subjects=["north-korea"]),
    claim("rapprochement-after-invasion",
          "Russia's rapprochement with North Korea reached new heights after the February 2022 invasion of Ukraine.",
          "factual-assertion", "asserted",
          [ap(SPE, "its rapprochement with Russia has reached new heights following the latter’s invasion of Ukraine in February 2022", "originates"),
           ap(GUA, "The proximate cause is evidently Russia’s invasion of Ukraine", "reports")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"], events=["invasion-of-ukraine"]),
    claim("putin-higher-level",
          "In an article in North Korean state media Putin pledged that his visit would raise bilateral "
          "relations to a higher level.",
          "reported-speech", "asserted",
          [ap(SPE, "Putin pledged that his visit to Pyongyang would place bilateral relations ‘on a higher level’", "reports")],
          claimant_actor="vladimir-putin", subjects=["russia", "north-korea"],
          events=["putin-rodong-sinmun-article"]),
    claim("kremlin-spokesperson-treaty-to-be-signed",
          "A spokesperson for the Russian president said a comprehensive strategic partnership treaty would be "
          "signed during the visit.",
          "reported-speech", "expected",
          [ap(SPE, "The Russian President’s spokesperson went one step further, saying that ‘a comprehensive strategic partnership treaty’ would be signed.", "reports")],
          claimant_actor="russia", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"], status="confirmed",
          status_note="Borne out: the treaty was signed on 19 June 2024.",
          inferred="The Spectator names no one, only 'the Russian President's spokesperson'; recorded as the "
                   "statement of the Russian state that spokesperson speaks for. Dmitry Peskov is the press "
                   "secretary, but pre-visit reports also put the announcement in the mouth of Putin's aide "
                   "Yuri Ushakov, so no person is named here."),
    claim("relationship-of-mutual-convenience",
          "So far the Moscow-Pyongyang relationship has been mainly one of mutual convenience, both exploiting "
          "the war in Ukraine.",
          "opinion", "asserted",
          [ap(SPE, "the relationship between Moscow and Pyongyang has been largely one of mutual convenience, with both countries exploiting the ongoing war in Ukraine", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"]),
    claim("nk-supplied-7000-containers",
          "North Korea has supplied Russia with nearly 7,000 containers of munitions, amounting to several million "
          "(the article does not say of what), and even short-range ballistic missiles.",
          "factual-assertion", "asserted",
          [ap(SPE, "North Korea has supplied Russia with nearly 7,000 containers of munitions – amounting to several million – and even short-range ballistic missiles", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea", "russia"],
          events=["munitions-supplies-to-russia"],
          quantities=[qty(7000, "containers", "nearly 7,000 containers", approximate=True),
                      mag("millions", "munitions", "several million")],
          status_note="The container count matches South Korean defence ministry estimates from early 2024; "
                      "not independently verifiable."),
    claim("nk-paid-with-food-cash-technology",
          "In return North Korea gets food aid, cash and military expertise and technology, including satellite "
          "technology.",
          "factual-assertion", "asserted",
          [ap(SPE, "in exchange for food assistance, cash, and military expertise and technology, not least satellite technology", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"],
          events=["munitions-supplies-to-russia"]),
    claim("kim-values-technology-most",
          "Kim Jong Un's visit to the Vostochny cosmodrome shows that Russian technology is what he values most.",
          "opinion", "asserted",
          [ap(SPE, "Kim Jong Un’s visit to the Vostochny cosmodrome last September", "originates"),
           ap(SPE, "it is the technology he values the most", "originates")],
          claimant_actor="edward-howell", subjects=["kim-jong-un", "russia"], events=["vostochny-summit-2023"]),
    claim("russia-helps-nk-evade-sanctions",
          "Russia is actively helping North Korea evade sanctions, especially by supplying oil directly.",
          "factual-assertion", "asserted",
          [ap(SPE, "with Russia actively helping North Korea evade multilateral sanctions, especially by supplying oil directly to the hermit kingdom", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"]),
    claim("unsc-reduced-to-talking-shop",
          "With China's cautious help, Russia and North Korea have reduced the UN Security Council to an "
          "impotent talking shop.",
          "opinion", "asserted",
          [ap(SPE, "they have successfully reduced the United Nations Security Council to little more than an impotent talking shop", "originates")],
          claimant_actor="edward-howell", subjects=["un-security-council", "russia", "north-korea", "china"],
          events=["panel-of-experts-veto"]),
    claim("alliance-contrary-to-juche",
          "Upgrading the relationship to a formal alliance would run against North Korea's self-reliance "
          "ideology, juche.",
          "opinion", "asserted",
          [ap(SPE, "Doing so would be antithetical to North Korea’s ideology of juche", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("china-only-defence-treaty-partner",
          "Before the 2024 treaty, China was the only country with which North Korea had a defence treaty, "
          "and it is the North's largest economic partner.",
          "factual-assertion", "asserted",
          [ap(SPE, "The only country with which North Korea has any type of defence treaty is China, the North’s largest economic partner.", "originates")],
          claimant_actor="edward-howell", subjects=["china", "north-korea"], status="confirmed",
          status_note="True when written: the 1961 Sino-North Korean treaty; the Russian treaty was signed a day later."),
    claim("china-nk-75-years",
          "2024 marks 75 years of relations between China and North Korea.",
          "factual-assertion", "asserted",
          [ap(SPE, "this year marks 75 years of relations between the two communist Northeast Asian states", "originates")],
          claimant_actor="edward-howell", subjects=["china", "north-korea"],
          quantities=[qty(75, "years", "75 years")], status="confirmed",
          status_note="Diplomatic relations date from October 1949."),
    claim("xi-watching-closely",
          "Xi Jinping will be watching the outcome of the Kim-Putin summit closely.",
          "prediction", "expected",
          [ap(SPE, "Xi Jinping will no doubt be watching the outcomes of the Kim-Putin summit closely", "originates")],
          claimant_actor="edward-howell", subjects=["xi-jinping", "china"], events=["putin-visit-pyongyang-2024"]),
    claim("putin-us-aggressive-enemy",
          "Putin called the United States an 'aggressive enemy'.",
          "reported-speech", "asserted",
          [ap(SPE, "what Putin called the ‘aggressive enemy’ of the United States", "reports")],
          claimant_actor="vladimir-putin", subjects=["united-states"]),
    claim("banner-eternal-friendship",
          "A banner at Pyongyang's Sunan airport declared the friendship between North Korea and Russia eternal.",
          "factual-assertion", "asserted",
          [ap(SPE, "A banner on Pyongyang’s Sunan International Airport reads that ‘the friendship between North Korea and Russia is eternal’.", "originates")],
          claimant_actor="edward-howell", subjects=["north-korea", "russia"], events=["putin-visit-pyongyang-2024"]),
    claim("alignment-will-outlast-war",
          "Even if Russia stops needing North Korean artillery after the war, the alignment will not quickly "
          "fade.",
          "prediction", "expected",
          [ap(SPE, "something says that this alignment of rogue states will not go away in a flash", "originates")],
          claimant_actor="edward-howell", subjects=["russia", "north-korea"]),
    # ---------------------------------------------------------------- The Guardian editorial (003)
    claim("limousine-gift-breaks-sanctions",
          "Putin gave Kim Jong Un a Russian limousine, in breach of sanctions.",
          "factual-assertion", "asserted",
          [ap(GUA, "Ashiny, sanctions-busting Russian limousine for Kim Jong-un.", "originates")],
          claimant_outlet="guardian", subjects=["vladimir-putin", "kim-jong-un"],
          events=["putin-visit-pyongyang-2024"], status="confirmed",
          status_note="Putin presented an Aurus limousine during the visit; UN sanctions ban exporting luxury "
                      "goods and vehicles to North Korea. The source text's 'Ashiny' is a typo for 'A shiny'."),
    claim("gestures-aimed-at-global-audience",
          "The lavish gestures of the visit were meant as much for a global audience as for the two leaders.",
          "opinion", "asserted",
          [ap(GUA, "are intended as much for their global audience as for each other", "originates")],
          claimant_outlet="guardian", subjects=["vladimir-putin", "kim-jong-un"],
          events=["putin-visit-pyongyang-2024"]),
    claim("nk-supplied-millions-of-shells",
          "North Korea is believed to have supplied millions of artillery shells in exchange for cheap oil, "
          "food and other goods.",
          "factual-assertion", "believed",
          [ap(GUA, "is already believed to have supplied millions of artillery shells in return for cheap oil, food and other sorely needed goods", "originates")],
          claimant_outlet="guardian", subjects=["north-korea", "russia"], events=["munitions-supplies-to-russia"],
          quantities=[mag("millions", "artillery shells", "millions of artillery shells")]),
    claim("manpower-for-labour-not-combat",
          "Russia might draw on North Korean manpower, but much more likely as labourers than as combat troops.",
          "prediction", "expected",
          [ap(GUA, "Russia might also benefit from North Korean manpower, though much more likely for labour than combat.", "originates")],
          claimant_outlet="guardian", subjects=["north-korea", "russia"],
          events=["north-korean-troops-in-russia"], status="false",
          status_note="Events went the other way: from October 2024 North Korea sent over 10,000 troops, who "
                      "fought Ukrainian forces in Russia's Kursk region from late 2024; Moscow and Pyongyang "
                      "acknowledged the deployment in April 2025."),
    claim("trump-wooing-disastrous",
          "Trump's courtship and then dismissal of Kim Jong Un was disastrous.",
          "opinion", "asserted",
          [ap(GUA, "Further back lies Donald Trump’s disastrous wooing and dismissal of Mr Kim.", "originates")],
          claimant_outlet="guardian", subjects=["donald-trump", "kim-jong-un"], events=["hanoi-summit"]),
    claim("trump-pushed-putin-xi-closer-to-kim",
          "Trump's diplomacy prompted Putin and Xi, who had kept Kim at arm's length, to draw him closer.",
          "opinion", "asserted",
          [ap(GUA, "He also prompted Mr Putin and Xi Jinping, who had kept Mr Kim at a distance, to hug him closer.", "originates")],
          claimant_outlet="guardian", subjects=["donald-trump", "vladimir-putin", "xi-jinping", "kim-jong-un"]),
    claim("aggression-pledge-mainly-symbolic",
          "Given North Korea's nuclear capability, the revived pledge of mutual support against aggression sounds "
          "mainly symbolic.",
          "opinion", "believed",
          [ap(GUA, "The revival of a Soviet-era pledge of mutual support against “aggression” sounds primarily symbolic given North Korea’s nuclear prowess.", "originates")],
          claimant_outlet="guardian", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("putin-military-technical-cooperation",
          "Putin said the partnership could include military-technical cooperation.",
          "reported-speech", "asserted",
          [ap(GUA, "Mr Putin’s remark that the partnership could include “military technical cooperation”", "reports")],
          claimant_actor="vladimir-putin", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("us-intel-submarine-missile-tech",
          "US intelligence officials believe Russia is giving North Korea nuclear-submarine and ballistic-missile "
          "technology.",
          "reported-speech", "believed",
          [ap(GUA, "US intelligence officials have said that they believe Russia is providing nuclear submarine and ballistic missile technology", "reports")],
          claimant_actor="us-intelligence-community", subjects=["russia", "north-korea"]),
    claim("russia-obstructs-diplomacy",
          "Russia is now obstructing diplomatic efforts to restrain North Korea.",
          "opinion", "asserted",
          [ap(GUA, "is now obstructing diplomatic action to restrain North Korea", "originates")],
          claimant_outlet="guardian", subjects=["russia", "north-korea"], events=["panel-of-experts-veto"]),
    claim("russia-backed-sanctions-in-obama-years",
          "Russia signed up to UN sanctions on North Korea while Barack Obama was US president.",
          "factual-assertion", "asserted",
          [ap(GUA, "which signed up to sanctions in the Obama years", "originates")],
          claimant_outlet="guardian", subjects=["russia", "north-korea", "un-security-council", "barack-obama"],
          status="confirmed",
          status_note="Russia voted for Resolutions 1874 (2009), 2087 and 2094 (2013), 2270 and 2321 (2016). "
                      "Not tied to the 2016-2017 sanctions event: its 2017 votes came under Trump."),
    claim("aukus-raised-beijing-hackles",
          "The Aukus pact, a response to Chinese assertiveness, has annoyed Beijing.",
          "opinion", "asserted",
          [ap(GUA, "The launch of the Australian, UK and US (Aukus) security pact", "originates"),
           ap(GUA, "a reaction to China’s growing forcefulness in the Asia-Pacific region, has in turn raised Beijing’s hackles", "originates")],
          claimant_outlet="guardian", subjects=["aukus", "china"], events=["aukus-announced"]),
    claim("china-avoids-trilateral-axis",
          "China does not want to be seen in a trilateral axis with two pariah states, which is why Putin's "
          "tour skipped Beijing.",
          "opinion", "asserted",
          [ap(GUA, "does not want to be seen as part of a trilateral axis with two pariah states", "originates"),
           ap(GUA, "hence the lack of a Beijing stop on Mr Putin’s Asian tour itinerary", "originates")],
          claimant_outlet="guardian", subjects=["china", "russia", "north-korea"]),
    claim("china-wants-primacy-over-nk",
          "China wants to keep the leading role in managing North Korea and to limit its weapons development.",
          "opinion", "asserted",
          [ap(GUA, "It would also like to retain primacy in managing North Korea, and to limit its weapons development.", "originates")],
          claimant_outlet="guardian", subjects=["china", "north-korea"]),
    claim("kim-drops-unification",
          "Kim Jong Un has switched from the long-standing goal of unification with the South to emphasising "
          "hostility.",
          "factual-assertion", "asserted",
          [ap(GUA, "Mr Kim’s shift from the long-held commitment to unification with the South to stressing hostility", "originates")],
          claimant_outlet="guardian", subjects=["kim-jong-un", "south-korea"], events=["kim-abandons-unification"],
          status="confirmed"),
    claim("seoul-to-consider-arming-ukraine",
          "South Korea said it would consider sending arms to Ukraine in response to the Russia-North Korea deal.",
          "reported-speech", "asserted",
          [ap(GUA, "South Korea also said explicitly that it will consider sending arms to Ukraine in reaction to the Russian-North Korean deal", "reports")],
          claimant_actor="south-korea", subjects=["south-korea", "ukraine", "russia"],
          events=["seoul-reconsiders-arms-for-ukraine"], status="confirmed"),
    claim("seoul-non-lethal-only",
          "So far Seoul has limited its direct support for Ukraine to non-lethal supplies, while selling arms to "
          "Kyiv's allies.",
          "factual-assertion", "asserted",
          [ap(GUA, "Until now, Seoul has limited direct support to non-lethal supplies, though it has signed hefty arms deals with allies of Kyiv.", "originates")],
          claimant_outlet="guardian", subjects=["south-korea", "ukraine"]),
    claim("russia-may-court-seoul-tokyo",
          "In the longer run Russia may try to revive relations with South Korea and Japan.",
          "prediction", "speculated",
          [ap(GUA, "may in the longer term seek to rekindle relations with South Korea and Japan anyway", "originates")],
          claimant_outlet="guardian", subjects=["russia", "south-korea", "japan"]),
    claim("deal-may-be-constrained",
          "The deal could turn out limited in both scope and duration.",
          "prediction", "speculated",
          [ap(GUA, "this deal could be constrained both in extent and duration", "originates")],
          claimant_outlet="guardian", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    # ---------------------------------------------------------------- International Affairs relaying Bloomberg (004)
    claim("meeting-modern-security-challenge",
          "The Putin-Kim meeting poses a very modern security challenge to the US and its allies.",
          "opinion", "asserted",
          [ap(IAF, "their meeting today presents a very modern security challenge to the US and its allies", "relays")],
          claimant_outlet="bloomberg", subjects=["united-states", "russia", "north-korea"],
          events=["putin-visit-pyongyang-2024"]),
    claim("kim-unconditional-support-for-war",
          "Kim Jong Un pledged unconditional support for Putin's war on Ukraine.",
          "reported-speech", "asserted",
          [ap(IAF, "Kim pledged to “unconditionally” support Putin’s war on Ukraine", "relays")],
          claimant_actor="kim-jong-un", subjects=["russia", "ukraine", "vladimir-putin"],
          events=["invasion-of-ukraine"]),
    claim("ukraine-receiving-western-weapons",
          "Ukrainian forces were starting to receive billions of dollars' worth of new US and European weapons "
          "after months of shortages.",
          "factual-assertion", "asserted",
          [ap(IAF, "Ukrainian forces that are starting to take delivery of billions of dollars of new weapons from the US and Europe", "relays"),
           ap(IAF, "after being starved of arms for months", "relays")],
          claimant_outlet="bloomberg", subjects=["ukraine", "united-states"],
          quantities=[mag("billions", "USD", "billions of dollars")]),
    claim("russia-may-aid-spy-satellites",
          "Russia could supply technology to help North Korea's spy-satellite programme.",
          "factual-assertion", "speculated",
          [ap(IAF, "Russia potentially able to supply technology to aid North Korea’s program of spy satellites", "relays")],
          claimant_outlet="bloomberg", subjects=["russia", "north-korea"]),
    claim("inter-korean-tensions-surging",
          "Tensions between North and South Korea are surging, including clashes involving troops along their "
          "heavily fortified border.",
          "factual-assertion", "asserted",
          [ap(IAF, "tensions between Pyongyang and South Korea are surging, including clashes involving troops along their heavily fortified border", "relays")],
          claimant_outlet="bloomberg", subjects=["north-korea", "south-korea"]),
    claim("china-ties-ease-sanctions-on-russia",
          "China, North Korea's main political patron, is expanding economic ties with Russia that help Putin cope "
          "with sanctions.",
          "factual-assertion", "asserted",
          [ap(IAF, "China, Pyongyang’s main political patron, is bolstering economic relations with Russia that are helping Putin ease the pressure of sanctions.", "relays")],
          claimant_outlet="bloomberg", subjects=["china", "russia"]),
    claim("kim-most-powerful-treaty",
          "Kim Jong Un called the treaty the most powerful in the history of North Korean-Russian relations "
          "and credited Putin for it.",
          "direct-quote", "asserted",
          [ap(IAF, "the most powerful treaty in the history of North Korea-Russia relations, was possible thanks to President Putin’s outstanding foresightedness", "relays",
              said="Kim said at a news briefing after the talks")],
          claimant_actor="kim-jong-un", subjects=["vladimir-putin", "russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("kim-deal-is-defensive",
          "Kim Jong Un said the military agreement is for defensive purposes.",
          "reported-speech", "asserted",
          [ap(IAF, "Kim added the military deal is for defensive purposes", "relays")],
          claimant_actor="kim-jong-un", subjects=["north-korea", "russia"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("deal-raises-risks-for-us",
          "The deal raises the risks for the US and its partners in dealing with Moscow and Pyongyang.",
          "opinion", "asserted",
          [ap(IAF, "it raises the risks for the US and its partners in responding to Moscow and Pyongyang", "relays")],
          claimant_outlet="bloomberg", subjects=["united-states", "russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("duyeon-kim-asia-woken-to-threat",
          "Duyeon Kim: Russia's upgraded, comprehensive relationship with North Korea means Asia has quickly woken "
          "up to a threat from another big power.",
          "direct-quote", "asserted",
          [ap(IAF, "its upgraded and comprehensive relationship with North Korea means that Asia has now quickly woken up to a threat by another big power", "relays",
              said="said Duyeon Kim")],
          claimant_actor="duyeon-kim", subjects=["russia", "north-korea"]),
    claim("duyeon-kim-inadvertent-war-risk",
          "Duyeon Kim: an inadvertent conflict caused by miscalculation could escalate into a regional or world war.",
          "prediction", "speculated",
          [ap(IAF, "An inadvertent conflict based on miscalculation could potentially escalate to a regional or world war.", "relays",
              said="said Duyeon Kim")],
          claimant_actor="duyeon-kim", subjects=["russia", "north-korea"]),
    claim("putin-fundamental-document",
          "Putin told Kim the new treaty is a fundamental document that will underpin their relations for the "
          "long term.",
          "direct-quote", "asserted",
          [ap(IAF, "Today we have prepared a new fundamental document that will form the basis of our relations for the long term", "relays",
              said="Putin told the North Korean leader")],
          claimant_actor="vladimir-putin", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
    claim("putin-thanks-for-support-on-ukraine",
          "Putin thanked Kim for North Korea's steady support for Russian policy, including on Ukraine.",
          "direct-quote", "asserted",
          [ap(IAF, "We highly appreciate your consistent and unwavering support for Russian policy, including in the Ukrainian direction.", "relays",
              said="Putin told the North Korean leader")],
          claimant_actor="vladimir-putin", subjects=["north-korea", "ukraine"], events=["invasion-of-ukraine"]),
    claim("kim-supports-every-russian-policy",
          "Kim Jong Un said North Korea would unconditionally support every Russian policy whatever the "
          "international complications.",
          "direct-quote", "asserted",
          [ap(IAF, "Kim said his country would “unwaveringly, unconditionally support Russia’s every policy regardless of any complication on the international geopolitical situation going forward.”", "relays")],
          claimant_actor="kim-jong-un", subjects=["russia", "north-korea"]),
    claim("treaty-strengthens-cooperation",
          "Kim Jong Un said the treaty would strengthen economic, political and military cooperation between "
          "the two countries.",
          "reported-speech", "asserted",
          [ap(IAF, "would strengthen cooperation between the two countries, including in the economic, political and military spheres", "relays",
              said="The North Korean leader said")],
          claimant_actor="kim-jong-un", subjects=["russia", "north-korea"],
          events=["comprehensive-strategic-partnership-treaty-signed"]),
]


# --------------------------------------------------------------------------- build
def main():
    texts, hashes = {}, {}
    for slug, name in SEED_FILES.items():
        with open(os.path.join(SEEDS, name), "rb") as f:
            data = f.read()
        hashes[slug] = hashlib.sha256(data).hexdigest()
        texts[slug] = data.decode("utf-8")

    problems = []
    for cl in CLAIMS:
        for a in cl["appearances"]:
            text, quote, occ = texts[a["article"]], a["quote"], a.pop("_occ")
            hits, i = [], text.find(quote)
            while i != -1:
                hits.append(i)
                i = text.find(quote, i + 1)
            if not hits:
                problems.append(f"{cl['slug']}: quote not found in {a['article']}: {quote!r}")
                continue
            if len(hits) > 1 and occ is None:
                problems.append(f"{cl['slug']}: quote occurs {len(hits)}x in {a['article']}; say which")
                continue
            occ = occ or 0
            if occ >= len(hits):
                problems.append(f"{cl['slug']}: occurrence {occ} of quote missing in {a['article']}")
                continue
            a["start"] = hits[occ]
            a["end"] = hits[occ] + len(quote)
            if len(hits) > 1:
                print(f"note: {cl['slug']}: quote occurs {len(hits)}x in {a['article']}, using #{occ}")
            said = a.pop("_said")
            if said is not None:
                spots = [k for k in range(len(text)) if text.startswith(said, k)]
                if not spots:
                    problems.append(f"{cl['slug']}: attribution not found in {a['article']}: {said!r}")
                    continue
                at = min(spots, key=lambda k: abs(k - a["start"]))
                a["attribution"] = {"quote": said, "start": at, "end": at + len(said)}
        # key order as in the spec; an attribution only where the quotation needs one
        cl["appearances"] = [{k: a.get(k) for k in ("article", "quote", "start", "end", "role", "attribution")
                              if k != "attribution" or a.get(k)} for a in cl["appearances"]]
        for q in cl["quantities"]:
            if q.get("magnitude") is None:
                q.pop("magnitude", None)
    if problems:
        print("\n".join(problems))
        return 1

    articles = []
    for ar in ARTICLES:
        ar = dict(ar)
        ar["source"] = {"name": SEED_FILES[ar["slug"]], "sha256": hashes[ar["slug"]]}
        ar["text"] = None
        ar["contentHash"] = None
        articles.append(ar)

    events = []
    for ev in sorted(EVENTS, key=lambda e: e["date"]):
        ev = dict(ev)
        ev.setdefault("endDate", None)
        order = ["slug", "title", "kind", "date", "endDate", "place", "summary", "importance", "era",
                 "actors", "articles"]
        events.append({k: ev[k] for k in order})

    bundle = {
        "format": "newstreaty-bundle",
        "version": 1,
        "title": "Russia–North Korea treaty, 1961–2024",
        "eras": ERAS,
        "outlets": OUTLETS,
        "actors": ACTORS,
        "articles": articles,
        "events": events,
        "claims": CLAIMS,
    }
    broken = rules.evidence_problems(bundle, edtf_bounds)
    if broken:
        print("\n".join(f"{path}: {msg}" for path, msg in broken))
        return 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        json.dump(bundle, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {OUT}: {len(ERAS)} eras, {len(OUTLETS)} outlets, {len(ACTORS)} actors, "
          f"{len(articles)} articles, {len(events)} events, {len(CLAIMS)} claims, "
          f"{sum(len(c['appearances']) for c in CLAIMS)} appearances")
    return 0


if __name__ == "__main__":
    sys.exit(main())
