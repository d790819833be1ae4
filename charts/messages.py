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

# Files a spec names, and the spec itself (charts/inputs.py): inside the project, regular, not too large
SPEC_OUTSIDE = "the spec file leads to {path}, outside the project ({root}): move the spec into the project, or pass --allow-outside"
ARTICLE_OUTSIDE = "the article `{name}` is outside the project ({root}): copy it into the project, name its folder with --articles DIR, or pass --allow-outside"
ARTICLE_TOO_LARGE = "the article `{name}` is {size:,} bytes; an article may be at most {limit:,} bytes: give the article's own text"
INPUT_NOT_A_FILE = "`{name}` is {it}, not a regular file: name the {what}'s text file"
INPUT_FOLDER = "a folder"
INPUT_PIPE = "a named pipe (FIFO)"
INPUT_SOCKET = "a socket"
INPUT_DEVICE = "a device"
INPUT_SPECIAL = "a special file"
INPUT_CHANGED = "it was replaced while being read: run again"

# Article formats (charts/article/formats.py): what an article may be, and why one cannot be read
ARTICLE_FORMATS = ".txt (UTF-8), .pdf, .html/.htm or .docx"
ARTICLE_UNKNOWN_FORMAT = "the article `{name}` is not a kind of file charts reads: an article is {formats}; save it as one of those"
ARTICLE_WRONG_FORMAT = "the article `{name}` is named {suffix} but is {found}: an article is {formats}; give it the name of what it is, or save it again"
ARTICLE_SOMETHING_ELSE = "not one"
ARTICLE_IS_PDF = "a PDF"
ARTICLE_IS_ZIP = "a zip archive (a .docx, .xlsx or the like)"
ARTICLE_IS_OLD_OFFICE = "an old Word or Excel file (.doc, .xls)"
ARTICLE_IS_PICTURE = "a picture"
ARTICLE_IS_WEB_PAGE = "a web page"
ARTICLE_DAMAGED = "the article `{name}` is a damaged {suffix} file ({reason}): save it again from the program that made it"
ARTICLE_NOT_UTF8 = "the article `{name}` is not UTF-8 text: save it as UTF-8"
ARTICLE_NO_TEXT_LAYER = "the article `{name}` is a PDF with no text layer: run OCR first"
ARTICLE_PDF_PASSWORD = "the article `{name}` is a password-protected PDF: save a copy without the password"
ARTICLE_TOO_MANY_PAGES = "the article `{name}` has {pages:,} pages; an article's PDF may have at most {limit:,}: give the pages that carry the article"
ARTICLE_UNPACKS_TOO_LARGE = "the article `{name}` unpacks to more than {limit:,} bytes: give the article's own text"
ARTICLE_TOO_MANY_TAGS = "the web page `{name}` has more than {limit:,} HTML tags, far more than a news page: save the article's own page, or its text as .txt"
ARTICLE_NO_MAIN_TEXT = "no article text found in the web page `{name}`: save the article's own page, or its text as .txt"

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
TOO_DEEP = "lists and mappings are nested more than {limit} deep here; a spec needs four at most (data > rows > row > cell): check the brackets"
KEY_TOO_LONG = "a key of {count} characters; keys are field names or category labels (at most {limit}): check the line"
NUMBER_TOO_LONG = "a number written with {count} characters; at most {limit}: give the figure as the article prints it"

# Characters no chart can set (any text field, key or CSV cell)
REFUSED_CHARACTER = "contains {code}, {what}: delete it (retype the text if it was pasted)"
CHAR_CONTROL = "an invisible control character"
CHAR_BIDI = "a bidirectional control that changes the order the text is shown in"
CHAR_LINE_BREAK = "a line break (a chart's texts are one line each; the chart wraps them)"
CHAR_NOT_A_CHARACTER = "which is not a character (a lone surrogate or a noncharacter)"

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
NOT_A_NUMBER = "expected a number, got {got}: write the number alone (21.6) and the unit in `unit:`; an approximate figure is written as the article words it (600多, 300多万, 七成以上, 三分之一)"
RANGE_CELL = "expected one number, got the range {got}: a bar or point shows one figure; give each end its own row (下限, 上限) or put the range in `notes`"
NOT_FINITE = "{got} is not a finite number"
VALUE_TOO_LARGE = "{value} is too large for a chart (it draws figures under 10^15, i.e. 1000万亿): write it in a larger unit (954.98 with `unit: 亿立方米`, not 95498000000 立方米) or check the figure against the article"
VALUE_TOO_SMALL = "{value} is too small for a chart (it draws 0 or figures from 0.000001 up): write it in a smaller unit (克 rather than 吨) or check the figure against the article"
CSV_OUTSIDE = "`{name}` is outside the spec's folder: put the CSV next to the spec and name it by its file name (or pass --allow-outside)"
CSV_MISSING = "the data file `{name}` does not exist next to the spec"
CSV_TOO_LARGE = "the data file `{name}` is larger than {limit:,} bytes: a chart shows at most 60 rows, so keep only the rows it needs"
CSV_NOT_UTF8 = "the data file `{name}` is not UTF-8: save it as CSV UTF-8"
CSV_UNREADABLE = "the data file `{name}` cannot be read as CSV at its line {line} ({reason}): a cell holds a label or a figure; check the quotes"

# Excel data (data: {xlsx: 调查.xlsx, sheet: 年龄, range: "A1:B6"}; charts/spec/excel.py). A cell's
# problem is located as `调查.xlsx: sheet 年龄, cell B4: …`
DATA_ONE_SOURCE = "give one of `rows` (with `columns`), `csv` or `xlsx`: the table comes from one place"
XLSX_SHEET_ALONE = "`sheet` and `range` choose the cells of an `xlsx` workbook: add `xlsx:` or remove them"
XLSX_BAD_RANGE = "`{got}` is not a range of cells: write it as A1:C7 (the top-left cell, a colon, the bottom-right cell)"
XLSX_OUTSIDE = "`{name}` is outside the spec's folder: put the workbook next to the spec and name it by its file name (or pass --allow-outside)"
XLSX_MISSING = "the workbook `{name}` does not exist next to the spec"
XLSX_TOO_LARGE = "the workbook `{name}` is larger than {limit:,} bytes: save the sheet with the table as a workbook of its own"
XLSX_UNPACKED_TOO_LARGE = "the workbook `{name}` unpacks to {size:,} bytes, more than {limit:,}: save the sheet with the table as a workbook of its own"
XLSX_OLD_FORMAT = "the workbook `{name}` is an old-style .xls file: open it in Excel and save it as Excel Workbook (.xlsx)"
XLSX_UNREADABLE = "the workbook `{name}` cannot be read as an Excel workbook (.xlsx) ({reason}): open it in Excel and save it as Excel Workbook (.xlsx)"
XLSX_NO_SHEETS = "the workbook `{name}` has no sheet of cells (only chart sheets)"
XLSX_UNKNOWN_SHEET = "the workbook `{name}` has no sheet `{sheet}`; its sheets: {sheets}"
XLSX_OUTSIDE_SHEET = "the range {range} lies outside the cells of sheet {sheet}, which end at {end}: check the range"
XLSX_EMPTY_SHEET = "sheet {sheet} of `{name}` has no cells with content: name the sheet with the table in `sheet:`"
XLSX_TOO_MANY_ROWS = "the cells {range} hold {count:,} rows below the header; a chart shows at most {limit}: give `range:` around the table (A1:C7)"
XLSX_AREA_TOO_LARGE = "the cells {range} are {rows:,} rows by {columns:,} columns; a chart's table is a header and at most 60 rows: give `range:` around the table (A1:C7)"
XLSX_MERGED = "the cells {range} are merged: a chart's table has one label or figure in each cell: unmerge them, or give `range:` around the table without them"
XLSX_FORMULA_NO_VALUE = "the formula {formula} has no saved value (the file was written by a program, not saved by Excel): open and save the file in Excel, or type the figure"
XLSX_ERROR_VALUE = "the cell shows the error {error}: fix the formula in Excel and save the file"
XLSX_DATE = "the cell holds a date ({date}): a figure is a number; a category such as a year or a month is typed as text (2021年8月)"
XLSX_EMPTY_CELL = "the cell is empty: type the figure, or give `range:` without this row"
XLSX_EMPTY_HEADER = "the header cell is empty: name the column (e.g. 占比)"
XLSX_NOT_A_VALUE = "the cell holds {got}, not a label or a figure"

# Kind and data rules
KIND_NEEDS_SINGLE = "a {kind} chart shows parts of a whole, so it needs `question: single` (shares that sum to 100); use kind: bar for multi-choice answers"
KIND_ONE_SERIES = "a {kind} chart draws one value column, the table has {count}: use kind: grouped"
KIND_NEEDS_SERIES = "a {kind} chart needs two or more value columns (e.g. 2021年 and 今年)"
MIXED_UNITS = "the categories have different units ({units}): only a grouped chart (one panel per category) or figures can show them; one axis cannot"
UNIT_FOR_UNKNOWN = "`{label}` is not a category of the table"
UNIT_MISSING_FOR = "no unit is given for `{label}`"
FIGURES_COUNT = "a figures panel shows one to four numbers, the table has {count}"
NEGATIVE_SHARE = "a share cannot be negative ({value})"
SHARES_SHORT = "single-choice shares sum to {total}, not 100 (allowed: {low}–{high} for rounding): check the numbers against the article; if the article reports only some answers, add `remainder: unreported`"
SHARES_OVER_100 = "single-choice shares sum to {total}, more than 100 (allowed up to {high} for rounding): check the numbers against the article; a multi-choice question is `question: multi`"
REMAINDER_NOT_SINGLE = "`remainder: unreported` is for single-choice shares (`question: single`); remove it"
REMAINDER_NOTHING_MISSING = "the shares sum to {total}, 100 within rounding: nothing is unreported; remove `remainder: unreported`"
HIGHLIGHT_UNKNOWN = "`{label}` is not a category of the table (categories: {categories})"
CITED_UNKNOWN = "`{label}` is not a category of the table"
HEADER_UNIT_DIFFERS = "the column `{header}` states its unit {stated}, but the chart's unit is {unit}: one chart draws one unit, so its figures would be labelled in the wrong one; chart that column in a spec of its own (`unit: {stated}`), or set `unit:` to {stated} if every column is in it"
PRINTS_AS_ZERO = "{value} would be printed as {printed}, which states 0: remove `scale:` or `decimals:`, or give more decimal places"
APPROX_NOT_ALLOWED = "`{worded}` is approximate; a {kind} chart cannot draw it to scale: give the exact figure, or use kind: figures"
REFERENCE_KIND = "a reference line is drawn on {kinds} charts only"
KIND_QUESTION = "a {kind} chart draws {allowed} questions only, not `question: {question}`"
CHART_TOO_TALL = "at size {size} the chart would be {height} tall, more than the {limit} it may be: {part} takes {part_height}; shorten it, or keep fewer rows"
KIND_ROW_COUNT = "a {kind} chart shows {low} to {high} categories, the table has {count}: keep the main ones and put the rest together as 其他, or use kind: bar (up to 60)"

# Registering a chart kind (for whoever writes a kind module or plugin)
KIND_TRAIT = "chart kind `{kind}`: {trait} must be {allowed}, got {got}"
KIND_UNKNOWN_TRAIT = "chart kind `{kind}`: unknown trait `{trait}` (the traits: {known})"
KIND_TWICE = "chart kind `{kind}` is registered twice (by {first} and by {second}): rename one"
KIND_PLUGIN_FAILED = "the chart kind plugin `{entry}` ({module}) cannot be loaded: {error}"

# Notes the tool adds
ROUNDING_NOTE = "因四舍五入，合计可能不等于100%"
UNREPORTED_NOTE = "其余选项原文未报道"
UNREPORTED_GAP_NOTE = "其余选项原文未报道，图中以灰色表示"
UNREPORTED_LABEL = "未报道"  # the grey part of a donut or stacked bar the article gives no answer for
MULTI_NOTE = "此题为多选题，合计超过100%"

# Fonts
NO_CJK_FONT = "no font with Chinese characters was found: reinstall charts (it brings Noto Sans SC) or pass --font with a font file"
FONT_NOT_FOUND = "the font `{font}` was not found: give an installed family name or the path of a .ttf/.otf/.ttc file"
FONT_NO_CHINESE = "the font `{font}` has no Chinese characters: choose a CJK font"
FONT_IS_FOLDER = "the font `{font}` is a folder, not a font file: give the path of the .ttf, .otf or .ttc file inside it"
FONT_EMPTY = "the font file `{font}` is empty (0 bytes): copy the font file again"
FONT_UNREADABLE = "the font file `{font}` cannot be read ({reason}): check that the file is readable by this user"
FONT_NOT_A_FONT = "the file `{font}` is not a font (it is {kind}): give a .ttf, .otf or .ttc font file"
FONT_WEB = "the font file `{font}` is a web font ({kind}), which charts cannot embed in a PDF: convert it to .ttf or .otf first (fonttools ttLib.woff2 decompress)"
FONT_DAMAGED = "the font file `{font}` is damaged or cut short ({reason}): copy or download the font again"
FONT_COLLECTION_NO_CHINESE = "none of the {count} fonts in the collection `{font}` has Chinese characters: choose a CJK font"
FONT_NOT_CONVERTED = "the font `{font}` cannot be converted to TrueType outlines for PDF ({reason}): choose a TrueType (.ttf) font or another copy of this one"
MISSING_GLYPH = "the font {font} has no glyph for “{char}” (U+{code:04X}): replace the character or choose a font that has it (--font)"
PREPARING_FONT = "preparing the house font {font} (once per machine, about half a minute)…"
UNCONVERTED_CHARACTER = ("“{char}” (U+{code:04X}) is still Simplified in the {edition} edition ({text}): "
                         "write it as the edition prints it in edition_terms.{edition}")

# Layout (charts/draw/layout.py): a chart whose texts collide or stray is refused, never printed
LAYOUT = "layout at {size}: {what}: {fix}"
LAYOUT_FIX = "shorten the labels or choose another kind; if that does not help, this is a bug in charts: report it with the spec"
LAYOUT_OVERLAP = "“{text}” overlaps “{other}”"
LAYOUT_CLIPPED = "“{text}” runs off the edge of the chart"
LAYOUT_COVERS = "“{text}” lies on a {mark} that is not its own"
LAYOUT_AWAY = "the label “{text}” is not beside its own {mark}, so a reader would take it for another's"
LAYOUT_LEADER_LOOSE = "the leader line of “{text}” does not join the label to its mark"
LAYOUT_LEADER_CROSSES = "the leader line of “{text}” crosses “{other}”"
LAYOUT_NAN = "“{text}” has no position (a coordinate is not a number)"
LAYOUT_NAN_MARK = "a {what} has no position (a coordinate is not a number)"
LAYOUT_OFF_CANVAS = "a {what} is drawn off the chart"
# The text-size check (charts/draw/legibility.py)
TEXT_TOO_SMALL = ("at {size}, the smallest text (“{text}”) is shown {shown:.1f} CSS px high when the image is {width:g} px wide, "
                  "below 11 px: shorten the labels so the chart keeps the house sizes, or choose another kind")

# Output
OUTPUT_NOT_WRITABLE = "cannot write {path}: {reason}"
BAD_FORMAT = "unknown format `{name}`: choose from {choices}"
NO_SPECS = "no specs found in {where}: spec files end in .yaml"
OUTPUT_OVERLAPS_SPECS = "the output folder {out} {how} the folder of specs {specs}: output and specs are kept apart so that no editor's file is overwritten or removed; choose a folder of its own beside the specs (e.g. -o output)"
OUTPUT_NOT_CHARTS = "the output folder {out} holds {file}, which is not a review page charts wrote: choose a new or empty folder (e.g. -o output), or move {file} away"
OUTPUT_IS = "is"
OUTPUT_HOLDS = "holds"
OUTPUT_LIES_IN = "lies inside"
NAME_RESERVED = "the chart would be named `{name}`, which output/ keeps for its own {taken}: rename the spec file"

# Run summary
RENDERED = "rendered {name} ({files} files)"
SUMMARY = "{ok} chart(s) rendered, {failed} failed"
CHECKED = "{name}: ok"
CHECK_SUMMARY = "{ok} spec(s) ok, {failed} with problems"
NAME_COLLISION = "writes to output/{name}/ like {other}: rename one of the two spec files"
INTERNAL_ERROR = "internal error ({error}); this is a bug in charts: run it again as `charts --debug COMMAND …` (the option comes before the command) and report the traceback"
CONVERTING_FONT = "converting {font} to TrueType outlines for PDF (once per font; a full CJK font takes about a minute)…"
NO_GHOSTSCRIPT = "--cmyk needs Ghostscript (the `gs` command), which is not installed: install it (Debian/Ubuntu: apt install ghostscript; macOS: brew install ghostscript) or leave out --cmyk"
NO_SAMPLE_SIZE = "a survey chart without its sample size: add `sample_size:` (对1151名受访者 -> 1151)"

# Verify
VERIFY_FOUND = "found: {what} (article line {line})"
VERIFY_RELABELLED = "warning [provenance]: {what} is in the article (line {line}) but not near its label: check that the figure belongs to this category"
VERIFY_RELABELLED_ERROR = "error [provenance]: {what} is in the article (line {line}) only under another label: check that the figure belongs to this category (--lenient makes this a warning)"
VERIFY_AWAY = "{mark} [provenance]: {what} is in the article only at line {line}, away from the table's other figures (lines {first}-{last}), which give its label without it: check which question or year it belongs to" + " (--lenient makes this a warning)"
VERIFY_PERIOD = "{mark} [provenance]: {what} is in the article (line {line}) only in a sentence of {told}, not of the period the title names ({title}): check which period the figure is, or name it in the title (--lenient makes this a warning)"
VERIFY_GROUP = "{mark} [provenance]: {what} is in the article (line {line}) only among the figures of {group}, not of {own}, the group the title names: check which group the figure is (--lenient makes this a warning)"
VERIFY_MISSING = "error [provenance]: {what} is not in {source}: check the figure and its unit against the article"
VERIFY_FALL = "error [provenance]: {what} is not in the article as a rise: line {line} states it as a fall (下降, 减少): chart it as -{number}, or name the fall in the row label or column header (降幅, 下降)"
VERIFY_BOUND = "error [provenance]: {what} is not in the article as an exact figure: line {line} gives it as approximate or as a bound (近, 约, 超过, 不到, 以上, 以下, 左右): a chart must not state it as exact: write it as the article words it (近60, 三成五以下) in a kind: figures chart, or chart the exact figure from the survey's own release and cite it"
VERIFY_RATIO_TERM = "{mark} [provenance]: {what} is another row's term: the ratio {ratio} (article line {line}) runs {order}, which gives this row {term}: give each row the term in its place (--lenient makes this a warning)"
VERIFY_TABLE_CELL = "{mark} [provenance]: {what} is not under {header} in the table (article line {line}): this row has {cell} under {header}{holder}: take the cell under {header}, or head the column as the table does (--lenient makes this a warning)"
VERIFY_TABLE_UNIT = "{mark} [provenance]: {what} is in the table in {stated}, as it states at article line {line}, not in {unit}: give the unit as the table does (unit: {stated}) (--lenient makes this a warning)"
VERIFY_NAME_THE_ROUND = "{mark} [provenance]: {what} is in the article's table at line {line}, in the round {round}, which the column {column} does not name: head the column as the table names the round ({round}) so that verify reads that row (--lenient makes this a warning)"
VERIFY_HEADER_UNIT = "{mark} [provenance]: {what} is under {header} in the table (article line {line}), in {stated}, not in {unit}: give the unit as the header does (--lenient makes this a warning)"
VERIFY_TABLE_EMPTY = "{mark} [provenance]: {what} is not under {header} in the table (article line {line}): the table leaves that cell empty{holder}: leave the figure out, or take it from where the article gives it (--lenient makes this a warning)"
VERIFY_TABLE_HOLDER = ", and {number} under {other}"
VERIFY_CITED = "cited: {what} comes from {source}; not verified (give also_cited.article to check it)"
VERIFY_NO_ARTICLE = "no article to verify against: add `source.article:` (the article's text file) or pass --article FILE"
VERIFY_ARTICLE_MISSING = "the article `{path}` cannot be read: {reason}"
VERIFY_ARTICLE_NOT_FOUND = "unverified: the article `{name}` is not in {folders}: point at the archive that holds it with --articles DIR or the CHARTS_ARTICLES environment variable"
VERIFY_UNVERIFIED = "{name}: unverified (article not found)"
VERIFY_SUMMARY = "{name}: {found} found, {relabelled} with another label, {missing} missing, {cited} cited"

# Extract
EXTRACT_WROTE = "wrote {path} ({kind}, {rows} rows)"
EXTRACT_NONE = "no tables found in {path}: write a spec by hand (charts new) or check that the file is the article's text"
EXTRACT_EXISTS = "{path} exists; extract never overwrites a spec: move it away or choose another -o folder"
EXTRACT_SUMMARY = "{count} draft spec(s) from {path}"

# Bundle
REVIEW_PAGE = "review page: {path}"
ZIPPED = "packed {path}"
ZIP_NOT_WRITTEN = "{path} is not the file charts wrote ({why}): render again (charts render --force), then pack"
ZIP_WHY_LINK = "it is a link"
ZIP_WHY_MISSING = "it is missing"
ZIP_WHY_TYPE = "it is {it}"
ZIP_WHY_SIZE = "its size is not the one the manifest records"
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
