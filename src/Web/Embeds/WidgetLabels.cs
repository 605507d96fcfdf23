using System.Collections.Frozen;

namespace NewsTreaty.Web.Embeds;

/// <summary>The fixed words around the data in a widget, per label language (`lang=`); data itself is shown as stored.</summary>
internal sealed class WidgetLabels(IReadOnlyDictionary<string, string> words, Func<int, int> pluralForm, IReadOnlyDictionary<string, string[]> nouns)
{
    private readonly IReadOnlyDictionary<string, string> _words = words;

    private static readonly FrozenDictionary<string, WidgetLabels> Languages = new Dictionary<string, WidgetLabels>
    {
        ["en"] = new(new Dictionary<string, string>
        {
            ["claim"] = "Claim",
            ["claimant"] = "Said by",
            ["status"] = "Review status",
            ["quote"] = "Strongest quotation",
            ["outlets"] = "outlets",
            ["outlet"] = "outlet",
            ["independent"] = "independent",
            ["evidence"] = "Full evidence",
            ["all-evidence"] = "Every quotation",
            ["event"] = "Event",
            ["actor"] = "Actor",
            ["coverage"] = "Coverage",
            ["reported-by"] = "Reported by",
            ["no-coverage"] = "No outlet in the dataset reported this event.",
            ["copy"] = "copy of",
            ["timeline"] = "Timeline",
            ["events"] = "events",
            ["claims"] = "claims",
            ["articles"] = "articles",
            ["sources"] = "independent sources",
            ["more"] = "Read more on NewsTreaty",
            ["previous"] = "Earlier",
            ["next"] = "Later",
            ["unavailable"] = "This version is not available",
            ["not-found"] = "Not found",
            ["aliases"] = "Also known as",
            ["involved"] = "Involved",
            ["recent"] = "Events",
            ["by"] = "Data: NewsTreaty",
            ["unreviewed"] = "Unreviewed",
            ["confirmed"] = "Confirmed",
            ["disputed"] = "Disputed",
            ["false"] = "False",
            ["misleading"] = "Misleading",
            ["source"] = "Source",
            ["and-more"] = "and {0} more",
        }, n => n == 1 ? 0 : 1, new Dictionary<string, string[]>
        {
            ["article"] = ["article", "articles"],
            ["claim"] = ["claim", "claims"],
            ["event"] = ["event", "events"],
            ["outlet"] = ["outlet", "outlets"],
            ["source"] = ["independent source", "independent sources"],
        }),
        ["ru"] = new(new Dictionary<string, string>
        {
            ["claim"] = "Утверждение",
            ["claimant"] = "Кто сказал",
            ["status"] = "Статус проверки",
            ["quote"] = "Главная цитата",
            ["outlets"] = "изданий",
            ["outlet"] = "издание",
            ["independent"] = "независимых",
            ["evidence"] = "Все доказательства",
            ["all-evidence"] = "Все цитаты",
            ["event"] = "Событие",
            ["actor"] = "Участник",
            ["coverage"] = "Освещение",
            ["reported-by"] = "Сообщили",
            ["no-coverage"] = "Ни одно издание в наборе данных не сообщило об этом событии.",
            ["copy"] = "копия",
            ["timeline"] = "Хронология",
            ["events"] = "событий",
            ["claims"] = "утверждений",
            ["articles"] = "статей",
            ["sources"] = "независимых источников",
            ["more"] = "Подробнее на NewsTreaty",
            ["previous"] = "Раньше",
            ["next"] = "Позже",
            ["unavailable"] = "Эта версия недоступна",
            ["not-found"] = "Не найдено",
            ["aliases"] = "Другие имена",
            ["involved"] = "Участники",
            ["recent"] = "События",
            ["by"] = "Данные: NewsTreaty",
            ["unreviewed"] = "Не проверено",
            ["confirmed"] = "Подтверждено",
            ["disputed"] = "Оспаривается",
            ["false"] = "Ложно",
            ["misleading"] = "Вводит в заблуждение",
            ["source"] = "Источник",
            ["and-more"] = "и ещё {0}",
        }, RussianForm, new Dictionary<string, string[]>
        {
            ["article"] = ["статья", "статьи", "статей"],
            ["claim"] = ["утверждение", "утверждения", "утверждений"],
            ["event"] = ["событие", "события", "событий"],
            ["outlet"] = ["издание", "издания", "изданий"],
            ["source"] = ["независимый источник", "независимых источника", "независимых источников"],
        }),
    }.ToFrozenDictionary();

    /// <summary>Russian plurals: 1, 21, 31 … (not 11) take the first form; 2–4, 22–24 … (not 12–14) the second; the rest the third.</summary>
    private static int RussianForm(int n) => (n % 10, n % 100) switch
    {
        (1, not 11) => 0,
        (var unit, var tens) when unit is >= 2 and <= 4 && tens is not (>= 12 and <= 14) => 1,
        _ => 2,
    };

    /// <summary>The noun in the form its number takes: "1 article", "2 articles"; "21 статья", "3 статьи", "11 статей".</summary>
    public string Noun(int n, string noun) => nouns.TryGetValue(noun, out var forms) ? forms[pluralForm(Math.Abs(n))] : Languages["en"].Noun(n, noun);

    public static string Supported(string? language) => language is not null && Languages.ContainsKey(language) ? language : "en";

    public static WidgetLabels For(string language) => Languages[Supported(language)];

    public string this[string key] => _words.TryGetValue(key, out var word) ? word : Languages["en"]._words[key];
}
