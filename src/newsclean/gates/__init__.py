"""The speed machinery of the filter passes: ``words`` reads off a regex the words it cannot match
without, ``gate`` indexes the filters by those words so a line meets only the filters it could
match.
"""
