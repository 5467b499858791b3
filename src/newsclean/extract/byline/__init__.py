"""The byline and its authors: ``find`` looks near the headline and at the article's end; ``parse``
reads cue lines ("By ...") and bare name lines; ``names`` and ``name_words`` say what a name is;
``glue``, ``hint``, ``lines``, ``tail``, ``vouch`` and ``entry_meta`` handle the special shapes.
"""
