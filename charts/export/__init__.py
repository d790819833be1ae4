"""Export: a drawn Canvas -> deterministic file bytes, and atomic writes.

Owns `files` (web PNG 1x/2x, outlined and editable SVG, print PDF and PNG, CMYK via
Ghostscript, `write_atomic`) and `svgtext` (the editable SVG with live text). Takes Canvases;
gives {file name: bytes}. Same input, same bytes.
"""
