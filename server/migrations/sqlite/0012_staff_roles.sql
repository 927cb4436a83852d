-- Staff roles. `users.role` stays the account's kind (a member, or staff); `staff_role` says what a staff
-- account may do: a caseworker works their service's queue; a manager also runs its team and reads its audit
-- log; a commissioner reads aggregate figures across services and nothing about a person; the operator (made
-- only at the server's shell) does what a manager does for every service and invites managers and
-- commissioners. Accounts from before this migration: 'staff' became caseworkers; 'admin' (made only at the
-- shell, reading every service's audit log and the report) became the operator, and their kind 'staff'.
-- (A column, not a table rebuild: SQLite cannot change the CHECK on `users.role`.)
ALTER TABLE users ADD COLUMN staff_role TEXT CHECK (staff_role IN ('caseworker', 'manager', 'commissioner', 'operator'));
UPDATE users SET staff_role = 'caseworker' WHERE role = 'staff';
UPDATE users SET staff_role = 'operator', role = 'staff' WHERE role = 'admin';
CREATE INDEX users_service_role ON users (service_id, staff_role);
