"""ReportLab renderers: plain, immutable input in, PDF bytes out (no Qt, no database)."""
