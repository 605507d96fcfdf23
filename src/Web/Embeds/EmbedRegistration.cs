using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NewsTreaty.Web.Embeds;

internal static class EmbedRegistration
{
    public static void AddNewsTreatyEmbeds(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmbedSettings>(builder.Configuration.GetSection(EmbedSettings.Section));
        builder.Services.AddScoped<WidgetData>();
        // A revision-history source registered before this call (from the write side) takes precedence.
    }

    public static void UseNewsTreatyEmbedHeaders(this WebApplication app) => app.UseMiddleware<EmbedHeaders>();
}
