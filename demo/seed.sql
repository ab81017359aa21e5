-- Demo data for the fictional municipality "Demo City". Idempotent: every row has a fixed id and is
-- inserted with OR IGNORE; the counters are recomputed from the registrations, so a second run
-- changes nothing. Dates are relative to the day of the first run.

INSERT OR IGNORE INTO organisations (id, slug, name, kind, default_locale, locales, time_zone, allowed_origins, retention_days, created_at)
VALUES ('org_demo_city', 'demo-city', 'Demo City', 'municipality', 'en',
        '["en","es","ar","uk","et"]', 'Europe/Tallinn',
        '["http://127.0.0.1:8787","http://localhost:8787","http://127.0.0.1:8788","http://localhost:8788"]',
        30, unixepoch('now') * 1000);

INSERT OR IGNORE INTO events (id, organisation_id, kind, status, title, summary, description, venue_name, venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at, signup_closes_at, languages, interpretation, accessibility_notes, created_at, updated_at)
VALUES
('evt_demo_cafe_tue', 'org_demo_city', 'meetup', 'published',
 json('{"en":"Language café: Estonian for beginners","es":"Café de idiomas: estonio para principiantes","ar":"مقهى اللغة: الإستونية للمبتدئين","uk":"Мовне кафе: естонська для початківців","et":"Keelekohvik: eesti keel algajatele"}'),
 json('{"en":"Practise simple Estonian over tea. No level needed.","es":"Practica estonio sencillo con un té. No hace falta nivel.","ar":"تدرّب على الإستونية البسيطة مع كوب شاي. لا يلزم مستوى معيّن.","uk":"Практикуйте просту естонську за чаєм. Рівень не потрібен."}'),
 json('{"en":"Volunteers from the neighbourhood meet newcomers to talk in easy Estonian. Children are welcome; there is a play corner.","es":"Voluntarios del barrio se reúnen con recién llegados para hablar en estonio fácil. Los niños son bienvenidos; hay un rincón de juegos.","ar":"يلتقي متطوعون من الحي بالقادمين الجدد للتحدث بالإستونية السهلة. الأطفال مرحّب بهم، وهناك ركن للعب."}'),
 'Central Library, room 2', 'Library Street 1, Demo City', 'Harju', NULL,
 (unixepoch('now', 'start of day', '+3 days', '+16 hours')) * 1000,
 (unixepoch('now', 'start of day', '+3 days', '+18 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en","ru"]', '["uk","ar"]',
 json('{"en":"Step-free entrance and lift. Accessible toilet on the ground floor.","es":"Entrada sin escalones y ascensor. Baño accesible en la planta baja.","ar":"مدخل بلا درج ومصعد. مرحاض مهيأ في الطابق الأرضي."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_cafe_sat', 'org_demo_city', 'meetup', 'published',
 json('{"en":"Saturday language café with board games","es":"Café de idiomas del sábado con juegos de mesa","ar":"مقهى اللغة يوم السبت مع ألعاب الطاولة","uk":"Суботнє мовне кафе з настільними іграми"}'),
 json('{"en":"Play games and learn words. Almost full.","es":"Juega y aprende palabras. Casi completo.","ar":"العب وتعلّم كلمات جديدة. الأماكن شبه ممتلئة."}'),
 json('{"en":"A relaxed afternoon of board games in Estonian and English. Tea and snacks provided.","es":"Una tarde tranquila de juegos de mesa en estonio e inglés. Hay té y algo para picar.","ar":"فترة بعد ظهر هادئة مع ألعاب الطاولة بالإستونية والإنجليزية. يتوفر الشاي والوجبات الخفيفة."}'),
 'Youth Centre', 'Harbour Road 12, Demo City', 'Harju', NULL,
 (unixepoch('now', 'start of day', '+6 days', '+10 hours')) * 1000,
 (unixepoch('now', 'start of day', '+6 days', '+13 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en"]', '[]',
 json('{"en":"Ground floor, step-free."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_orientation', 'org_demo_city', 'course', 'published',
 json('{"en":"Orientation course: living and working in Estonia","es":"Curso de orientación: vivir y trabajar en Estonia","ar":"دورة توجيهية: العيش والعمل في إستونيا","uk":"Орієнтаційний курс: життя і робота в Естонії","et":"Kohanemiskoolitus: elu ja töö Eestis"}'),
 json('{"en":"Health care, work, school and your rights, explained simply.","es":"Salud, trabajo, escuela y tus derechos, explicados de forma sencilla.","ar":"الرعاية الصحية والعمل والمدرسة وحقوقك، بشرح بسيط."}'),
 json('{"en":"A one-day course with interpreters. Lunch is included. Places are full; join the waitlist and we will tell you if a place opens.","es":"Un curso de un día con intérpretes. Incluye el almuerzo. Las plazas están completas; apúntate a la lista de espera.","ar":"دورة ليوم واحد مع مترجمين. الغداء مشمول. الأماكن ممتلئة، سجّل في قائمة الانتظار وسنخبرك إذا توفر مكان."}'),
 'Town Hall, Hall B', 'Market Square 1, Demo City', 'Harju', NULL,
 (unixepoch('now', 'start of day', '+10 days', '+7 hours')) * 1000,
 (unixepoch('now', 'start of day', '+10 days', '+14 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et","en"]', '["uk","ru","ar","fa"]',
 json('{"en":"Hearing loop in Hall B. Tell us about other needs when you sign up.","ar":"حلقة سمعية في القاعة B. أخبرنا عن احتياجات أخرى عند التسجيل."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_friends', 'org_demo_city', 'meetup', 'published',
 json('{"en":"Language Friend: meet your mentor","es":"Amigo de idioma: conoce a tu mentor","ar":"صديق اللغة: تعرّف على مرشدك","uk":"Мовний друг: зустріч із наставником","et":"Keelesõber: kohtu oma mentoriga"}'),
 json('{"en":"Start a three-month season of practice with a volunteer mentor. About A2 level.","es":"Empieza una temporada de tres meses de práctica con un mentor voluntario. Nivel A2 aproximadamente.","ar":"ابدأ موسماً من ثلاثة أشهر للتدرّب مع مرشد متطوع. المستوى A2 تقريباً."}'),
 json('{"en":"Pairs meet once or twice a week, in person or online, to talk, share hobbies and learn about life here. This first meeting is online.","es":"Las parejas se reúnen una o dos veces por semana para hablar y compartir aficiones. Este primer encuentro es en línea.","ar":"يلتقي الثنائي مرة أو مرتين في الأسبوع، حضورياً أو عبر الإنترنت. هذا اللقاء الأول عبر الإنترنت."}'),
 NULL, NULL, 'Online', 'https://meet.example.org/language-friend',
 (unixepoch('now', 'start of day', '+14 days', '+15 hours')) * 1000,
 (unixepoch('now', 'start of day', '+14 days', '+16 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et"]', '[]',
 json('{"en":"Online; captions on request."}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000),
('evt_demo_draft', 'org_demo_city', 'course', 'draft',
 json('{"en":"Draft: winter course (not public yet)"}'), json('{"en":""}'), json('{"en":""}'),
 NULL, NULL, 'Harju', NULL,
 (unixepoch('now', 'start of day', '+30 days')) * 1000,
 (unixepoch('now', 'start of day', '+30 days', '+2 hours')) * 1000,
 'Europe/Tallinn', NULL, NULL, '["et"]', '[]', json('{"en":""}'),
 unixepoch('now') * 1000, unixepoch('now') * 1000);

WITH s(id, event_id, label, capacity, waitlist_capacity) AS (VALUES
  ('slt_demo_cafe_tue', 'evt_demo_cafe_tue', '{"en":"Evening","es":"Tarde","ar":"المساء"}', 20, 10),
  ('slt_demo_cafe_sat', 'evt_demo_cafe_sat', '{"en":"Afternoon","es":"Tarde","ar":"بعد الظهر"}', 12, 6),
  ('slt_demo_orientation', 'evt_demo_orientation', '{"en":"Whole day","es":"Todo el día","ar":"اليوم كاملاً"}', 8, 10),
  ('slt_demo_friends', 'evt_demo_friends', '{"en":"Online meeting","es":"Reunión en línea","ar":"لقاء عبر الإنترنت"}', 30, 0),
  ('slt_demo_draft', 'evt_demo_draft', '{"en":"Morning"}', 15, 0))
INSERT OR IGNORE INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, capacity, taken, waitlist_capacity, waitlist_taken)
SELECT s.id, 'org_demo_city', s.event_id, json(s.label), e.starts_at, e.ends_at, 'attendee', s.capacity, 0, s.waitlist_capacity, 0
  FROM s JOIN events e ON e.id = s.event_id;

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
                 WHERE slot_id = slots.id AND status = 'confirmed'),
       waitlist_taken = (SELECT COALESCE(SUM(adults + children), 0) FROM registrations
                          WHERE slot_id = slots.id AND status = 'waitlisted')
 WHERE organisation_id = 'org_demo_city';

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
