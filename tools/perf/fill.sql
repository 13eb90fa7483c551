-- Fills a migrated tracker database with @n synthetic claims that look like a real archive, for
-- performance and memory checks. Deterministic (a multiplicative hash of the row number, no random()).
--
--   * articles of about 4 KB (@paragraphs paragraphs of five sentences each, default 5), built from
--     word lists written for this file: English, and one article in five in Russian (inflected
--     forms, so stemmed search has work to do); 5 claims per article;
--   * 300 outlets (13 real names take 40 % of the articles, 287 generated names the rest);
--   * about 3,500 sources (48 named bodies and outlets take 30 % of the claims, 3,000+ generated
--     people the rest);
--   * publication dates over 2022-01 … 2026-10, one article in four in the autumn 2022 burst;
--     claim dates 0-19 days before publication, one in seven to the month;
--   * 1-3 regions per claim out of 40 (nationwide most often);
--   * kinds 50 % target / 30 % count / 10 % force size / 10 % rate, 1 in 17 denied, 1 in 23 a range;
--   * four topic words (reservists, summons, conscripts, volunteers), each in the title, one sentence
--     and the claims' evidence of a quarter of the articles: `?q=reservists` matches ~25 % of claims.
-- sqlite3: `.parameter set @n 1000000` (optionally `.parameter set @paragraphs 1`) then `.read fill.sql`;
-- the web tests bind @n (and @paragraphs) themselves.
BEGIN;

CREATE TEMP TABLE perf_n AS SELECT @n AS n, coalesce(@paragraphs, 5) AS paragraphs,
    coalesce((SELECT max(Id) FROM Articles), 0) AS article_base;

-- Word lists: (list, k, word). Picked by hash modulo the list's length.
CREATE TEMP TABLE w(list TEXT, k INTEGER, word TEXT, PRIMARY KEY (list, k));
CREATE TEMP TABLE perf_lists(list TEXT PRIMARY KEY, words TEXT);
INSERT INTO perf_lists VALUES
 ('subj', '["Officials","The regional governor","Local authorities","The military commissariat","A spokesman for the district","Human rights lawyers","Relatives of the men","The defence ministry","Independent journalists","Several families","The city administration","A deputy of the regional parliament","Activists","Two former officers","The enlistment office","Court records","Employers in the area","A local newspaper","Researchers who track the war","Volunteer groups"]'),
 ('verb', '["said","reported","told reporters","confirmed","wrote on Telegram","estimated","claimed","announced","acknowledged","insisted","warned","noted","explained","added","stated"]'),
 ('that', '["that the plan covered","that about","that no fewer than","that up to","that the district had sent","that the first wave included","that the quota was","that lists named","that buses had taken","that the camp held"]'),
 ('people', '["men","men of fighting age","former soldiers","students","factory workers","miners","teachers","doctors","migrants","prisoners","farmers","engineers","drivers","fathers of large families"]'),
 ('act', '["had been called up","were sent to training grounds","received notices at work","were taken to assembly points","signed contracts","left for the front","were stopped at the border","were told to report within a day","underwent medical checks","were assigned to new units","were flown to the south","were registered at the office"]'),
 ('place', '["in the regional capital","in several districts","across the republic","in small towns","at the railway station","in the industrial suburbs","near the border","in villages along the river","at local enterprises","in the northern districts","at the university","in the oil fields"]'),
 ('when', '["last week","on Monday","on Tuesday","on Wednesday","on Thursday","on Friday","over the weekend","in recent days","earlier this month","since the start of the year","in the autumn","during the night","by the end of the month","in the spring"]'),
 ('tail', '["","according to people familiar with the matter","citing internal documents","although the figures could not be verified","the third such report this month","despite earlier promises","while officials denied any new wave","as prices for exemptions rose","which relatives described as chaotic","in what lawyers called a violation","without any public decree","as queues formed at the office"]'),
 ('first', '["Alexei","Dmitry","Sergei","Andrei","Ivan","Mikhail","Nikolai","Pavel","Yuri","Oleg","Viktor","Igor","Maxim","Roman","Vladimir","Anton","Boris","Gleb","Kirill","Leonid","Elena","Olga","Tatiana","Irina","Natalia","Svetlana","Maria","Anna","Yulia","Ksenia","Marina","Ekaterina","Daria","Vera","Lyudmila","Galina","Artem","Denis","Stanislav","Ruslan","Timur","Arkady","Valery","Grigory","Fyodor","Zakhar","Lev","Ilya","Yegor","Konstantin"]'),
 ('last', '["Ivanov","Petrov","Sidorov","Smirnov","Kuznetsov","Popov","Vasiliev","Sokolov","Mikhailov","Novikov","Fedorov","Morozov","Volkov","Alekseev","Lebedev","Semenov","Egorov","Pavlov","Kozlov","Stepanov","Nikolaev","Orlov","Andreev","Makarov","Nikitin","Zakharov","Zaitsev","Soloviev","Borisov","Yakovlev","Grigoriev","Romanov","Vorobiev","Sergeev","Kuzmin","Frolov","Alexandrov","Dmitriev","Korolev","Gusev","Kiselev","Ilyin","Maksimov","Polyakov","Sorokin","Vinogradov","Kovalev","Belov","Medvedev","Antonov","Tarasov","Zhukov","Baranov","Filippov","Komarov","Davydov","Belyaev","Gerasimov","Bogdanov","Osipov"]'),
 ('title', '["Governor","Deputy","Commissar","Colonel","Lawyer","Mayor","Spokesman","Senator","Activist","Professor"]'),
 ('outlet_a', '["Voronezh","Tyumen","Siberian","Volga","Ural","Northern","Southern","Baikal","Kuban","Don","Amur","Kama","Neva","Altai","Caucasus","Far Eastern","Pomor","Oka","Irtysh","Yenisei","Steppe","Taiga","Black Earth","Crimean","Kharkiv","Odesa","Lviv","Dnipro","Donbas","Polesie","Baltic","Arctic","Central","Border","Free","Independent","Open","Novaya","Vecherny","Svobodny","Nash","Pervy","Vostochny","Zapadny","Rodnoy"]'),
 ('outlet_b', '["Herald","Daily","Times","Gazette","News","Post","Courier","Bulletin","Observer","Telegraph","Review","Messenger","Chronicle","Journal","Voice","Echo","Watch","Monitor","Tribune","Wire","Today","Week","Inform","Media","Online","Express","Report","Radio","TV","Press","Digest","Signal","Line","Point","Files","Notes","Letter","Window","Bridge","Compass"]'),
 ('ru_subj', '["Чиновники","Губернатор области","Местные власти","Военкомат","Представитель администрации","Правозащитники","Родственники мужчин","Министерство обороны","Независимые журналисты","Несколько семей","Депутат областной думы","Активисты","Бывшие офицеры","Работодатели","Местная газета","Волонтеры"]'),
 ('ru_verb', '["сообщили","рассказали","заявили","подтвердили","написали в телеграме","уточнили","признали","отметили","добавили","предупредили"]'),
 ('ru_that', '["что в ходе мобилизации","что после объявления мобилизации","что план мобилизации предусматривал","что о мобилизации узнали","что под мобилизацию попали","что слухи о новой мобилизации","что повестки о мобилизации получили","что мобилизация затронула","что частичная мобилизация коснулась","что вторая волна мобилизации"]'),
 ('ru_people', '["мужчин","бывших военных","студентов","рабочих завода","шахтеров","учителей","врачей","мигрантов","заключенных","фермеров","инженеров","водителей"]'),
 ('ru_act', '["отправили на полигоны","вызвали в военкомат","увезли на сборные пункты","подписали контракты","отправили на фронт","остановили на границе","обязали явиться в течение суток","направили на медкомиссию","распределили по частям","зарегистрировали в военкомате"]'),
 ('ru_place', '["в областном центре","в нескольких районах","по всей республике","в малых городах","на вокзале","в промышленных пригородах","у границы","в селах вдоль реки","на местных предприятиях","в северных районах","в университете"]'),
 ('ru_when', '["на прошлой неделе","в понедельник","во вторник","в среду","в четверг","в пятницу","в выходные","в последние дни","в начале месяца","с начала года","осенью","ночью","к концу месяца","весной"]'),
 ('ru_tail', '["","по словам источников","со ссылкой на внутренние документы","хотя проверить эти данные не удалось","несмотря на прежние обещания","при этом чиновники отрицали новую волну","как рассказали родственники","без публичного указа"]');
INSERT INTO w SELECT p.list, j.key, j.value FROM perf_lists p, json_each(p.words) j;
CREATE TEMP TABLE wn AS SELECT list, count(*) AS n FROM w GROUP BY list;
CREATE TEMP TABLE perf_topics(k INTEGER PRIMARY KEY, en TEXT, ru TEXT, en_line TEXT, ru_line TEXT);
INSERT INTO perf_topics VALUES
 (0, 'reservists', 'резервисты', 'Reservists were the first to be called, relatives said.', 'Первыми вызвали резервистов, рассказали родственники.'),
 (1, 'summons', 'повестки', 'Summons were handed out at the gates of the plant.', 'Повестки раздавали у проходной завода.'),
 (2, 'conscripts', 'призывники', 'Conscripts were moved to another base, their parents said.', 'Призывников перевели на другую базу, рассказали родители.'),
 (3, 'volunteers', 'добровольцы', 'Volunteers were promised bonuses and land plots.', 'Добровольцам обещали выплаты и земельные участки.');

-- pick(list, h): the word of list at h modulo its length.
CREATE TEMP VIEW pick AS SELECT w.list, w.k, w.word, wn.n FROM w JOIN wn USING (list);

-- 2,000 sentences per language, each from the lists above.
CREATE TEMP TABLE perf_sentences(lang TEXT, k INTEGER, s TEXT, PRIMARY KEY (lang, k));
WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < 1999),
h AS (SELECT i, (i * 2654435761 + 97) % 4294967291 AS x FROM seq)
INSERT INTO perf_sentences
SELECT 'en', i,
    (SELECT word FROM pick WHERE list = 'subj' AND k = x % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'verb' AND k = (x / 7) % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'that' AND k = (x / 101) % n) || ' ' ||
    ((x / 13) % 4000 + 12) || ' ' ||
    (SELECT word FROM pick WHERE list = 'people' AND k = (x / 1009) % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'act' AND k = (x / 10007) % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'place' AND k = (x / 100003) % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'when' AND k = (x / 1000003) % n) ||
    coalesce(nullif(', ' || (SELECT word FROM pick WHERE list = 'tail' AND k = (x / 10000019) % n), ', '), '') || '.'
FROM h
UNION ALL
SELECT 'ru', i,
    (SELECT word FROM pick WHERE list = 'ru_subj' AND k = x % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'ru_verb' AND k = (x / 7) % n) || ', ' ||
    (SELECT word FROM pick WHERE list = 'ru_that' AND k = (x / 101) % n) || ' ' ||
    ((x / 13) % 4000 + 12) || ' ' ||
    (SELECT word FROM pick WHERE list = 'ru_people' AND k = (x / 1009) % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'ru_act' AND k = (x / 10007) % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'ru_place' AND k = (x / 100003) % n) || ' ' ||
    (SELECT word FROM pick WHERE list = 'ru_when' AND k = (x / 1000003) % n) ||
    coalesce(nullif(', ' || (SELECT word FROM pick WHERE list = 'ru_tail' AND k = (x / 10000019) % n), ', '), '') || '.'
FROM h;

-- 500 paragraphs per language, five sentences each (~600 bytes).
CREATE TEMP TABLE perf_paragraphs(lang TEXT, k INTEGER, p TEXT, PRIMARY KEY (lang, k));
WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i < 499)
INSERT INTO perf_paragraphs
SELECT l.lang, i, s1.s || ' ' || s2.s || ' ' || s3.s || ' ' || s4.s || ' ' || s5.s
FROM seq CROSS JOIN (SELECT 'en' AS lang UNION ALL SELECT 'ru') l
CROSS JOIN perf_sentences s1 ON s1.lang = l.lang AND s1.k = (i * 4) % 2000
CROSS JOIN perf_sentences s2 ON s2.lang = l.lang AND s2.k = (i * 4 + 1) % 2000
CROSS JOIN perf_sentences s3 ON s3.lang = l.lang AND s3.k = (i * 4 + 2) % 2000
CROSS JOIN perf_sentences s4 ON s4.lang = l.lang AND s4.k = (i * 4 + 3) % 2000
CROSS JOIN perf_sentences s5 ON s5.lang = l.lang AND s5.k = (i * 7 + 1001) % 2000;

-- Regions: 40 codes; the list is in order of how often a claim names them.
CREATE TEMP TABLE perf_regions(k INTEGER PRIMARY KEY, code TEXT, name TEXT);
INSERT INTO perf_regions(k, code, name) SELECT j.key, j.value ->> 0, j.value ->> 1 FROM json_each('[
 ["RU","Russia (nationwide)"],["RU-MOW","Moscow"],["RU-SPE","Saint Petersburg"],["RU-VOR","Voronezh Oblast"],
 ["RU-BEL","Belgorod Oblast"],["RU-BU","Republic of Buryatia"],["RU-DA","Republic of Dagestan"],["RU-TYU","Tyumen Oblast"],
 ["RU-KDA","Krasnodar Krai"],["RU-ROS","Rostov Oblast"],["RU-SVE","Sverdlovsk Oblast"],["RU-BA","Republic of Bashkortostan"],
 ["RU-TA","Republic of Tatarstan"],["RU-CE","Chechen Republic"],["RU-NVS","Novosibirsk Oblast"],["RU-KYA","Krasnoyarsk Krai"],
 ["RU-IRK","Irkutsk Oblast"],["RU-PRI","Primorsky Krai"],["RU-KHA","Khabarovsk Krai"],["RU-SA","Republic of Sakha (Yakutia)"],
 ["RU-KHM","Khanty-Mansi Autonomous Okrug"],["RU-YAN","Yamalo-Nenets Autonomous Okrug"],["RU-PER","Perm Krai"],["RU-CHE","Chelyabinsk Oblast"],
 ["RU-SAM","Samara Oblast"],["RU-NIZ","Nizhny Novgorod Oblast"],["RU-KRS","Kursk Oblast"],["RU-BRY","Bryansk Oblast"],
 ["RU-TY","Tuva Republic"],["RU-ZAB","Zabaykalsky Krai"],["RU-OMS","Omsk Oblast"],["RU-VGG","Volgograd Oblast"],
 ["UA-43","Autonomous Republic of Crimea"],["UA-40","Sevastopol"],["UA-14","Donetsk Oblast"],["UA-09","Luhansk Oblast"],
 ["UA-23","Zaporizhzhia Oblast"],["UA-65","Kherson Oblast"],["UA","Ukraine (nationwide)"],["RU-MOS","Moscow Oblast"]]') j;
INSERT OR IGNORE INTO Regions(Code, Name) SELECT code, name FROM perf_regions;

-- Outlets: 13 real names, then generated ones ("Volga Herald").
CREATE TEMP TABLE perf_outlets(k INTEGER PRIMARY KEY, outlet TEXT);
INSERT INTO perf_outlets SELECT j.key, j.value FROM json_each('["The Kyiv Independent","Novaya Gazeta Europe","The Moscow Times","Meduza","Mediazona","Verstka","RFE/RL","Reuters","BBC Russian","Kommersant","RBC","Ukrainska Pravda","ISW"]') j;
INSERT INTO perf_outlets
SELECT 13 + row_number() OVER (ORDER BY a.k, b.k) - 1, a.word || ' ' || b.word
FROM pick a JOIN pick b ON a.list = 'outlet_a' AND b.list = 'outlet_b' AND (a.k * 7 + b.k) % 6 = 0;
DELETE FROM perf_outlets WHERE k >= 300;

-- Sources: named bodies and outlets first (they take 30 % of the claims), then people.
INSERT OR IGNORE INTO Sources(Name) SELECT j.value FROM json_each('["Verstka","Mediazona","RFE/RL","Kremlin","Dmitry Peskov","Vladimir Putin","The Moscow Times","Meduza","Russian Defense Ministry","Sergei Shoigu","Andrei Belousov","Valery Gerasimov","General Staff","Federation Council","State Duma","Andrei Kartapolov","Ukrainian intelligence (HUR)","Ukrainian General Staff","ISW","Kommersant","RBC","Novaya Gazeta Europe","iStories","Vot Tak","Sibir.Realii","Idel.Realii","Kavkaz.Realii","BBC Russian","Reuters","Bloomberg","The Insider","Agentstvo","Holod","Fontanka","7x7","Kholod","Ostorozhno Novosti","Baza","Mash","Readovka","TASS","RIA Novosti","Interfax","Zvezda","Military commissariat","Regional government","Ombudsman","Prosecutor General"]') j;
INSERT OR IGNORE INTO Sources(Name)
SELECT t.word || ' ' || f.word || ' ' || l.word
FROM pick f JOIN pick l ON f.list = 'first' AND l.list = 'last'
JOIN pick t ON t.list = 'title' AND t.k = (f.k + l.k) % t.n;
CREATE TEMP TABLE perf_sources(k INTEGER PRIMARY KEY, Id INTEGER);
INSERT INTO perf_sources SELECT row_number() OVER (ORDER BY Id) - 1, Id FROM Sources;
CREATE TEMP TABLE perf_source_n AS SELECT count(*) AS n, (SELECT count(*) FROM Sources WHERE Name NOT LIKE '% % %') AS named FROM Sources;

CREATE TEMP TABLE perf_j(j INTEGER PRIMARY KEY);
WITH RECURSIVE r(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM r WHERE j < (SELECT paragraphs FROM perf_n) - 1)
INSERT INTO perf_j SELECT j FROM r;

-- Articles: @n / 5, language, outlet, topic and date from the hash of the row number.
CREATE TEMP TABLE perf_plan AS
WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < max(1, (SELECT n FROM perf_n) / 5)),
h AS (SELECT i, (i * 2654435761 + 12345) % 4294967291 AS x FROM seq)
SELECT i, x,
    CASE WHEN x % 5 = 0 THEN 'ru' ELSE 'en' END AS lang,
    CASE WHEN (x / 5) % 10 < 4 THEN (x / 50) % 13 ELSE 13 + (x / 50) % ((SELECT count(*) FROM perf_outlets) - 13) END AS outlet_k,
    i % 4 AS topic,
    date('2022-01-01', '+' || CASE WHEN (x / 3001) % 4 = 0 THEN 235 + (x / 7) % 130 ELSE (x / 7) % 1765 END || ' days') AS published
FROM h;

INSERT INTO Articles(Outlet, Title, Url, Published, RawContent, ContentFormat, CleanedText, ContentHash, Language, IngestedAt, Version)
SELECT o.outlet, title, 'https://perf.example/' || (SELECT article_base FROM perf_n) || '/' || i, published,
       body, 'text', body, printf('perf%060d', (SELECT article_base FROM perf_n) * 10000000 + i), lang, '2026-11-22 00:00:00', 1
FROM (
    SELECT p.*,
        CASE p.lang WHEN 'ru' THEN 'Мобилизация: ' || t.ru || ' и новая волна, материал ' || p.i
                    ELSE 'Mobilization: ' || t.en || ' and a new wave, report ' || p.i END AS title,
        (CASE p.lang WHEN 'ru' THEN t.ru_line ELSE t.en_line END) || char(10) || char(10) ||
        (SELECT group_concat(pp.p, char(10) || char(10))
         FROM perf_j q CROSS JOIN perf_paragraphs pp ON pp.lang = p.lang AND pp.k = (p.x / 11 + q.j * 71) % 500) AS body
    FROM perf_plan p CROSS JOIN perf_topics t ON t.k = p.topic
) a
CROSS JOIN perf_outlets o ON o.k = a.outlet_k
ORDER BY i;

CREATE TEMP TABLE perf_articles(k INTEGER PRIMARY KEY, Id INTEGER, Published TEXT, lang TEXT, topic INTEGER);
INSERT INTO perf_articles
SELECT p.i - 1, a.Id, a.Published, p.lang, p.topic
FROM perf_plan p CROSS JOIN Articles a ON a.Url = 'https://perf.example/' || (SELECT article_base FROM perf_n) || '/' || p.i;

CREATE TEMP TABLE perf_claims(j INTEGER PRIMARY KEY, x INTEGER);
INSERT INTO perf_claims
WITH RECURSIVE seq(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM seq WHERE j < (SELECT n FROM perf_n) - 1)
SELECT j, (j * 2246822519 + 3266489917) % 4294967291 FROM seq;

INSERT INTO Claims(ArticleId, Figure, Low, High, Qualifier, Kind, SourceId, ClaimDate, ClaimDatePrecision, Denied, DeniedBy, Evidence, EvidenceStart, EvidenceLength, Version)
SELECT a.Id,
       CASE WHEN j % 23 = 0 THEN NULL ELSE fig END,
       CASE WHEN j % 23 = 0 THEN fig END,
       CASE WHEN j % 23 = 0 THEN fig + fig / 5 END,
       CASE j % 4 WHEN 0 THEN 'exact' WHEN 1 THEN 'approx' WHEN 2 THEN 'upto' ELSE 'atleast' END,
       CASE WHEN j % 10 < 5 THEN 'target' WHEN j % 10 < 8 THEN 'count' WHEN j % 10 = 8 THEN 'force_size' ELSE 'rate' END,
       s.Id,
       CASE WHEN j % 7 = 0 THEN date(a.Published, '-' || (x % 20) || ' days', 'start of month') ELSE date(a.Published, '-' || (x % 20) || ' days') END,
       CASE WHEN j % 7 = 0 THEN 'month' ELSE 'day' END,
       j % 17 = 0,
       CASE WHEN j % 17 = 0 THEN 'Dmitry Peskov' END,
       CASE a.lang
           WHEN 'ru' THEN 'По данным источника, ' || fig || ' ' || (SELECT word FROM pick WHERE list = 'ru_people' AND k = (x / 3) % n) || ' (' || t.ru || ') '
                || (SELECT word FROM pick WHERE list = 'ru_act' AND k = (x / 37) % n) || ' ' || (SELECT word FROM pick WHERE list = 'ru_when' AND k = (x / 401) % n) || '.'
           ELSE 'About ' || fig || ' ' || (SELECT word FROM pick WHERE list = 'people' AND k = (x / 3) % n) || ' '
                || (SELECT word FROM pick WHERE list = 'act' AND k = (x / 37) % n) || ' ' || (SELECT word FROM pick WHERE list = 'when' AND k = (x / 401) % n)
                || ', in a report about ' || t.en || '.'
       END,
       -1, 0, 1
FROM (SELECT j, x, ((x / 7) % 900 + 100) * (CASE (x / 6301) % 4 WHEN 0 THEN 1 WHEN 1 THEN 100 WHEN 2 THEN 1000 ELSE 10 END) AS fig FROM perf_claims) c
CROSS JOIN perf_articles a ON a.k = j / 5
CROSS JOIN perf_topics t ON t.k = a.topic
CROSS JOIN perf_sources s ON s.k = CASE WHEN (x / 11) % 10 < 3 THEN (x / 113) % (SELECT named FROM perf_source_n)
                                  ELSE (SELECT named FROM perf_source_n) + (x / 113) % ((SELECT n FROM perf_source_n) - (SELECT named FROM perf_source_n)) END
ORDER BY j;

-- 1-3 regions per claim: the first skewed towards the top of the list (nationwide most of all).
INSERT OR IGNORE INTO ClaimRegions(ClaimId, RegionCode)
SELECT c.Id, r.code
FROM (SELECT Id, (Id * 2654435761 + 777) % 4294967291 AS x FROM Claims WHERE ArticleId >= (SELECT min(Id) FROM perf_articles)) c
CROSS JOIN (SELECT 0 AS slot UNION ALL SELECT 1 UNION ALL SELECT 2) s
CROSS JOIN perf_regions r ON r.k = CASE s.slot
        WHEN 0 THEN CASE WHEN x % 10 < 4 THEN 0 ELSE ((x / 10) % 40) * ((x / 400) % 40) / 40 END
        ELSE (x / (s.slot * 1601)) % 40 END
WHERE s.slot = 0 OR (x / 16000) % 3 >= s.slot;

DROP VIEW pick;
DROP TABLE w;
DROP TABLE wn;
DROP TABLE perf_lists;
DROP TABLE perf_topics;
DROP TABLE perf_sentences;
DROP TABLE perf_paragraphs;
DROP TABLE perf_regions;
DROP TABLE perf_outlets;
DROP TABLE perf_sources;
DROP TABLE perf_source_n;
DROP TABLE perf_plan;
DROP TABLE perf_articles;
DROP TABLE perf_claims;
DROP TABLE perf_j;
DROP TABLE perf_n;
COMMIT;
PRAGMA analysis_limit = 2000;
ANALYZE;
