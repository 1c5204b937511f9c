"""Who said what: quotations and reported speech attributed to speakers (layer 3).

The modules, from the bottom up: noun phrases in speaker position and the names they hold, resolving
names, pronouns and role nouns to entities, the statement rules (cues, subjects, quotations), and the
tables built from one analysis per text (statements, quotations, speakers, speaker mentions).
"""
