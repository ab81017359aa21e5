CREATE TABLE `network_curation` (
	`network_id` text NOT NULL,
	`event_id` text NOT NULL,
	`state` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`network_id`, `event_id`),
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `network_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`token_hash` text NOT NULL,
	`invited_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`accepted_at` integer,
	`accepted_for` text,
	`revoked_at` integer,
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invited_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accepted_for`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_invitations_token_hash_idx` ON `network_invitations` (`token_hash`);--> statement-breakpoint
CREATE INDEX `network_invitations_network_idx` ON `network_invitations` (`network_id`);--> statement-breakpoint
CREATE TABLE `network_members` (
	`network_id` text NOT NULL,
	`member_id` text NOT NULL,
	`list_by_default` integer DEFAULT true NOT NULL,
	`joined_at` integer NOT NULL,
	`accepted_by` text,
	PRIMARY KEY(`network_id`, `member_id`),
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`member_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`accepted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "network_members_not_itself" CHECK("network_members"."network_id" <> "network_members"."member_id")
);
--> statement-breakpoint
CREATE INDEX `network_members_member_idx` ON `network_members` (`member_id`);--> statement-breakpoint
ALTER TABLE `organisations` ADD `is_network` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `network_listing` text;