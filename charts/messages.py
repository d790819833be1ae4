"""Every message an editor reads, in one place. Tests assert on these texts.

A message says what is wrong and how to fix it. Placeholders are filled with str.format.
"""

# Reading the file
CANNOT_READ = "cannot read the file ({reason})"
SPEC_TOO_LARGE = "the file is {size:,} bytes; a spec may be at most {limit:,} bytes: put large tables in a CSV file (data.csv)"
NOT_TEXT = "this is not a text file: a spec is YAML text saved as UTF-8"
LOOKS_GBK = "the file is not UTF-8 (it looks like GBK/GB18030): save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)"
NOT_UTF8 = "the file is not UTF-8 text: save it as UTF-8"
EMPTY_SPEC = "the file is empty: start from `charts new NAME --kind bar`"

# YAML syntax and its surprises
YAML_SYNTAX = "this is not valid YAML: {what}"
YAML_TAB = "a tab character is used for indentation: indent with spaces"
NO_ANCHORS = "anchors (&) and aliases (*) are not allowed in a spec: write the value out"
NO_TAGS = "the YAML tag {tag} is not allowed in a spec: remove it"
KEY_NOT_TEXT = "a key must be plain text"
DUPLICATE_KEY = "`{key}` is given twice: keep one"
YAML11_BOOL = "`{text}` is ambiguous (old YAML reads it as true/false): write \"{text}\" in quotes for text, or true/false"
LEADING_ZERO = "`{text}` has a leading zero (old YAML reads it as an octal number): write \"{text}\" in quotes for a label, or drop the zero"
SEXAGESIMAL = "`{text}` would be read as a base-60 number: write \"{text}\" in quotes"

# Fields
UNKNOWN_KEY = "unknown key `{key}`{hint}: remove it or fix the spelling"
DID_YOU_MEAN = " (did you mean `{suggestion}`?)"
MISSING_FIELD = "required field is missing: add `{key}:`"
WRONG_VALUE = "{what}"
MORE_PROBLEMS = "and {count} more problem(s); fix these first"

# The table
EMPTY_DATA = "the table has no rows: add at least one row"
TOO_MANY_ROWS = "the table has {count} rows; a chart shows at most {limit}: split it or keep the main categories"
TOO_MANY_SERIES = "the table has {count} value columns; a chart shows at most {limit}"
ROW_LENGTH = "the row has {got} cells but the header has {want} ({columns}): make them match"
LABEL_NOT_TEXT = "a category label must be text, got {got}: write it in quotes"
DUPLICATE_CATEGORY = "the category `{label}` appears twice: each category once"
NOT_A_NUMBER = "expected a number, got {got}: write the number alone (21.6) and the unit in `unit:`; an approximate figure is written as the article words it (600多, 两万多)"
NOT_FINITE = "{got} is not a finite number"
CSV_OUTSIDE = "`{name}` is outside the spec's folder: put the CSV next to the spec and name it by its file name"
CSV_MISSING = "the data file `{name}` does not exist next to the spec"
CSV_TOO_LARGE = "the data file `{name}` is larger than {limit:,} bytes: a chart shows at most 60 rows, so keep only the rows it needs"
CSV_NOT_UTF8 = "the data file `{name}` is not UTF-8: save it as CSV UTF-8"

# Kind and data rules
KIND_NEEDS_SINGLE = "a {kind} chart shows parts of a whole, so it needs `question: single` (shares that sum to 100); use kind: bar for multi-choice answers"
KIND_ONE_SERIES = "a {kind} chart draws one value column, the table has {count}: use kind: grouped"
KIND_NEEDS_SERIES = "a {kind} chart needs two or more value columns (e.g. 2021年 and 今年)"
MIXED_UNITS = "the categories have different units ({units}): only a grouped chart (one panel per category) or figures can show them; one axis cannot"
UNIT_FOR_UNKNOWN = "`{label}` is not a category of the table"
UNIT_MISSING_FOR = "no unit is given for `{label}`"
FIGURES_COUNT = "a figures panel shows two to four numbers, the table has {count}"
NEGATIVE_SHARE = "a share cannot be negative ({value})"
SHARES_DONT_SUM = "single-choice shares sum to {total}, not 100 (allowed: {low}–{high} for rounding): check the numbers against the article"
HIGHLIGHT_UNKNOWN = "`{label}` is not a category of the table (categories: {categories})"
CITED_UNKNOWN = "`{label}` is not a category of the table"
APPROX_NOT_ALLOWED = "`{worded}` is approximate; a {kind} chart cannot draw it to scale: give the exact figure, or use kind: figures"
REFERENCE_KIND = "a reference line is drawn on {kinds} charts only"
KIND_QUESTION = "a {kind} chart draws {allowed} questions only, not `question: {question}`"
KIND_ROW_COUNT = "a {kind} chart shows {low} to {high} categories, the table has {count}"

# Registering a chart kind (for whoever writes a kind module or plugin)
KIND_TRAIT = "chart kind `{kind}`: {trait} must be {allowed}, got {got}"
KIND_UNKNOWN_TRAIT = "chart kind `{kind}`: unknown trait `{trait}` (the traits: {known})"
KIND_TWICE = "chart kind `{kind}` is registered twice (by {first} and by {second}): rename one"
KIND_PLUGIN_FAILED = "the chart kind plugin `{entry}` ({module}) cannot be loaded: {error}"

# Notes the tool adds
ROUNDING_NOTE = "因四舍五入，合计可能不等于100%"
MULTI_NOTE = "此题为多选题，合计超过100%"

# Fonts
NO_CJK_FONT = "no font with Chinese characters was found: reinstall charts (it brings Noto Sans SC) or pass --font with a font file"
FONT_NOT_FOUND = "the font `{font}` was not found: give an installed family name or the path of a .ttf/.otf/.ttc file"
FONT_NO_CHINESE = "the font `{font}` has no Chinese characters: choose a CJK font"
MISSING_GLYPH = "the font {font} has no glyph for “{char}” (U+{code:04X}): replace the character or choose a font that has it (--font)"
PREPARING_FONT = "preparing the house font {font} (once per machine, about half a minute)…"

# Output
OUTPUT_NOT_WRITABLE = "cannot write {path}: {reason}"
BAD_FORMAT = "unknown format `{name}`: choose from {choices}"
NO_SPECS = "no specs found in {where}: spec files end in .yaml"

# Run summary
RENDERED = "rendered {name} ({files} files)"
SUMMARY = "{ok} chart(s) rendered, {failed} failed"
CHECKED = "{name}: ok"
CHECK_SUMMARY = "{ok} spec(s) ok, {failed} with problems"
NAME_COLLISION = "writes to output/{name}/ like {other}: rename one of the two spec files"
INTERNAL_ERROR = "internal error ({error}); this is a bug in charts: run again with --debug and report the traceback"
CONVERTING_FONT = "converting {font} to TrueType outlines for PDF (once per font; a full CJK font takes about a minute)…"
NO_GHOSTSCRIPT = "--cmyk needs Ghostscript (the `gs` command), which is not installed: install it (Debian/Ubuntu: apt install ghostscript; macOS: brew install ghostscript) or leave out --cmyk"
NO_SAMPLE_SIZE = "a survey chart without its sample size: add `sample_size:` (对1151名受访者 -> 1151)"

# Verify
VERIFY_FOUND = "found: {what} (article line {line})"
VERIFY_RELABELLED = "warning [provenance]: {what} is in the article (line {line}) but not near its label: check that the figure belongs to this category"
VERIFY_MISSING = "error [provenance]: {what} is not in {source}: check the figure and its unit against the article"
VERIFY_CITED = "cited: {what} comes from {source}; not verified (give also_cited.article to check it)"
VERIFY_NO_ARTICLE = "no article to verify against: add `source.article:` (the article's text file) or pass --article FILE"
VERIFY_ARTICLE_MISSING = "the article `{path}` cannot be read: {reason}"
VERIFY_SUMMARY = "{name}: {found} found, {relabelled} with another label, {missing} missing, {cited} cited"

# Extract
EXTRACT_WROTE = "wrote {path} ({kind}, {rows} rows)"
EXTRACT_NONE = "no tables found in {path}: write a spec by hand (charts new) or check that the file is the article's text"
EXTRACT_EXISTS = "{path} exists; extract never overwrites a spec: move it away or choose another -o folder"
EXTRACT_SUMMARY = "{count} draft spec(s) from {path}"

# Bundle
REVIEW_PAGE = "review page: {path}"
ZIPPED = "packed {path}"
ZIP_UNKNOWN = "no rendered chart named {names} in the output (charts: {known}): run charts render first"
WAITING_FOR_LOCK = "another charts render is writing {path}; waiting for it to finish…"

# Field values (pydantic's errors, in an editor's words)
ONE_OF = "must be one of {choices}, got {got}"
WANT_MAPPING = "expected a mapping (`key: value` lines), got {got}"
WANT_LIST = "expected a list (`[a, b]` or one `- item` per line), got {got}"
WANT_TEXT = "expected text, got {got}: write it in quotes"
WANT_WHOLE_NUMBER = "expected a whole number, got {got}"
WANT_BOUND = {
    "greater_than": "must be greater than {bound}, got {got}",
    "greater_than_equal": "must be at least {bound}, got {got}",
    "less_than": "must be less than {bound}, got {got}",
    "less_than_equal": "must be at most {bound}, got {got}",
}
WANT_NOT_EMPTY = "must not be empty"
QUOTE_NOT_CLOSED = " (the quote opened on line {line} is not closed)"
WANT_SHORTER = "is too long: at most {limit} {unit}; shorten it (a chart cannot set more well)"
LABEL_TOO_LONG = "the label has {count} characters; at most {limit}: shorten it and put details in a note"

# New
NEW_WROTE = "wrote {path}: replace the example with the article's table, then charts check {path}"
NEW_EXISTS = "{path} exists; charts new never overwrites a spec: choose another name"
WATCHING = "watching {folders} for changes (Ctrl-C to stop); the review page reloads itself"
UNCHANGED = "unchanged {name}"
SUMMARY_UNCHANGED = ", {count} unchanged (--force re-renders them)"
