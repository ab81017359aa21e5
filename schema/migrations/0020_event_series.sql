CREATE TABLE `event_series` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`rule` text NOT NULL,
	`block_signup` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `events` ADD `series_id` text REFERENCES event_series(id);--> statement-breakpoint
CREATE INDEX `events_series_id_starts_at_idx` ON `events` (`series_id`,`starts_at`) WHERE series_id IS NOT NULL;