using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsTreaty.Web.Embeds;

/// <summary>The oEmbed XML format: one &lt;oembed&gt; element holding a child element per response field.</summary>
internal static class OEmbedXml
{
    public static string Write(OEmbedResponse response)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("oembed");
            xml.WriteElementString("type", response.Type);
            xml.WriteElementString("version", response.Version);
            xml.WriteElementString("title", Clean(response.Title));
            xml.WriteElementString("provider_name", response.ProviderName);
            xml.WriteElementString("provider_url", response.ProviderUrl);
            xml.WriteElementString("html", Clean(response.Html));
            xml.WriteElementString("width", response.Width.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("height", response.Height.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("cache_age", response.CacheAge.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n" + text;
    }

    // Text stored before control characters were refused may still hold some that XML cannot carry at all.
    private static string Clean(string text) => text.All(Allowed) ? text : string.Concat(text.Where(Allowed));

    private static bool Allowed(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c is not '\uFFFE' and not '\uFFFF');
}
