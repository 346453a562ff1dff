"""followup: drafts the emails a job candidate sends after an interview."""

import gc

__version__ = "0.1.0"

# A run lives for a fraction of a second and makes few reference cycles, yet the
# collector's default threshold (700 new objects) has it sweep dozens of times while the
# modules are imported: about 2% of a draft's instructions, for nothing. Set here, before
# anything of ours is imported; it still collects, less often, in long batches.
gc.set_threshold(50_000, 20, 20)
