"""Articles as newsrooms have them: plain text, a PDF's text layer, a web page, a Word file.

Each reader takes the article's bytes, read by the rules of charts/inputs.py (no library is
ever handed the path), and returns the article's text as lines; a table comes out as pipe
rows (| 渠道 | 占比(%) |), which extract/tables.py reads. Every file that cannot be read, a
hostile one included, ends in one InputError line saying why: what each reader parses is
bounded before a library sees it (a PDF's packed streams, a .docx's unpacked size, a page's
count of tags), since a 5 MB file may unpack to gigabytes or take minutes to parse.

The libraries are imported inside the readers: a run that reads no article never pays for them.
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator

from charts import messages as msg
from charts.inputs import InputError

# A news article's PDF is a page or a few; a statistical report runs to a hundred or so.
MAX_PDF_PAGES = 500
# A newspaper PDF's fonts, text and pictures unpack to a few megabytes; a .docx with photos
# to a few tens. Past this a file is a bomb, not an article.
MAX_UNPACKED_BYTES = 128_000_000
MAX_DOCX_PARTS = 2_000
# A news page has a few thousand tags; the extractor's time grows faster than their count
# (50,000 paragraphs took 16 s, 200,000 four minutes), so a page of more is refused unread.
MAX_HTML_TAGS = 20_000
# White space between two lines of a PDF, in line heights, past which a paragraph ended.
PARAGRAPH_GAP = 1.1
# Fewer characters than this in a whole PDF: a scan with at most a page number on it.
MIN_PDF_CHARACTERS = 20

_PDF, _ZIP, _OLE = b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u201c\u201d\u2018\u2019"
# Three or more CJK characters each set apart by one space: a letter-spaced heading or a PDF
# that placed every character on its own (近 年 来 ，). One space between CJK words elsewhere
# on a line may part two table cells (渠道 占比), so only such a line loses its single spaces.
_LETTER_SPACED = re.compile(rf"(?:^|(?<=\s))[{_CJK}](?: [{_CJK}]){{2,}}(?=\s|$)")
_SPACE_IN_CJK = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_TABLE_RULE = re.compile(r"\s*\|(?:\s*:?-+:?\s*\|)+\s*")  # | --- | --- | under a header
_TAG = re.compile(rb"<[A-Za-z]")


def _refuse(template: str, name: str, **fields) -> InputError:
    return InputError(template.format(name=name, formats=msg.ARTICLE_FORMATS, **fields), name)


def _what_it_is(data: bytes) -> str:
    """What a file's first bytes say it is, in an editor's words ("" when they say nothing)."""
    head = data[:1024]
    if _PDF in head:
        return msg.ARTICLE_IS_PDF
    if data.startswith(_ZIP):
        return msg.ARTICLE_IS_ZIP
    if data.startswith(_OLE):
        return msg.ARTICLE_IS_OLD_OFFICE
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return msg.ARTICLE_IS_PICTURE
    if re.match(rb"\s*(?:<!doctype html|<html)", head, re.IGNORECASE):
        return msg.ARTICLE_IS_WEB_PAGE
    return ""


def _wrong(data: bytes, name: str, suffix: str) -> InputError:
    return _refuse(msg.ARTICLE_WRONG_FORMAT, name, suffix=suffix,
                   found=_what_it_is(data) or msg.ARTICLE_SOMETHING_ELSE)


def _damaged(name: str, suffix: str, exc: BaseException) -> InputError:
    reason = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return _refuse(msg.ARTICLE_DAMAGED, name, suffix=suffix, reason=reason)


def text_lines(data: bytes, name: str) -> list[str]:
    """A .txt article: UTF-8 (a BOM allowed), its lines as written."""
    if _what_it_is(data) not in ("", msg.ARTICLE_IS_WEB_PAGE):
        raise _wrong(data, name, ".txt")
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise _refuse(msg.ARTICLE_NOT_UTF8, name) from None


def pdf_lines(data: bytes, name: str) -> list[str]:
    """A PDF's text layer through PDFium, a line per line as laid out on the page (what a
    table is read by). Measured on PDFs from Chromium and PyMuPDF, PDFium gave the text
    exactly; pdfplumber put CJK radicals (⻘ ⾼) for 青 高 and ran ten times slower."""
    if _PDF not in data[:1024]:
        raise _wrong(data, name, ".pdf")
    if _packed_size(data, MAX_UNPACKED_BYTES) > MAX_UNPACKED_BYTES:
        raise _refuse(msg.ARTICLE_UNPACKS_TOO_LARGE, name, limit=MAX_UNPACKED_BYTES)
    import pypdfium2 as pdfium

    lines: list[str] = []
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise _refuse(msg.ARTICLE_PDF_PASSWORD, name) from None
        raise _damaged(name, ".pdf", exc) from None
    try:
        pages = len(document)
        if pages > MAX_PDF_PAGES:
            raise _refuse(msg.ARTICLE_TOO_MANY_PAGES, name, pages=pages, limit=MAX_PDF_PAGES)
        for index in range(pages):
            page = document[index]
            text = page.get_textpage()
            if lines and lines[-1]:
                lines.append("")  # a page ends a paragraph as a gap does (a table read on goes on)
            lines += [_unspaced(_printable(line)) for line in _page_lines(text)]
            text.close()
            page.close()
    except pdfium.PdfiumError as exc:
        raise _damaged(name, ".pdf", exc) from None
    finally:
        document.close()
    if sum(not ch.isspace() for line in lines for ch in line) < MIN_PDF_CHARACTERS:
        raise _refuse(msg.ARTICLE_NO_TEXT_LAYER, name)
    return lines


def _page_lines(text_page) -> list[str]:
    """A page's lines in PDFium's reading order, with an empty line where the page leaves a
    gap taller than a line: a PDF has no empty lines, but the readers of extract/ end a
    table or a headline at a paragraph's end. (Measured: gaps inside a paragraph are 0.2 to
    0.8 of a line's height, inside a table up to 1.0, between paragraphs 1.3 and more.)"""
    text = text_page.get_text_range()
    if len(text) != text_page.count_chars():  # a character outside the BMP: offsets would not agree
        return text.splitlines()
    lines: list[str] = []
    above = None  # the bottom of the line before
    for found in re.finditer(r"([^\r\n]*)(?:\r\n|\r|\n|$)", text):
        line = found.group(1)
        if line.strip():
            first = found.start() + len(line) - len(line.lstrip())
            _, bottom, _, top = text_page.get_charbox(first, loose=True)
            if above is not None and above - top > PARAGRAPH_GAP * (top - bottom) and lines[-1]:
                lines.append("")
            above = bottom
            lines.append(line)
        if found.end() >= len(text):
            break
    return lines


def _printable(line: str) -> str:
    """Control characters PDFium reports (a soft hyphen's \\x02, stray NULs) dropped."""
    return "".join(ch for ch in line if ch == "\t" or unicodedata.category(ch) != "Cc")


def _unspaced(line: str) -> str:
    """A letter-spaced line closed up: 近 年 来 ，“7·26”非 法 -> 近年来，“7·26”非法."""
    return _SPACE_IN_CJK.sub("", line) if _LETTER_SPACED.search(line) else line


def _packed_size(data: bytes, limit: int) -> int:
    """How large a PDF's Flate streams unpack to, a Flate stream inside one included (the
    filter may be given twice), counted up to just past `limit` without keeping any of it."""
    total = 0
    for found in re.finditer(rb"(?<!end)stream(?:\r\n|\n|\r)?", data):
        start = found.end()
        if _is_zlib(data[start:start + 2]):
            pieces = (data[i:i + 65536] for i in range(start, len(data), 65536))
            total += _unpacked(pieces, limit - total)
            if total > limit:
                break
    return total


def _is_zlib(head: bytes) -> bool:
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0


def _unpacked(pieces: Iterable[bytes], limit: int, depth: int = 0) -> int:
    """Bytes the zlib stream in `pieces` inflates to (and a zlib stream in that), to limit + 1."""
    made = [0]

    def inflated() -> Iterator[bytes]:
        inflate = zlib.decompressobj()
        for piece in pieces:
            while piece and made[0] <= limit and not inflate.eof:
                try:
                    out = inflate.decompress(piece, 1 << 20)
                except zlib.error:
                    return
                piece = inflate.unconsumed_tail
                made[0] += len(out)
                if out:
                    yield out
            if inflate.eof or made[0] > limit:
                return

    outputs = inflated()
    first = next(outputs, b"")
    inner = 0
    if depth < 3 and _is_zlib(first[:2]):
        inner = _unpacked(itertools.chain([first], outputs), limit, depth + 1)
    for _ in outputs:
        pass
    return made[0] + inner


def html_lines(data: bytes, name: str) -> list[str]:
    """A web page's main text and its tables, through trafilatura: navigation, scripts,
    styles, comments and footers left out, tables as pipe rows. Measured on a news page
    with a nav bar, scripts and a footer, inscriptis kept all three; trafilatura none."""
    if _what_it_is(data) not in ("", msg.ARTICLE_IS_WEB_PAGE) or b"\x00" in data[:4096]:
        raise _wrong(data, name, ".html")
    if sum(1 for _ in itertools.islice(_TAG.finditer(data), MAX_HTML_TAGS + 1)) > MAX_HTML_TAGS:
        raise _refuse(msg.ARTICLE_TOO_MANY_TAGS, name, limit=MAX_HTML_TAGS)
    import trafilatura

    try:
        text = trafilatura.extract(data, output_format="txt", include_tables=True, include_comments=False,
                                   include_images=False, include_links=False, deduplicate=False)
    except Exception as exc:  # noqa: BLE001 - whatever lxml meets in a broken page
        raise _damaged(name, ".html", exc) from None
    if not text or not text.strip():
        raise _refuse(msg.ARTICLE_NO_MAIN_TEXT, name)
    return [line.rstrip() for line in text.splitlines() if not _TABLE_RULE.fullmatch(line)]


def docx_lines(data: bytes, name: str) -> list[str]:
    """A Word file's paragraphs and tables in the order of the document, each table row a
    pipe row. The zip is measured before python-docx unpacks it: a zip never yields more
    than its entries declare (zipfile stops there), so their sum bounds the unpacking."""
    import zipfile

    if not data.startswith(_ZIP):
        raise _wrong(data, name, ".docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _damaged(name, ".docx", exc) from None
    if len(entries) > MAX_DOCX_PARTS or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise _refuse(msg.ARTICLE_UNPACKS_TOO_LARGE, name, limit=MAX_UNPACKED_BYTES)
    import docx
    from docx.table import Table

    lines: list[str] = []
    try:
        for block in docx.Document(io.BytesIO(data)).iter_inner_content():
            if isinstance(block, Table):
                lines += [_pipe_row(cell.text for cell in row.cells) for row in block.rows]
            else:
                lines += block.text.splitlines() or [""]
    except Exception as exc:  # noqa: BLE001 - whatever python-docx or lxml meets in a broken file
        raise _damaged(name, ".docx", exc) from None
    return lines


def _pipe_row(cells: Iterable[str]) -> str:
    """| a | b |, a cell's own line breaks and pipes turned into spaces."""
    return "| " + " | ".join(" ".join(c.replace("|", " ").split()) for c in cells) + " |"


# Each kind of file an article may be, by its name's ending.
READERS: dict[str, Callable[[bytes, str], list[str]]] = {
    ".txt": text_lines,
    ".pdf": pdf_lines,
    ".html": html_lines,
    ".htm": html_lines,
    ".docx": docx_lines,
}
