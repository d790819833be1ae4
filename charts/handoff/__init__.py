"""Hand-off: what the graphics desk receives besides the images.

Owns `files` (per-chart CSV, alt text, embed snippet, record JSON), `bundle` (writing a
chart's folder, the manifest, removing charts whose spec is gone, the zip), `manifest`
(the output's file names and the one manifest reader; the run reads it too) and `review`
(the review page). Takes a Chart, its Findings and verify results, the exported bytes;
gives files in the output folder.
"""
