-- How a cell of an export is read: the reading rules of data-contract.md, in one place.
-- Every macro takes the raw text of a cell (VARCHAR, maybe NULL) and returns NULL when the
-- text does not read as the type; the checks then tell a missing value from an unreadable one.

CREATE OR REPLACE MACRO cell_blank(v) AS v IS NULL OR trim(v) = '';

-- The source masked the value (statistical secrecy): kept as NULL, never 0.
CREATE OR REPLACE MACRO cell_masked(v) AS lower(trim(v)) IN ('ns', 'n.c.', 'nc', 's', 'secret', '-');

-- '1 234,56 €' -> '1234.56': thousands separated by a space, U+00A0 or U+202F; decimal comma
-- or dot; an optional euro or percent sign at the end.
CREATE OR REPLACE MACRO number_text(v) AS
  replace(
    regexp_replace(regexp_replace(trim(v), '[ \x{00A0}\x{202F}]*[€%]$', ''), '[ \x{00A0}\x{202F}]', '', 'g'),
    ',', '.');

CREATE OR REPLACE MACRO read_whole(v) AS
  CASE WHEN regexp_full_match(number_text(v), '[+-]?[0-9]{1,18}') THEN number_text(v)::BIGINT END;

-- Euros to the cent: a third decimal would be rounded, so it does not read.
CREATE OR REPLACE MACRO read_money(v) AS
  CASE WHEN regexp_full_match(number_text(v), '[+-]?[0-9]{1,15}(\.[0-9]{1,2})?') THEN number_text(v)::DECIMAL(18, 2) END;

CREATE OR REPLACE MACRO read_decimal(v) AS
  CASE WHEN regexp_full_match(number_text(v), '[+-]?[0-9]{1,15}(\.[0-9]+)?') THEN number_text(v)::DOUBLE END;

CREATE OR REPLACE MACRO read_year(v) AS
  CASE WHEN regexp_full_match(trim(v), '(19|20)[0-9]{2}') THEN trim(v)::INTEGER END;

CREATE OR REPLACE MACRO read_date(v) AS
  CASE
    WHEN regexp_full_match(trim(v), '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN try_strptime(trim(v), '%Y-%m-%d')::DATE
    WHEN regexp_full_match(trim(v), '[0-9]{2}/[0-9]{2}/[0-9]{4}') THEN try_strptime(trim(v), '%d/%m/%Y')::DATE
  END;

CREATE OR REPLACE MACRO read_boolean(v) AS
  CASE
    WHEN lower(trim(v)) IN ('oui', 'o', 'vrai', 'true', '1', 'yes', 'y') THEN true
    WHEN lower(trim(v)) IN ('non', 'n', 'faux', 'false', '0', 'no') THEN false
  END;

CREATE OR REPLACE MACRO read_code(v) AS nullif(trim(v), '');
