"""The interface is translated into the nine other languages, and the compiled catalogues are current."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, to_locale

LOCALE_DIR = Path(settings.LOCALE_PATHS[0])
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_catalogue_is_complete_and_compiled(language):
    folder = LOCALE_DIR / to_locale(language) / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    for entry in po.translated_entries():
        if entry.msgid_plural:
            # A plural form may leave out the number ("un seul"), or need it where the English
            # singular has none (Russian's first form also serves 21, 31…).
            allowed = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural))
            for text in entry.msgstr_plural.values():
                assert set(PLACEHOLDER.findall(text)) <= allowed, entry.msgid
        else:
            assert sorted(PLACEHOLDER.findall(entry.msgstr)) == sorted(PLACEHOLDER.findall(entry.msgid)), entry.msgid
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, dict(e.msgstr_plural)) for e in polib.mofile(str(folder / "django.mo"))}
    source = {
        (e.msgctxt, e.msgid): (e.msgstr, {int(k): v for k, v in e.msgstr_plural.items()})
        for e in po.translated_entries()
    }
    compiled = {key: (msgstr, {int(k): v for k, v in plural.items()}) for key, (msgstr, plural) in compiled.items()}
    stale = [key for key, value in source.items() if compiled.get(key) != value]
    assert stale == [], "django.mo is older than django.po: run `make messages`"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "À quel problème répond-elle\u00a0?"), ("ar", "ما المشكلة التي تعالجها؟"), ("zh-hans", "它要解决什么问题？")],
)
def test_initiative_questions_read_in_the_readers_language(language, expected):
    with translation.override(language):
        assert gettext("What problem does it address?") == expected
