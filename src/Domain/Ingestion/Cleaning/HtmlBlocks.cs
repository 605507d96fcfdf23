using System.Globalization;

namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>
/// HTML → blocks, in one pass over the raw markup so every character keeps its raw offset. The scanner tolerates
/// anything (unclosed and misnested tags, stray brackets, unterminated comments); entities are decoded with
/// AngleSharp's full HTML5 table. What the head says of the page goes to <see cref="HtmlHeadReader"/>.
/// </summary>
internal sealed class HtmlBlocks
{
    // Deeper nesting than this is garbage or an attack; deeper tags are read as text containers of their parent.
    private const int MaxDepth = 256;

    // An end tag looks this far up the stack for its start tag, so a flood of stray end tags stays linear.
    private const int EndTagSearch = 48;

    private readonly string _raw;
    private readonly List<Element> _stack = [];
    private readonly List<SourceBlock> _blocks = [];
    private readonly List<int> _blockArticles = [];
    private readonly HtmlHeadReader _head = new();
    private SourceBlock? _current;
    private int _articleCount;

    private HtmlBlocks(string raw) => _raw = raw;

    public static (List<SourceBlock> Blocks, PageMetadata Page) Read(string raw)
    {
        var reader = new HtmlBlocks(raw);
        reader.Scan();
        reader.EndBlock();
        var blocks = MainArticle.Select(reader._blocks, reader._blockArticles);
        return (blocks, reader._head.Build());
    }

    private void Scan()
    {
        var i = 0;
        while (i < _raw.Length)
        {
            i = _raw[i] == '<' ? Markup(i) : Text(i);
        }
    }

    private int Markup(int at)
    {
        if (Starts(at, "<!--"))
        {
            var close = _raw.IndexOf("-->", at + 4, StringComparison.Ordinal);
            return close < 0 ? _raw.Length : close + 3;
        }

        if (at + 1 < _raw.Length && _raw[at + 1] is '!' or '?')
        {
            var close = _raw.IndexOf('>', at + 2);
            return close < 0 ? _raw.Length : close + 1;
        }

        var tag = HtmlTag.Parse(_raw, at);
        if (tag is null)
        {
            // A '<' that opens no tag is text.
            Append(at, 1);
            return at + 1;
        }

        if (tag.IsEnd)
        {
            Close(tag.Name);
            return tag.End;
        }

        return Open(tag);
    }

    /// <summary>Opens an element and returns where scanning goes on (past the content of opaque elements).</summary>
    private int Open(HtmlTag tag)
    {
        var name = tag.Name;
        _head.Tag(tag);
        if (HtmlElements.IsOpaque(name))
        {
            var contentEnd = FindClosing(name, tag.End);
            _head.Content(name, tag, _raw, tag.End, contentEnd);
            var close = _raw.IndexOf('>', contentEnd);
            return close < 0 ? _raw.Length : close + 1;
        }

        if (name is "p" or "li" or "dt" or "dd" && _stack.Count > 0 && _stack[^1].Name == name)
        {
            // <p> and <li> close an open sibling of the same name.
            _stack.RemoveAt(_stack.Count - 1);
        }

        if (HtmlElements.IsBlock(name) || (name == "time" && !InInlineContext()))
        {
            EndBlock();
        }

        if (HtmlElements.IsVoid(name) || tag.SelfClosing || _stack.Count >= MaxDepth)
        {
            return tag.End;
        }

        var parent = _stack.Count > 0 ? _stack[^1] : null;
        var classAndId = tag.Attribute("class") + " " + tag.Attribute("id");
        var furniture = parent?.Furniture ?? HtmlElements.FurnitureReason(name, classAndId.Trim(), tag.Attribute("role"),
            tag.Attribute("hidden") is not null || tag.Attribute("aria-hidden") == "true");
        var hint = HtmlElements.HintFor(name, classAndId.Trim(), tag.Attribute("itemprop"));
        var article = name is "article" or "main" || tag.Attribute("itemprop") == "articleBody"
            ? (name == "main" && parent?.Article > 0 ? parent.Article : ++_articleCount)
            : parent?.Article ?? 0;
        if (name == "header" && article == 0)
        {
            furniture ??= "site header";
        }

        _stack.Add(new Element(name, furniture, hint == BlockHint.None ? parent?.Hint ?? BlockHint.None : hint, article,
            name == "time" ? tag.Attribute("datetime") : null));
        return tag.End;
    }

    private void Close(string name)
    {
        for (var k = _stack.Count - 1; k >= Math.Max(0, _stack.Count - EndTagSearch); k--)
        {
            if (_stack[k].Name == name)
            {
                if (HtmlElements.IsBlock(name) || name == "time")
                {
                    EndBlock();
                }

                _stack.RemoveRange(k, _stack.Count - k);
                return;
            }
        }

        if (name is "br" or "p")
        {
            EndBlock();
        }
    }

    private int Text(int at)
    {
        var end = _raw.IndexOf('<', at);
        end = end < 0 ? _raw.Length : end;
        var run = at;
        var i = at;
        while (i < end)
        {
            var c = _raw[i];
            if (c == '&' && HtmlEntities.TryDecode(_raw, i, end, out var decoded, out var length))
            {
                Append(run, i - run);
                Block().Replace(decoded, i, length);
                i += length;
                run = i;
            }
            else if (c is ' ' or '\n' or '\r' or '\t' or '\f' || (char.IsControl(c) && c != '\u00a0'))
            {
                var ws = i;
                while (ws < end && (_raw[ws] is ' ' or '\n' or '\r' or '\t' or '\f' || char.IsControl(_raw[ws])))
                {
                    ws++;
                }

                Append(run, i - run);
                var block = Block();
                if (!block.IsEmpty && !block.EndsWithSpace)
                {
                    if (ws - i == 1 && c == ' ')
                    {
                        block.Copy(_raw, i, 1);
                    }
                    else
                    {
                        block.Replace(" ", i, ws - i);
                    }
                }

                i = ws;
                run = i;
            }
            else
            {
                i++;
            }
        }

        Append(run, end - run);
        return end;
    }

    private void Append(int start, int length)
    {
        if (length > 0)
        {
            Block().Copy(_raw, start, length);
        }
    }

    private SourceBlock Block()
    {
        if (_current is null)
        {
            var top = _stack.Count > 0 ? _stack[^1] : null;
            _current = new SourceBlock() { Furniture = top?.Furniture, Hint = top?.Hint ?? BlockHint.None, MachineDate = Datetime() };
            _currentArticle = top?.Article ?? 0;
        }

        return _current;
    }

    private int _currentArticle;

    private void EndBlock()
    {
        if (_current is { } block && block.Trimmed() is var (start, end) && end > start)
        {
            _blocks.Add(block);
            _blockArticles.Add(_currentArticle);
        }

        _current = null;
    }

    private string? Datetime()
    {
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            if (_stack[k].Datetime is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private bool InInlineContext() => _stack.Count > 0 && _stack[^1].Name is "p" or "li" or "a" or "span" or "h1" or "h2" or "h3" or "h4" or "em" or "strong" or "b" or "i";

    private int FindClosing(string name, int from)
    {
        var search = from;
        while (search < _raw.Length)
        {
            var lt = _raw.IndexOf("</", search, StringComparison.Ordinal);
            if (lt < 0)
            {
                return _raw.Length;
            }

            if (string.Compare(_raw, lt + 2, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return lt;
            }

            search = lt + 2;
        }

        return _raw.Length;
    }

    private bool Starts(int at, string text) => string.CompareOrdinal(_raw, at, text, 0, text.Length) == 0;

    private sealed record Element(string Name, string? Furniture, BlockHint Hint, int Article, string? Datetime);
}

/// <summary>Decodes one character reference with AngleSharp's HTML5 entity table.</summary>
internal static class HtmlEntities
{
    public static bool TryDecode(string raw, int at, int end, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        var semicolon = raw.IndexOf(';', at + 1, Math.Min(end, at + 40) - (at + 1));
        if (semicolon < 0 || semicolon == at + 1)
        {
            return false;
        }

        var name = raw.AsSpan(at + 1, semicolon - at - 1);
        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            var digits = hex ? name[2..] : name[1..];
            if (digits.IsEmpty || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                return false;
            }

            decoded = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD";
            length = semicolon - at + 1;
            return true;
        }

        var symbol = AngleSharp.Html.HtmlEntityProvider.Resolver.GetSymbol(string.Concat(name, ";"));
        if (string.IsNullOrEmpty(symbol))
        {
            return false;
        }

        decoded = symbol;
        length = semicolon - at + 1;
        return true;
    }
}
