CREATE INDEX `registrations_event_id_unerased_idx` ON `registrations` (`event_id`) WHERE erased_at IS NULL;--> statement-breakpoint
CREATE INDEX `outbox_application_id_idx` ON `outbox` (`application_id`);--> statement-breakpoint
CREATE INDEX `visit_feedback_event_id_commented_idx` ON `visit_feedback` (`event_id`) WHERE comment IS NOT NULL;--> statement-breakpoint
CREATE INDEX `cook_applications_event_id_unerased_idx` ON `cook_applications` (`event_id`) WHERE erased_at IS NULL;--> statement-breakpoint
CREATE INDEX `volunteers_organisation_id_unerased_idx` ON `volunteers` (`organisation_id`) WHERE erased_at IS NULL;