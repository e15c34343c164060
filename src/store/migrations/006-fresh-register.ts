// Migration 003 marks the register stale so that a database made before public ids gets them
// at its first replay. A database with no documents has nothing to replay: its empty register
// is already what a replay would give. Left stale, it deferred every document of its first
// ingest to a full replay at the end, even when the documents came in date order and could
// each have extended the register as it was stored.

export const freshRegisterSql = `UPDATE kb_meta SET value = '0' WHERE key = 'stale' AND NOT EXISTS (SELECT 1 FROM documents);`;
