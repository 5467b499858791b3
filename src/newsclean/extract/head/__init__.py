"""The page head: ``headline`` picks the headline (``title_line`` and ``title_parts`` read the
<title> line, ``page_head``, ``page_rank`` and ``page_prose`` rank the lines above the body) and
``description`` finds the standfirst under it.
"""
