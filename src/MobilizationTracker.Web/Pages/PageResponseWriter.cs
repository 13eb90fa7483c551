using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace MobilizationTracker.Web.Pages;

/// <summary>
/// The writer a rendered page is encoded into, with a buffer that holds a whole page. MVC's own
/// writes 16 K characters at a time, and each write goes out to the socket as a chunk of its own:
/// the timeline's 80-95 KB took six sends and six reads on the client. With this buffer a page of
/// up to <see cref="BufferChars"/> characters is encoded once and sent as one chunk; a longer one
/// goes out in pieces of that size. The buffers come from the shared array pools.
/// </summary>
internal sealed class PageResponseWriter : IHttpResponseStreamWriterFactory
{
    public const int BufferChars = 128 * 1024;

    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        new HttpResponseStreamWriter(stream, encoding, BufferChars, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}
