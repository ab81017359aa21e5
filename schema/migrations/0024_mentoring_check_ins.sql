CREATE TABLE `mentoring_check_ins` (
	`pair_id` text NOT NULL,
	`person_id` text NOT NULL,
	`score` integer NOT NULL,
	`comment` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`pair_id`) REFERENCES `mentoring_pairs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `mentoring_people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mentoring_check_ins_score_check" CHECK("mentoring_check_ins"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentoring_check_ins_once_idx` ON `mentoring_check_ins` (`pair_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `mentoring_seasons_check_in_due_idx` ON `mentoring_seasons` (`starts_on`) WHERE check_in_sent_at IS NULL AND published_at IS NOT NULL;