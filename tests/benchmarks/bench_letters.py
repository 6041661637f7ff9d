"""Benchmark of letters: 1,000 invitation letters (organisation logo, embedded
DejaVu font) into one PDF, from a demo database.

Prints letters per second for
  - the PDF alone (the layout of 1,000 composed letters),
  - the whole batch as `burenrust letters` runs it (database reads, templates,
    PDF), and with the copies kept with each case (split with pypdf, stored);
and the ratio to a bare ReportLab platypus loop that writes the same letters with
the same embedded font, the logo on every page and the address block (but no
letterhead layout), run alternately with the program, medians of --repeat runs;
and, for the copies, the same bare loop that also writes each letter as its own
PDF file. Targets (issue 4): at least 400 letters per second and within 2.5x of
the bare loop; (issue 30) letters with copies within 1.5x of the bare loop with
copies.

Run:  python tests/benchmarks/bench_letters.py [--letters 1000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def logo_png() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, 190, 190), fill=(30, 120, 90, 255))
    draw.rectangle((220, 70, 580, 130), fill=(30, 80, 140, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def bare_loop(letters, logo: bytes, copies_to: Path | None = None) -> float:
    """The same letters as plainly as ReportLab allows, doing the work every letter
    needs: the same embedded font, the logo on each page, the address block, the
    date and reference, the body; no letterhead layout, no page numbers. With
    `copies_to`, each letter is also written as its own PDF file there (the copy
    a case keeps), the plainest way: laid out a second time on its own."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from desktop.documents.letters.pdf import FONT, register_fonts

    register_fonts()
    style = ParagraphStyle("bare", fontName=FONT, fontSize=10.5, leading=14)
    image = ImageReader(io.BytesIO(logo))

    def page(canvas, _document) -> None:
        canvas.drawImage(image, 56, 770, width=120, height=40, mask="auto")

    def flowables(letter) -> list:
        return [Paragraph("<br/>".join(letter.address_lines), style), Spacer(1, 24),
                Paragraph(f"{letter.date_text} · {letter.reference}", style),
                Paragraph(letter.subject, style),
                *(Paragraph(block.replace("\n", "<br/>"), style)
                  for block in letter.body.split("\n\n") if block.strip())]

    started = time.perf_counter()
    story = []
    for index, letter in enumerate(letters):
        if index:
            story.append(PageBreak())
        story.extend(flowables(letter))
    SimpleDocTemplate(io.BytesIO()).build(story, onFirstPage=page, onLaterPages=page)
    if copies_to is not None:
        for index, letter in enumerate(letters):
            out = io.BytesIO()
            SimpleDocTemplate(out).build(flowables(letter), onFirstPage=page,
                                         onLaterPages=page)
            (copies_to / f"{index}.pdf").write_bytes(out.getvalue())
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from dataclasses import replace

    from desktop.data.store import Store
    from desktop.demo import generator
    from desktop.documents.letters import service
    from desktop.documents.letters.context import SAMPLE_ORGANISATION
    from desktop.documents.letters.pdf import build_pdf
    from desktop.documents.organisation import get_organisation, save_organisation

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        generator.generate(store, args.letters)
        logo = logo_png()
        save_organisation(store, replace(SAMPLE_ORGANISATION, logo=logo,
                                         logo_type="png", footer="KvK 12345678"))
        requests = []
        for case_id in range(1, args.letters + 1):
            options = service.letter_options(store, case_id)
            party = next((r for r in options.recipients if r.role == "A" and r.has_address),
                         None)
            if party is not None:
                appointment = options.appointments[0].id if options.appointments else None
                requests.append(service.LetterRequest(case_id, "invitation_a", "person",
                                                      party.id, appointment))
        requests = requests[:args.letters]
        count = len(requests)
        org = get_organisation(store)
        composed = service.compose(store, requests, org=org)
        contents = [c.content for c in composed]

        pdf_times, whole_times, bare_times, copies_times, bare_copies_times = [], [], [], [], []
        for run in range(args.repeat):  # alternating, so a noisy moment hits both
            started = time.perf_counter()
            result = build_pdf(org, contents)
            pdf_times.append(time.perf_counter() - started)
            bare_times.append(bare_loop(contents, logo))
            started = time.perf_counter()
            service.print_batch(store, requests, keep_copies=False)
            whole_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            service.print_batch(store, requests, keep_copies=True)
            copies_times.append(time.perf_counter() - started)
            copies = Path(tmp) / f"bare-copies-{run}"
            copies.mkdir()
            bare_copies_times.append(bare_loop(contents, logo, copies_to=copies))
        store.close()

    pdf, whole, bare, with_copies, bare_copies = (statistics.median(t) for t in (
        pdf_times, whole_times, bare_times, copies_times, bare_copies_times))
    print(f"letters: {count}, PDF size {len(result.pdf) / 1e6:.1f} MB, "
          f"{len(result.page_ranges)} letters / {result.page_ranges[-1][1]} pages")
    print(f"PDF layout only:        {count / pdf:7.0f} letters/s  ({pdf:.2f} s)")
    print(f"whole batch (letters):  {count / whole:7.0f} letters/s  ({whole:.2f} s)")
    print(f"with copies per case:   {count / with_copies:7.0f} letters/s  ({with_copies:.2f} s)")
    print(f"bare ReportLab loop:    {count / bare:7.0f} letters/s  ({bare:.2f} s)")
    print(f"bare loop with copies:  {count / bare_copies:7.0f} letters/s  ({bare_copies:.2f} s)")
    print(f"ratio PDF / bare: {pdf / bare:.2f}x; whole batch / bare: {whole / bare:.2f}x "
          "(target <= 2.5x)")
    ratio = with_copies / bare_copies
    print(f"ratio with copies / bare with copies: {ratio:.2f}x (target <= 1.5x) "
          f"{'ok' if ratio <= 1.5 else 'TOO SLOW'}; medians of {args.repeat} runs")
    from tests.benchmarks.baseline import report_target

    report_target("letters with copies", f"{count:,} letters", f"{with_copies:.2f} s",
                  f"{bare_copies:.2f} s", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
