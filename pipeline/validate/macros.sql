-- How a cell of an export is read: the reading rules of data-contract.md, in one place.
-- Every macro takes the raw text of a cell (VARCHAR, maybe NULL) and returns NULL when the
-- text does not read as the type; the checks then tell a missing value from an unreadable one.

CREATE OR REPLACE MACRO cell_blank(v) AS v IS NULL OR trim(v) = '';

-- The source masked the value (statistical secrecy): kept as NULL, never 0.
-- (list_contains rather than IN: DuckDB turns a long IN list into a join over every row, while a
-- function inside a CASE branch only runs for the rows that reach it.)
CREATE OR REPLACE MACRO cell_masked(v) AS list_contains(['ns', 'n.c.', 'nc', 's', 'secret', '-'], lower(trim(v)));

-- A number as exports write it: an optional sign, digits with thousands maybe separated by a
-- space, U+00A0 or U+202F, a decimal comma or dot, then maybe a euro or percent sign.
-- `decimals` is the pattern of the decimal part ('' for whole numbers).
CREATE OR REPLACE MACRO number_like(v, decimals) AS
  regexp_full_match(v, ' *[+-]?[0-9]{1,3}(?:[ \x{00A0}\x{202F}]?[0-9]{3})*' || decimals || '[ \x{00A0}\x{202F}]*[€%]? *');

-- '1 234,56 €' -> '1234.56', once number_like has accepted the text (plain replace() calls are
-- several times faster than one regexp_replace).
CREATE OR REPLACE MACRO number_text(v) AS
  replace(replace(replace(replace(replace(replace(v, ' ', ''), chr(160), ''), chr(8239), ''), '€', ''), '%', ''), ',', '.');

CREATE OR REPLACE MACRO read_whole(v) AS
  CASE WHEN number_like(v, '') AND length(number_text(v)) <= 18 THEN number_text(v)::BIGINT END;

-- Euros to the cent: a third decimal would be rounded, so it does not read.
CREATE OR REPLACE MACRO read_money(v) AS
  CASE WHEN number_like(v, '(?:[.,][0-9]{1,2})?') THEN number_text(v)::DECIMAL(18, 2) END;

CREATE OR REPLACE MACRO read_decimal(v) AS
  CASE WHEN number_like(v, '(?:[.,][0-9]+)?') THEN number_text(v)::DOUBLE END;

CREATE OR REPLACE MACRO read_year(v) AS
  CASE WHEN regexp_full_match(trim(v), '(19|20)[0-9]{2}') THEN trim(v)::INTEGER END;

-- A period: a year (2023), a month (2024-02, also written 02/2024) or a quarter (2024-T1, also
-- written 2024T1, 2024 T1, T1 2024, T1-2024 or 2024-Q1, in any case).
CREATE OR REPLACE MACRO read_period(v) AS
  CASE
    WHEN regexp_full_match(trim(v), '(19|20)[0-9]{2}(-(0[1-9]|1[0-2]))?') THEN trim(v)
    WHEN regexp_full_match(trim(v), '(0[1-9]|1[0-2])/(19|20)[0-9]{2}') THEN substr(trim(v), 4, 4) || '-' || substr(trim(v), 1, 2)
    WHEN regexp_full_match(upper(trim(v)), '(19|20)[0-9]{2}[- ]?[TQ][1-4]') THEN left(trim(v), 4) || '-T' || right(trim(v), 1)
    WHEN regexp_full_match(upper(trim(v)), '[TQ][1-4][- ](19|20)[0-9]{2}') THEN right(trim(v), 4) || '-T' || substr(trim(v), 2, 1)
  END;

CREATE OR REPLACE MACRO read_date(v) AS
  CASE
    WHEN regexp_full_match(trim(v), '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN try_strptime(trim(v), '%Y-%m-%d')::DATE
    WHEN regexp_full_match(trim(v), '[0-9]{2}/[0-9]{2}/[0-9]{4}') THEN try_strptime(trim(v), '%d/%m/%Y')::DATE
  END;

CREATE OR REPLACE MACRO read_boolean(v) AS
  CASE
    WHEN list_contains(['oui', 'o', 'vrai', 'true', '1', 'yes', 'y'], lower(trim(v))) THEN true
    WHEN list_contains(['non', 'n', 'faux', 'false', '0', 'no'], lower(trim(v))) THEN false
  END;

CREATE OR REPLACE MACRO read_code(v) AS nullif(trim(v), '');

-- An amount as a person reads it in a reject reason: '32 625,30 €'.
CREATE OR REPLACE MACRO euros_text(x) AS translate(format('{:,.2f}', x::DOUBLE), ',.', ' ,') || ' €';

-- Figures in the controls' messages (controls/*.sql), as people read them: '117 322', '57,5 %', '30/06/2023'.
CREATE OR REPLACE MACRO count_text(x) AS translate(format('{:,.0f}', x::DOUBLE), ',', ' ');
CREATE OR REPLACE MACRO decimal_text(x) AS translate(format('{:,.1f}', x::DOUBLE), ',.', ' ,');
CREATE OR REPLACE MACRO percent_text(x) AS decimal_text(x) || ' %';
CREATE OR REPLACE MACRO date_text(d) AS strftime(d, '%d/%m/%Y');
