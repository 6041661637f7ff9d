"""Letter templates: plain text with {{ placeholders }} (Jinja2, sandboxed).

The shipped texts live in resources/letters/<language>/<code>.txt: the first
line is the subject, then a blank line, then the body. A coordinator's own
version is a row in letter_templates; deleting it restores the shipped text.
A broken template is refused with the line and the placeholder named, so a
half-made letter is never printed.

A template may fill in placeholders, choose with if/else, repeat over the letter's
own lists and use a few harmless filters; nothing that could run long or grow large
(powers, huge repeats, macros, loops over loops over loops, Jinja's global helpers):
a template is text a coordinator types, checked while typing."""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.data.errors import ServiceError
from models import LetterTemplate

LANGUAGES = ("nl", "en")

# Placeholders a template may use: top-level name -> its fields (None: a plain value).
PLACEHOLDERS: dict[str, tuple[str, ...] | None] = {
    "organisatie": ("naam", "adres", "postcode", "plaats", "telefoon", "email", "website",
                    "contact", "ondertekenaar", "functie"),
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


# The bounds of what a template may do.
MAX_TEMPLATE_CHARS = 20_000
MAX_TEXT = 100_000  # characters (or list items) any value or the letter may reach
MAX_NUMBER = 10**15
MAX_LOOP_DEPTH = 2
LOOP_FIELDS = ("index", "index0", "first", "last", "length", "revindex", "revindex0")
SAFE_FILTERS = ("upper", "lower", "capitalize", "title", "trim", "default", "d", "first",
                "last", "length", "count", "join", "replace", "round", "int", "string",
                "truncate", "reverse", "sort", "unique")
FUNCTIONS = ("schrijfregels",)


class _LetterSandbox(SandboxedEnvironment):
    """Jinja's sandbox, with every operator that can make a value grow checked."""

    intercepted_binops = frozenset({"**", "*", "+", "-", "/", "//", "%"})

    def call_binop(self, context, operator, left, right):
        if operator == "**":
            raise SecurityError("power")
        if operator == "*" and (isinstance(left, str | list | tuple)
                                or isinstance(right, str | list | tuple)):
            sequence, times = (left, right) if isinstance(left, str | list | tuple) else (
                right, left)
            if not isinstance(times, int) or len(sequence) * max(times, 0) > MAX_TEXT:
                raise SecurityError("too_large")
        return _bounded(super().call_binop(context, operator, left, right))


def _bounded(value):
    if isinstance(value, int) and abs(value) > MAX_NUMBER:
        raise SecurityError("too_large")
    if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
        raise SecurityError("too_large")
    return value


def _bounded_filter(function):
    @functools.wraps(function)  # keeps Jinja's pass_context/pass_eval_context marks
    def filtered(*args, **kwargs):
        return _bounded(function(*args, **kwargs))

    return filtered


_ENV = _LetterSandbox(
    undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, autoescape=False
)
# Only what a letter needs: no range, dict, lipsum, cycler, joiner or namespace.
_ENV.globals.clear()
_ENV.globals["schrijfregels"] = _writing_lines
_ENV.globals["handtekeningen"] = SIGNATURES_MARKER
_ENV.filters = {name: _bounded_filter(_ENV.filters[name]) for name in SAFE_FILTERS}


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


_ALLOWED_NODES = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Const, nodes.Name, nodes.Getattr,
    nodes.Getitem, nodes.If, nodes.For, nodes.Filter, nodes.Test, nodes.Concat, nodes.Compare,
    nodes.Operand, nodes.And, nodes.Or, nodes.Not, nodes.CondExpr, nodes.List, nodes.Tuple,
    nodes.Call, nodes.Add, nodes.Sub, nodes.Mul, nodes.Div, nodes.FloorDiv, nodes.Mod,
    nodes.Pos, nodes.Neg, nodes.Keyword,
)


def _not_allowed(what: str, node: nodes.Node) -> TemplateProblem:
    return TemplateProblem("template_not_allowed", node.lineno, detail=what)


def _check_shape(node: nodes.Node, visible: frozenset[str] = frozenset(),
                 depth: int = 0) -> None:
    """Walk the template: every construct allowed, every name a placeholder (or a
    loop's own variable, inside that loop only), loops over the letter's lists only."""
    if isinstance(node, nodes.Pow):
        raise _not_allowed("power", node)
    if not isinstance(node, _ALLOWED_NODES):
        raise _not_allowed(type(node).__name__.lower(), node)
    if isinstance(node, nodes.Name):
        if node.ctx == "load" and node.name not in PLACEHOLDERS and node.name not in visible:
            raise _unknown(node.name, node.lineno)
        return
    if isinstance(node, nodes.Getattr) and isinstance(node.node, nodes.Name):
        name = node.node.name
        if name == "loop" and "loop" in visible:
            if node.attr not in LOOP_FIELDS:
                raise _unknown(f"loop.{node.attr}", node.lineno)
            return
        if name in PLACEHOLDERS and name not in visible:
            fields = PLACEHOLDERS[name]
            if fields is None or node.attr not in fields:
                raise _unknown(f"{name}.{node.attr}", node.lineno)
    if isinstance(node, nodes.Getitem) and not isinstance(node.arg, nodes.Const):
        raise _not_allowed("index", node)
    if isinstance(node, nodes.Filter) and node.name not in SAFE_FILTERS:
        raise _not_allowed(f"filter:{node.name}", node)
    if isinstance(node, nodes.Call) and not (
            isinstance(node.node, nodes.Name) and node.node.name in FUNCTIONS):
        raise _not_allowed("call", node)
    if isinstance(node, nodes.For):
        if depth >= MAX_LOOP_DEPTH:
            raise _not_allowed("loop_depth", node)
        if node.recursive or not isinstance(node.iter, nodes.Name | nodes.Getattr):
            raise _not_allowed("loop_over", node)
        _check_shape(node.iter, visible, depth)
        if node.test is not None:
            raise _not_allowed("loop_over", node)
        targets = frozenset(n.name for n in (node.target, *node.target.find_all(nodes.Name))
                            if isinstance(n, nodes.Name))
        if targets & (set(PLACEHOLDERS) | set(FUNCTIONS) | {"loop"}):
            raise _not_allowed("loop_name", node)
        inner = visible | targets | {"loop"}
        for child in node.body:
            _check_shape(child, inner, depth + 1)
        for child in node.else_:
            _check_shape(child, visible, depth)
        return
    for child in node.iter_child_nodes():
        _check_shape(child, visible, depth)


@lru_cache(maxsize=64)
def _compile(source: str) -> Any:
    if len(source) > MAX_TEMPLATE_CHARS:
        raise TemplateProblem("template_not_allowed", None, detail="template_too_long")
    try:
        tree = _ENV.parse(source)
        _check_shape(tree)
        return _ENV.from_string(source)
    except TemplateSyntaxError as exc:
        raise TemplateProblem("template_syntax", exc.lineno, detail=exc.message or "") from None
    except (RecursionError, MemoryError):  # brackets nested thousands deep
        raise TemplateProblem("template_not_allowed", None, detail="too_deep") from None


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
    except SecurityError as exc:  # ours say what; the sandbox's own refuse __class__ & co.
        what = str(exc) if str(exc) in ("too_large", "power") else "unsafe"
        raise TemplateProblem("template_not_allowed", None, detail=what) from None
    except (MemoryError, RecursionError, OverflowError):
        raise TemplateProblem("template_not_allowed", None, detail="too_large") from None
    except Exception as exc:  # a filter misused, a division by zero
        raise TemplateProblem("template_syntax", None, detail=type(exc).__name__) from None
    if len(text.body) > MAX_TEXT:
        raise TemplateProblem("template_not_allowed", None, detail="too_large")
    return text
