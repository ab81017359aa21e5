CREATE TABLE `event_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`label` text NOT NULL,
	`choices` text,
	`required` integer DEFAULT false NOT NULL,
	`sensitive` integer DEFAULT false NOT NULL,
	`audience` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `event_questions_event_id_position_idx` ON `event_questions` (`event_id`,`position`);--> statement-breakpoint
CREATE TABLE `registration_answers` (
	`registration_id` text NOT NULL,
	`question_id` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`registration_id`, `question_id`),
	FOREIGN KEY (`registration_id`) REFERENCES `registrations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "registration_answers_value_check" CHECK(json_valid("registration_answers"."value"))
);
