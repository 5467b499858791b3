"""Site boilerplate learnt from a batch: the lines a site prints on page after page.

``profile`` says which site a page belongs to and holds what was learnt of each site (counts by
line key, with its JSON file); ``steps`` drops, with a page's profile, the lines its site printed
on most of its pages. Learning itself reads a whole batch through the pipeline's first steps, so
it lives with the batch (``newsclean.batch.learn``).
"""
