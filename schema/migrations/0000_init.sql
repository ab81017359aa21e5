CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`default_locale` text NOT NULL,
	`locales` text NOT NULL,
	`time_zone` text NOT NULL,
	`allowed_origins` text NOT NULL,
	`retention_days` integer DEFAULT 30 NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "organisations_retention_days_check" CHECK("organisations"."retention_days" BETWEEN 1 AND 3650)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_slug_idx` ON `organisations` (`slug`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`description` text NOT NULL,
	`venue_name` text,
	`venue_address` text,
	`region` text,
	`online_url` text,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`time_zone` text NOT NULL,
	`signup_opens_at` integer,
	`signup_closes_at` integer,
	`languages` text NOT NULL,
	`interpretation` text NOT NULL,
	`accessibility_notes` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_organisation_id_status_starts_at_idx` ON `events` (`organisation_id`,`status`,`starts_at`);--> statement-breakpoint
CREATE TABLE `slots` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`label` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`audience` text DEFAULT 'attendee' NOT NULL,
	`capacity` integer NOT NULL,
	`taken` integer DEFAULT 0 NOT NULL,
	`waitlist_capacity` integer DEFAULT 0 NOT NULL,
	`waitlist_taken` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "slots_taken_check" CHECK("slots"."taken" >= 0 AND "slots"."taken" <= "slots"."capacity"),
	CONSTRAINT "slots_waitlist_taken_check" CHECK("slots"."waitlist_taken" >= 0 AND "slots"."waitlist_taken" <= "slots"."waitlist_capacity"),
	CONSTRAINT "slots_capacity_check" CHECK("slots"."capacity" >= 0 AND "slots"."waitlist_capacity" >= 0)
);
--> statement-breakpoint
CREATE INDEX `slots_event_id_idx` ON `slots` (`event_id`);--> statement-breakpoint
CREATE TABLE `registrations` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`event_id` text NOT NULL,
	`slot_id` text NOT NULL,
	`status` text NOT NULL,
	`adults` integer NOT NULL,
	`children` integer DEFAULT 0 NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`locale` text NOT NULL,
	`interpreter_language` text,
	`accessibility_needs` text,
	`dietary_needs` text,
	`consent_at` integer NOT NULL,
	`idempotency_key_hash` text NOT NULL,
	`request_hash` text NOT NULL,
	`manage_token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`cancelled_at` integer,
	`erased_at` integer,
	`promotion_batch` text,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`slot_id`) REFERENCES `slots`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "registrations_party_check" CHECK("registrations"."adults" >= 0 AND "registrations"."children" >= 0 AND "registrations"."adults" + "registrations"."children" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_organisation_id_idempotency_key_hash_idx` ON `registrations` (`organisation_id`,`idempotency_key_hash`);--> statement-breakpoint
CREATE INDEX `registrations_slot_id_status_created_at_idx` ON `registrations` (`slot_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `registrations_event_id_idx` ON `registrations` (`event_id`);--> statement-breakpoint
CREATE INDEX `registrations_promotion_batch_idx` ON `registrations` (`promotion_batch`);