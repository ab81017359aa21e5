-- Demo data for the fictional municipality "Demo City". Idempotent: every row has a fixed id, so a
-- second run changes nothing. Rows are inserted with OR IGNORE and the counters recomputed from the
-- registrations. The texts visitors read (on events, itinerary stops, slots and volunteer roles) are
-- upserted instead, so that a database seeded before gains the languages added since:
-- json_patch(new, stored) keeps every stored text and adds only the missing languages. Dates are
-- relative to the day of the first run. The translations are drafts, of machine-translation
-- quality: have a native speaker read them before real visitors do.

INSERT OR IGNORE INTO organisations (id, slug, name, kind, default_locale, locales, time_zone, allowed_origins, retention_days, created_at)
VALUES ('org_demo_city', 'demo-city', 'Demo City', 'municipality', 'en',
        '["en","es","ar","uk","et","ru","fa"]', 'Europe/Tallinn',
        '["http://127.0.0.1:8787","http://localhost:8787","http://127.0.0.1:8788","http://localhost:8788"]',
        30, unixepoch('now') * 1000);

INSERT INTO events (id, organisation_id, kind, status, title, summary, description, venue_name, venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at, signup_closes_at, languages, interpretation, accessibility_notes, created_at, updated_at)
VALUES
('evt_demo_cafe_tue', 'org_demo_city', 'meetup', 'published',
 json('{"en":"Language café: Estonian for beginners","es":"Café de idiomas: estonio para principiantes","ar":"مقهى اللغة: الإستونية للمبتدئين","uk":"Мовне кафе: естонська для початківців","et":"Keelekohvik: eesti keel algajatele","ru":"Языковое кафе: эстонский для начинающих","fa":"کافه زبان: استونیایی برای مبتدی‌ها"}'),
 json('{"en":"Practise simple Estonian over tea. No level needed.","es":"Practica estonio sencillo con un té. No hace falta nivel.","ar":"تدرّب على الإستونية البسيطة مع كوب شاي. لا يلزم مستوى معيّن.","uk":"Практикуйте просту естонську за чаєм. Рівень не потрібен.","et":"Harjuta lihtsat eesti keelt tassi tee kõrvale. Eelteadmisi pole vaja.","ru":"Практикуйте простой эстонский за чашкой чая. Подойдёт любой уровень.","fa":"استونیایی ساده را با یک فنجان چای تمرین کنید. به سطح خاصی نیاز نیست."}'),
 json('{"en":"Volunteers from the neighbourhood meet newcomers to talk in easy Estonian. Children are welcome; there is a play corner.","es":"Voluntarios del barrio se reúnen con recién llegados para hablar en estonio fácil. Los niños son bienvenidos; hay un rincón de juegos.","ar":"يلتقي متطوعون من الحي بالقادمين الجدد للتحدث بالإستونية السهلة. الأطفال مرحّب بهم، وهناك ركن للعب.","et":"Naabruskonna vabatahtlikud kohtuvad uute tulijatega, et rääkida lihtsas eesti keeles. Lapsed on oodatud, kohapeal on mängunurk.","uk":"Волонтери з району зустрічаються з новоприбулими, щоб поговорити простою естонською. Діти теж запрошені; є ігровий куточок.","ru":"Волонтёры из района встречаются с новоприбывшими, чтобы поговорить на простом эстонском. Дети тоже приглашены; есть игровой уголок.","fa":"داوطلبان محله با تازه‌واردها دیدار می‌کنند تا به استونیایی ساده گفت‌وگو کنند. کودکان هم خوش آمدند؛ یک گوشهٔ بازی هم هست."}'),
 'Central Library, room 2', 'Library Street 1, Demo City', 'Harju', NULL,
 (unixepoch('now', 'start of day', '+3 days', '+16 hours')) * 1000,
 (unixepoch('now', 'start of day', '+3 days', '+18 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en","ru"]', '["uk","ar"]',
 json('{"en":"Step-free entrance and lift. Accessible toilet on the ground floor.","es":"Entrada sin escalones y ascensor. Baño accesible en la planta baja.","ar":"مدخل بلا درج ومصعد. مرحاض مهيأ في الطابق الأرضي.","et":"Trepivaba sissepääs ja lift. Ligipääsetav tualett on esimesel korrusel.","uk":"Вхід без сходинок і ліфт. Доступний туалет на першому поверсі.","ru":"Вход без ступенек и лифт. Доступный туалет на первом этаже.","fa":"ورودی بدون پله و آسانسور. سرویس بهداشتی مناسب در طبقهٔ همکف."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_cafe_sat', 'org_demo_city', 'meetup', 'published',
 json('{"en":"Saturday language café with board games","es":"Café de idiomas del sábado con juegos de mesa","ar":"مقهى اللغة يوم السبت مع ألعاب الطاولة","uk":"Суботнє мовне кафе з настільними іграми","et":"Laupäevane keelekohvik lauamängudega","ru":"Субботнее языковое кафе с настольными играми","fa":"کافه زبان شنبه با بازی‌های رومیزی"}'),
 json('{"en":"Play games and learn words. Almost full.","es":"Juega y aprende palabras. Casi completo.","ar":"العب وتعلّم كلمات جديدة. الأماكن شبه ممتلئة.","uk":"Грайте й вивчайте нові слова. Місць майже немає.","et":"Mängi ja õpi uusi sõnu. Kohad on peaaegu täis.","ru":"Играйте и учите новые слова. Мест почти нет.","fa":"بازی کنید و واژه‌های تازه یاد بگیرید. جا تقریباً پر شده است."}'),
 json('{"en":"A relaxed afternoon of board games in Estonian and English. Tea and snacks provided.","es":"Una tarde tranquila de juegos de mesa en estonio e inglés. Hay té y algo para picar.","ar":"فترة بعد ظهر هادئة مع ألعاب الطاولة بالإستونية والإنجليزية. يتوفر الشاي والوجبات الخفيفة.","et":"Rahulik pärastlõuna lauamängudega eesti ja inglise keeles. Teed ja suupisteid pakume meie.","uk":"Спокійний день за настільними іграми естонською та англійською. Чай і перекуси — від нас.","ru":"Спокойный день за настольными играми на эстонском и английском. Чай и закуски — от нас.","fa":"یک بعدازظهر آرام با بازی‌های رومیزی به استونیایی و انگلیسی. چای و خوراکی فراهم است."}'),
 'Youth Centre', 'Harbour Road 12, Demo City', 'Harju', NULL,
 (unixepoch('now', 'start of day', '+6 days', '+10 hours')) * 1000,
 (unixepoch('now', 'start of day', '+6 days', '+13 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en"]', '[]',
 json('{"en":"Ground floor, step-free.","es":"Planta baja, sin escalones.","ar":"الطابق الأرضي، بلا درج.","et":"Esimene korrus, trepivaba.","uk":"Перший поверх, без сходинок.","ru":"Первый этаж, без ступенек.","fa":"طبقهٔ همکف، بدون پله."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_orientation', 'org_demo_city', 'course', 'published',
 json('{"en":"Orientation course: living and working in Estonia","es":"Curso de orientación: vivir y trabajar en Estonia","ar":"دورة توجيهية: العيش والعمل في إستونيا","uk":"Орієнтаційний курс: життя і робота в Естонії","et":"Kohanemiskoolitus: elu ja töö Eestis","ru":"Адаптационный курс: жизнь и работа в Эстонии","fa":"دوره آشنایی: زندگی و کار در استونی"}'),
 json('{"en":"Health care, work, school and your rights, explained simply.","es":"Salud, trabajo, escuela y tus derechos, explicados de forma sencilla.","ar":"الرعاية الصحية والعمل والمدرسة وحقوقك، بشرح بسيط.","uk":"Медицина, робота, школа і ваші права — простими словами.","et":"Tervishoid, töö, kool ja sinu õigused lihtsalt selgitatuna.","ru":"Медицина, работа, школа и ваши права — простыми словами.","fa":"خدمات درمانی، کار، مدرسه و حقوق شما، به زبان ساده."}'),
 json('{"en":"A one-day course with interpreters. Lunch is included. Places are full; join the waitlist and we will tell you if a place opens.","es":"Un curso de un día con intérpretes. Incluye el almuerzo. Las plazas están completas; apúntate a la lista de espera.","ar":"دورة ليوم واحد مع مترجمين. الغداء مشمول. الأماكن ممتلئة، سجّل في قائمة الانتظار وسنخبرك إذا توفر مكان.","et":"Ühepäevane koolitus tõlkidega. Pakume lõunat. Kohad on täis; pane end ootenimekirja ja anname teada, kui koht vabaneb.","uk":"Одноденний курс із перекладачами. Обід включено. Місць немає; запишіться в список очікування, і ми повідомимо, якщо місце звільниться.","ru":"Однодневный курс с переводчиками. Обед включён. Мест нет; запишитесь в список ожидания, и мы сообщим, если место освободится.","fa":"دوره‌ای یک‌روزه همراه با مترجم. ناهار هم داده می‌شود. ظرفیت پر است؛ در فهرست انتظار ثبت‌نام کنید تا اگر جایی خالی شد خبرتان کنیم."}'),
 'Town Hall, Hall B', 'Market Square 1, Demo City', 'Harju', NULL,
 (unixepoch('now', 'start of day', '+10 days', '+7 hours')) * 1000,
 (unixepoch('now', 'start of day', '+10 days', '+14 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en"]', '["uk","ru","ar","fa"]',
 json('{"en":"Hearing loop in Hall B. Tell us about other needs when you sign up.","ar":"حلقة سمعية في القاعة B. أخبرنا عن احتياجات أخرى عند التسجيل.","es":"Bucle magnético en la sala B. Cuéntanos otras necesidades al inscribirte.","et":"B-saalis on induktsioonsilmus. Muudest vajadustest anna teada registreerumisel.","uk":"У залі B є індукційна петля. Про інші потреби повідомте під час реєстрації.","ru":"В зале B есть индукционная петля. О других потребностях сообщите при записи.","fa":"سالن B حلقهٔ شنوایی دارد. نیازهای دیگرتان را هنگام ثبت‌نام به ما بگویید."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_friends', 'org_demo_city', 'meetup', 'published',
 json('{"en":"Language Friend: meet your mentor","es":"Amigo de idioma: conoce a tu mentor","ar":"صديق اللغة: تعرّف على مرشدك","uk":"Мовний друг: зустріч із наставником","et":"Keelesõber: kohtu oma mentoriga","ru":"Языковой друг: встреча с наставником","fa":"دوست زبانی: با راهنمای خود آشنا شوید"}'),
 json('{"en":"Start a three-month season of practice with a volunteer mentor. About A2 level.","es":"Empieza una temporada de tres meses de práctica con un mentor voluntario. Nivel A2 aproximadamente.","ar":"ابدأ موسماً من ثلاثة أشهر للتدرّب مع مرشد متطوع. المستوى A2 تقريباً.","uk":"Почніть тримісячну практику з наставником-волонтером. Рівень приблизно A2.","et":"Alusta kolmekuist harjutamist vabatahtliku mentoriga. Umbes A2 tase.","ru":"Начните трёхмесячную практику с наставником-волонтёром. Уровень примерно A2.","fa":"سه ماه تمرین با یک راهنمای داوطلب را شروع کنید. سطح حدود A2."}'),
 json('{"en":"Pairs meet once or twice a week, in person or online, to talk, share hobbies and learn about life here. This first meeting is online.","es":"Las parejas se reúnen una o dos veces por semana para hablar y compartir aficiones. Este primer encuentro es en línea.","ar":"يلتقي الثنائي مرة أو مرتين في الأسبوع، حضورياً أو عبر الإنترنت. هذا اللقاء الأول عبر الإنترنت.","et":"Paarid kohtuvad kord või kaks nädalas, kohapeal või veebis, et rääkida, jagada hobisid ja õppida siinse elu kohta. Esimene kohtumine on veebis.","uk":"Пари зустрічаються раз або двічі на тиждень, наживо чи онлайн, щоб поговорити, поділитися захопленнями й дізнатися про життя тут. Перша зустріч — онлайн.","ru":"Пары встречаются раз или два в неделю, вживую или онлайн, чтобы поговорить, поделиться увлечениями и узнать о жизни здесь. Первая встреча — онлайн.","fa":"هر دو نفر هفته‌ای یک یا دو بار، حضوری یا آنلاین، همدیگر را می‌بینند تا گفت‌وگو کنند، از سرگرمی‌هایشان بگویند و با زندگی در اینجا آشنا شوند. این اولین دیدار آنلاین است."}'),
 NULL, NULL, 'Online', 'https://meet.example.org/language-friend',
 (unixepoch('now', 'start of day', '+14 days', '+15 hours')) * 1000,
 (unixepoch('now', 'start of day', '+14 days', '+16 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et"]', '[]',
 json('{"en":"Online; captions on request.","es":"En línea; subtítulos si los pides.","ar":"عبر الإنترنت؛ ترجمة نصية عند الطلب.","et":"Veebis; subtiitrid soovi korral.","uk":"Онлайн; субтитри на запит.","ru":"Онлайн; субтитры по запросу.","fa":"آنلاین؛ زیرنویس در صورت درخواست."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_draft', 'org_demo_city', 'course', 'draft',
 json('{"en":"Draft: winter course (not public yet)"}'), json('{"en":""}'), json('{"en":""}'),
 NULL, NULL, 'Harju', NULL,
 (unixepoch('now', 'start of day', '+30 days')) * 1000,
 (unixepoch('now', 'start of day', '+30 days', '+2 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et"]', '[]', json('{"en":""}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000)
ON CONFLICT (id) DO UPDATE SET title = json_patch(excluded.title, title), summary = json_patch(excluded.summary, summary),
  description = json_patch(excluded.description, description),
  accessibility_notes = json_patch(excluded.accessibility_notes, accessibility_notes);

WITH s(id, event_id, label, capacity, waitlist_capacity) AS (VALUES
  ('slt_demo_cafe_tue', 'evt_demo_cafe_tue', '{"en":"Evening","es":"Tarde","ar":"المساء","et":"Õhtu","uk":"Вечір","ru":"Вечер","fa":"عصر"}', 20, 10),
  ('slt_demo_cafe_sat', 'evt_demo_cafe_sat', '{"en":"Afternoon","es":"Tarde","ar":"بعد الظهر","et":"Pärastlõuna","uk":"Після обіду","ru":"После обеда","fa":"بعدازظهر"}', 12, 6),
  ('slt_demo_orientation', 'evt_demo_orientation', '{"en":"Whole day","es":"Todo el día","ar":"اليوم كاملاً","et":"Terve päev","uk":"Увесь день","ru":"Весь день","fa":"تمام روز"}', 8, 10),
  ('slt_demo_friends', 'evt_demo_friends', '{"en":"Online meeting","es":"Reunión en línea","ar":"لقاء عبر الإنترنت","et":"Veebikohtumine","uk":"Онлайн-зустріч","ru":"Онлайн-встреча","fa":"جلسه آنلاین"}', 30, 0),
  ('slt_demo_draft', 'evt_demo_draft', '{"en":"Morning"}', 15, 0))
INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, capacity, taken, waitlist_capacity, waitlist_taken)
SELECT s.id, 'org_demo_city', s.event_id, json(s.label), e.starts_at, e.ends_at, 'attendee', s.capacity, 0, s.waitlist_capacity, 0
  FROM s JOIN events e ON e.id = s.event_id WHERE true
ON CONFLICT (id) DO UPDATE SET label = json_patch(excluded.label, label);

-- Existing sign-ups, so one event is nearly full and one has a waitlist. They have no usable manage
-- token (the hashes below match no token).
WITH r(id, event_id, slot_id, status, adults, children, name, locale, n) AS (VALUES
  ('reg_demo_01', 'evt_demo_cafe_sat', 'slt_demo_cafe_sat', 'confirmed', 2, 2, 'Olena', 'uk', 1),
  ('reg_demo_02', 'evt_demo_cafe_sat', 'slt_demo_cafe_sat', 'confirmed', 1, 0, 'Karim', 'ar', 2),
  ('reg_demo_03', 'evt_demo_cafe_sat', 'slt_demo_cafe_sat', 'confirmed', 2, 1, 'M.', 'fa', 3),
  ('reg_demo_04', 'evt_demo_cafe_sat', 'slt_demo_cafe_sat', 'confirmed', 2, 0, 'Ana', 'es', 4),
  ('reg_demo_05', 'evt_demo_orientation', 'slt_demo_orientation', 'confirmed', 2, 0, 'Yusuf', 'ar', 5),
  ('reg_demo_06', 'evt_demo_orientation', 'slt_demo_orientation', 'confirmed', 1, 0, 'Iryna', 'uk', 6),
  ('reg_demo_07', 'evt_demo_orientation', 'slt_demo_orientation', 'confirmed', 3, 0, 'Family A.', 'fa', 7),
  ('reg_demo_08', 'evt_demo_orientation', 'slt_demo_orientation', 'confirmed', 2, 0, 'Dawit', 'ti', 8),
  ('reg_demo_09', 'evt_demo_orientation', 'slt_demo_orientation', 'waitlisted', 1, 0, 'Hodan', 'so', 9),
  ('reg_demo_10', 'evt_demo_orientation', 'slt_demo_orientation', 'waitlisted', 2, 0, 'Taras', 'uk', 10),
  ('reg_demo_11', 'evt_demo_friends', 'slt_demo_friends', 'confirmed', 1, 0, 'Lina', 'ar', 11))
INSERT OR IGNORE INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name, email, phone, locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
SELECT r.id, 'org_demo_city', r.event_id, r.slot_id, r.status, r.adults, r.children, r.name, NULL, NULL, r.locale,
       unixepoch('now') * 1000, 'seed-' || r.id, 'seed', 'seed-' || r.id, unixepoch('now') * 1000 + r.n, unixepoch('now') * 1000 + r.n
  FROM r;

UPDATE slots
   SET taken = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                 WHERE slot_id = slots.id AND status IN ('confirmed', 'offered')),
       held = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                WHERE slot_id = slots.id AND status = 'offered'),
       waitlist_taken = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                          WHERE slot_id = slots.id AND status = 'waitlisted')
 WHERE organisation_id = 'org_demo_city';

-- The Tuesday café asks one question of its own (optional): what level people are at.
INSERT OR IGNORE INTO event_questions (id, organisation_id, event_id, position, kind, label, choices, required, sensitive, audience)
VALUES ('qst_demo_level', 'org_demo_city', 'evt_demo_cafe_tue', 0, 'one_choice',
  json('{"en":"How much Estonian do you speak?","et":"Kui palju sa eesti keelt räägid?","uk":"Наскільки добре ви говорите естонською?","ru":"Насколько хорошо вы говорите по-эстонски?","ar":"ما مستواك في اللغة الإستونية؟","fa":"چقدر استونیایی صحبت می‌کنید؟"}'),
  json('[{"id":"chc_demo_none","label":{"en":"Not yet","et":"Veel mitte","uk":"Ще ні","ru":"Пока нет","ar":"ليس بعد","fa":"هنوز نه"}},{"id":"chc_demo_some","label":{"en":"A few words","et":"Mõned sõnad","uk":"Кілька слів","ru":"Несколько слов","ar":"بضع كلمات","fa":"چند کلمه"}},{"id":"chc_demo_talk","label":{"en":"I can talk a little","et":"Oskan natuke rääkida","uk":"Можу трохи говорити","ru":"Могу немного говорить","ar":"أستطيع التحدث قليلاً","fa":"کمی می‌توانم صحبت کنم"}}]'),
  0, 0, NULL);

-- The orientation day (full, with a waitlist) offers freed places for a day instead of giving
-- them at once: cancel a place in the roster to see an offer in the dev mailbox.
UPDATE events SET waitlist_offer_hours = 24 WHERE id = 'evt_demo_orientation';

-- The Tuesday café repeats weekly, six dates in all, and people may sign up for every date at
-- once. Each date is an event of its own (the first is the café above), copied with its time, its
-- question and its places; dates are whole weeks apart in UTC, so a date after a change of summer
-- time is an hour off in the seed only (the worker keeps the wall-clock time for real series).
INSERT OR IGNORE INTO event_series (id, organisation_id, rule, block_signup, created_at, date_count)
VALUES ('ser_demo_cafe_tue', 'org_demo_city',
        '{"frequency":"weekly","interval":1,"weekdays":[],"weekOfMonth":null,"until":null,"count":6,"exceptions":[]}',
        1, unixepoch('now') * 1000, 6);
UPDATE events SET series_id = 'ser_demo_cafe_tue' WHERE id = 'evt_demo_cafe_tue';
WITH RECURSIVE week(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM week WHERE n < 5)
INSERT OR IGNORE INTO events (id, organisation_id, kind, status, title, summary, description, venue_name, venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at, signup_closes_at, languages, interpretation, accessibility_notes, created_at, updated_at, series_id)
SELECT 'evt_demo_cafe_tue_' || (n + 1), e.organisation_id, e.kind, e.status, e.title, e.summary, e.description,
       e.venue_name, e.venue_address, e.region, e.online_url,
       e.starts_at + n * 604800000, e.ends_at + n * 604800000, e.time_zone, NULL, NULL, e.languages,
       e.interpretation, e.accessibility_notes, e.created_at, e.updated_at, e.series_id
  FROM week, events e WHERE e.id = 'evt_demo_cafe_tue';
WITH RECURSIVE week(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM week WHERE n < 5)
INSERT OR IGNORE INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, capacity, taken, waitlist_capacity, waitlist_taken)
SELECT 'slt_demo_cafe_tue_' || (n + 1), s.organisation_id, 'evt_demo_cafe_tue_' || (n + 1), s.label,
       s.starts_at + n * 604800000, s.ends_at + n * 604800000, s.audience, s.capacity, 0, s.waitlist_capacity, 0
  FROM week, slots s WHERE s.id = 'slt_demo_cafe_tue';
WITH RECURSIVE week(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM week WHERE n < 5)
INSERT OR IGNORE INTO event_questions (id, organisation_id, event_id, position, kind, label, choices, required, sensitive, audience)
SELECT 'qst_demo_level_' || (n + 1), q.organisation_id, 'evt_demo_cafe_tue_' || (n + 1), q.position, q.kind,
       q.label, q.choices, q.required, q.sensitive, q.audience
  FROM week, event_questions q WHERE q.id = 'qst_demo_level';
UPDATE events SET series_position = (
  SELECT count(*) FROM events d
   WHERE d.series_id = events.series_id
     AND (d.starts_at < events.starts_at OR (d.starts_at = events.starts_at AND d.id <= events.id)))
 WHERE series_id = 'ser_demo_cafe_tue';

-- Demo organiser (LOCAL DEMO ONLY): organiser@demo-city.example / demo-organiser-2026, owner of
-- Demo City. The hash is PBKDF2-SHA256, 100000 iterations, with a fixed salt so the seed stays
-- the same on every run; real accounts get a random salt (npm run admin -- create-owner …).
INSERT OR IGNORE INTO users (id, email, display_name, password_hash, password_changed_at, locale, created_at)
VALUES ('usr_demo_organiser', 'organiser@demo-city.example', 'Demo Organiser',
        'pbkdf2-sha256$100000$aGVhcnRoLWRlbW8tc2FsdA==$DQcegSdvIZJ5u2sWTPnVsRAoGIaaksLdO0X3MBcDCRg=',
        unixepoch('now') * 1000, 'en', unixepoch('now') * 1000);

INSERT OR IGNORE INTO memberships (user_id, organisation_id, role, created_at)
VALUES ('usr_demo_organiser', 'org_demo_city', 'owner', unixepoch('now') * 1000);

-- Day-before reminders at 10:00 in Tallinn. The demo events fall in winter time (UTC+2), so
-- 10:00 local is 08:00 UTC; the worker computes this with the real zone rules for new events.
UPDATE events
   SET reminder_at = unixepoch(date(starts_at / 1000, 'unixepoch', '+2 hours'), '-1 day', '+8 hours') * 1000
 WHERE organisation_id = 'org_demo_city' AND reminder_at IS NULL;

-- Two host-community visits in different regions: itinerary, pick-up points, visitor seats, host
-- places per stop and interpreter places. One group is booked, speaking Ukrainian and Dari, and one
-- interpreter covers Ukrainian, so the needs board shows Dari as a gap.
INSERT INTO events (id, organisation_id, kind, status, title, summary, description, venue_name, venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at, signup_closes_at, languages, interpretation, accessibility_notes, created_at, updated_at, reminder_at)
VALUES
('evt_demo_visit_lahemaa', 'org_demo_city', 'visit', 'published',
 json('{"en":"Visit to Lahemaa: forest, manor and a village school","es":"Visita a Lahemaa: bosque, mansión y una escuela de pueblo","ar":"زيارة إلى لاهيما: غابة وقصر ومدرسة قرية","uk":"Поїздка до Лахемаа: ліс, маєток і сільська школа","et":"Väljasõit Lahemaale: mets, mõis ja külakool","ru":"Поездка в Лахемаа: лес, мыза и сельская школа","fa":"بازدید از لاهه‌ما: جنگل، عمارت اربابی و مدرسه روستا"}'),
 json('{"en":"A day trip by bus for residents of the accommodation centres. Meet the people of Lahemaa.","es":"Un día de excursión en autobús para residentes de los centros de acogida.","ar":"رحلة ليوم واحد بالحافلة لسكان مراكز الإقامة. تعرّف على أهل لاهيما.","uk":"Одноденна поїздка автобусом для мешканців центрів розміщення. Познайомтеся з людьми Лахемаа.","et":"Päevane bussireis majutuskeskuste elanikele. Tutvu Lahemaa inimestega.","ru":"Однодневная поездка на автобусе для жителей центров размещения. Познакомьтесь с людьми Лахемаа.","fa":"سفر یک‌روزه با اتوبوس برای ساکنان مراکز اقامت. با مردم لاهه‌ما آشنا شوید."}'),
 json('{"en":"We visit a nature trail, a manor house museum and a village school, where pupils and teachers welcome the group. Lunch is included.","es":"Visitamos un sendero natural, una casa señorial museo y una escuela de pueblo. El almuerzo está incluido.","ar":"نزور مسارًا في الطبيعة ومتحف قصر ومدرسة قرية يستقبل فيها التلاميذ والمعلمون المجموعة. الغداء مشمول.","et":"Külastame matkarada, mõisamuuseumi ja külakooli, kus õpilased ja õpetajad grupi vastu võtavad. Pakume lõunat.","uk":"Ми відвідаємо природну стежку, музей у маєтку й сільську школу, де групу зустрічають учні та вчителі. Обід включено.","ru":"Мы посетим природную тропу, музей в мызе и сельскую школу, где группу встречают ученики и учителя. Обед включён.","fa":"از یک مسیر طبیعت‌گردی، موزهٔ یک عمارت اربابی و یک مدرسهٔ روستایی دیدن می‌کنیم؛ دانش‌آموزان و معلم‌ها به گروه خوش‌آمد می‌گویند. ناهار هم داده می‌شود."}'),
 'Lahemaa National Park', 'Palmse, Lääne-Viru County', 'Lääne-Viru', NULL,
 (unixepoch('now', 'start of day', '+8 days', '+6 hours')) * 1000,
 (unixepoch('now', 'start of day', '+8 days', '+15 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en"]', '["uk","ar","fa"]',
 json('{"en":"The bus has a lift for one wheelchair. The forest trail is partly gravel.","ar":"في الحافلة مصعد لكرسي متحرك واحد. مسار الغابة مفروش بالحصى جزئيًا.","es":"El autobús tiene elevador para una silla de ruedas. El sendero del bosque es en parte de grava.","et":"Bussis on tõstuk ühele ratastoolile. Metsarada on osaliselt kruusane.","uk":"В автобусі є підйомник для одного крісла колісного. Лісова стежка частково вкрита гравієм.","ru":"В автобусе есть подъёмник для одного кресла-коляски. Лесная тропа частично из гравия.","fa":"اتوبوس بالابر برای یک ویلچر دارد. بخشی از مسیر جنگل شنی است."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000,
 (unixepoch('now', 'start of day', '+7 days', '+8 hours')) * 1000),
('evt_demo_visit_tartu', 'org_demo_city', 'visit', 'published',
 json('{"en":"Visit to Tartu: university town and a farm","es":"Visita a Tartu: ciudad universitaria y una granja","ar":"زيارة إلى تارتو: مدينة الجامعة ومزرعة","uk":"Поїздка до Тарту: університетське місто і ферма","et":"Väljasõit Tartusse: ülikoolilinn ja talu","ru":"Поездка в Тарту: университетский город и ферма","fa":"بازدید از تارتو: شهر دانشگاهی و یک مزرعه"}'),
 json('{"en":"See the university town and spend the afternoon on a family farm.","es":"Conoce la ciudad universitaria y pasa la tarde en una granja familiar.","ar":"شاهد مدينة الجامعة وأمضِ فترة بعد الظهر في مزرعة عائلية.","uk":"Огляньте університетське місто й проведіть пообідній час на родинній фермі.","et":"Vaata ülikoolilinna ja veeda pärastlõuna peretalus.","ru":"Посмотрите университетский город и проведите вторую половину дня на семейной ферме.","fa":"شهر دانشگاهی را ببینید و بعدازظهر را در یک مزرعه خانوادگی بگذرانید."}'),
 json('{"en":"Students show the old town; a farming family shows their animals and cooks with the group.","es":"Estudiantes enseñan el casco antiguo; una familia de granjeros cocina con el grupo.","ar":"يعرض الطلاب البلدة القديمة، وتعرض عائلة مزارعين حيواناتها وتطبخ مع المجموعة.","et":"Üliõpilased näitavad vanalinna; taluperi tutvustab oma loomi ja teeb grupiga koos süüa.","uk":"Студенти показують старе місто; родина фермерів показує своїх тварин і готує разом із групою.","ru":"Студенты показывают старый город; семья фермеров показывает своих животных и готовит вместе с группой.","fa":"دانشجوها شهر قدیم را نشان می‌دهند؛ یک خانوادهٔ کشاورز حیواناتش را نشان می‌دهد و با گروه آشپزی می‌کند."}'),
 'Tartu', 'Town Hall Square, Tartu', 'Tartu', NULL,
 (unixepoch('now', 'start of day', '+12 days', '+6 hours')) * 1000,
 (unixepoch('now', 'start of day', '+12 days', '+16 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en"]', '["uk","ar"]',
 json('{"en":"The farm yard is step-free; the old town has cobblestones.","es":"El patio de la granja no tiene escalones; el casco antiguo tiene adoquines.","ar":"فناء المزرعة بلا درج؛ وفي البلدة القديمة أرضية مرصوفة بالحجارة.","et":"Taluõu on trepivaba; vanalinnas on munakivisillutis.","uk":"Подвір’я ферми без сходинок; у старому місті бруківка.","ru":"Во дворе фермы нет ступенек; в старом городе брусчатка.","fa":"حیاط مزرعه پله ندارد؛ کف شهر قدیم سنگ‌فرش است."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000,
 (unixepoch('now', 'start of day', '+11 days', '+8 hours')) * 1000)
ON CONFLICT (id) DO UPDATE SET title = json_patch(excluded.title, title), summary = json_patch(excluded.summary, summary),
  description = json_patch(excluded.description, description),
  accessibility_notes = json_patch(excluded.accessibility_notes, accessibility_notes);

WITH s(id, event_id, position, place, address, hours, activity, accessibility) AS (VALUES
  ('stp_demo_lahemaa_trail', 'evt_demo_visit_lahemaa', 0,
   '{"en":"Viru bog trail","ar":"مسار مستنقع فيرو","es":"Sendero de la turbera de Viru","et":"Viru raba matkarada","uk":"Болотна стежка Віру","ru":"Болотная тропа Виру","fa":"مسیر مرداب ویرو"}', 'Viru raba, Kuusalu', 8,
   '{"en":"A walk on the boardwalk with a ranger.","ar":"نزهة على الممر الخشبي مع حارس الغابة.","es":"Un paseo por la pasarela con un guarda.","et":"Jalutuskäik laudteel koos matkajuhiga.","uk":"Прогулянка дерев’яною стежкою з рейнджером.","ru":"Прогулка по деревянному настилу с рейнджером.","fa":"پیاده‌روی روی مسیر چوبی همراه با یک جنگل‌بان."}',
   '{"en":"Boardwalk, 3.5 km, no steps.","es":"Pasarela, 3,5 km, sin escalones.","ar":"ممر خشبي، 3.5 كم، بلا درج.","et":"Laudtee, 3,5 km, treppideta.","uk":"Дерев’яний настил, 3,5 км, без сходинок.","ru":"Деревянный настил, 3,5 км, без ступенек.","fa":"مسیر چوبی، ۳٫۵ کیلومتر، بدون پله."}'),
  ('stp_demo_lahemaa_manor', 'evt_demo_visit_lahemaa', 1,
   '{"en":"Palmse manor","ar":"قصر بالمسه","es":"Casa señorial de Palmse","et":"Palmse mõis","uk":"Маєток Палмсе","ru":"Мыза Палмсе","fa":"عمارت اربابی پالمسه"}', 'Palmse, Haljala', 10,
   '{"en":"Museum tour and lunch.","ar":"جولة في المتحف وغداء.","es":"Visita al museo y almuerzo.","et":"Muuseumiekskursioon ja lõuna.","uk":"Екскурсія музеєм і обід.","ru":"Экскурсия по музею и обед.","fa":"بازدید از موزه و ناهار."}',
   '{"en":"Ground floor step-free.","es":"Planta baja sin escalones.","ar":"الطابق الأرضي بلا درج.","et":"Esimene korrus on trepivaba.","uk":"Перший поверх без сходинок.","ru":"Первый этаж без ступенек.","fa":"طبقهٔ همکف بدون پله."}'),
  ('stp_demo_lahemaa_school', 'evt_demo_visit_lahemaa', 2,
   '{"en":"Village school","ar":"مدرسة القرية","es":"Escuela del pueblo","et":"Külakool","uk":"Сільська школа","ru":"Сельская школа","fa":"مدرسه روستا"}', 'Vihula', 12,
   '{"en":"Pupils and teachers meet the group; games and tea.","ar":"يلتقي التلاميذ والمعلمون بالمجموعة؛ ألعاب وشاي.","es":"Alumnos y maestros reciben al grupo; juegos y té.","et":"Õpilased ja õpetajad kohtuvad grupiga; mängud ja tee.","uk":"Учні та вчителі зустрічають групу; ігри й чай.","ru":"Ученики и учителя встречают группу; игры и чай.","fa":"دانش‌آموزان و معلم‌ها به گروه خوش‌آمد می‌گویند؛ بازی و چای."}',
   '{"en":"Ramp at the side door.","es":"Rampa en la puerta lateral.","ar":"منحدر عند الباب الجانبي.","et":"Kõrvaluksel on kaldtee.","uk":"Пандус біля бічних дверей.","ru":"Пандус у боковой двери.","fa":"سطح شیب‌دار کنار درِ کناری."}'),
  ('stp_demo_tartu_town', 'evt_demo_visit_tartu', 0,
   '{"en":"Tartu old town","ar":"بلدة تارتو القديمة","es":"Casco antiguo de Tartu","et":"Tartu vanalinn","uk":"Старе місто Тарту","ru":"Старый город Тарту","fa":"شهر قدیم تارتو"}', 'Town Hall Square', 8,
   '{"en":"Students show the university and the old town.","ar":"يعرض الطلاب الجامعة والبلدة القديمة.","es":"Estudiantes enseñan la universidad y el casco antiguo.","et":"Üliõpilased näitavad ülikooli ja vanalinna.","uk":"Студенти показують університет і старе місто.","ru":"Студенты показывают университет и старый город.","fa":"دانشجوها دانشگاه و شهر قدیم را نشان می‌دهند."}',
   '{"en":"Cobblestones.","es":"Adoquines.","ar":"أرضية مرصوفة بالحجارة.","et":"Munakivisillutis.","uk":"Бруківка.","ru":"Брусчатка.","fa":"سنگ‌فرش."}'),
  ('stp_demo_tartu_farm', 'evt_demo_visit_tartu', 1,
   '{"en":"Family farm","ar":"مزرعة عائلية","es":"Granja familiar","et":"Peretalu","uk":"Родинна ферма","ru":"Семейная ферма","fa":"مزرعه خانوادگی"}', 'Kambja', 11,
   '{"en":"Animals, a tractor ride and cooking together.","ar":"حيوانات وجولة بالجرار وطبخ معًا.","es":"Animales, un paseo en tractor y cocina en grupo.","et":"Loomad, traktorisõit ja ühine söögitegemine.","uk":"Тварини, поїздка на тракторі й спільне готування.","ru":"Животные, поездка на тракторе и совместная готовка.","fa":"حیوانات، سواری با تراکتور و آشپزی با هم."}',
   '{"en":"Yard step-free.","es":"Patio sin escalones.","ar":"الفناء بلا درج.","et":"Õu on trepivaba.","uk":"Подвір’я без сходинок.","ru":"Двор без ступенек.","fa":"حیاط بدون پله."}'))
INSERT INTO visit_stops (id, organisation_id, event_id, position, place, address, arrives_at, activity, accessibility)
SELECT s.id, 'org_demo_city', s.event_id, s.position, json(s.place), s.address, e.starts_at + (s.hours - 6) * 3600000, json(s.activity), json(s.accessibility)
  FROM s JOIN events e ON e.id = s.event_id WHERE true
ON CONFLICT (id) DO UPDATE SET place = json_patch(excluded.place, place), activity = json_patch(excluded.activity, activity),
  accessibility = json_patch(excluded.accessibility, accessibility);

WITH p(id, event_id, position, name, address, minutes) AS (VALUES
  ('pup_demo_lahemaa_vao', 'evt_demo_visit_lahemaa', 0, 'Vao accommodation centre', 'Vao küla, Väike-Maarja', 0),
  ('pup_demo_lahemaa_tallinn', 'evt_demo_visit_lahemaa', 1, 'Tallinn, Balti jaam', 'Toompuiestee 37, Tallinn', 70),
  ('pup_demo_tartu_vao', 'evt_demo_visit_tartu', 0, 'Vao accommodation centre', 'Vao küla, Väike-Maarja', 0))
INSERT OR IGNORE INTO pickup_points (id, organisation_id, event_id, position, name, address, departs_at)
SELECT p.id, 'org_demo_city', p.event_id, p.position, p.name, p.address, e.starts_at + p.minutes * 60000
  FROM p JOIN events e ON e.id = p.event_id;

WITH s(id, event_id, audience, stop_id, label, capacity, waitlist_capacity) AS (VALUES
  ('slt_demo_lahemaa_seats', 'evt_demo_visit_lahemaa', 'visitor', NULL, '{"en":"Seats on the bus","ar":"مقاعد في الحافلة","es":"Plazas en el autobús","et":"Kohad bussis","uk":"Місця в автобусі","ru":"Места в автобусе","fa":"صندلی‌های اتوبوس"}', 24, 8),
  ('slt_demo_lahemaa_interpreters', 'evt_demo_visit_lahemaa', 'interpreter', NULL, '{"en":"Interpreters","ar":"مترجمون","es":"Intérpretes","et":"Tõlgid","uk":"Перекладачі","ru":"Переводчики","fa":"مترجمان"}', 3, 0),
  ('slt_demo_lahemaa_host_trail', 'evt_demo_visit_lahemaa', 'host', 'stp_demo_lahemaa_trail', '{"en":"Hosts at the bog trail","es":"Anfitriones en el sendero","ar":"مضيفون عند مسار المستنقع","et":"Võõrustajad rabarajal","uk":"Господарі на болотній стежці","ru":"Хозяева на болотной тропе","fa":"میزبانان در مسیر مرداب"}', 2, 0),
  ('slt_demo_lahemaa_host_school', 'evt_demo_visit_lahemaa', 'host', 'stp_demo_lahemaa_school', '{"en":"Hosts at the village school","es":"Anfitriones en la escuela del pueblo","ar":"مضيفون في مدرسة القرية","et":"Võõrustajad külakoolis","uk":"Господарі в сільській школі","ru":"Хозяева в сельской школе","fa":"میزبانان در مدرسه روستا"}', 3, 0),
  ('slt_demo_tartu_seats', 'evt_demo_visit_tartu', 'visitor', NULL, '{"en":"Seats on the bus","ar":"مقاعد في الحافلة","es":"Plazas en el autobús","et":"Kohad bussis","uk":"Місця в автобусі","ru":"Места в автобусе","fa":"صندلی‌های اتوبوس"}', 18, 6),
  ('slt_demo_tartu_interpreters', 'evt_demo_visit_tartu', 'interpreter', NULL, '{"en":"Interpreters","ar":"مترجمون","es":"Intérpretes","et":"Tõlgid","uk":"Перекладачі","ru":"Переводчики","fa":"مترجمان"}', 2, 0),
  ('slt_demo_tartu_host_farm', 'evt_demo_visit_tartu', 'host', 'stp_demo_tartu_farm', '{"en":"Hosts at the farm","es":"Anfitriones en la granja","ar":"مضيفون في المزرعة","et":"Võõrustajad talus","uk":"Господарі на фермі","ru":"Хозяева на ферме","fa":"میزبانان در مزرعه"}', 2, 0))
INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, stop_id, capacity, taken, waitlist_capacity, waitlist_taken)
SELECT s.id, 'org_demo_city', s.event_id, json(s.label), e.starts_at, e.ends_at, s.audience, s.stop_id, s.capacity, 0, s.waitlist_capacity, 0
  FROM s JOIN events e ON e.id = s.event_id WHERE true
ON CONFLICT (id) DO UPDATE SET label = json_patch(excluded.label, label);

WITH r(id, slot_id, adults, children, name, phone, locale, languages, pickup, offer, n) AS (VALUES
  ('reg_demo_v1', 'slt_demo_lahemaa_seats', 4, 2, 'Vao centre group (caseworker Kadri)', '+372 5550 1001', 'en', '["uk","prs"]', 'pup_demo_lahemaa_vao', NULL, 21),
  ('reg_demo_v2', 'slt_demo_lahemaa_interpreters', 1, 0, 'Oksana', '+372 5550 1002', 'uk', '["uk","ru","et"]', NULL, NULL, 22),
  ('reg_demo_v3', 'slt_demo_lahemaa_host_school', 1, 0, 'Vihula school', '+372 5550 1003', 'et', NULL, NULL, 'Pupils show their school and play games with the children.', 23))
INSERT OR IGNORE INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name, phone, locale, consent_at, consent_source, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at, languages, pickup_point_id, offer)
SELECT r.id, 'org_demo_city', s.event_id, r.slot_id, 'confirmed', r.adults, r.children, r.name, r.phone, r.locale,
       unixepoch('now') * 1000, 'in_person', 'seed-' || r.id, 'seed', 'seed-' || r.id,
       unixepoch('now') * 1000 + r.n, unixepoch('now') * 1000 + r.n, r.languages, r.pickup, r.offer
  FROM r JOIN slots s ON s.id = r.slot_id;

UPDATE slots
   SET taken = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                 WHERE slot_id = slots.id AND status IN ('confirmed', 'offered')),
       held = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                WHERE slot_id = slots.id AND status = 'offered'),
       waitlist_taken = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                          WHERE slot_id = slots.id AND status = 'waitlisted')
 WHERE organisation_id = 'org_demo_city';

-- A Vao Kitchen-style food festival: cooks apply until the deadline; three are approved with
-- their dishes and stalls (one has not agreed to show her name), one application is waiting.
INSERT INTO events (id, organisation_id, kind, status, title, summary, description, venue_name, venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at, signup_closes_at, languages, interpretation, accessibility_notes, created_at, updated_at, reminder_at, cook_deadline)
VALUES ('evt_demo_vao_kitchen', 'org_demo_city', 'festival', 'published',
 json('{"en":"Vao Kitchen: food from many homes","es":"Cocina de Vao: comida de muchos hogares","ar":"مطبخ فاو: طعام من بيوت كثيرة","et":"Vao Köök: toit paljudest kodudest","uk":"Кухня Вао: страви з багатьох домівок","ru":"Кухня Вао: блюда из многих домов","fa":"آشپزخانه وائو: غذاهایی از خانه‌های بسیار"}'),
 json('{"en":"Refugees and asylum seekers cook the dishes of their countries. Come and taste!","es":"Personas refugiadas cocinan los platos de sus países. ¡Ven a probar!","ar":"يطبخ اللاجئون وطالبو اللجوء أطباق بلدانهم. تعال وتذوّق!","uk":"Біженці та шукачі притулку готують страви своїх країн. Приходьте скуштувати!","et":"Pagulased ja varjupaigataotlejad valmistavad oma kodumaa roogasid. Tule maitsma!","ru":"Беженцы и лица, ищущие убежища, готовят блюда своих стран. Приходите попробовать!","fa":"پناهندگان و پناهجویان غذاهای کشورشان را می‌پزند. بیایید و بچشید!"}'),
 json('{"en":"A festival organised by the people of the Vao accommodation centre and their neighbours. Pay what the dishes cost, or give a donation.","es":"Un festival organizado por las personas del centro de Vao y sus vecinos.","ar":"مهرجان ينظمه سكان مركز فاو وجيرانهم. ادفع ثمن الأطباق أو تبرّع.","et":"Festivali korraldavad Vao majutuskeskuse elanikud ja nende naabrid. Maksa roogade hind või tee annetus.","uk":"Фестиваль організовують мешканці центру розміщення у Вао та їхні сусіди. Заплатіть вартість страв або зробіть пожертву.","ru":"Фестиваль организуют жители центра размещения в Вао и их соседи. Заплатите стоимость блюд или сделайте пожертвование.","fa":"این جشنواره را ساکنان مرکز اقامت وائو و همسایه‌هایشان برگزار می‌کنند. بهای غذاها را بپردازید یا کمک مالی کنید."}'),
 'Vao village square', 'Vao küla, Väike-Maarja', 'Lääne-Viru', NULL,
 (unixepoch('now', 'start of day', '+20 days', '+9 hours')) * 1000,
 (unixepoch('now', 'start of day', '+20 days', '+15 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en","ar","uk"]', '[]',
 json('{"en":"Outdoors on flat grass; a step-free toilet at the village hall.","es":"Al aire libre, sobre césped llano; baño sin escalones en la casa del pueblo.","ar":"في الهواء الطلق على عشب مستوٍ؛ مرحاض بلا درج في قاعة القرية.","et":"Õues tasasel murul; trepivaba tualett on külamajas.","uk":"Просто неба на рівній траві; туалет без сходинок у сільському клубі.","ru":"На открытом воздухе, на ровной траве; туалет без ступенек в сельском клубе.","fa":"در فضای باز روی چمن صاف؛ سرویس بهداشتی بدون پله در سالن روستا."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000,
 (unixepoch('now', 'start of day', '+19 days', '+8 hours')) * 1000,
 (unixepoch('now', 'start of day', '+10 days')) * 1000)
ON CONFLICT (id) DO UPDATE SET title = json_patch(excluded.title, title), summary = json_patch(excluded.summary, summary),
  description = json_patch(excluded.description, description),
  accessibility_notes = json_patch(excluded.accessibility_notes, accessibility_notes);

INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, capacity, taken, waitlist_capacity, waitlist_taken)
SELECT 'slt_demo_vao_tickets', 'org_demo_city', id, json('{"en":"Free ticket","ar":"تذكرة مجانية","es":"Entrada gratuita","et":"Tasuta pilet","uk":"Безкоштовний квиток","ru":"Бесплатный билет","fa":"بلیت رایگان"}'), starts_at, ends_at, 'attendee', 300, 0, 0, 0
  FROM events WHERE id = 'evt_demo_vao_kitchen'
ON CONFLICT (id) DO UPDATE SET label = json_patch(excluded.label, label);

WITH s(id, position, name, power, water, covered, x, y) AS (VALUES
  ('stl_demo_vao_1', 0, 'Stall 1 (by the hall)', 1, 1, 1, 0, 0),
  ('stl_demo_vao_2', 1, 'Stall 2', 1, 0, 1, 1, 0),
  ('stl_demo_vao_3', 2, 'Stall 3 (open air)', 0, 0, 0, 2, 0),
  ('stl_demo_vao_4', 3, 'Stall 4', 1, 1, 0, 0, 1))
INSERT OR IGNORE INTO stalls (id, organisation_id, event_id, position, name, power, water, covered, plan_x, plan_y)
SELECT s.id, 'org_demo_city', 'evt_demo_vao_kitchen', s.position, s.name, s.power, s.water, s.covered, s.x, s.y FROM s;

WITH a(id, status, name, locale, cuisine, story, needs, hygiene, consent_public, stall, n) AS (VALUES
  ('app_demo_vao_fatima', 'approved', 'Fatima', 'ar', 'Syrian home cooking', 'I learned these dishes from my grandmother in Aleppo.', '{"power":true,"water":true,"table":true,"equipment":false,"helper":false}', 'done', 1, 'stl_demo_vao_1', 1),
  ('app_demo_vao_olena', 'approved', 'Olena', 'uk', 'Ukrainian', 'Borscht is a hug in a bowl.', '{"power":true,"water":false,"table":true,"equipment":true,"helper":true}', 'done', 1, 'stl_demo_vao_2', 2),
  ('app_demo_vao_m', 'approved', 'M.', 'fa', NULL, NULL, '{"power":false,"water":false,"table":true,"equipment":false,"helper":false}', 'planned', 0, 'stl_demo_vao_3', 3),
  ('app_demo_vao_aziz', 'submitted', 'Aziz', 'ps', 'Afghan', NULL, '{"power":true,"water":true,"table":true,"equipment":true,"helper":false}', 'none', 1, NULL, 4))
INSERT OR IGNORE INTO cook_applications (id, organisation_id, event_id, status, display_name, email, phone, locale, cuisine, story, stall_needs, hygiene, hygiene_expires_at, consent_public, consent_at, stall_id, manage_token_hash, created_at, updated_at, submitted_at)
SELECT a.id, 'org_demo_city', 'evt_demo_vao_kitchen', a.status, a.name, NULL, '+372 5550 30' || a.n, a.locale, a.cuisine, a.story, a.needs, a.hygiene,
       CASE WHEN a.hygiene = 'done' THEN (unixepoch('now', '+400 days')) * 1000 END, a.consent_public,
       unixepoch('now') * 1000, a.stall, 'seed-' || a.id, unixepoch('now') * 1000 + a.n, unixepoch('now') * 1000 + a.n,
       unixepoch('now') * 1000 + a.n
  FROM a;

WITH d(id, application, position, locale, name, description, price, free, allergens, none, labels) AS (VALUES
  ('dsh_demo_vao_1', 'app_demo_vao_fatima', 0, 'ar', 'مجدّرة', 'عدس وأرز وبصل مقلي', 450, 0, '[]', 1, '["vegan","halal"]'),
  ('dsh_demo_vao_2', 'app_demo_vao_fatima', 1, 'ar', 'كبة', 'برغل ولحم ضأن', 550, 0, '["gluten"]', 0, '["halal"]'),
  ('dsh_demo_vao_3', 'app_demo_vao_olena', 0, 'uk', 'Борщ', 'Буряковий суп зі сметаною', 400, 0, '["milk","celery"]', 0, '["vegetarian","gluten-free"]'),
  ('dsh_demo_vao_4', 'app_demo_vao_olena', 1, 'uk', 'Вареники з вишнями', 'Солодкі вареники', NULL, 1, '["gluten","eggs"]', 0, '["vegetarian"]'),
  ('dsh_demo_vao_5', 'app_demo_vao_m', 0, 'fa', 'آش رشته', 'سوپ رشته و حبوبات', 350, 0, '["gluten","milk"]', 0, '["vegetarian"]'))
INSERT OR IGNORE INTO dishes (id, organisation_id, event_id, application_id, position, name, description, price_cents, free, portions, allergens, allergens_none, diet_labels)
SELECT d.id, 'org_demo_city', 'evt_demo_vao_kitchen', d.application, d.position, json_object(d.locale, d.name), json_object(d.locale, d.description),
       d.price, d.free, 60, d.allergens, d.none, d.labels
  FROM d;

-- The organisers' translations of the approved dishes into English.
UPDATE dishes SET name = json_set(name, '$.en', 'Mujaddara'), description = json_set(description, '$.en', 'Lentils, rice and fried onions')
 WHERE id = 'dsh_demo_vao_1' AND json_extract(name, '$.en') IS NULL;
UPDATE dishes SET name = json_set(name, '$.en', 'Kibbeh'), description = json_set(description, '$.en', 'Bulgur and lamb')
 WHERE id = 'dsh_demo_vao_2' AND json_extract(name, '$.en') IS NULL;
UPDATE dishes SET name = json_set(name, '$.en', 'Borscht'), description = json_set(description, '$.en', 'Beetroot soup with sour cream')
 WHERE id = 'dsh_demo_vao_3' AND json_extract(name, '$.en') IS NULL;
UPDATE dishes SET name = json_set(name, '$.en', 'Cherry dumplings'), description = json_set(description, '$.en', 'Sweet varenyky')
 WHERE id = 'dsh_demo_vao_4' AND json_extract(name, '$.en') IS NULL;

-- Volunteering: roles (with what they need) and shifts for the Vao Kitchen festival; one shift is
-- under-staffed, one is full.
WITH r(id, position, name, description, requirements, minimum_age) AS (VALUES
  ('rol_demo_setup', 0,
   '{"en":"Set-up and clean-up","es":"Montaje y limpieza","ar":"التجهيز والتنظيف","et":"Ülesseadmine ja koristus","uk":"Облаштування та прибирання","ru":"Подготовка и уборка","fa":"برپایی و نظافت"}',
   '{"en":"Put up tents and tables in the morning, tidy up in the evening.","es":"Montar carpas y mesas por la mañana y recoger por la tarde.","ar":"نصب الخيام والطاولات صباحًا، والترتيب مساءً.","et":"Hommikul telgid ja lauad üles, õhtul koristamine.","uk":"Вранці поставити намети й столи, увечері прибрати.","ru":"Утром поставить палатки и столы, вечером убрать.","fa":"صبح چادرها و میزها را برپا کنید و عصر همه‌جا را مرتب کنید."}',
   '[]', NULL),
  ('rol_demo_kitchen', 1,
   '{"en":"Kitchen help","es":"Ayuda en la cocina","ar":"مساعدة في المطبخ","et":"Köögiabi","uk":"Допомога на кухні","ru":"Помощь на кухне","fa":"کمک در آشپزخانه"}',
   '{"en":"Help the cooks: wash, chop, serve.","es":"Ayuda a los cocineros: lavar, cortar, servir.","ar":"ساعد الطهاة: الغسل والتقطيع والتقديم.","et":"Aita kokkasid: pese, tükelda, serveeri.","uk":"Допомагайте кухарям: мити, нарізати, подавати.","ru":"Помогайте поварам: мыть, нарезать, подавать.","fa":"به آشپزها کمک کنید: شستن، خرد کردن، سرو کردن."}',
   '["food_hygiene"]', NULL),
  ('rol_demo_interpreter', 2,
   '{"en":"Interpreter","es":"Intérprete","ar":"مترجم","et":"Tõlk","uk":"Перекладач","ru":"Переводчик","fa":"مترجم"}',
   '{"en":"Help cooks and guests understand each other.","es":"Ayuda a cocineros e invitados a entenderse.","ar":"ساعد الطهاة والضيوف على فهم بعضهم بعضًا.","et":"Aita kokkadel ja külalistel üksteist mõista.","uk":"Допомагайте кухарям і гостям розуміти одне одного.","ru":"Помогайте поварам и гостям понимать друг друга.","fa":"به آشپزها و مهمان‌ها کمک کنید حرف هم را بفهمند."}',
   '[]', NULL),
  ('rol_demo_driver', 3,
   '{"en":"Driver","es":"Conductor","ar":"سائق","et":"Autojuht","uk":"Водій","ru":"Водитель","fa":"راننده"}',
   '{"en":"Bring cooks and ingredients from the centre.","es":"Trae a los cocineros y los ingredientes desde el centro.","ar":"أحضر الطهاة والمكونات من المركز.","et":"Too kokad ja toiduained keskusest kohale.","uk":"Привозьте кухарів і продукти з центру.","ru":"Привозите поваров и продукты из центра.","fa":"آشپزها و مواد غذایی را از مرکز بیاورید."}',
   '["driving_licence","min_age"]', 18))
INSERT INTO volunteer_roles (id, organisation_id, position, name, description, requirements, minimum_age)
SELECT r.id, 'org_demo_city', r.position, json(r.name), json(r.description), r.requirements, r.minimum_age FROM r WHERE true
ON CONFLICT (id) DO UPDATE SET name = json_patch(excluded.name, name), description = json_patch(excluded.description, description);

WITH s(id, role_id, label, from_h, to_h, capacity, minimum) AS (VALUES
  ('slt_demo_vao_setup_am', 'rol_demo_setup', '{"en":"Morning set-up","es":"Montaje por la mañana","ar":"التجهيز صباحًا","et":"Hommikune ülesseadmine","uk":"Ранкове облаштування","ru":"Утренняя подготовка","fa":"برپایی صبح"}', -2, 0, 6, 3),
  ('slt_demo_vao_kitchen_1', 'rol_demo_kitchen', '{"en":"Kitchen, first half","es":"Cocina, primera mitad","ar":"المطبخ، النصف الأول","et":"Köök, esimene pool","uk":"Кухня, перша половина","ru":"Кухня, первая половина","fa":"آشپزخانه، نیمه اول"}', 0, 3, 4, 2),
  ('slt_demo_vao_kitchen_2', 'rol_demo_kitchen', '{"en":"Kitchen, second half","es":"Cocina, segunda mitad","ar":"المطبخ، النصف الثاني","et":"Köök, teine pool","uk":"Кухня, друга половина","ru":"Кухня, вторая половина","fa":"آشپزخانه، نیمه دوم"}', 3, 6, 4, 2),
  ('slt_demo_vao_interpreter', 'rol_demo_interpreter', '{"en":"Interpreting","es":"Interpretación","ar":"الترجمة الفورية","et":"Tõlkimine","uk":"Усний переклад","ru":"Устный перевод","fa":"ترجمه شفاهی"}', 0, 6, 2, 1),
  ('slt_demo_vao_driver', 'rol_demo_driver', '{"en":"Morning drive","es":"Viaje de la mañana","ar":"القيادة صباحًا","et":"Hommikune sõit","uk":"Ранкова поїздка","ru":"Утренняя поездка","fa":"رانندگی صبح"}', -3, -2, 1, 1),
  ('slt_demo_vao_cleanup', 'rol_demo_setup', '{"en":"Evening clean-up","es":"Limpieza por la tarde","ar":"التنظيف مساءً","et":"Õhtune koristus","uk":"Вечірнє прибирання","ru":"Вечерняя уборка","fa":"نظافت عصر"}', 6, 8, 6, 3))
INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, role_id, capacity, minimum, taken, waitlist_capacity, waitlist_taken)
SELECT s.id, 'org_demo_city', e.id, json(s.label), e.starts_at + s.from_h * 3600000, e.starts_at + s.to_h * 3600000,
       'volunteer', s.role_id, s.capacity, s.minimum, 0, 0, 0
  FROM s JOIN events e ON e.id = 'evt_demo_vao_kitchen' WHERE true
ON CONFLICT (id) DO UPDATE SET label = json_patch(excluded.label, label);

INSERT OR IGNORE INTO volunteers (id, organisation_id, name, email, phone, locale, languages, declarations, verified, idempotency_key_hash, manage_token_hash, consent_at, created_at)
VALUES ('vol_demo_jaan', 'org_demo_city', 'Jaan', NULL, '+372 5550 4001', 'et', '["et","en","ru"]', '{"foodHygiene":false,"drivingLicence":true,"introduction":true,"age":45}', '{}', 'seed-vol_demo_jaan', 'seed-vol_demo_jaan', unixepoch('now') * 1000, unixepoch('now') * 1000);

INSERT OR IGNORE INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name, phone, locale, languages, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at, volunteer_id)
VALUES ('reg_demo_vol_1', 'org_demo_city', 'evt_demo_vao_kitchen', 'slt_demo_vao_driver', 'confirmed', 1, 0, 'Jaan', '+372 5550 4001', 'et', '["et","en","ru"]',
        unixepoch('now') * 1000, 'seed-reg_demo_vol_1', 'volunteer', 'seed-vol_demo_jaan', unixepoch('now') * 1000, unixepoch('now') * 1000, 'vol_demo_jaan');

UPDATE slots
   SET taken = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                 WHERE slot_id = slots.id AND status = 'confirmed')
 WHERE event_id = 'evt_demo_vao_kitchen' AND audience = 'volunteer';

-- What the Lahemaa groups bring and whom they call on the day (confirmations and reminders say it).
UPDATE events
   SET what_to_bring = json('{"en":"Warm clothes and good shoes for the forest trail. Lunch is provided.","ar":"ملابس دافئة وحذاء مريح لمسار الغابة. الغداء مقدَّم.","uk":"Теплий одяг і зручне взуття для лісової стежки. Обід надається.","et":"Soojad riided ja head jalanõud metsarajale. Lõuna on tagatud.","ru":"Тёплая одежда и удобная обувь для лесной тропы. Обед предоставляется.","fa":"لباس گرم و کفش مناسب برای مسیر جنگل. ناهار داده می‌شود.","es":"Ropa de abrigo y buen calzado para el sendero. El almuerzo está incluido."}'),
       day_contact = 'Mari Tamm, +372 5555 0199'
 WHERE id = 'evt_demo_visit_lahemaa';

-- A network: "Demo Region" lists the events of the organisations that joined it (Demo City and
-- two NGOs), each with its own colours, on one catalogue (<hearth-events network="demo-region">).
-- Its owner (LOCAL DEMO ONLY): network@demo-region.example / demo-organiser-2026 (same hash as
-- the Demo City organiser above).
INSERT OR IGNORE INTO organisations (id, slug, name, kind, default_locale, locales, time_zone, allowed_origins, retention_days, theme, is_network, created_at)
VALUES
('org_demo_region', 'demo-region', 'Demo Region', 'municipality', 'en', '["en","es","ar","uk","et","ru","fa"]', 'Europe/Tallinn',
 '["http://127.0.0.1:8787","http://localhost:8787","http://127.0.0.1:8788","http://localhost:8788"]', 30,
 '{"color-primary":"#1f5130"}', 1, unixepoch('now') * 1000),
('org_demo_bridge', 'welcome-bridge', 'Welcome Bridge', 'ngo', 'en', '["en","uk","ru","et"]', 'Europe/Tallinn',
 '["http://127.0.0.1:8787","http://localhost:8787"]', 30, '{"color-primary":"#6a1b9a"}', 0, unixepoch('now') * 1000),
('org_demo_kitchen', 'open-kitchen', 'Open Kitchen Collective', 'ngo', 'en', '["en","ar","fa","et"]', 'Europe/Tallinn',
 '["http://127.0.0.1:8787","http://localhost:8787"]', 30, '{"color-primary":"#a13d00"}', 0, unixepoch('now') * 1000);

INSERT OR IGNORE INTO users (id, email, display_name, password_hash, password_changed_at, locale, created_at)
VALUES ('usr_demo_region', 'network@demo-region.example', 'Demo Region Coordinator',
        'pbkdf2-sha256$100000$aGVhcnRoLWRlbW8tc2FsdA==$DQcegSdvIZJ5u2sWTPnVsRAoGIaaksLdO0X3MBcDCRg=',
        unixepoch('now') * 1000, 'en', unixepoch('now') * 1000);
INSERT OR IGNORE INTO memberships (user_id, organisation_id, role, created_at)
VALUES ('usr_demo_region', 'org_demo_region', 'owner', unixepoch('now') * 1000);

INSERT OR IGNORE INTO network_members (network_id, member_id, list_by_default, joined_at)
VALUES ('org_demo_region', 'org_demo_city', 1, unixepoch('now') * 1000),
       ('org_demo_region', 'org_demo_bridge', 1, unixepoch('now') * 1000),
       ('org_demo_region', 'org_demo_kitchen', 1, unixepoch('now') * 1000);

INSERT INTO events (id, organisation_id, kind, status, title, summary, description, venue_name, venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at, signup_closes_at, languages, interpretation, accessibility_notes, created_at, updated_at)
VALUES
('evt_demo_bridge_jobs', 'org_demo_bridge', 'course', 'published',
 json('{"en":"Job search workshop: your CV in Estonia","uk":"Семінар з пошуку роботи: ваше резюме в Естонії","ru":"Семинар по поиску работы: ваше резюме в Эстонии","et":"Töötoa päev: sinu CV Eestis","ar":"ورشة البحث عن عمل: سيرتك الذاتية في إستونيا"}'),
 json('{"en":"Write a CV employers here understand. Bring your papers.","uk":"Складіть резюме, зрозуміле тутешнім роботодавцям. Візьміть свої документи.","ru":"Составьте резюме, понятное местным работодателям. Возьмите свои документы.","et":"Kirjuta CV, mida siinsed tööandjad mõistavad. Võta oma paberid kaasa.","ar":"اكتب سيرة ذاتية يفهمها أصحاب العمل هنا. أحضر أوراقك."}'),
 json('{"en":"A career adviser and two volunteers help you write or translate your CV. Laptops are provided.","uk":"Кар’єрний радник і двоє волонтерів допоможуть написати або перекласти резюме. Ноутбуки надаємо.","ru":"Карьерный консультант и двое волонтёров помогут написать или перевести резюме. Ноутбуки предоставляем.","et":"Karjäärinõustaja ja kaks vabatahtlikku aitavad CV kirjutada või tõlkida. Sülearvutid on kohal.","ar":"يساعدك مستشار مهني ومتطوعان في كتابة سيرتك الذاتية أو ترجمتها. الحواسيب متوفرة."}'),
 'Welcome Bridge office', 'Rüütli 5, Tartu', 'Tartu', NULL,
 (unixepoch('now', 'start of day', '+4 days', '+15 hours')) * 1000,
 (unixepoch('now', 'start of day', '+4 days', '+17 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["uk","ru","en"]', '["et"]',
 json('{"en":"Second floor, lift available.","uk":"Другий поверх, є ліфт.","ru":"Второй этаж, есть лифт.","et":"Teine korrus, lift olemas.","ar":"الطابق الثاني، يوجد مصعد."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_kitchen_supper', 'org_demo_kitchen', 'meetup', 'published',
 json('{"en":"Neighbourhood supper: Afghan dishes","ar":"عشاء الحي: أطباق أفغانية","fa":"شام محله: غذاهای افغانی","et":"Naabruse õhtusöök: Afganistani road"}'),
 json('{"en":"Cook and eat together. Everyone brings one word to teach.","ar":"نطبخ ونأكل معًا. يحضر كل شخص كلمة واحدة ليعلّمها.","fa":"با هم آشپزی کنیم و غذا بخوریم. هر کس یک واژه برای یاد دادن بیاورد.","et":"Süüa koos tehes ja koos süües. Igaüks toob ühe sõna, mida õpetada."}'),
 json('{"en":"Two cooks from Herat lead the kitchen. Vegetarian dishes too. Free.","ar":"طاهيان من هرات يقودان المطبخ. توجد أطباق نباتية أيضًا. مجاني.","fa":"دو آشپز از هرات آشپزخانه را اداره می‌کنند. غذای گیاهی هم هست. رایگان.","et":"Kööki juhivad kaks kokka Heratist. Ka taimetoidud. Tasuta."}'),
 'Community kitchen', 'Kalda tee 30, Tartu', 'Tartu', NULL,
 (unixepoch('now', 'start of day', '+5 days', '+17 hours')) * 1000,
 (unixepoch('now', 'start of day', '+5 days', '+20 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["fa","et","en"]', '["ar"]',
 json('{"en":"Step-free entrance.","ar":"مدخل بلا درج.","fa":"ورودی بدون پله.","et":"Trepivaba sissepääs."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_region_fair', 'org_demo_region', 'meetup', 'published',
 json('{"en":"Welcome fair: every organisation in one hall","uk":"Ярмарок вітання: усі організації в одній залі","ar":"معرض الترحيب: كل المنظمات في قاعة واحدة","et":"Tervitusmess: kõik organisatsioonid ühes saalis","ru":"Ярмарка приветствия: все организации в одном зале","fa":"نمایشگاه خوش‌آمد: همه سازمان‌ها در یک سالن"}'),
 json('{"en":"Meet language schools, advisers and clubs of the region.","uk":"Зустріньтеся з мовними школами, радниками та клубами регіону.","ar":"تعرّف على مدارس اللغة والمستشارين والنوادي في المنطقة.","et":"Kohtu piirkonna keelekoolide, nõustajate ja klubidega.","ru":"Познакомьтесь с языковыми школами, консультантами и клубами региона.","fa":"با مدرسه‌های زبان، مشاوران و باشگاه‌های منطقه آشنا شوید."}'),
 json('{"en":"Every member of the Demo Region network has a table. Interpreters for Ukrainian, Arabic and Dari.","uk":"Кожен учасник мережі Demo Region має свій стіл. Є перекладачі української, арабської та дарі.","ar":"لكل عضو في شبكة Demo Region طاولة. يتوفر مترجمون للأوكرانية والعربية والدارية.","et":"Igal Demo Regioni võrgustiku liikmel on oma laud. Tõlgid ukraina, araabia ja dari keelde.","ru":"У каждого участника сети Demo Region свой стол. Есть переводчики украинского, арабского и дари.","fa":"هر عضو شبکه Demo Region یک میز دارد. مترجم اوکراینی، عربی و دری حاضر است."}'),
 'Town hall', 'Raekoja plats 1, Tartu', 'Tartu', NULL,
 (unixepoch('now', 'start of day', '+9 days', '+11 hours')) * 1000,
 (unixepoch('now', 'start of day', '+9 days', '+15 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en","uk","ar","fa"]', '["uk","ar","fa"]',
 json('{"en":"Step-free, hearing loop at the info desk.","uk":"Без сходинок, індукційна петля біля інформаційної стійки.","ar":"بلا درج، وحلقة سمعية عند مكتب المعلومات.","et":"Trepivaba, infoletis induktsioonsilmus.","ru":"Без ступенек, индукционная петля у стойки информации.","fa":"بدون پله، حلقهٔ شنوایی در میز اطلاعات."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000)
ON CONFLICT (id) DO UPDATE SET title = json_patch(excluded.title, title);

WITH s(id, org, event_id, label, capacity) AS (VALUES
  ('slt_demo_bridge_jobs', 'org_demo_bridge', 'evt_demo_bridge_jobs', '{"en":"Afternoon","uk":"Після обіду","ru":"После обеда","et":"Pärastlõuna","ar":"بعد الظهر"}', 12),
  ('slt_demo_kitchen_supper', 'org_demo_kitchen', 'evt_demo_kitchen_supper', '{"en":"Evening","ar":"المساء","fa":"عصر","et":"Õhtu"}', 25),
  ('slt_demo_region_fair', 'org_demo_region', 'evt_demo_region_fair', '{"en":"Open doors","uk":"Відкриті двері","ar":"أبواب مفتوحة","et":"Avatud uksed","ru":"Открытые двери","fa":"درهای باز"}', 200))
INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, capacity, taken, waitlist_capacity, waitlist_taken)
SELECT s.id, s.org, s.event_id, json(s.label), e.starts_at, e.ends_at, 'attendee', s.capacity, 0, 10, 0
  FROM s JOIN events e ON e.id = s.event_id WHERE true
ON CONFLICT (id) DO UPDATE SET label = json_patch(excluded.label, label);

-- The region features its own fair in the catalogue.
INSERT OR IGNORE INTO network_curation (network_id, event_id, state, updated_at)
VALUES ('org_demo_region', 'evt_demo_region_fair', 'featured', unixepoch('now') * 1000);

UPDATE events
   SET reminder_at = unixepoch(date(starts_at / 1000, 'unixepoch', '+2 hours'), '-1 day', '+8 hours') * 1000
 WHERE organisation_id IN ('org_demo_region', 'org_demo_bridge', 'org_demo_kitchen') AND reminder_at IS NULL;
