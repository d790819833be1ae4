"""Run: the pipeline of one spec and the batch, in the flow's order.

Owns `pipeline` (load -> check -> plan -> draw -> export -> hand-off for one spec),
`batch` (which specs need drawing, worker processes, results in spec order), `result`,
`incremental` (fingerprints: keep what did not change), `lock` (one run per output folder),
`progress` (the terminal bar) and `watch`. The only package that imports every stage.
"""
