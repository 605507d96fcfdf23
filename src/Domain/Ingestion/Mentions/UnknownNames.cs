using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>
/// Reads a capitalised run the gazetteer did not (wholly) cover. A run ending in an organisation or media word is
/// a new organisation; a known short name inside a longer name ("Kim" in "Kim Yo Jong") is a different person;
/// otherwise a name becomes a new person only with a cue (an honorific or office before it, an apposition or
/// "of the …" after it, a reporting verb beside it), a new medium in a credit or as a reported source, and a new
/// state when it is a country. Places, demonyms and cue-less capitals are not actors.
/// </summary>
internal sealed class UnknownNames(TokenStream ts, NewActors newActors, Found?[] owner)
{
    private readonly string _text = ts.Text;

    public void Read(int start, int end, List<Found> found)
    {
        // "Ann Smith of the Lowy Institute": a person's name, then the organisation, unless the head is itself an
        // organisation ("Bank of Korea", "Center for a New American Security").
        for (var k = start + 1; k < end; k++)
        {
            if (!ts.Tokens[k].IsCapitalised(_text) && !ts.Joined[k])
            {
                if (!IsOrganisationWord(k - 1))
                {
                    ReadPart(start, k, found);
                    var next = k;
                    while (next < end && !ts.Tokens[next].IsCapitalised(_text))
                    {
                        next++;
                    }

                    ReadPart(next, end, found);
                    return;
                }

                break;
            }
        }

        ReadPart(start, end, found);
    }

    private void ReadPart(int a, int b, List<Found> found)
    {
        while (a < b && owner[a] is null && ts.Keys[a] is "the" or "a" or "an")
        {
            a++;
        }

        var titleStart = a;
        while (a < b && owner[a] is null && Lexicon.Titles.Contains(ts.Keys[a]))
        {
            a++;
        }

        if (a >= b || Enumerable.Range(a, b - a).All(k => owner[k] is not null))
        {
            return;
        }

        var owned = Enumerable.Range(a, b - a).Select(k => owner[k]).OfType<Found>().Distinct().ToList();
        if (IsOrganisationWord(b - 1) && (b - a >= 2 || ts.Tokens[a].IsAllCaps(_text)))
        {
            var media = Enumerable.Range(a, b - a).Any(k => Lexicon.MediaWords.Contains(ts.Keys[k]));
            AddNew(a, b, media ? ActorKind.Media : ActorKind.Organisation, found, owned, 0.7);
            return;
        }

        // A known short name inside a longer unknown name is someone else: "Kim Yo Jong" is not Kim Jong Un.
        if (owned.Count > 0 && b - a is >= 2 and <= 4 && owned.All(IsPersonShortName) && NameLike(a, b))
        {
            AddNew(a, b, ActorKind.Person, found, owned, 0.75).Description ??= Apposition(b) ?? OfOrganisation(b) ?? Titles(titleStart, a);
            return;
        }

        var x = a;
        while (x < b)
        {
            if (owner[x] is not null)
            {
                x++;
                continue;
            }

            var y = x;
            while (y < b && owner[y] is null)
            {
                y++;
            }

            ReadUncovered(x, y, x == a ? titleStart : x, found);
            x = y;
        }
    }

    private void ReadUncovered(int x, int y, int titleStart, List<Found> found)
    {
        var key = string.Join(' ', ts.Keys[x..y]);
        if (Places.World.Find(key) is { } place)
        {
            if (place.Kind == PlaceKind.Country)
            {
                AddNew(x, y, ActorKind.State, found, [], 0.7, place.Country);
            }

            return;
        }

        var titled = titleStart < x || Before(x) is { } b && (Lexicon.Honorifics.Contains(b) || Lexicon.PersonRoles.Contains(b));
        if (y - x == 1 && newActors.KnowsShortName(ts.Keys[x]))
        {
            return; // "Ms Halvorsen" after "Astrid Halvorsen": a back-reference, resolved once every name is known
        }

        var credit = IsCredit(x);
        if (y - x <= 4 && NameLike(x, y) && (y - x >= 2 || titled))
        {
            var description = Apposition(y) ?? OfOrganisation(y) ?? Predicate(y);
            var byline = ts.Paragraph.Part == ArticlePart.Byline || Before(x) == "by" || credit && y - x >= 2;
            if (titled || description is not null || SpeechBeside(x, y) || byline || AppositionBefore(x))
            {
                var draft = AddNew(x, y, ActorKind.Person, found, [], titled || description is not null ? 0.8 : 0.65);
                draft.Description ??= description ?? Titles(TitlesFrom(titleStart), x) ?? RoleBefore(titleStart)
                                      ?? (credit ? "credited in the article" : null);
                return;
            }
        }

        if (credit || NewsAgencyBeside(x, y) || RelayBeside(x, y) || AgencyInDateline(x, y))
        {
            var draft = AddNew(x, y, ActorKind.Media, found, [], 0.65);
            if (draft.Kind == ActorKind.Media)
            {
                draft.Description ??= credit ? "credited for a photograph or video" : AgencyInDateline(x, y) ? "the agency in the dateline" : "cited as a source";
            }
        }
    }

    private NewActorDraft AddNew(int a, int b, ActorKind kind, List<Found> found, List<Found> replaced, double confidence, string? name = null)
    {
        var span = ts.SpanOf(a, b);
        name ??= span.Of(_text);
        var draft = newActors.GetOrAdd(name, kind, SentenceOf(a), confidence);
        draft.Aliases.Add(span.Of(_text));
        if (kind != ActorKind.Person)
        {
            draft.Description ??= Apposition(b);
        }

        foreach (var old in replaced)
        {
            old.Removed = true;
        }

        var mention = new Found(span, ts.Paragraph.Index, ts.Sentences[a], FoundBy.NewName, [new Option(null, draft, Actors.AliasKind.Name, true, name)]);
        MentionFinder.Decorate(ts, a, mention);
        found.Add(mention);
        for (var k = a; k < b; k++)
        {
            owner[k] = mention;
        }

        return draft;
    }

    private static bool IsPersonShortName(Found f) =>
        f.Options.Count > 0 && f.Options.All(o => o.ActorKind == ActorKind.Person && o.Kind is Actors.AliasKind.ShortName) && f.Span.Length < 20;

    private bool IsOrganisationWord(int k) =>
        k >= 0 && ts.Tokens[k].IsCapitalised(_text) && (Lexicon.OrganisationHeads.Contains(ts.Keys[k]) || Lexicon.MediaWords.Contains(ts.Keys[k])) && ts.Keys[k] != "today";

    private bool NameLike(int a, int b)
    {
        for (var k = a; k < b; k++)
        {
            var word = ts.Tokens[k];
            if (!word.IsWord || word.Length < 2 && !ts.Joined[k] || Lexicon.IsCommon(ts.Keys[k]) || Lexicon.Titles.Contains(ts.Keys[k]) || Lexicon.NotNames.Contains(ts.Keys[k])
                || HasNounSuffix(ts.Keys[k])
                || IsOrganisationWord(k) || Places.World.Find(ts.Keys[k]) is not null || word.In(_text).ContainsAnyInRange('0', '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasNounSuffix(string key) =>
        key.Length > 6 && (key.EndsWith("tion", StringComparison.Ordinal) || key.EndsWith("sion", StringComparison.Ordinal)
                           || key.EndsWith("ment", StringComparison.Ordinal) || key.EndsWith("ship", StringComparison.Ordinal)
                           || key.EndsWith("ness", StringComparison.Ordinal) || key.EndsWith("ity", StringComparison.Ordinal)
                           || key.EndsWith("ism", StringComparison.Ordinal) || key.EndsWith("ical", StringComparison.Ordinal));

    private string? Before(int x) => x > 0 && ts.Sentences[x - 1] == ts.Sentences[x] ? ts.Keys[x - 1] : null;

    private bool SpeechBeside(int x, int y) =>
        Lexicon.SaidVerbs.Contains(ts.KeyAt(y)) || Before(x) is { } b && Lexicon.SaidVerbs.Contains(b)
        || Before(x) == "to" && ts.KeyAt(x - 2) == "according";

    private bool RelayBeside(int x, int y) =>
        ts.KeyAt(y) is "reported" or "reports" or "writes" or "wrote" or "notes" or "noted" && y - x <= 3 && (Before(x) is null or "," or "the")
        || Before(x) is "notes" or "writes" or "reports" or "reported"
        || Before(x) == "by" && ts.KeyAt(x - 2) is "reported" or "published" or "quoted" or "cited";

    /// <summary>"BUSAN, March 14 (Meridian) -": the wire agency named in brackets in a dateline.</summary>
    private bool AgencyInDateline(int x, int y) =>
        ts.IsPunct(x - 1, '(') && ts.IsPunct(y, ')') && (ts.Paragraph.Part == ArticlePart.Dateline || ts.Paragraph.Index <= 6 && x < 12);

    private bool NewsAgencyBeside(int x, int y) =>
        ts.KeyAt(y) == "news" && ts.KeyAt(y + 1) == "agency" || ts.KeyAt(x - 2) == "news" && ts.KeyAt(x - 1) == "agency";

    private bool IsCredit(int x)
    {
        if (ts.Paragraph.Part == ArticlePart.Credit && (x == 0 || x == 1 && ts.Tokens[0].Kind == TokenKind.Punctuation))
        {
            return true;
        }

        for (var k = x - 1; k >= Math.Max(0, x - 3); k--)
        {
            if (ts.Keys[k] is "photo" or "photograph" or "photos" or "credit" or "picture" or "pictures" or "image" or "images" or "video" or "source")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", a spokeswoman for the foreign ministry," after a name: the words up to the next comma or full stop.</summary>
    private string? Apposition(int y)
    {
        if (!ts.IsPunct(y, ',') || ts.Sentences.Length <= y + 1 || ts.Sentences[y + 1] != ts.Sentences[y])
        {
            return null;
        }

        var end = y + 1;
        var hasRole = false;
        while (end < ts.Count && end - y < 40 && ts.Sentences[end] == ts.Sentences[y] && !ts.IsPunct(end, ',') && !ts.IsPunct(end, '.') && !IsQuote(end))
        {
            hasRole |= Lexicon.PersonRoles.Contains(ts.Keys[end]) || Lexicon.OrganisationHeads.Contains(ts.Keys[end]) || ts.Keys[end] is "think" or "who";
            end++;
        }

        var first = ts.KeyAt(y + 1);
        return hasRole && end > y + 1 && (first is "a" or "an" or "the" or "who" || Lexicon.PersonRoles.Contains(first) || ts.Tokens[y + 1].IsCapitalised(_text))
            ? ts.SpanOf(y + 1, end).Of(_text)
            : null;
    }

    /// <summary>"the council’s transport lead, Gareth Mwangi": a role and a comma just before the name.</summary>
    private bool AppositionBefore(int x)
    {
        if (!ts.IsPunct(x - 1, ','))
        {
            return false;
        }

        for (var k = x - 2; k >= Math.Max(0, x - 6) && ts.Sentences[k] == ts.Sentences[x] && ts.IsWord(k); k--)
        {
            if (Lexicon.PersonRoles.Contains(ts.Keys[k]) || Lexicon.SaidVerbs.Contains(ts.Keys[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Ines Carvalho is a writer and a former librarian": what a sentence says a new name is.</summary>
    private string? Predicate(int y)
    {
        if (ts.KeyAt(y) is not ("is" or "was") || ts.KeyAt(y + 1) is not ("a" or "an" or "the"))
        {
            return null;
        }

        var end = y + 1;
        var hasRole = false;
        while (end < ts.Count && end - y < 20 && ts.Sentences[end] == ts.Sentences[y] && !ts.IsPunct(end, ',') && !ts.IsPunct(end, '.'))
        {
            hasRole |= Lexicon.PersonRoles.Contains(ts.Keys[end]);
            end++;
        }

        return hasRole ? ts.SpanOf(y + 1, end).Of(_text) : null;
    }

    /// <summary>"of the Stimson Centre" after a name.</summary>
    private string? OfOrganisation(int y)
    {
        if (ts.KeyAt(y) is not ("of" or "at" or "from") || y + 1 >= ts.Count)
        {
            return null;
        }

        var end = y + 1;
        while (end < ts.Count && ts.Sentences[end] == ts.Sentences[y] && (ts.IsWord(end) && (ts.Tokens[end].IsCapitalised(_text) || ts.Keys[end] is "the" or "for" or "of" or "a" or "on") || ts.Joined[end]))
        {
            end++;
        }

        return end - 1 > y + 1 && IsOrganisationWord(end - 1) || end > y + 1 && owner[end - 1]?.Options.Any(o => o.ActorKind is ActorKind.Organisation or ActorKind.Media) == true
            ? ts.SpanOf(y, end).Of(_text)
            : null;
    }

    /// <summary>"Russian foreign ministry spokeswoman" before a name.</summary>
    private string? RoleBefore(int x)
    {
        var start = x;
        while (start > 0 && x - start < 5 && ts.Sentences[start - 1] == ts.Sentences[x] && ts.IsWord(start - 1)
               && !Lexicon.IsCommon(ts.Keys[start - 1]) && (!ts.Tokens[start - 1].IsCapitalised(_text) || Places.World.Find(ts.Keys[start - 1]) is not null))
        {
            start--;
        }

        return start < x && Lexicon.PersonRoles.Contains(ts.Keys[x - 1]) ? ts.SpanOf(start, x).Of(_text) : null;
    }

    /// <summary>Office words before a name, including a sentence-initial one the run left out ("Foreign Minister").</summary>
    private int TitlesFrom(int start)
    {
        while (start > 0 && ts.Sentences[start - 1] == ts.Sentences[start] && ts.IsWord(start - 1) && ts.Tokens[start - 1].IsCapitalised(_text)
               && Lexicon.Titles.Contains(ts.Keys[start - 1]))
        {
            start--;
        }

        return start;
    }

    private string? Titles(int from, int to) => to > from ? ts.SpanOf(from, to).Of(_text) : null;

    private bool IsQuote(int k) => ts.Tokens[k].Kind == TokenKind.Punctuation && _text[ts.Tokens[k].Start] is '“' or '”' or '"';

    private TextSpan SentenceOf(int k) => ts.Paragraph.Sentences[ts.Sentences[k]];
}
