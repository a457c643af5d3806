"""The domain's words, in one place: every stage that needs them (correction, redaction, tagging, structure,
filing) reads them from here.

- ``titles``: the titles said or written before a person's name ("Mrs Whitfield", "PC Hall", "uncle Dave").
- ``kinship``: a child's family and carers, word by word: the role each word names, the sex it implies, the
  north-east form a practitioner says.
- ``roles``: the people named by what they do for a child ("his coach Gowens", "the befriender Wenlock").
- ``dates``: the date grammar of dictated text ("the third of April twenty fifteen", "March 14th", "03/04/15").
- ``sentences``: splitting a transcript into sentences with their offsets.

Each list says at its top the rule that makes it complete and where that rule comes from.
"""
