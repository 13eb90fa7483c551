using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace MobilizationTracker.Web.Pages;

/// <summary>
/// The writer a rendered page is encoded into, with a buffer that holds a whole page. MVC's own
/// hands Kestrel 16 K characters at a time, and the timeline's 80 KB went out in three sends. With
/// this buffer a page of up to <see cref="BufferChars"/> characters is encoded once and sent in one;
/// a longer one goes out in pieces of that size. The buffers come from the shared array pools
/// (docs/decisions.md, "A page is encoded in one buffer").
/// </summary>
internal sealed class PageResponseWriter : IHttpResponseStreamWriterFactory
{
    public const int BufferChars = 128 * 1024;

    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        new HttpResponseStreamWriter(stream, encoding, BufferChars, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}
