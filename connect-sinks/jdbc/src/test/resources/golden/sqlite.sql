-- create table with every column kind
CREATE TABLE IF NOT EXISTS "logs" ("id" INTEGER NOT NULL, "region" TEXT NOT NULL, "c_int8" INTEGER, "c_int16" INTEGER, "c_int32" INTEGER, "c_int64" INTEGER, "c_float32" REAL, "c_float64" REAL, "c_boolean" INTEGER, "c_string" TEXT, "c_bytes" BLOB, "c_decimal" NUMERIC, "c_date" TEXT, "c_time" TEXT, "c_timestamp" TEXT, "c_json" TEXT, PRIMARY KEY ("id", "region"));

-- create table without key
CREATE TABLE IF NOT EXISTS "logs" ("message" TEXT, "doc" TEXT);

-- add columns
ALTER TABLE "logs" ADD "message" TEXT;
ALTER TABLE "logs" ADD "doc" TEXT;

-- widen a column to text
-- not offered by this dialect;

-- insert
INSERT INTO "logs" ("id", "region", "message", "doc") VALUES (?, ?, ?, ?);

-- upsert
INSERT INTO "logs" ("id", "region", "message", "doc") VALUES (?, ?, ?, ?) ON CONFLICT ("id", "region") DO UPDATE SET "message" = excluded."message", "doc" = excluded."doc";

-- update
UPDATE "logs" SET "message" = ?, "doc" = ? WHERE "id" = ? AND "region" = ?;

-- delete
DELETE FROM "logs" WHERE "id" = ? AND "region" = ?;

-- upsert with key columns only
INSERT INTO "logs" ("id", "region") VALUES (?, ?) ON CONFLICT ("id", "region") DO NOTHING;

-- update with key columns only
UPDATE "logs" SET "id" = "id" WHERE "id" = ? AND "region" = ?;

-- identifiers holding quotes are escaped
INSERT INTO "a""b`c; DROP TABLE x" ("x""`y") VALUES (?);
