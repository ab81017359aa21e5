ALTER TABLE `events` ADD `series_position` integer;--> statement-breakpoint
ALTER TABLE `event_series` ADD `date_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Series made before: count their dates and number them by start, as the worker now keeps them.
UPDATE `event_series` SET `date_count` = (SELECT count(*) FROM `events` WHERE `series_id` = `event_series`.`id`);--> statement-breakpoint
UPDATE `events` SET `series_position` = (
  SELECT count(*) FROM `events` AS `d`
   WHERE `d`.`series_id` = `events`.`series_id`
     AND (`d`.`starts_at` < `events`.`starts_at` OR (`d`.`starts_at` = `events`.`starts_at` AND `d`.`id` <= `events`.`id`))
) WHERE `series_id` IS NOT NULL;
