-- Fills a migrated tracker database with @n synthetic claims for performance and memory checks.
-- Deterministic (no random()): dates spread over 2022-01..2026-10, 5 claims per article, 13 outlets,
-- 48 sources, 4 kinds (50/30/10/10 %), 4 qualifiers, 1 in 17 denied, regions 60 % RU, 20 % RU-VOR,
-- 10 % RU-TYU, 10 % UA-43, a few words of text so full-text search has something to find.
-- sqlite3: `.parameter set @n 100000` then `.read fill.sql`; the web tests bind @n themselves.
BEGIN;

INSERT OR IGNORE INTO Regions(Code, Name) VALUES
    ('RU', 'Russia (nationwide)'), ('RU-VOR', 'Voronezh Oblast'), ('RU-TYU', 'Tyumen Oblast'), ('UA-43', 'Crimea');

WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < 40)
INSERT OR IGNORE INTO Sources(Name)
SELECT 'Perf source ' || i FROM seq
UNION ALL SELECT 'Verstka' UNION ALL SELECT 'Mediazona' UNION ALL SELECT 'RFE/RL' UNION ALL SELECT 'Kremlin'
UNION ALL SELECT 'Dmitry Peskov' UNION ALL SELECT 'Vladimir Putin' UNION ALL SELECT 'The Moscow Times' UNION ALL SELECT 'Meduza';

CREATE TEMP TABLE perf_sources AS SELECT Id, row_number() OVER (ORDER BY Id) - 1 AS k FROM Sources;
CREATE TEMP TABLE perf_words(k INTEGER PRIMARY KEY, word TEXT);
INSERT INTO perf_words VALUES (0, 'summons'), (1, 'conscripts'), (2, 'reservists'), (3, 'contract soldiers'),
    (4, 'training camps'), (5, 'volunteers'), (6, 'mobilization'), (7, 'recruitment offices');
CREATE TEMP TABLE perf_outlets(k INTEGER PRIMARY KEY, outlet TEXT);
INSERT INTO perf_outlets VALUES (0, 'The Kyiv Independent'), (1, 'Novaya Gazeta Europe'), (2, 'The Moscow Times'),
    (3, 'Meduza'), (4, 'Mediazona'), (5, 'Verstka'), (6, 'RFE/RL'), (7, 'Reuters'), (8, 'BBC Russian'),
    (9, 'Kommersant'), (10, 'RBC'), (11, 'Ukrainska Pravda'), (12, 'ISW');

CREATE TEMP TABLE perf_base AS SELECT coalesce(max(Id), 0) AS article_base FROM Articles;

WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < max(1, @n / 5))
INSERT INTO Articles(Outlet, Title, Url, Published, RawContent, ContentFormat, CleanedText, ContentHash, Language, IngestedAt, Version)
SELECT o.outlet,
       'Perf article ' || i || ' on ' || w.word,
       'https://perf.example/' || (SELECT article_base FROM perf_base) || '/' || i,
       date('2022-01-15', '+' || ((i * 7919) % 1750) || ' days'),
       'Officials handed out ' || w.word || ' notices in article ' || i || '.',
       'text',
       'Officials handed out ' || w.word || ' notices in article ' || i || '.',
       printf('perf%060d', (SELECT article_base FROM perf_base) * 1000000 + i),
       'en', '2026-11-22 00:00:00', 1
FROM seq
JOIN perf_outlets o ON o.k = i % 13
JOIN perf_words w ON w.k = i % 8;

CREATE TEMP TABLE perf_articles AS
SELECT Id, Published, row_number() OVER (ORDER BY Id) - 1 AS k FROM Articles WHERE Id > (SELECT article_base FROM perf_base);

WITH RECURSIVE seq(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM seq WHERE j < @n - 1)
INSERT INTO Claims(ArticleId, Figure, Low, High, Qualifier, Kind, SourceId, ClaimDate, ClaimDatePrecision, Denied, DeniedBy, Evidence, EvidenceStart, EvidenceLength, Version)
SELECT a.Id,
       CASE WHEN j % 23 = 0 THEN NULL ELSE ((j * 31) % 900 + 100) * (CASE j % 4 WHEN 0 THEN 1 WHEN 1 THEN 100 WHEN 2 THEN 1000 ELSE 10 END) END,
       CASE WHEN j % 23 = 0 THEN 500 END,
       CASE WHEN j % 23 = 0 THEN 600 END,
       CASE j % 4 WHEN 0 THEN 'exact' WHEN 1 THEN 'approx' WHEN 2 THEN 'upto' ELSE 'atleast' END,
       CASE WHEN j % 10 < 5 THEN 'target' WHEN j % 10 < 8 THEN 'count' WHEN j % 10 = 8 THEN 'force_size' ELSE 'rate' END,
       s.Id,
       CASE WHEN j % 7 = 0 THEN date(a.Published, '-' || (j % 20) || ' days', 'start of month') ELSE date(a.Published, '-' || (j % 20) || ' days') END,
       CASE WHEN j % 7 = 0 THEN 'month' ELSE 'day' END,
       j % 17 = 0,
       CASE WHEN j % 17 = 0 THEN 'Dmitry Peskov' END,
       'Perf claim ' || j || ': ' || w.word || ' in the region.',
       -1, 0, 1
FROM seq
JOIN perf_articles a ON a.k = j / 5
JOIN perf_sources s ON s.k = (j * 13) % (SELECT count(*) FROM perf_sources)
JOIN perf_words w ON w.k = (j / 3) % 8;

INSERT INTO ClaimRegions(ClaimId, RegionCode)
SELECT c.Id, CASE WHEN c.Id % 10 < 6 THEN 'RU' WHEN c.Id % 10 < 8 THEN 'RU-VOR' WHEN c.Id % 10 = 8 THEN 'RU-TYU' ELSE 'UA-43' END
FROM Claims c JOIN perf_articles a ON a.Id = c.ArticleId;

DROP TABLE perf_sources;
DROP TABLE perf_words;
DROP TABLE perf_outlets;
DROP TABLE perf_base;
DROP TABLE perf_articles;
COMMIT;
ANALYZE;
