"""Published and updated dates: ``formats`` reads stamps in many languages (``numeric`` the slash,
dash and dot dates, ``relative`` the "3 hours ago" kind, each a ``stamp.Stamp``), ``names`` and
``times`` hold month, weekday and zone names, ``cues`` weighs the words around a stamp, ``page``
reads the page as a whole (which lines may hold a date, its day/month order), ``find`` picks the
dates.
"""
