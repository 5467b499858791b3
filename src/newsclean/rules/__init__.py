"""User rules without Python: ``load`` reads a TOML file (or keyword options) into a Config and
checks it before anything runs; ``steps`` holds the steps the rules make (drop a line, cut a
phrase, drop a promo or a prompt), which ``newsclean.assemble`` adds to the pipeline.
"""
