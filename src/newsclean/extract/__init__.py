"""Metadata found before anything leaves the page: ``steps`` holds the extract steps the pipeline
runs; ``head/``, ``byline/`` and ``date/`` find the headline, byline and dates; ``section`` and
``tags`` read the breadcrumb and the tag line; ``stamps`` drops date and byline lines printed again.
"""
