"""The presentation layer, without Qt: what the window, the command line and exports show.

``session`` is what the window has open (the preset, its file, the current, preset and pinned
scenarios, the uncertainty settings); ``figures`` turn Results into plain data for each chart;
``uncertainty`` computes the Monte Carlo bands, the tornado and the thresholds; ``text`` holds
every string a reader sees and every number formatted for one, through one translation function.
"""
