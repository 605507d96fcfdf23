using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>The line shapes a reader recognises at a glance on a news page, as compiled regular expressions.</summary>
internal static partial class LinePatterns
{
    private const string Month = Time.TimePatterns.Month;
    private const string Weekday = @"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?";
    private const string Name = @"\p{Lu}[\p{L}\p{M}'’.-]+";

    /// <summary>Interface words: share bars, players, prompts, app chrome (several languages).</summary>
    [GeneratedRegex(@"^(?:share(?:\s+(?:on|this|via|article|story)\b.*)?|listen(?:\s*\(.*\)|\s+to\s+this\s+article.*)?|translate|print|save(?: article)?|subscribe|sign in\b.*|log in\b.*|already a subscriber\?.*|change font size|font size|text size|copy link|email|comments?(?:\s*\(\d+\))?|view comments|want to join the debate\?|join the conversation\b.*|do you have an opinion\b.*|reuse this content|topics|explore more(?: on these topics)?|explore the edition|discover stories from this section\b.*|our standards:.*|follow us\b.*|read more in our\b.*|.*telegram[- ]channel|download (?:the|our) app\b.*|time to read|\d+ mins?(?: read)?|[-+|•·/]+|menu|search|skip to (?:main )?content|compartir\b.*|imprimir|suscribirse|escuchar|teilen|drucken|anhören|partager|imprimer|écouter|поделиться|печать|слушать|.*\bsign up\b.*\bnewsletter\b.*|.*\bnewsletter\b.*\bsign up\b.*|sign in or create\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Chrome();

    /// <summary>Lines that stand in a body without being part of it.</summary>
    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?: content)?|story continues below.*|continue reading.*|(?:read more|related|recommended|also read|see also|watch|listen)\s*:.*|click here\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex InlineFurniture();

    /// <summary>Headings of lists of other stories: everything after them belongs to other stories.</summary>
    [GeneratedRegex(@"^(?:more from\b.*|more (?:stories|news|articles)\b.*|most (?:read|popular|viewed|shared|commented)|related(?: stories| articles| content| coverage| reading)?|read next|read more|recommended(?: for you| stories| reading)?|you (?:may|might) also like.*|latest(?: news| stories| articles)?|top stories|more on this (?:story|topic)|trending(?: now)?|editor'?s picks|popular(?: now)?|in other news|más noticias|lo más leído|más leídas|à lire aussi|plus d'articles|weitere artikel|meistgelesen|читайте также|популярное)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ListHeading();

    [GeneratedRegex(@"^(?:©|\(c\)|copyright\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Copyright();

    /// <summary>Photo and agency credits, and wire reporting credits.</summary>
    [GeneratedRegex(@"^(?:\(?(?:photo(?:graph)?s?|image|picture|pic|credit|illustration|video|main image|top image|foto|фото)\s*:\s*[^()]{2,100}\)?|\((?:reporting|additional reporting|writing|compiled|editing)\b.{0,300}\)|(?:additional )?reporting by\b.{0,300}|(?:AP|AFP|EPA|Reuters|Getty Images|Shutterstock|Alamy|TASS|Sputnik|Xinhua|Yonhap|Bloomberg|PA)(?:\s*(?:/|via)\s*[^.]{1,60})?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CreditLine();

    /// <summary>A credit at the end of a caption: "... (Credit: Getty images)", "... Photograph: Tom Aske/Courier".</summary>
    [GeneratedRegex(@"(?:\((?:credit|photo|photograph|image|picture)s?\s*:\s*[^()]{2,80}\)|(?<=[.!?]\s+|^)(?:photograph|photo|image|credit|illustration|picture)\s*:\s*[^.]{2,80})\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TrailingCredit();

    /// <summary>Edition and first-publication notes.</summary>
    [GeneratedRegex(@"^(?:this (?:article|story|piece) (?:appeared|appears|was (?:first |originally )?published|first appeared|is from)\b.*|from the .{3,40} edition|a version of this (?:article|story) (?:appeared|appears)\b.*|(?:first|originally) published (?:in|on)\b.*|this article was (?:amended|updated|corrected) on\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Edition();

    /// <summary>A line made only of a date, times, zones and stamp words ("Updated 9 September 2021 14:20 CEST").</summary>
    [GeneratedRegex(@"^(?:(?:updated|published|posted|last updated|first published|modified|on|at|ago|hours?|minutes?|mins?|days?|GMT|UTC|[A-Z]{2,4}T|[+\-−]\d{1,2}(?::?\d{2})?|[ap]\.?m\.?|" + Month + "|" + Weekday + @"|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]m)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}-\d{2}-\d{2}T[\d:.+\-Z]+|[,.:;|·•/()\-–—])\s*)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex StampLine();

    /// <summary>A calendar date inside a stamp line (with a year, or a day and month).</summary>
    [GeneratedRegex(@"\b(?:" + Month + @"\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+" + Month + @"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HasDate();

    [GeneratedRegex(@"^(?:by|words by|written by|von|por|par|автор)\s+\p{Lu}.{1,150}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex ByLine();

    /// <summary>A line that is only a person's name, or two joined by "and".</summary>
    [GeneratedRegex(@"^(?!The\s)" + Name + @"(?:\s+(?:(?:de|da|di|van|von|der|den|del|la|le|bin|al|el|dos|du|ter)\s+)?" + Name + @"){1,3}(?:\s*(?:,|and|&)\s*" + Name + @"(?:\s+" + Name + @"){1,3})?$",
        RegexOptions.CultureInvariant)]
    public static partial Regex NameLine();

    /// <summary>"Asia | Marriage of convenience", "Regional | Transport", "Opinion", "Shipping".</summary>
    [GeneratedRegex(@"^[\p{L}&'’ -]{2,30}(?:\s*[|›>/]\s*[\p{L}&'’ ,-]{2,60})*$", RegexOptions.CultureInvariant)]
    public static partial Regex SectionLine();

    [GeneratedRegex(@"\b(?:times|news|post|herald|journal|gazette|tribune|courier|daily|weekly|press|telegraph|guardian|observer|economist|spectator|ledger|chronicle|mirror|express|standard|mail|star|sun|review|eco|diario|zeitung|monde|edition|magazine|agency|affairs|wire)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MastheadWord();

    /// <summary>"SEOUL, June 20 (Reuters) - ", "TROMSØ — ", "MONTEVIDEO — " at the start of the first paragraph.</summary>
    [GeneratedRegex(@"^(?<place>\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:[ /-]\p{Lu}[\p{Lu}\p{M}'’.\-]+){0,3})(?:,\s*(?:" + Month + @"\s+\d{1,2}|\d{1,2}\s+" + Month + @"))?(?:\s*\((?<agency>[^()]{2,40})\))?\s*(?:[-–—]{1,2}|:)\s+",
        RegexOptions.CultureInvariant)]
    public static partial Regex DatelinePrefix();

    /// <summary>The Economist's "|Seoul" dateline line.</summary>
    [GeneratedRegex(@"^\|\s*(?<place>\p{Lu}[\p{L}\p{M} .'’-]{1,40})$", RegexOptions.CultureInvariant)]
    public static partial Regex DatelineLine();

    [GeneratedRegex(@"[.!?…][""”’)\]]*$", RegexOptions.CultureInvariant)]
    public static partial Regex TerminalPunctuation();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    public static partial Regex Word();
}
