"""Exchange between laptops: bundles, merge, conflicts."""
