CREATE TABLE `volunteer_roles` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`requirements` text NOT NULL,
	`minimum_age` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteer_roles_organisation_id_idx` ON `volunteer_roles` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `volunteers` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`locale` text NOT NULL,
	`languages` text NOT NULL,
	`declarations` text NOT NULL,
	`verified` text NOT NULL,
	`idempotency_key_hash` text NOT NULL,
	`manage_token_hash` text NOT NULL,
	`consent_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`erased_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteers_organisation_id_idempotency_key_hash_idx` ON `volunteers` (`organisation_id`,`idempotency_key_hash`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `shift_grace_minutes` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE `slots` ADD `role_id` text;--> statement-breakpoint
ALTER TABLE `slots` ADD `minimum` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `registrations` ADD `volunteer_id` text;--> statement-breakpoint
ALTER TABLE `registrations` ADD `hours_override_minutes` integer;--> statement-breakpoint
ALTER TABLE `registrations` ADD `hours_reason` text;--> statement-breakpoint
CREATE INDEX `registrations_volunteer_id_idx` ON `registrations` (`volunteer_id`);