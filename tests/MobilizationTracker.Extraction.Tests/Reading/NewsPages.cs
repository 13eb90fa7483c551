namespace MobilizationTracker.Extraction.Tests.Reading;

/// <summary>Realistic news pages, written inline: chrome around an article the way real outlets ship it.</summary>
internal static class NewsPages
{
    public const string FullPage = """
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
          <meta charset="utf-8">
          <title>Russia plans to hire 400,000 soldiers | The Example Independent</title>
          <meta property="og:title" content="Russia plans to hire 400,000 professional soldiers">
          <meta property="og:site_name" content="The Example Independent">
          <meta property="og:url" content="https://example.org/news/russia-plans-400000">
          <meta property="article:published_time" content="2023-03-16T09:15:00+02:00">
          <meta name="author" content="News Desk">
          <link rel="canonical" href="https://example.org/news/russia-plans-400000">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"https://example.org/#site","name":"Example Site"},
            {"@type":"Organization","@id":"https://example.org/#org","name":"The Example Independent"},
            {"@type":["NewsArticle"],"headline":"Media: Russia plans to hire 400,000 professional soldiers",
             "datePublished":"2023-03-15T23:40:00+02:00","publisher":{"@id":"https://example.org/#org"},
             "url":"https://example.org/news/russia-plans-400000","inLanguage":"en"}
          ]}
          </script>
          <style>.x { color: red }</style>
        </head>
        <body class="single-post has-comments">
          <header class="site-header">
            <a class="logo" href="/">The Example Independent</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/war">War</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
          </header>
          <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/news">News</a></div>
          <main>
            <article>
              <header class="article-header">
                <h1>Media: Russia plans to hire 400,000 professional soldiers</h1>
                <div class="byline">By <a href="/authors/desk">The News Desk</a></div>
                <time datetime="2023-03-15T23:40:00+02:00">March 15, 2023</time>
                <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              </header>
              <figure>
                <img src="a.jpg" alt="Recruits">
                <figcaption>Russian conscripts arrive at a recruiting office. Photo: EPA</figcaption>
              </figure>
              <div class="article-body">
                <p>Russia&#8217;s Defense Ministry will start a new recruitment campaign on April&nbsp;1, aiming to conclude contracts with 400&#8201;000 professional soldiers, the Russian service of Radio Free Europe/Radio Liberty reported.</p>
                <p>The ministry has sent orders to Russia&rsquo;s regions indicating the number of people with whom contracts must be signed, RFE/RL wrote on March&nbsp;14.</p>
                <aside class="related-inline"><h3>Read also</h3><ul><li><a href="/a">Ukraine war latest: Ukraine vows to hold Bakhmut</a></li></ul></aside>
                <p>According to the publication, residents of Voronezh Oblast started to receive summonses &mdash; as in September last year &ndash; to enlistment offices.</p>
                <div class="newsletter-signup"><h3>Get our newsletter</h3><p>Sign up for the daily briefing on the war and its consequences for Ukraine and Russia.</p></div>
                <p>Between 500&ndash;600 people a day sign contracts, &ldquo;the source&rdquo; said.</p>
                <div class="donate-box"><p>We keep our journalism free for everyone. Support independent journalism in Ukraine, become a member today.</p></div>
              </div>
              <div class="author-bio"><p>The News Desk is a team of journalists covering the war, politics and society across the region every day.</p></div>
              <div class="article-tags"><a href="/tag/russia">Russia</a> <a href="/tag/mobilization">Mobilization</a></div>
              <footer class="article-footer"><p>Copyright 2023, all rights reserved by the publisher.</p></footer>
            </article>
            <section class="related-news">
              <h2>Related news</h2>
              <article><h3><a href="/b">Kremlin denies second wave of mobilization, spokesman says</a></h3><p>The Kremlin has denied launching a second wave of mobilization in several regions.</p></article>
            </section>
            <div id="comments" class="comments-area"><h3>12 comments</h3><p>Reader: This is outrageous, 300,000 more men will be sent to die for nothing.</p></div>
          </main>
          <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/c">Something else entirely happened today</a></li></ol></aside>
          <footer class="site-footer"><p>About us. Contacts. Privacy policy.</p></footer>
          <script>window.dataLayer = [];</script>
        </body>
        </html>
        """;

    /// <summary>No article/main markup: the body has to be found by text density.</summary>
    public const string UnmarkedPage = """
        <html><head><title>Summons handed out in six regions - Example News</title>
        <meta name="pubdate" content="20230317"><meta name="application-name" content="Example News"></head>
        <body>
          <div id="top"><div class="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/russia">Russia</a></div></div>
          <div class="wrapper">
            <div class="col-left">
              <div class="list"><a href="/1">First unrelated headline about markets and money</a><br><a href="/2">Second unrelated headline about the weather this week</a><br><a href="/3">Third unrelated headline</a></div>
            </div>
            <div class="col-main">
              <h1>Summons handed out in six regions</h1>
              <div class="txt">
                <p>Military enlistment offices have begun sending summons to men in Lipetsk, Tyumen, Sverdlovsk, Penza, and Voronezh oblasts, as well as Krasnodar Krai, according to The Moscow Times.</p>
                <p>Most of the summons are allegedly about clarifying data in the offices' systems, but some men have been called to training, including approximately one-hundred men in Tyumen Oblast.</p>
                <p>The Lipetsk Oblast administration told journalists that they were digitizing records and updating information.</p>
              </div>
            </div>
          </div>
          <div class="bottom-links"><a href="/a">About</a> <a href="/b">Contact</a> <a href="/c">Advertise</a></div>
        </body></html>
        """;
}
