"""Text before any filter: ``html`` (markup handed in by mistake), ``normalize`` (decoding,
mojibake, white space), ``segment`` (lines and the renderers' flavours: bullets, wrapping, dump
headers) and ``language`` (stopwords and language detection).
"""
