-- Name keys now drop the invisible characters that pasted names carry (zero-width space, joiners,
-- word joiner, BOM), so "Acme" and "Acme<U+200B>" are one customer. Re-key what is stored; a key
-- that would collide with an existing one is left as it was rather than merging two customers'
-- deals behind the user's back.
UPDATE OR IGNORE customers SET name_key = trim(replace(replace(replace(replace(replace(replace(
    name_key, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''), '  ', ' '))
  WHERE name_key <> trim(replace(replace(replace(replace(replace(replace(
    name_key, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''), '  ', ' '));
UPDATE OR IGNORE regions SET name_key = trim(replace(replace(replace(replace(replace(replace(
    name_key, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''), '  ', ' '))
  WHERE name_key <> trim(replace(replace(replace(replace(replace(replace(
    name_key, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''), '  ', ' '));
UPDATE OR IGNORE product_lines SET name_key = trim(replace(replace(replace(replace(replace(replace(
    name_key, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''), '  ', ' '))
  WHERE name_key <> trim(replace(replace(replace(replace(replace(replace(
    name_key, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''), '  ', ' '));
