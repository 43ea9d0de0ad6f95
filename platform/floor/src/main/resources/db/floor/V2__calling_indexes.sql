-- Calling reads a few candidates per rule, each from an index in calling order, instead of
-- sorting every waiting ticket of the site (issue 23: call-next p99 under 50 ms with 5,000 waiting).
-- Walk-ins and appointments of a queue, VIP or not, oldest first (target_window: the index alone answers):
CREATE INDEX floor_ticket_calling ON floor_ticket (site, day, state, queue, kind, vip, issued_at, id, target_window);
-- Tickets transferred to a window, oldest first:
CREATE INDEX floor_ticket_transferred ON floor_ticket (target_window, state, day, issued_at, id);
-- A prefix of floor_ticket_calling now:
DROP INDEX floor_ticket_waiting;
