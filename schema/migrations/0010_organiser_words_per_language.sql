-- Organisers' words (a cancellation message, a cook decision) are now kept per language as JSON
-- ({"en": "…", "ar": "…"}). Words written before were in the organisation's default language.
UPDATE `events`
   SET `cancellation_message` = json_object(
         (SELECT `default_locale` FROM `organisations` o WHERE o.`id` = `events`.`organisation_id`),
         `cancellation_message`)
 WHERE `cancellation_message` IS NOT NULL
   AND (CASE WHEN json_valid(`cancellation_message`) THEN json_type(`cancellation_message`) END) IS NOT 'object';
--> statement-breakpoint
UPDATE `cook_applications`
   SET `organiser_message` = json_object(
         (SELECT `default_locale` FROM `organisations` o WHERE o.`id` = `cook_applications`.`organisation_id`),
         `organiser_message`)
 WHERE `organiser_message` IS NOT NULL
   AND (CASE WHEN json_valid(`organiser_message`) THEN json_type(`organiser_message`) END) IS NOT 'object';
