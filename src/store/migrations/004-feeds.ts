// Feeds that `corridor watch` polls: the validators of the last answer, for conditional requests
// (ETag, Last-Modified), and what the last poll found.

export const feedsSchema = `
CREATE TABLE feeds (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  last_checked TEXT NOT NULL,
  last_status TEXT NOT NULL,
  items_seen INTEGER NOT NULL DEFAULT 0,
  items_added INTEGER NOT NULL DEFAULT 0
);
`;
