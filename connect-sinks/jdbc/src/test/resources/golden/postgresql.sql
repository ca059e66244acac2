-- create table with every column kind
CREATE TABLE IF NOT EXISTS "logs" ("id" BIGINT NOT NULL, "region" TEXT NOT NULL, "c_int8" SMALLINT, "c_int16" SMALLINT, "c_int32" INTEGER, "c_int64" BIGINT, "c_float32" REAL, "c_float64" DOUBLE PRECISION, "c_boolean" BOOLEAN, "c_string" TEXT, "c_bytes" BYTEA, "c_decimal" NUMERIC, "c_date" DATE, "c_time" TIME, "c_timestamp" TIMESTAMPTZ, "c_json" JSONB, PRIMARY KEY ("id", "region"));

-- create table without key
CREATE TABLE IF NOT EXISTS "logs" ("message" TEXT, "doc" JSONB);

-- add columns
ALTER TABLE "logs" ADD COLUMN IF NOT EXISTS "message" TEXT;
ALTER TABLE "logs" ADD COLUMN IF NOT EXISTS "doc" JSONB;

-- widen a column to text
ALTER TABLE "logs" ALTER COLUMN "amount" TYPE TEXT USING "amount"::TEXT;

-- insert
INSERT INTO "logs" ("id", "region", "message", "doc") VALUES (?, ?, ?, CAST(? AS JSONB));

-- upsert
INSERT INTO "logs" ("id", "region", "message", "doc") VALUES (?, ?, ?, CAST(? AS JSONB)) ON CONFLICT ("id", "region") DO UPDATE SET "message" = EXCLUDED."message", "doc" = EXCLUDED."doc";

-- update
UPDATE "logs" SET "message" = ?, "doc" = CAST(? AS JSONB) WHERE "id" = ? AND "region" = ?;

-- delete
DELETE FROM "logs" WHERE "id" = ? AND "region" = ?;

-- upsert with key columns only
INSERT INTO "logs" ("id", "region") VALUES (?, ?) ON CONFLICT ("id", "region") DO NOTHING;

-- update with key columns only
UPDATE "logs" SET "id" = "id" WHERE "id" = ? AND "region" = ?;

-- identifiers holding quotes are escaped
INSERT INTO "a""b`c; DROP TABLE x" ("x""`y") VALUES (?);
