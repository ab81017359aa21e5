CREATE TABLE `cook_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`display_name` text NOT NULL,
	`email` text,
	`phone` text,
	`locale` text NOT NULL,
	`cuisine` text,
	`story` text,
	`stall_needs` text NOT NULL,
	`hygiene` text,
	`hygiene_expires_at` integer,
	`hygiene_verified_at` integer,
	`consent_public` integer DEFAULT false NOT NULL,
	`consent_at` integer NOT NULL,
	`organiser_message` text,
	`organiser_note` text,
	`stall_id` text,
	`manage_token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	`erased_at` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cook_applications_event_id_status_idx` ON `cook_applications` (`event_id`,`status`);--> statement-breakpoint
CREATE TABLE `dishes` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`application_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`description` text NOT NULL,
	`price_cents` integer,
	`free` integer DEFAULT false NOT NULL,
	`portions` integer,
	`allergens` text NOT NULL,
	`allergens_none` integer DEFAULT false NOT NULL,
	`diet_labels` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `cook_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dishes_application_id_idx` ON `dishes` (`application_id`);--> statement-breakpoint
CREATE INDEX `dishes_event_id_idx` ON `dishes` (`event_id`);--> statement-breakpoint
CREATE TABLE `stalls` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`power` integer DEFAULT false NOT NULL,
	`water` integer DEFAULT false NOT NULL,
	`covered` integer DEFAULT false NOT NULL,
	`plan_x` integer,
	`plan_y` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stalls_event_id_idx` ON `stalls` (`event_id`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`application_id` text NOT NULL,
	`kind` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`note` text,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `cook_applications`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "ledger_entries_amount_check" CHECK("ledger_entries"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE INDEX `ledger_entries_event_id_idx` ON `ledger_entries` (`event_id`);--> statement-breakpoint
ALTER TABLE `events` ADD `cook_deadline` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `application_id` text;