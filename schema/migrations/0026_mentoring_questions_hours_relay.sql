CREATE TABLE `mentoring_relay_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`season_id` text NOT NULL,
	`pair_id` text NOT NULL,
	`sender_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`season_id`) REFERENCES `mentoring_seasons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`pair_id`) REFERENCES `mentoring_pairs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sender_id`) REFERENCES `mentoring_people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentoring_relay_messages_sender_idx` ON `mentoring_relay_messages` (`sender_id`,`created_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_mentoring_check_ins` (
	`pair_id` text NOT NULL,
	`person_id` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`hours_met` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`pair_id`) REFERENCES `mentoring_pairs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `mentoring_people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mentoring_check_ins_score_check" CHECK("__new_mentoring_check_ins"."score" BETWEEN 1 AND 5),
	CONSTRAINT "mentoring_check_ins_hours_check" CHECK("__new_mentoring_check_ins"."hours_met" IS NULL OR "__new_mentoring_check_ins"."hours_met" BETWEEN 0 AND 500)
);
--> statement-breakpoint
INSERT INTO `__new_mentoring_check_ins`("pair_id", "person_id", "score", "comment", "hours_met", "created_at") SELECT "pair_id", "person_id", "score", "comment", NULL, "created_at" FROM `mentoring_check_ins`;--> statement-breakpoint
DROP TABLE `mentoring_check_ins`;--> statement-breakpoint
ALTER TABLE `__new_mentoring_check_ins` RENAME TO `mentoring_check_ins`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `mentoring_check_ins_once_idx` ON `mentoring_check_ins` (`pair_id`,`person_id`);--> statement-breakpoint
ALTER TABLE `mentoring_people` ADD `answers` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `mentoring_seasons` ADD `questions` text DEFAULT '[]' NOT NULL;