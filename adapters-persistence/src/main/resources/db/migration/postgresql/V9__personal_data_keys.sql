-- The key sealing each record's personal data (a call's, an appointment's), base64; NULL once its person is
-- forgotten, so nothing said later about the record is sealed under a key no number would find.
CREATE TABLE personal_data_keys (
    record_id VARCHAR(255) PRIMARY KEY,
    secret VARCHAR(64));

-- the records each person is named in, the person being their number hashed with the secret below
CREATE TABLE personal_data_people (
    person VARCHAR(64) NOT NULL,
    record_id VARCHAR(255) NOT NULL,
    PRIMARY KEY (person, record_id));

CREATE INDEX personal_data_people_record ON personal_data_people (record_id);

-- this database's HMAC secret for hashing numbers, made by the next migration
CREATE TABLE personal_data_secret (
    id INTEGER PRIMARY KEY,
    secret VARCHAR(64) NOT NULL);
