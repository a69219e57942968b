"""Where an error of the library goes on a web form, and the command line's flags in it named as the
page names its fields ("use --correction" reads "use the correction box")."""

from __future__ import annotations

import re

from tracker.errors import InputError, TrackerError

#: Where an error of the api (or of a CLI parser) about one of these goes on the web forms. Fields not
#: named here are shown at the top of the form.
FIELD_OF = {"--phrase": "phrase", "--scale": "scale", "probabilities": "outcomes"}
FORM_WIDE = "form"
#: The fields each form shows; an error about anything else (the question's id, say) tops the form.
FIELDS = {"resolve": {"outcome", "evidence", "note", "correction"}, "snooze": {"span"},
          "update": {"probability", "outcomes", "phrase", "scale", "rationale"},
          "log": {"text", "criteria", "due", "kind", "probability", "outcomes", "phrase", "scale", "rationale",
                  "tags", "id"}}


#: The command line's flags, as the pages name the fields that stand for them: the library's messages
#: advise the CLI's user ("use --correction to supersede"), and a page says the same in its own words.
FLAG_WORDS = {"--correction": "the correction box", "-p": "a probability in the probability field",
              "--probability": "a probability in the probability field", "--phrase": "the estimative phrase field",
              "--scale": "the scale", "--outcome": "the outcomes' probabilities",
              "--published": "the publication date in its field", "--evidence": "the evidence field",
              "-e": "the evidence field", "--note": "the note field", "--due": "the due field",
              "--id": "the id field", "--until": "the snooze field"}
_FLAG = re.compile(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])(?: NAME=P)?(?![\w-])")


def page_words(message: str) -> str:
    """``message`` with each flag of FLAG_WORDS named as the page names its field."""
    return _FLAG.sub(lambda found: FLAG_WORDS.get(found.group(1), found.group(0)), message)


def field_errors(exc: TrackerError, form: str) -> dict[str, str]:
    """{field of ``form``: message} for an error of the api: InputError names its field; any other
    error, or one about a field the form does not show (an update's question id: the page is the
    question's), is the whole form's, without the name of a field the form does not have."""
    if isinstance(exc, InputError):
        field = FIELD_OF.get(exc.field, exc.field.split(".")[0].lstrip("-"))
        if field in FIELDS[form]:
            return {field: page_words(exc.message)}
        return {FORM_WIDE: page_words(exc.message)}
    return {FORM_WIDE: page_words(str(exc))}
