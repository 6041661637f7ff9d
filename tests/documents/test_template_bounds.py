"""A letter template is text a coordinator types: whatever is typed, checking or
using it stays quick and small, and no Jinja helper outside the letter's own
placeholders can be reached."""

from __future__ import annotations

import pytest

from desktop.documents.letters import templates
from desktop.documents.letters.context import sample_context
from desktop.documents.letters.templates import TemplateProblem

HOSTILE = {
    "{{ 9**(9**9) }}": "power",
    "{{ ontvanger.naam|center(2000000000) }}": "filter:center",
    "{{ ontvanger.naam|indent(2000000000) }}": "filter:indent",
    "{{ 'x' * 1000000000 }}": "too_large",
    "{{ ontvanger.naam * 100000 }}": "too_large",
    "{{ 10000000000 * 10000000000 }}": "too_large",
    "{% for a in partijen %}{% for b in partijen %}{% for c in partijen %}"
    "{% for d in partijen %}{% for e in partijen %}{% for f in partijen %}"
    "{% for g in partijen %}{% for h in partijen %}x{% endfor %}{% endfor %}{% endfor %}"
    "{% endfor %}{% endfor %}{% endfor %}{% endfor %}{% endfor %}": "loop_depth",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}": "macro",
    "{{ range(100000) }}": "call",
    "{{ lipsum(1000) }}": "call",
    "{{ ontvanger.naam.__class__.__mro__ }}": "unsafe",
    "{{ " + "(" * 20000 + "1" + ")" * 20000 + " }}": "template_too_long",
    "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}": "too_deep",
    "{% set x = 1 %}{{ x }}": "assign",
    "{% for x in partijen if x %}{% endfor %}": "loop_over",
}


@pytest.mark.parametrize("body", list(HOSTILE))
def test_hostile_templates_are_refused_with_a_reason(body):
    with pytest.raises(TemplateProblem) as refused:
        templates.check("Onderwerp", body)
    assert refused.value.code == "template_not_allowed"
    assert refused.value.detail == HOSTILE[body]


@pytest.mark.parametrize("name", ["cycler", "namespace", "lipsum", "range", "dict", "joiner"])
def test_jinja_helpers_cannot_be_reached_through_a_loop_name(name):
    """A loop variable's name counts inside its own loop only."""
    body = f"{{% for {name} in partijen %}}{{{{ {name} }}}}{{% endfor %}}{{{{ {name}() }}}}"
    with pytest.raises(TemplateProblem) as refused:
        templates.check("Onderwerp", body)
    assert refused.value.code in ("unknown_placeholder", "template_not_allowed")
    outside = f"{{% for {name} in partijen %}}{{% endfor %}}{{{{ {name} }}}}"
    with pytest.raises(TemplateProblem) as refused:
        templates.check("Onderwerp", outside)
    assert (refused.value.code, refused.value.placeholder) == ("unknown_placeholder", name)


def test_what_a_letter_needs_still_works():
    body = ("{{ ontvanger.aanhef }},\n{% if afspraak %}Op {{ afspraak.datum }}.{% endif %}\n"
            "{% for p in partijen %}{{ loop.index }}. {{ p|upper }}\n{% endfor %}"
            "{{ organisatie.naam|default('') }} {{ schrijfregels(3) }}")
    templates.check("Uitnodiging {{ zaak.nummer }}", body)
    text = templates.render("Onderwerp", body, sample_context("nl")).body
    assert "1. " in text and "Op " in text


def test_no_memory_error_reaches_the_coordinator(monkeypatch):
    def exhausted(value):
        raise MemoryError

    monkeypatch.setitem(templates._ENV.filters, "upper", exhausted)
    templates._compile.cache_clear()
    try:
        with pytest.raises(TemplateProblem) as refused:
            templates.render("S", "{{ ontvanger.naam|upper }}", sample_context("nl"))
    finally:
        templates._compile.cache_clear()
    assert (refused.value.code, refused.value.detail) == ("template_not_allowed", "too_large")


def test_the_editor_checks_in_the_background_and_says_why_in_dutch(window, answers):
    from views.messages import template_problem_text

    dialog = window.admin.templates_dialog()
    calls = []
    original = dialog.runner.run
    dialog.runner.run = lambda fn, done, failed=None: (calls.append(fn), original(fn, done,
                                                                                 failed))
    dialog.body.setPlainText("{{ 9**(9**9) }}")
    dialog._timer.timeout.emit()  # what 250 ms after typing does
    assert calls, "the check must go through the runner (a worker in the program)"
    # The body's first line, named as the editor shows it (the subject is apart).
    assert "machtsverheffen" in dialog.state.text() and "Tekst, regel 1" in dialog.state.text()
    assert not dialog.save_button.isEnabled()
    problem = TemplateProblem("template_syntax", 4, detail="unexpected '}'")
    assert "unexpected" not in template_problem_text(problem)  # Dutch only
    assert "regel 2" in template_problem_text(problem)
    subject = TemplateProblem("template_syntax", 1, detail="unexpected '}'")
    assert template_problem_text(subject).startswith("De brief is niet gemaakt. In het onderwerp")
