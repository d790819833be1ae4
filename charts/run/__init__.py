"""Run: the pipeline of one spec and the batch, in the flow's order.

Owns `pipeline` (load -> check -> plan -> draw -> export -> hand-off for one spec),
`batch` (which specs need drawing, worker processes, results in spec order), `result`,
`incremental` (fingerprints: keep what did not change), `lock` (one run per output folder),
`progress` (the terminal bar), `watch`, `options` (what a render is asked to do, one value)
and `render` (`charts render` as one library call: the no-change path, the run's summary).
The only package that imports every stage.
"""
