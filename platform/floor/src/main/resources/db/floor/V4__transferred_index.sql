-- Tickets transferred to a window, oldest first, now without state: a ticket's state changes when
-- it is called and when it is finished, and only tickets with a target window need this index, so
-- those changes of every other ticket leave it alone (issue 23: call-next's cost in the writer).
DROP INDEX floor_ticket_transferred;
CREATE INDEX floor_ticket_transferred ON floor_ticket (target_window, day, issued_at, id);
