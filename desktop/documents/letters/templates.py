"""Letter templates: plain text with {{ placeholders }} (Jinja2, sandboxed).

The shipped texts live in resources/letters/<language>/<code>.txt: the first
line is the subject, then a blank line, then the body. A coordinator's own
version is a row in letter_templates; deleting it restores the shipped text.
A broken template is refused with the line and the placeholder named, so a
half-made letter is never printed."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.data.errors import ServiceError
from models import LetterTemplate

LANGUAGES = ("nl", "en")

# Placeholders a template may use: top-level name -> its fields (None: a plain value).
PLACEHOLDERS: dict[str, tuple[str, ...] | None] = {
    "organisatie": ("naam", "adres", "postcode", "plaats", "telefoon", "email", "website",
                    "ondertekenaar", "functie"),
    "ontvanger": ("naam", "aanhef"),
    "zaak": ("nummer", "datum_aanmelding", "terugkoppeling"),
    "afspraak": ("soort", "datum", "tijd", "eindtijd", "plaats"),
    "verwijzer": ("naam", "organisatie"),
    "bemiddelaars": None,
    "partijen": None,
    "vandaag": None,
    "gespreksdatum": None,
    "reageer_voor": None,
    "schrijfregels": None,
    "handtekeningen": None,
}

# Markers the PDF layout turns into ruled lines and signature boxes.
LINES_MARKER = "\x00lines:{}\x00"
SIGNATURES_MARKER = "\x00signatures\x00"
MARKER_RE = re.compile(r"\x00(lines:(\d+)|signatures)\x00")


class TemplateProblem(ServiceError):
    """A template that cannot make a letter; the view names line and placeholder."""

    def __init__(self, code: str, line: int | None = None, placeholder: str = "",
                 suggestion: str = "", detail: str = "") -> None:
        super().__init__(f"{code} line={line} {placeholder}")
        self.code = code  # template_syntax, unknown_placeholder, missing_value
        self.line = line
        self.placeholder = placeholder
        self.suggestion = suggestion
        self.detail = detail


@dataclass(frozen=True)
class TemplateText:
    code: str
    language: str
    subject: str
    body: str
    is_custom: bool = False


@dataclass(frozen=True)
class RenderedText:
    subject: str
    body: str


def _writing_lines(count: int = 8) -> str:
    return LINES_MARKER.format(max(1, min(int(count), 40)))


_ENV = SandboxedEnvironment(
    undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=False
)
_ENV.globals["schrijfregels"] = _writing_lines
_ENV.globals["handtekeningen"] = SIGNATURES_MARKER


def _split(text: str) -> tuple[str, str]:
    subject, _blank, body = text.replace("\r\n", "\n").partition("\n\n")
    return subject.strip(), body.strip("\n") + "\n"


def shipped(code: str, language: str) -> TemplateText:
    path = resources.files("resources") / "letters" / language / f"{code}.txt"
    subject, body = _split(path.read_text(encoding="utf-8"))
    return TemplateText(code, language, subject, body)


def load(session: Session, code: str, language: str) -> TemplateText:
    own = session.scalar(
        select(LetterTemplate).where(LetterTemplate.code == code,
                                     LetterTemplate.language == language)
    )
    if own is None:
        return shipped(code, language)
    return TemplateText(code, language, own.subject, own.body, is_custom=True)


def save(session: Session, text: TemplateText) -> None:
    """Keep the coordinator's version, after checking it can make a letter."""
    check(text.subject, text.body)
    own = session.scalar(
        select(LetterTemplate).where(LetterTemplate.code == text.code,
                                     LetterTemplate.language == text.language)
    )
    if own is None:
        own = LetterTemplate(code=text.code, language=text.language)
        session.add(own)
    own.subject = text.subject
    own.body = text.body


def restore(session: Session, code: str, language: str) -> None:
    session.execute(delete(LetterTemplate).where(LetterTemplate.code == code,
                                                 LetterTemplate.language == language))


def _unknown(path: str, line: int | None) -> TemplateProblem:
    known = [name if fields is None else f"{name}.{f}"
             for name, fields in PLACEHOLDERS.items() for f in (fields or ("",))]
    known = [k.rstrip(".") for k in known]
    close = difflib.get_close_matches(path, known, n=1, cutoff=0.6)
    if not close:  # "{{ naam }}" most likely meant "{{ ontvanger.naam }}"
        close = [k for k in known if k.endswith("." + path.split(".")[-1])][:1]
    return TemplateProblem("unknown_placeholder", line, path, close[0] if close else "")


def _check_names(tree: nodes.Template) -> None:
    assigned = {n.name for n in tree.find_all(nodes.Name) if n.ctx in ("store", "param")}
    for node in tree.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name in PLACEHOLDERS:
            fields = PLACEHOLDERS[node.node.name]
            if fields is None or node.attr not in fields:
                raise _unknown(f"{node.node.name}.{node.attr}", node.lineno)
    for node in tree.find_all(nodes.Name):
        if node.ctx == "load" and node.name not in PLACEHOLDERS and node.name not in assigned:
            raise _unknown(node.name, node.lineno)


@lru_cache(maxsize=64)
def _compile(source: str) -> Any:
    try:
        tree = _ENV.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem("template_syntax", exc.lineno, detail=exc.message or "") from None
    _check_names(tree)
    try:
        return _ENV.from_string(source)
    except TemplateSyntaxError as exc:  # e.g. an unknown filter
        raise TemplateProblem("template_syntax", exc.lineno, detail=exc.message or "") from None


def check(subject: str, body: str) -> None:
    """Raise TemplateProblem for a template that could not make a letter, and
    fill it with example values to be sure. Lines count from the subject (line 1)."""
    _compile_pair(subject, body)
    from desktop.documents.letters.context import sample_context

    for with_appointment in (True, False):
        try:
            render(subject, body, sample_context("nl", with_appointment=with_appointment))
        except TemplateProblem as exc:
            if with_appointment or exc.placeholder.split(".")[0] != "afspraak":
                raise


def _compile_pair(subject: str, body: str) -> tuple[Any, Any]:
    try:
        head = _compile(subject)
    except TemplateProblem as exc:
        raise TemplateProblem(exc.code, 1, exc.placeholder, exc.suggestion, exc.detail) from None
    try:
        main = _compile(body)
    except TemplateProblem as exc:
        line = exc.line + 2 if exc.line is not None else None
        raise TemplateProblem(exc.code, line, exc.placeholder, exc.suggestion,
                              exc.detail) from None
    return head, main


_MISSING_ATTR = re.compile(r"has no attribute '(\w+)'")
_UNDEFINED_NAME = re.compile(r"'(\w+)' is undefined")


def _missing_placeholder(exc: UndefinedError, context: dict[str, Any]) -> str:
    message = exc.message or ""
    if match := _MISSING_ATTR.search(message):
        attr = match.group(1)
        for name, fields in PLACEHOLDERS.items():
            if fields and attr in fields and not context.get(name):
                return f"{name}.{attr}"
        return attr
    if match := _UNDEFINED_NAME.search(message):
        return match.group(1)
    return ""


def render(subject: str, body: str, context: dict[str, Any]) -> RenderedText:
    head, main = _compile_pair(subject, body)
    try:
        text = RenderedText(head.render(context).strip(), main.render(context))
    except UndefinedError as exc:
        raise TemplateProblem("missing_value", None, _missing_placeholder(exc, context)) from None
    except Exception as exc:  # a filter misused, a division by zero, a sandbox refusal
        raise TemplateProblem("template_syntax", None, detail=str(exc)) from None
    return text
