-- Each member's language (issue 11): the locale Slack reports for them (users.info with
-- include_locale, refreshed with the profile) and the one they chose with `/pacer my-language`,
-- which wins. NULL is "not known" / "not chosen"; the team language applies then.
ALTER TABLE members ADD COLUMN slack_locale TEXT;
ALTER TABLE members ADD COLUMN language TEXT;
