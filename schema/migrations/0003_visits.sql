CREATE TABLE `visit_stops` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`position` integer NOT NULL,
	`place` text NOT NULL,
	`address` text,
	`arrives_at` integer NOT NULL,
	`activity` text NOT NULL,
	`accessibility` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_stops_event_id_position_idx` ON `visit_stops` (`event_id`,`position`);--> statement-breakpoint
CREATE TABLE `pickup_points` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`address` text,
	`departs_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pickup_points_event_id_position_idx` ON `pickup_points` (`event_id`,`position`);--> statement-breakpoint
CREATE TABLE `visit_feedback` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`registration_id` text NOT NULL,
	`audience` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "visit_feedback_score_check" CHECK("visit_feedback"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visit_feedback_registration_id_idx` ON `visit_feedback` (`registration_id`);--> statement-breakpoint
CREATE INDEX `visit_feedback_event_id_idx` ON `visit_feedback` (`event_id`);--> statement-breakpoint
ALTER TABLE `slots` ADD `stop_id` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `languages` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `pickup_point_id` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `offer` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `wheelchair_places` integer DEFAULT 0 NOT NULL;