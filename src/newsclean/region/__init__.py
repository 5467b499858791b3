"""Where the article is: ``line_kinds`` describes each line, ``main_text`` finds the densest run of
prose and trims what trails it, ``edges`` decides the run's first and last lines, ``lists`` keeps
the lists that belong to it, ``repeats`` drops lines and text the page prints twice.
"""
