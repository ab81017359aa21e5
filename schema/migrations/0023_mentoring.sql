CREATE TABLE `mentoring_bans` (
	`season_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`learner_id` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`season_id`) REFERENCES `mentoring_seasons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentoring_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`learner_id`) REFERENCES `mentoring_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentoring_bans_pair_idx` ON `mentoring_bans` (`season_id`,`mentor_id`,`learner_id`);--> statement-breakpoint
CREATE TABLE `mentoring_pairs` (
	`id` text PRIMARY KEY NOT NULL,
	`season_id` text NOT NULL,
	`mentor_id` text NOT NULL,
	`learner_id` text NOT NULL,
	`state` text NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`score` integer NOT NULL,
	`reasons` text NOT NULL,
	`mentor_shares_at` integer,
	`learner_shares_at` integer,
	`published_at` integer,
	`ended_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`season_id`) REFERENCES `mentoring_seasons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`mentor_id`) REFERENCES `mentoring_people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`learner_id`) REFERENCES `mentoring_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentoring_pairs_season_idx` ON `mentoring_pairs` (`season_id`,`state`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentoring_pairs_learner_live_idx` ON `mentoring_pairs` (`learner_id`) WHERE state <> 'ended';--> statement-breakpoint
CREATE TABLE `mentoring_people` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`season_id` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`first_name` text NOT NULL,
	`email` text,
	`locale` text NOT NULL,
	`time_zone` text NOT NULL,
	`languages` text NOT NULL,
	`level` text NOT NULL,
	`availability` text NOT NULL,
	`modes` text NOT NULL,
	`region` text,
	`interests` text NOT NULL,
	`interests_other` text DEFAULT '' NOT NULL,
	`gender` text,
	`age` integer,
	`wants` text NOT NULL,
	`capacity` integer DEFAULT 1 NOT NULL,
	`manage_token_hash` text NOT NULL,
	`idempotency_key_hash` text NOT NULL,
	`request_hash` text NOT NULL,
	`consent_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`erased_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`season_id`) REFERENCES `mentoring_seasons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mentoring_people_capacity_check" CHECK("mentoring_people"."capacity" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE INDEX `mentoring_people_season_idx` ON `mentoring_people` (`season_id`,`role`);--> statement-breakpoint
CREATE UNIQUE INDEX `mentoring_people_idempotency_idx` ON `mentoring_people` (`season_id`,`idempotency_key_hash`);--> statement-breakpoint
CREATE TABLE `mentoring_seasons` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`name` text NOT NULL,
	`practised_language` text NOT NULL,
	`starts_on` integer NOT NULL,
	`ends_on` integer NOT NULL,
	`intake_closes_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`modes` text NOT NULL,
	`regions` text DEFAULT '[]' NOT NULL,
	`learner_level_min` text DEFAULT 'A2' NOT NULL,
	`learner_level_max` text DEFAULT 'B2' NOT NULL,
	`min_shared_hours` integer DEFAULT 2 NOT NULL,
	`max_learners_per_mentor` integer DEFAULT 2 NOT NULL,
	`weights` text NOT NULL,
	`contact` text DEFAULT 'relay' NOT NULL,
	`pairing_version` integer DEFAULT 1 NOT NULL,
	`solve_marker` text,
	`published_at` integer,
	`check_in_sent_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `outbox` ADD `mentoring_person_id` text;