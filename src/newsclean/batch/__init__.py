"""Many inputs at once: ``inputs`` finds and reads them (folders, text, JSONL, WARC/WET,
compressed), ``records`` turns them into tasks, ``runner`` cleans them in a pool in input order,
``sinks`` writes the records atomically, ``learn`` is the site-learning first pass, ``dask`` runs
the same on a Dask cluster, and ``io`` is where bytes are read and written.
"""
