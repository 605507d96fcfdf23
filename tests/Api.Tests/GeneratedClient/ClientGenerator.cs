using System.Text.RegularExpressions;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;

namespace NewsTreaty.Api.Tests.GeneratedClient;

/// <summary>
/// Generates a C# client from an OpenAPI document with NSwag the way a CMS developer would (one client class named
/// from the operation ids, responses wrapped so headers such as ETag can be read), with either JSON library.
/// </summary>
internal static partial class ClientGenerator
{
    public static async Task<string> GenerateAsync(string document, CSharpJsonLibrary json)
    {
        var openApi = await OpenApiDocument.FromJsonAsync(document);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "NewsTreatyClient",
            UseBaseUrl = true,
            WrapResponses = true,
            ResponseClass = "ApiResponse",
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
            CSharpGeneratorSettings = { Namespace = "Generated", JsonLibrary = json, GenerateNullableReferenceTypes = true },
        };
        var code = new CSharpClientGenerator(openApi, settings).GenerateFile();

        // NSwag 14 writes only [EnumMember] on enums for System.Text.Json too, which System.Text.Json ignores, so values
        // such as "direct-quote" cannot be read. The one-line fix docs/api.md gives NSwag users is applied here.
        return json == CSharpJsonLibrary.SystemTextJson ? EnumMember().Replace(code, "$0, System.Text.Json.Serialization.JsonStringEnumMemberName($1)") : code;
    }

    [GeneratedRegex(@"System\.Runtime\.Serialization\.EnumMember\(Value = (@""[^""]*"")\)")]
    private static partial Regex EnumMember();
}
