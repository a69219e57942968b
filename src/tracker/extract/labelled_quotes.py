"""Quotations under a label naming who said them: 'Note from the Ministry (quoted with permission): "We ..."',
'Senior analyst Mia Holm: "I think ..."', 'One of our forecasters put it this way: "X will ..."'.

Such a quotation carries no verb of saying around the claim; the label before the colon is its speaker. The
patterns are kept apart from attribution.py's verbs of saying because they match a layout (a name, a colon, an
opening mark), not a sentence; attribution.py reads the speaker from them and strips the label from the claim.
"""

from __future__ import annotations

import re

#: 'Note from the Ministry of Agriculture (quoted with permission): "We anticipate that ..."': a quotation under
#: a label naming its source.
NOTE_FROM = re.compile(r"""^ \W* (?: (?: a | the ) \s+ )? (?: note | statement | comment | message | letter | response
    | reply | memo | update | quote ) \s+ from \s+ (?P<speaker> (?: the \s+ )? [A-Z][^():“”"]{2,80}? ) \s* (?: \( [^)]* \) )?
    \s* : \s* [“"]""", re.VERBOSE | re.IGNORECASE)
#: A quotation under a person's name, as newsletters print their forecasters: 'Our forecaster Lena Berg: "I think
#: ..."', 'Senior analyst Mia Holm: "..."', 'Eva Lund, columnist at a daily: "..."'. Two capitalised words or more make the name; a label ("Key judgement:")
#: names no one.
NAMED_QUOTE = re.compile(r"""^ \W* (?: [A-Za-z]+ \s+ ){0,3}? (?P<speaker> (?! (?: Key | Bottom | Main | Our | Note | Update | Summary
    | Outlook | Forecast | Question | Answer | Editor ) \b ) [A-Z][a-z’'-]+ (?: \s+ [A-Z] \. )? (?: \s+ [A-Z][a-z’'-]+ ){1,2} )
    # a role after the name, as live blogs introduce a pundit: 'Jan Berg, economist at a bank: "..."' (not a
    # clause of its own: 'In New York, the minister said: "..."' is the _LEADING form's)
    (?: \s* , \s+ (?! [^:“”"]* \b (?: said | says | told | wrote | writes | added | warned | noted ) \b ) [^:“”"\n]{2,90}? )?
    \s* : \s* [“"]""", re.VERBOSE)
#: 'One of our forecasters put it this way: "X will ..."': the words quoted are the claim, the person its speaker.
PUT_IT = re.compile(r"""^ \W* (?: as \s+ )? (?P<speaker> (?! it \b ) [\w’'.-]+ (?: \s+ [\w’'.-]+ ){0,5}? ) \s+ (?: put | puts | summed
    | sums ) \s+ (?: it | things | this | the \s+ case ) (?: \s+ (?: up | this \s+ way | that \s+ way | like \s+ this | bluntly
    | simply | succinctly | plainly | well ) )? \s* : \s* [“"]""", re.VERBOSE | re.IGNORECASE)
