"""Articles as newsrooms have them (charts/article/formats.py): a PDF, a web page and a Word
file, each made here by a real tool (PyMuPDF, python-docx, an HTML page as a site serves
one), read by extract and verify as the .txt is; and files that are not what they say, or
are built to hurt, ending in one line each."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from charts import messages as msg
from charts.article import formats
from charts.article.extract import extract
from charts.article.read import read_article
from charts.cli import cli
from charts.inputs import InputError
from tests.conftest import MINIMAL, SEED_ARTICLE

# An article in a newspaper's manner, written for these tests; its figures are a survey's.
HEADLINE = "超六成受访青年每周至少逛一次社区菜市场"
OPENING = ("近日，本报社会调查中心联合一家问卷平台，对1151名18至40岁青年进行的一项调查显示，"
           "63.2%的受访青年每周至少逛一次社区菜市场。")
AGES = "受访者中，00后占21.6%，90后占43.6%，80后占26.9%，70后占7.1%，其他占0.9%。"
TABLE_TITLE = "受访青年常去的买菜渠道"
TABLE = [("渠道", "占比(%)"), ("社区菜市场", "63.2"), ("生鲜超市", "48.7"), ("线上平台", "41.5"), ("路边摊点", "12.4")]
CLOSING = "在北京工作的程序员小周说，下班路上顺手买把青菜，比在手机上挑半天更踏实。男性受访者占48.5%，女性占51.5%。"

CHANNELS = [["社区菜市场", 63.2], ["生鲜超市", 48.7], ["线上平台", 41.5], ["路边摊点", 12.4]]
COHORTS = [["00后", 21.6], ["90后", 43.6], ["80后", 26.9], ["70后", 7.1], ["其他", 0.9]]

# The minimal age spec, naming its article
SPEC = MINIMAL.format(kind="bar", question="single") + "  article: {article}\n"


def _wrapped(text: str, width: int = 30) -> list[str]:
    """A paragraph set in a column of `width` characters: breaks fall inside phrases and
    figures, as in a newspaper's PDF."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def write_pdf(path: Path, blocks: list[list[str] | list[tuple[str, ...]]]) -> Path:
    """A PDF written by PyMuPDF with its built-in Simplified Chinese font: each block a
    paragraph (a gap after it), a block of tuples a table whose cells stand in columns."""
    import pymupdf

    document = pymupdf.open()
    page, y = document.new_page(width=595, height=842), 72.0
    for block in blocks:
        for line in block:
            if y > 780:
                page, y = document.new_page(width=595, height=842), 72.0
            cells = line if isinstance(line, tuple) else (line,)
            for column, cell in enumerate(cells):
                page.insert_text((72 + 180 * column, y), cell, fontname="china-s", fontsize=11)
            y += 16
        y += 14
    path.write_bytes(document.tobytes())
    return path


def article_pdf(path: Path) -> Path:
    spaced = " ".join(TABLE_TITLE)  # the table's title set with a space after every character
    return write_pdf(path, [[HEADLINE], _wrapped(OPENING), _wrapped(AGES), [spaced, *TABLE], _wrapped(CLOSING)])


def article_html(path: Path) -> Path:
    rows = "".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in TABLE[1:])
    path.write_text(textwrap.dedent(f"""\
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{HEADLINE}</title>
        <style>body {{ font-family: sans-serif }} .ad::after {{ content: "广告 99.9%" }}</style>
        <script>var tracker = "脚本里的数字 77.7%"; window.dataLayer = [];</script>
        </head><body>
        <nav><a href="/">首页</a> | <a href="/hot">热榜 88.8%</a> | <a href="/app">客户端</a></nav>
        <article>
          <h1>{HEADLINE}</h1>
          <p>{OPENING}</p>
          <p>{AGES}</p>
          <p>{TABLE_TITLE}</p>
          <table><thead><tr><th>{TABLE[0][0]}</th><th>{TABLE[0][1]}</th></tr></thead><tbody>{rows}</tbody></table>
          <p>{CLOSING}</p>
        </article>
        <footer>版权所有 未经授权禁止转载 66.6%</footer>
        <script>document.write("写入页面的数字 55.5%")</script>
        </body></html>
        """), encoding="utf-8")
    return path


def article_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    for paragraph in (HEADLINE, OPENING, AGES, TABLE_TITLE):
        document.add_paragraph(paragraph)
    table = document.add_table(rows=0, cols=2)
    for row in TABLE:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    document.add_paragraph(CLOSING)
    document.save(path)
    return path


WRITERS = {".pdf": article_pdf, ".html": article_html, ".docx": article_docx}


def rows_of(path: Path) -> list[list]:
    return [[label, float(value)] for draft in extract(read_article(path)) for label, value in draft.rows]


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_extract_recovers_the_table_and_the_shares_from_each_format(suffix, tmp_path):
    rows = rows_of(WRITERS[suffix](tmp_path / f"survey{suffix}"))
    for row in CHANNELS + COHORTS:
        assert row in rows, (suffix, rows)


def test_a_pdf_reads_as_its_lines_with_paragraph_gaps_and_letter_spacing_closed(tmp_path):
    article = read_article(article_pdf(tmp_path / "survey.pdf"))
    assert TABLE_TITLE in article.lines  # 受 访 青 年 … as set, closed up
    assert "渠道 占比(%)" in article.lines and "社区菜市场 63.2" in article.lines  # cells apart: a table
    assert article.lines[article.lines.index(HEADLINE) + 1] == ""  # the gap after a paragraph
    assert "00后占21.6%" in article.text and "1151名18至40岁" in article.text  # breaks inside phrases gone
    table = next(d for d in extract(article) if ["社区菜市场", "63.2"] in [list(r) for r in d.rows])
    assert table.title == TABLE_TITLE


def test_a_web_page_gives_its_text_and_tables_but_no_scripts_styles_or_navigation(tmp_path):
    article = read_article(article_html(tmp_path / "survey.html"))
    assert "| 渠道 | 占比(%) |" in article.lines and "| 社区菜市场 | 63.2 |" in article.lines
    assert HEADLINE in article.lines and "00后占21.6%" in article.text
    for stray in ("99.9", "77.7", "88.8", "66.6", "55.5", "首页", "dataLayer", "font-family"):
        assert stray not in article.text, stray


def test_a_word_file_gives_its_paragraphs_and_tables_in_document_order(tmp_path):
    article = read_article(article_docx(tmp_path / "survey.docx"))
    lines = [line for line in article.lines if line]
    assert lines == [HEADLINE, OPENING.replace("，", ","), AGES.replace("，", ","), TABLE_TITLE,
                     *(f"| {a} | {b} |" for a, b in TABLE), CLOSING.replace("，", ",")]  # NFKC: ， -> ,


@pytest.mark.parametrize("suffix", sorted(WRITERS))
def test_verify_finds_a_specs_figures_in_each_format(suffix, tmp_path):
    WRITERS[suffix](tmp_path / f"survey{suffix}")
    spec = tmp_path / "ages.yaml"
    spec.write_text(SPEC.format(article=f"survey{suffix}").lstrip(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["verify", str(spec)])
    assert result.exit_code == 0, result.output
    assert msg.VERIFY_SUMMARY.format(name=spec, found=6, relabelled=0, missing=0, cited=0) in result.output


def test_verify_and_extract_say_what_is_wrong_with_an_article_in_one_line(tmp_path):
    article = tmp_path / "survey.pdf"
    article.write_bytes("受访者中，00后占21.6%".encode())  # text, named .pdf
    spec = tmp_path / "ages.yaml"
    spec.write_text(SPEC.format(article="survey.pdf").lstrip(), encoding="utf-8")
    runner = CliRunner()
    verified = runner.invoke(cli, ["verify", str(spec)])
    said = msg.ARTICLE_WRONG_FORMAT.format(name=article, suffix=".pdf", found=msg.ARTICLE_SOMETHING_ELSE,
                                           formats=msg.ARTICLE_FORMATS)
    assert verified.exit_code == 1 and f"source.article: {said}" in verified.output
    extracted = runner.invoke(cli, ["extract", str(article)])
    assert extracted.exit_code == 1 and extracted.output.strip() == f"{article}: {said}"


def test_an_image_only_pdf_says_run_ocr_first(tmp_path):
    import pymupdf

    document = pymupdf.open()
    page = document.new_page()
    picture = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 80), 0)
    picture.clear_with(180)
    page.insert_image(page.rect, pixmap=picture)  # a scanned page: a picture, no text
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(document.tobytes())
    result = CliRunner().invoke(cli, ["extract", str(scan)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip() == f"{scan}: {msg.ARTICLE_NO_TEXT_LAYER.format(name=scan)}"
    assert "no text layer: run OCR first" in result.output


def _pdf(*objects: bytes) -> bytes:
    """A PDF written by hand, object by object, with its cross-reference table."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"xref\n0 %d\n0000000000 65535 f \n%strailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, table, len(objects) + 1, len(out))


def _flate_bomb(megabytes: int, twice: bool = False) -> bytes:
    """A one-page PDF whose content stream unpacks to `megabytes` MB of spaces (packed twice:
    a stream that unpacks to another packed stream)."""
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(b" " * (1 << 20)) for _ in range(megabytes)) + packer.flush()
    if twice:
        body = zlib.compress(body, 9)
    filters = b"[/FlateDecode /FlateDecode]" if twice else b"/FlateDecode"
    return _pdf(b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
                b"<< /Length %d /Filter %s >>\nstream\n%s\nendstream" % (len(body), filters, body))


def _zip_bomb() -> bytes:
    """A .docx-shaped zip whose document unpacks to 200 MB of zeros (it packs to 200 KB)."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as document:
            for _ in range(200):
                document.write(bytes(1 << 20))
    return packed.getvalue()


def _docx_with(xml: bytes) -> bytes:
    """A real .docx from python-docx with its document part replaced by `xml`."""
    import docx

    made, out = io.BytesIO(), io.BytesIO()
    docx.Document().save(made)
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(entry.filename, xml if entry.filename == "word/document.xml" else source.read(entry))
    return out.getvalue()


_W = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
_LIMIT = {"limit": formats.MAX_UNPACKED_BYTES}

# Each file: how to make it, and the message it must end in (a damaged file's reason is the
# library's, so only what comes before it is compared).
HOSTILE = {
    "corrupt.pdf": (lambda: b"%PDF-1.7\n" + bytes(range(256)) * 64, msg.ARTICLE_DAMAGED, {}),
    "bomb.pdf": (lambda: _flate_bomb(300), msg.ARTICLE_UNPACKS_TOO_LARGE, _LIMIT),
    "bomb-twice.pdf": (lambda: _flate_bomb(200, twice=True), msg.ARTICLE_UNPACKS_TOO_LARGE, _LIMIT),
    "bomb.docx": (_zip_bomb, msg.ARTICLE_UNPACKS_TOO_LARGE, _LIMIT),
    "deep.docx": (lambda: _docx_with(_W + b"<w:p>" * 100_000 + b"</w:p>" * 100_000 + b"</w:body></w:document>"),
                  msg.ARTICLE_DAMAGED, {}),
    "broken.docx": (lambda: b"PK\x03\x04" + bytes(300), msg.ARTICLE_DAMAGED, {}),
    "nested.html": (lambda: b"<html><body>" + b"<div>" * 900_000 + "受访者占21.6%".encode(),
                    msg.ARTICLE_TOO_MANY_TAGS, {"limit": formats.MAX_HTML_TAGS}),
    "nested-less.html": (lambda: b"<html><body>" + b"<div>" * 19_000 + "受访者占21.6%".encode(),
                         msg.ARTICLE_NO_MAIN_TEXT, {}),
    "many.html": (lambda: b"<html><body>" + "<p>受访者占21.6%</p>".encode() * 50_000,
                  msg.ARTICLE_TOO_MANY_TAGS, {"limit": formats.MAX_HTML_TAGS}),
    "old.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), msg.ARTICLE_WRONG_FORMAT,
                 {"found": msg.ARTICLE_IS_OLD_OFFICE}),
    "scan.txt": (lambda: b"%PDF-1.7\n" + bytes(100), msg.ARTICLE_WRONG_FORMAT, {"found": msg.ARTICLE_IS_PDF}),
    "binary.html": (lambda: b"\x00\x01\x02" * 100, msg.ARTICLE_WRONG_FORMAT, {"found": msg.ARTICLE_SOMETHING_ELSE}),
    "gbk.txt": (lambda: "受访者中，00后占21.6%".encode("gbk"), msg.ARTICLE_NOT_UTF8, {}),
    "story.md": (lambda: "受访者中，00后占21.6%".encode(), msg.ARTICLE_UNKNOWN_FORMAT, {}),
    "story": (lambda: "受访者中，00后占21.6%".encode(), msg.ARTICLE_UNKNOWN_FORMAT, {}),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_file_that_is_not_what_it_says_or_is_built_to_hurt_ends_in_one_line(name, tmp_path):
    make, template, fields = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(InputError) as caught:
        read_article(path)
    said = caught.value.reason
    if template == msg.ARTICLE_DAMAGED:
        assert said.startswith(template.split("(")[0].format(name=path, suffix=path.suffix)), said
        assert said.endswith(template.split(")")[-1]), said
    else:
        assert said == template.format(name=path, suffix=path.suffix, formats=msg.ARTICLE_FORMATS, **fields)
    assert "\n" not in said


def test_a_password_protected_pdf_asks_for_an_open_copy(tmp_path):
    import pymupdf

    document = pymupdf.open()
    document.new_page().insert_text((72, 72), AGES, fontname="china-s")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(document.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="desk", owner_pw="editor"))
    with pytest.raises(InputError) as caught:
        read_article(locked)
    assert caught.value.reason == msg.ARTICLE_PDF_PASSWORD.format(name=locked)


def test_a_pdf_of_too_many_pages_is_refused_unread(tmp_path):
    pages = b" ".join(b"3 0 R" for _ in range(formats.MAX_PDF_PAGES + 1))
    path = tmp_path / "pages.pdf"
    path.write_bytes(_pdf(b"<< /Type /Catalog /Pages 2 0 R >>",
                          b"<< /Type /Pages /Kids [%s] /Count %d >>" % (pages, formats.MAX_PDF_PAGES + 1),
                          b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"))
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert caught.value.reason == msg.ARTICLE_TOO_MANY_PAGES.format(name=path, pages=formats.MAX_PDF_PAGES + 1,
                                                                    limit=formats.MAX_PDF_PAGES)


def test_the_seed_article_as_a_pdf_drafts_what_its_text_drafts(tmp_path):
    """The seed article set line by line in a PDF (its empty lines as gaps, over pages, as a
    newspaper page has them) gives the very drafts its .txt gives."""
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the seed article is not here ({SEED_ARTICLE}); it lives in ../shared/seeds/")
    blocks, block = [], []
    for line in SEED_ARTICLE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    pdf = write_pdf(tmp_path / "seed.pdf", blocks + [block] if block else blocks)

    def drafts(path: Path) -> list:
        return [(d.name, d.kind, d.title, d.question, [list(r) for r in d.rows]) for d in extract(read_article(path))]

    from_text, from_pdf = drafts(SEED_ARTICLE), drafts(pdf)
    assert len(from_text) >= 10 and from_pdf == from_text


def test_reading_no_article_imports_no_format_library():
    probe = ("import sys; import charts.article.read, charts.article.verify, charts.article.commands; "
             "print(sorted(m for m in ('pypdfium2', 'trafilatura', 'docx', 'lxml') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_page_glossing_without_tone_marks_or_printing_the_decimal_point_as_a_stop(tmp_path):
    from charts.article.read import read_article

    path = tmp_path / "a.txt"
    path.write_text("PM2.5平均濃度(du)為30微(wei)(wei)克(ke)/立(li)方(fang)米。僅有20。2%表示不加班,24。5%自願加班,"
                    "佔比高達41。8%。\n"
                    "短视频(go)\n", encoding="utf-8")
    text = read_article(path).text
    assert "濃度為30微克/立方米" in text and "20.2%" in text and "24.5%" in text and "41.8%" in text
    path.write_text("满意度值为79.2。70%的市民认为(go)不错。指数为50。6%的企业增加,52。4%的企业持平。\n", encoding="utf-8")
    assert read_article(path).text == "满意度值为79.2。70%的市民认为(go)不错。指数为50。6%的企业增加,52。4%的企业持平。"


def test_a_sentence_ending_on_a_count_before_one_opening_on_a_share_is_no_decimal(tmp_path):
    from charts.article.read import read_article

    path = tmp_path / "a.txt"
    path.write_text("样本量为1200。45%的受访者认为不错。共计980。52%的人表示满意。\n", encoding="utf-8")
    assert "1200。45%" in read_article(path).text  # a count, not a share's whole part
    path.write_text("有12。45%的人认为不错。共98。52%的人满意,52.5%、30.1%和17.4%的人认为一般。\n", encoding="utf-8")
    assert "12。45%" in read_article(path).text  # the page prints its decimal points as points


def test_sentences_ending_on_an_index_before_ones_opening_on_a_share_keep_their_stops(tmp_path):
    from charts.article.read import read_article

    path = tmp_path / "a.txt"
    path.write_text("3月份,全市制造业采购经理指数(PMI)为50。62%的受访企业表示新订单较上月增加。"
                    "非制造业商务活动指数为52。48%的受访企业预计下月业务量继续增长。\n", encoding="utf-8")
    assert "50。62%" in read_article(path).text and "52。48%" in read_article(path).text


def test_a_pasted_pages_links_and_images_give_no_figures_and_no_labels(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("铁路客运量1388.2万人次,比2024年同期增长79.2%。\n"
                    '<image>data:image/s3,"s3://crabby-images/4f1ba/4f1ba07ee46c706c901b50bea2654873f357d7cf" alt=""</image>\n'
                    "公路客运量16860万人次,比2024年同期增长11.9%。详见https://data.example.org/t/2025,即时更新。\n"
                    "![[快讯]某地6.5级地震](http://img.example.com/202602/18/000456781.jpg)\n", encoding="utf-8")
    article = read_article(path)
    assert "http" not in article.text and "f1ba" not in article.text and "6.5" not in article.text
    assert ",即时更新" in article.text and article.line(article.text.index("公路")) == 3
    path.write_text("调查结果发布在https://www.example.com/survey，28.5%的受访者表示满意。\n", encoding="utf-8")
    assert read_article(path).text == "调查结果发布在,28.5%的受访者表示满意。"  # the page's comma is no part of the address
