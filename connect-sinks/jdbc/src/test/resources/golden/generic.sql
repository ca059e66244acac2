-- create table with every column kind
CREATE TABLE "logs" ("id" BIGINT NOT NULL, "region" VARCHAR(255) NOT NULL, "c_int8" SMALLINT, "c_int16" SMALLINT, "c_int32" INTEGER, "c_int64" BIGINT, "c_float32" REAL, "c_float64" DOUBLE PRECISION, "c_boolean" BOOLEAN, "c_string" CLOB, "c_bytes" BLOB, "c_decimal" NUMERIC(38, 2), "c_date" DATE, "c_time" TIME, "c_timestamp" TIMESTAMP, "c_json" CLOB, PRIMARY KEY ("id", "region"));

-- create table without key
CREATE TABLE "logs" ("message" CLOB, "doc" CLOB);

-- add columns
ALTER TABLE "logs" ADD "message" CLOB;
ALTER TABLE "logs" ADD "doc" CLOB;

-- widen a column to text
-- not offered by this dialect;

-- insert
INSERT INTO "logs" ("id", "region", "message", "doc") VALUES (?, ?, ?, ?);

-- upsert
MERGE INTO "logs" t USING (VALUES (?, ?, ?, ?)) s ("id", "region", "message", "doc") ON (t."id" = s."id" AND t."region" = s."region") WHEN MATCHED THEN UPDATE SET "message" = s."message", "doc" = s."doc" WHEN NOT MATCHED THEN INSERT ("id", "region", "message", "doc") VALUES (s."id", s."region", s."message", s."doc");

-- update
UPDATE "logs" SET "message" = ?, "doc" = ? WHERE "id" = ? AND "region" = ?;

-- delete
DELETE FROM "logs" WHERE "id" = ? AND "region" = ?;

-- upsert with key columns only
MERGE INTO "logs" t USING (VALUES (?, ?)) s ("id", "region") ON (t."id" = s."id" AND t."region" = s."region") WHEN NOT MATCHED THEN INSERT ("id", "region") VALUES (s."id", s."region");

-- update with key columns only
UPDATE "logs" SET "id" = "id" WHERE "id" = ? AND "region" = ?;

-- identifiers holding quotes are escaped
INSERT INTO "a""b`c; DROP TABLE x" ("x""`y") VALUES (?);
