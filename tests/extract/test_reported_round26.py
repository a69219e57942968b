"""Round 26's classes of reported judgements (said_forms.py, putting_odds.py, chance_put_at.py): a judgement reported
through how the prospect looked ("said a start before June looked unlikely"), a reported "was likely to" dated by
"by mid-/early/late <month>", a counted group of sources as the holder ("two shipping sources", "three officials"), a
number put on a judged event by a trailing participle ("said X is likely, putting the odds at 70%"), and a number put by
a named body in a relative clause ("higher than Kestrel Research, which puts the chance of X at 15%"). Sentences written
for these tests; near misses must draft nothing through these rules."""

import pytest

from tracker.extract.chance_put_at import chance_put_at
from tracker.extract.putting_odds import putting_odds
from tracker.extract.said_forms import said_form


@pytest.mark.parametrize("text, statement, phrase, speaker", [
    ("But two shipping sources said a restart before the third quarter of 2028 looked unlikely.",
     "there will be a restart before the third quarter of 2028", "unlikely", "two shipping sources"),
    ("Three senior officials said a deal was unlikely before March.", "there will be a deal", "unlikely",
     "three senior officials"),
    ("Two diplomats said a ceasefire seemed unlikely this year.", "there will be a ceasefire", "unlikely", "two diplomats"),
    ("Analysts said the merger seemed likely to close by late March.", "the merger will close by late March", "likely",
     "Analysts"),
    ("A senior party source said an agreement on the pension cap was likely to be reached in committee, possibly by "
     "mid-October.", "an agreement on the pension cap will be reached in committee, possibly by mid-October", "likely",
     "a senior party source"),
    ("The ministry said the tender appeared likely to be awarded by early February.",
     "the tender will be awarded by early February", "likely", "the ministry"),
    ("Port officials said a second berth looked possible before the end of next year.",
     "there will be a second berth", "possible", "Port officials"),
    ("Most economists said the currency was likely to weaken until June.", "the currency will weaken until June",
     "likely", "most economists"),
])
def test_said_looked_and_dated(text, statement, phrase, speaker):
    found = said_form(text)
    assert found is not None
    assert (found.statement, found.phrase, found.speaker) == (statement, phrase, speaker)


@pytest.mark.parametrize("text", [
    "Officials said the tunnel looked likely to reopen.",             # no time ahead: a status report
    "Two officials said the road was closed before March.",           # no judgement word
    "The agency said the results looked good this year.",             # an assessment of what is, not a chance
    "Three analysts said it looked unlikely before March.",           # a pronoun subject: named elsewhere
    "We said a deal looked unlikely before March.",                    # the writer's own
    "Officials said a deal was unlikely in the talks.",               # "in the talks": no time
    "The board had said a deal was likely to be signed by mid-May.",  # "had said": a forecast made before
])
def test_said_looked_near_misses(text):
    assert said_form(text) is None


@pytest.mark.parametrize("text, statement, probability, speaker", [
    ("Analysts at a Frankfurt broker said in a note that a downgrade by Fitch this quarter is \"more likely than not\", "
     "putting the odds at roughly 60%.", "there will be a downgrade by Fitch this quarter", 0.6,
     "Analysts at a Frankfurt broker"),
    ("Analysts said that a rate cut in March is likely, putting the odds at 70%.", "there will be a rate cut in March",
     0.7, "Analysts"),
    ("The bank said a recession next year was possible, placing the probability at 35%.",
     "there will be a recession next year", 0.35, "the bank"),
    ("Two economists told clients that a default before June was unlikely, pegging the chance at 10 per cent.",
     "there will be a default before June", 0.1, "two economists"),
    ("Strategists at the lender wrote on Monday that an early election looked likely, setting the probability at 65 "
     "percent.", "there will be an early election", 0.65, "Strategists at the lender"),
    ("The consultancy said a strike at the mine this winter was unlikely, putting its chances at about 20pc.",
     "there will be a strike at the mine this winter", 0.2, "the consultancy"),
])
def test_putting_the_odds(text, statement, probability, speaker):
    found = putting_odds(text)
    assert found is not None
    assert (found.statement, found.stated, found.speaker) == (statement, probability, speaker)
    assert chance_put_at(text) is not None  # reached through the holder's numbers


@pytest.mark.parametrize("text", [
    "We said a cut is likely, putting the odds at 70%.",                                   # the writer's own
    "Analysts said that a rate cut in March is likely, putting pressure on the currency at 70 cents.",  # not a chance
    "Analysts said a cut is likely, putting the odds at 70%, and a hike at 10%.",           # a second number
    "Analysts said the rally was strong, putting the index at 70%.",                        # no judgement, no chance
    "They said a cut is likely, putting the odds at 70%.",                                  # a pronoun holder
    "The bank said a recession was likely, putting unemployment at 7%.",                    # a level, not a chance
])
def test_putting_the_odds_near_misses(text):
    assert putting_odds(text) is None


@pytest.mark.parametrize("text, statement, probability, speaker", [
    ("That is a little higher than Kestrel Research, which puts the chance of such a shortage at 15%, mainly because we "
     "weigh supply more.", "there will be such a shortage", 0.15, "Kestrel Research"),
    ("The figure compares with Halden Partners, which places the odds of a cut in March at 40 per cent.",
     "there will be a cut in March", 0.4, "Halden Partners"),
    ("We disagree with the Bank of England, which now puts the risk of a recession this year at one in four.",
     "there will be a recession this year", 0.25, "the Bank of England"),
    ("Our estimate sits below the Harbour Institute, which puts the probability of a strike before May at 30%.",
     "there will be a strike before May", 0.3, "the Harbour Institute"),
])
def test_which_puts(text, statement, probability, speaker):
    found = chance_put_at(text)
    assert found is not None
    assert (found.statement, found.stated, found.speaker) == (statement, probability, speaker)


@pytest.mark.parametrize("text", [
    "The plan, which puts the budget at 40 billion, was approved.",                 # no chance
    "The survey, which puts unemployment at 7%, was published on Monday.",          # a level
    "Prices rose, which puts the odds of a cut to rest.",                           # an idiom, no number
])
def test_which_puts_near_misses(text):
    assert chance_put_at(text) is None
