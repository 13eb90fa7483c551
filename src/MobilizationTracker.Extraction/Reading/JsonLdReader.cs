using System.Text.Json;
using AngleSharp.Dom;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// The article node of a page's JSON-LD: the first object whose @type is a kind of article
/// (NewsArticle, Article, ReportageNewsArticle, BlogPosting ...), found at the top level, in an
/// array, in an @graph or as a WebPage's mainEntity. Its publisher may be given inline, as a
/// list, as a name, or as an @id that another node of the graph defines.
/// </summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public sealed record JsonLdArticle(string? Headline, string? Published, string? Publisher, string? Url, string? Language);

    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.Scripts)
        {
            if (!string.Equals(script.Type?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var found = ReadScript(script.Text);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static JsonLdArticle? ReadScript(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            var nodes = Flatten(doc.RootElement);
            var byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (Str(node, "@id") is { } id)
                {
                    byId.TryAdd(id, node);
                }
            }

            foreach (var node in nodes)
            {
                if (IsArticle(node))
                {
                    return new JsonLdArticle(
                        Str(node, "headline") ?? Str(node, "name"),
                        Str(node, "datePublished") ?? Str(node, "dateCreated"),
                        NameOf(node, "publisher", byId) ?? NameOf(node, "sourceOrganization", byId),
                        Str(node, "url") ?? UrlOf(node, "mainEntityOfPage"),
                        Str(node, "inLanguage") ?? NameOf(node, "inLanguage", byId));
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the other metadata sources still apply.
        }

        return null;
    }

    /// <summary>Every object at the top level, in top-level arrays, in @graph and in mainEntity (a WebPage's article).</summary>
    private static List<JsonElement> Flatten(JsonElement root)
    {
        var result = new List<JsonElement>();
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.Count > 0 && result.Count < 1000)
        {
            var e = pending.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray().Reverse())
                {
                    pending.Push(item);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                result.Add(e);
                foreach (var nested in (ReadOnlySpan<string>)["mainEntity", "@graph"])
                {
                    if (e.TryGetProperty(nested, out var inner))
                    {
                        pending.Push(inner);
                    }
                }
            }
        }

        return result;
    }

    private static bool IsArticle(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => IsArticleType(type.GetString()),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())),
            _ => false,
        };
    }

    private static bool IsArticleType(string? type) =>
        type is not null
        && (type.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("BlogPosting", StringComparison.OrdinalIgnoreCase)
            || type.Equals("Report", StringComparison.OrdinalIgnoreCase));

    private static string? Str(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? FirstString(value) : null;

    private static string? FirstString(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => NullIfBlank(value.GetString()),
        JsonValueKind.Array => value.EnumerateArray().Select(FirstString).FirstOrDefault(s => s is not null),
        _ => null,
    };

    private static string? NameOf(JsonElement node, string property, Dictionary<string, JsonElement> byId)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        var first = value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 ? value[0] : value;
        if (first.ValueKind != JsonValueKind.Object)
        {
            return FirstString(first);
        }

        if (Str(first, "name") is { } name)
        {
            return name;
        }

        return Str(first, "@id") is { } id && byId.TryGetValue(id, out var target) ? Str(target, "name") : null;
    }

    private static string? UrlOf(JsonElement node, string property)
    {
        if (!node.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? Str(value, "@id") ?? Str(value, "url") : FirstString(value);
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
