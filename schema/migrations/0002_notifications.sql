CREATE TABLE `outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`kind` text NOT NULL,
	`registration_id` text,
	`user_id` text,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outbox_attempts_check" CHECK("outbox"."attempts" >= 0)
);
--> statement-breakpoint
CREATE INDEX `outbox_status_next_attempt_at_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_organisation_id_status_idx` ON `outbox` (`organisation_id`,`status`);--> statement-breakpoint
CREATE INDEX `outbox_registration_id_idx` ON `outbox` (`registration_id`);--> statement-breakpoint
CREATE TABLE `dev_mailbox` (
	`id` text PRIMARY KEY NOT NULL,
	`outbox_id` text,
	`recipient` text NOT NULL,
	`subject` text NOT NULL,
	`raw` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `events` ADD `reminder_at` integer;--> statement-breakpoint
ALTER TABLE `events` ADD `feedback_url` text;--> statement-breakpoint
ALTER TABLE `events` ADD `calendar_sequence` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `events_reminder_at_idx` ON `events` (`reminder_at`);--> statement-breakpoint
ALTER TABLE `registrations` ADD `reminder_queued_at` integer;--> statement-breakpoint
ALTER TABLE `registrations` ADD `thank_you_queued_at` integer;--> statement-breakpoint
ALTER TABLE `registrations` ADD `attendance_confirmed_at` integer;--> statement-breakpoint
ALTER TABLE `memberships` ADD `digest_opt_in` integer DEFAULT false NOT NULL;