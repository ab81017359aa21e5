-- Hand-written (drizzle-kit generate --custom): drizzle does not describe triggers.
-- Retention stops reading an event once everyone it held is erased (events.people_erased_at).
-- Should a person be added to that event afterwards (an organiser adding someone late, feedback
-- arriving), these triggers put the event back in retention's reach, so nobody is kept forever.
CREATE TRIGGER `registrations_reopen_retention` AFTER INSERT ON `registrations`
WHEN NEW.erased_at IS NULL
BEGIN
  UPDATE events SET people_erased_at = NULL
   WHERE id = NEW.event_id AND people_erased_at IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `cook_applications_reopen_retention` AFTER INSERT ON `cook_applications`
WHEN NEW.erased_at IS NULL
BEGIN
  UPDATE events SET people_erased_at = NULL
   WHERE id = NEW.event_id AND people_erased_at IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `visit_feedback_reopen_retention` AFTER INSERT ON `visit_feedback`
WHEN NEW.comment IS NOT NULL
BEGIN
  UPDATE events SET people_erased_at = NULL
   WHERE id = NEW.event_id AND people_erased_at IS NOT NULL;
END;--> statement-breakpoint
CREATE TRIGGER `visit_feedback_comment_reopens_retention` AFTER UPDATE OF comment ON `visit_feedback`
WHEN NEW.comment IS NOT NULL
BEGIN
  UPDATE events SET people_erased_at = NULL
   WHERE id = NEW.event_id AND people_erased_at IS NOT NULL;
END;
