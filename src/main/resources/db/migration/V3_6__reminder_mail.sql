-- A reminder's mail is written in the transaction that records the reminder (a timer's) and sent by a
-- job of its own afterwards (notification/MailJobHandler): a slow or absent mail server no longer holds
-- up, or rolls back, the escalation task the timer creates. The text kept here is what was sent.
ALTER TABLE reminder ADD COLUMN mail_subject VARCHAR(1000);
ALTER TABLE reminder ADD COLUMN mail_body VARCHAR(65535);
