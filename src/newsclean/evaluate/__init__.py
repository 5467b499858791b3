"""Scoring against a gold corpus: ``scoring`` holds the metrics of the corpus README, ``corpus``
walks a corpus and scores each document, ``report`` prints the tables of ``newsclean eval``.
"""
