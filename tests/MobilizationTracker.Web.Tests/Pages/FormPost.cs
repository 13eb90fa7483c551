using AngleSharp;
using AngleSharp.Html.Dom;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>Posts forms as a browser would: the antiforgery token (and cookie) from the page first.</summary>
internal static class FormPost
{
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(url);
        var token = await TokenAsync(html) ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(action ?? url, new FormUrlEncodedContent(body));
    }

    public static async Task<HttpResponseMessage> SubmitMultipartAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(url);
        var token = await TokenAsync(html) ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync(action ?? url, content);
    }

    public static async Task<string?> TokenAsync(string html)
    {
        var page = await Document(html);
        return (page.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value;
    }

    public static Task<AngleSharp.Dom.IDocument> Document(string html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
}
