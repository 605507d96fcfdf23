using System.Collections.Frozen;

namespace NewsTreaty.Domain.Ingestion.Nlp;

/// <summary>
/// The closed word lists the deterministic stages share. Keys are folded (lower case, straight apostrophes).
/// Nothing here names a person, outlet or story: these are English function words, titles and news verbs.
/// </summary>
internal static class Lexicon
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that, capitalised at the start of a sentence, are not names.</summary>
    public static readonly FrozenSet<string> Common = Set(
        "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "of", "in", "on", "at", "to", "from", "by",
        "with", "without", "as", "into", "onto", "about", "after", "before", "during", "since", "until", "while",
        "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "that", "this", "these", "those",
        "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them",
        "us", "there", "here", "then", "now", "today", "tomorrow", "yesterday", "also", "even", "only", "just",
        "already", "still", "however", "although", "though", "because", "if", "unless", "once", "meanwhile",
        "thus", "hence", "indeed", "instead", "perhaps", "maybe", "moreover", "furthermore", "nevertheless",
        "nonetheless", "besides", "together", "back", "fast", "further", "not", "no", "yes", "all", "both", "each",
        "every", "some", "any", "many", "much", "more", "most", "few", "several", "other", "another", "such",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third",
        "last", "next", "new", "old", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
        "did", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "out", "up", "down",
        "over", "under", "again", "ever", "never", "always", "often", "soon", "whilst", "amid", "amidst",
        "among", "against", "between", "beyond", "despite", "through", "throughout", "within", "across", "along",
        "around", "behind", "below", "above", "near", "off", "per", "via", "like", "unlike", "entirely",
        "especially", "particularly", "explore", "discover", "read", "listen", "share", "translate", "comments",
        "photo", "photograph", "credit", "updated", "published", "more", "fewer", "less", "according", "doing",
        "let", "having", "being", "given", "following", "including", "asked", "said", "says", "speaking", "watch",
        "reporting", "editing", "writing", "additional", "compiled", "produced", "translated", "translation");

    /// <summary>Courtesy titles and offices written before a name ("Mr Kim", "Foreign Minister Vivian Balakrishnan").</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "president",
        "premier", "chancellor", "king", "queen", "prince", "princess", "general", "gen", "colonel", "col",
        "admiral", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "ambassador", "minister",
        "secretary", "chairman", "chairwoman", "chair", "pope", "rev", "reverend", "father", "sheikh", "comrade",
        "marshal", "judge", "justice", "prime", "foreign", "defence", "defense", "deputy", "vice", "chief",
        "commander", "lieutenant", "major", "captain", "sergeant", "director", "spokesman", "spokeswoman",
        "spokesperson", "leader", "supreme", "state", "interior", "finance", "trade", "economy", "emperor", "crown");

    /// <summary>Honorifics proper: a name after them is a person, and a surname after them may resolve.</summary>
    public static readonly FrozenSet<string> Honorifics = Set(
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "comrade");

    /// <summary>Last words of organisation names.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set(
        "centre", "center", "institute", "institution", "university", "ministry", "agency", "council", "committee",
        "commission", "foundation", "party", "bank", "fund", "association", "organisation", "organization",
        "corporation", "company", "group", "army", "navy", "forces", "force", "service", "services", "department",
        "office", "court", "parliament", "assembly", "congress", "senate", "school", "college", "academy",
        "society", "union", "league", "alliance", "front", "movement", "network", "programme", "program",
        "authority", "board", "bureau", "police", "guard", "embassy", "secretariat", "federation", "trust",
        "initiative", "forum", "corps", "coalition", "administration", "government", "cabinet", "panel", "inc",
        "ltd", "plc", "llc", "corp", "co", "club", "tank", "project", "observatory", "watch", "intelligence");

    /// <summary>Words in media names.</summary>
    public static readonly FrozenSet<string> MediaWords = Set(
        "news", "times", "post", "press", "tribune", "journal", "herald", "gazette", "telegraph", "guardian",
        "broadcasting", "broadcast", "tv", "television", "radio", "daily", "wire", "newswire", "chronicle",
        "observer", "economist", "review", "magazine", "weekly", "sinmun", "pravda", "izvestia", "images",
        "photos", "pictures", "media", "channel", "network", "reuters", "agency", "ilbo", "shimbun", "express",
        "mail", "mirror", "standard", "independent", "spectator", "monitor", "insider", "today", "bulletin",
        "report", "dispatch", "courier", "pressphoto", "photo");

    /// <summary>Reporting verbs: what makes a quotation's speaker or reported speech.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "argue", "argues", "argued", "arguing", "note", "notes", "noted", "noting", "write", "writes", "wrote",
        "writing", "written", "state", "states", "stated", "explain", "explains", "explained", "insist", "insists",
        "insisted", "warn", "warns", "warned", "warning", "claim", "claims", "claimed", "assert", "asserts",
        "asserted", "declare", "declares", "declared", "announce", "announces", "announced", "stress", "stresses",
        "stressed", "emphasise", "emphasised", "emphasize", "emphasized", "pledge", "pledges", "pledged",
        "promise", "promises", "promised", "vow", "vows", "vowed", "gush", "gushes", "gushed", "remark",
        "remarks", "remarked", "reply", "replies", "replied", "ask", "asks", "asked", "urge", "urges", "urged",
        "call", "calls", "called", "describe", "describes", "described", "acknowledge", "acknowledged", "admit",
        "admits", "admitted", "concede", "conceded", "suggest", "suggests", "suggested", "predict", "predicts",
        "predicted", "report", "reports", "reported", "observe", "observes", "observed", "comment", "commented",
        "continue", "continued", "conclude", "concluded", "recall", "recalled", "quip", "quipped", "boast",
        "boasted", "complain", "complained", "tweet", "tweeted", "post", "posted", "spoke", "speaks", "mention",
        "mentioned", "affirm", "affirmed", "reaffirm", "reaffirmed", "deny", "denies", "denied", "confirm",
        "confirms", "confirmed", "agree", "agreed", "allege", "alleged", "alleges", "believe", "believes",
        "believed", "think", "thinks", "thought", "estimate", "estimates", "estimated", "reckon", "reckons",
        "maintain", "maintains", "maintained", "point", "pointed", "cautioned", "caution", "hailed", "praised",
        "accused", "accuses", "demanded", "demands", "threatened", "threatens", "read", "reads", "declares",
        "announcing", "according", "quoted", "cited", "citing", "noting", "wrote", "writes", "remarking");

    /// <summary>Verbs that introduce reported speech with a following clause ("said that …").</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "argue", "argues", "argued", "note",
        "notes", "noted", "write", "writes", "wrote", "state", "states", "stated", "explain", "explained", "insist",
        "insisted", "warn", "warns", "warned", "claim", "claims", "claimed", "assert", "asserted", "declare",
        "declared", "announce", "announced", "stress", "stressed", "pledge", "pledged", "promise", "promised",
        "vow", "vowed", "believe", "believes", "believed", "suggest", "suggested", "predict", "predicted",
        "report", "reports", "reported", "confirm", "confirmed", "deny", "denied", "allege", "alleged", "admit",
        "admitted", "acknowledge", "acknowledged", "estimate", "estimated", "maintain", "maintained", "agree",
        "agreed", "think", "thinks", "expect", "expects", "expected", "fear", "fears", "feared", "hope", "hopes",
        "emphasised", "emphasized", "affirmed", "reaffirmed", "concluded", "observed", "cautioned", "accused",
        "threatened", "demanded", "remarked", "replied", "hinted", "signalled", "signaled", "indicated");

    /// <summary>Prepositions after which a city name is a place, not a government.</summary>
    public static readonly FrozenSet<string> Locatives = Set(
        "in", "at", "into", "near", "outside", "inside", "around", "across", "via", "through", "towards", "toward",
        "throughout", "within", "beyond", "above", "over", "under", "downtown", "central");

    /// <summary>Words of movement: "visits Pyongyang", "trip to Moscow", "flew from Beijing" speak of places.</summary>
    public static readonly FrozenSet<string> Motion = Set(
        "visit", "visits", "visited", "visiting", "trip", "trips", "travel", "travels", "travelled", "traveled",
        "flew", "fly", "flies", "flight", "flights", "arrive", "arrives", "arrived", "arriving", "arrival", "return",
        "returns", "returned", "returning", "came", "come", "comes", "went", "go", "goes", "going", "journey",
        "way", "road", "route", "moved", "landed", "lands", "land", "landing", "drive", "drove", "sailed",
        "back", "tour", "toured", "stop", "stopover", "headed", "heading", "bound", "left", "leave", "leaves",
        "leaving", "fled", "flee", "departed", "reach", "reached", "reaches", "stay", "stayed", "moving", "deployed",
        "sent", "trains", "train", "bus", "links", "ferry");

    /// <summary>Places in a city: "the streets of Pyongyang", "Pyongyang’s airport".</summary>
    public static readonly FrozenSet<string> Facilities = Set(
        "airport", "streets", "street", "square", "palace", "station", "stadium", "hotel", "suburbs", "outskirts",
        "city", "centre", "center", "downtown", "residents", "skyline", "district", "port", "harbour", "harbor",
        "river", "hall", "avenue", "boulevard", "subway", "metro", "mayor", "citizens", "people", "crowds",
        "buildings", "neighbourhood", "neighborhood", "region", "province", "airbase", "base");

    /// <summary>Words after which a capitalised word is probably a person's name.</summary>
    public static readonly FrozenSet<string> PersonRoles = Set(
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader", "analyst", "fellow",
        "professor", "director", "researcher", "expert", "official", "ambassador", "envoy", "general", "chairman",
        "chairwoman", "chief", "head", "secretary", "adviser", "advisor", "senator", "diplomat", "correspondent",
        "editor", "reporter", "economist", "scholar", "lecturer", "author", "commander", "dictator", "premier",
        "chancellor", "mayor", "governor", "founder", "ceo", "executive", "strategist", "historian", "lawmaker",
        "legislator", "negotiator", "representative", "deputy", "aide", "officer", "student", "colleague",
        "citizen", "resident", "manager", "partner", "writer", "columnist", "journalist", "politician", "judge",
        "prosecutor", "lawyer", "activist", "defector", "scientist", "specialist", "consultant", "associate", "lead",
        "chair", "engineer", "skipper", "farmer", "teacher", "doctor", "nurse", "worker", "owner", "member", "photographer");

    /// <summary>Capitalised words that are not parts of a person's name: document, place and period nouns, adjectives of regions.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "treaty", "agreement", "pact", "accord", "summit", "war", "airport", "station", "square", "palace", "street",
        "road", "avenue", "bridge", "river", "sea", "ocean", "island", "islands", "mountain", "mountains", "day",
        "week", "year", "international", "national", "strategic", "partnership", "comprehensive", "cooperation",
        "friendship", "mutual", "assistance", "asian", "european", "african", "arab", "western", "eastern",
        "northern", "southern", "northeast", "northwest", "southeast", "southwest", "central", "cold", "great",
        "north", "south", "east", "west", "new", "old", "republic", "kingdom", "federation", "empire", "province",
        "state", "states", "city", "county", "district", "region", "peninsula", "strait", "gulf", "bay", "valley",
        "plan", "act", "law", "bill", "resolution", "declaration", "charter", "convention", "protocol", "doctrine",
        "initiative", "programme", "program", "project", "operation", "games", "cup", "olympics", "prize", "award",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "covid", "internet", "christmas", "easter", "ramadan", "communist", "socialist", "democratic", "liberal",
        "conservative", "labour", "islamic", "christian", "muslim", "buddhist", "catholic", "orthodox");

    /// <summary>Reporting verbs that, beside a capitalised pair, make it a person's name ("said Duyeon Kim").</summary>
    public static readonly FrozenSet<string> SaidVerbs = Set(
        "said", "says", "told", "tells", "added", "adds", "argued", "argues", "noted", "notes", "wrote", "writes",
        "explained", "explains", "warned", "warns", "insisted", "insists", "stressed", "claimed", "asked",
        "replied", "recalled", "suggested", "suggests", "commented", "pledged", "believes", "thinks", "reckons");

    public static bool IsCommon(string folded) => Common.Contains(folded);
}
