-- create table with every column kind
CREATE TABLE IF NOT EXISTS `logs` (`id` BIGINT NOT NULL, `region` VARCHAR(255) NOT NULL, `c_int8` TINYINT, `c_int16` SMALLINT, `c_int32` INT, `c_int64` BIGINT, `c_float32` FLOAT, `c_float64` DOUBLE, `c_boolean` BOOLEAN, `c_string` LONGTEXT, `c_bytes` LONGBLOB, `c_decimal` DECIMAL(65, 2), `c_date` DATE, `c_time` TIME(3), `c_timestamp` DATETIME(3), `c_json` JSON, PRIMARY KEY (`id`, `region`));

-- create table without key
CREATE TABLE IF NOT EXISTS `logs` (`message` LONGTEXT, `doc` JSON);

-- add columns
ALTER TABLE `logs` ADD COLUMN IF NOT EXISTS `message` LONGTEXT;
ALTER TABLE `logs` ADD COLUMN IF NOT EXISTS `doc` JSON;

-- widen a column to text
ALTER TABLE `logs` MODIFY COLUMN `amount` LONGTEXT;

-- insert
INSERT INTO `logs` (`id`, `region`, `message`, `doc`) VALUES (?, ?, ?, ?);

-- upsert
INSERT INTO `logs` (`id`, `region`, `message`, `doc`) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE `message` = VALUES(`message`), `doc` = VALUES(`doc`);

-- update
UPDATE `logs` SET `message` = ?, `doc` = ? WHERE `id` = ? AND `region` = ?;

-- delete
DELETE FROM `logs` WHERE `id` = ? AND `region` = ?;

-- upsert with key columns only
INSERT INTO `logs` (`id`, `region`) VALUES (?, ?) ON DUPLICATE KEY UPDATE `id` = `id`;

-- update with key columns only
UPDATE `logs` SET `id` = `id` WHERE `id` = ? AND `region` = ?;

-- identifiers holding quotes are escaped
INSERT INTO `a"b``c; DROP TABLE x` (`x"``y`) VALUES (?);
